// SPDX-License-Identifier: GPL-3.0-or-later
// lector-bench-window FILE: the time from main() to the first painted reader window with the
// highlights of FILE (offscreen unless QT_QPA_PLATFORM says otherwise). A program of its own,
// started once per measurement, so resource loading is counted as a user sees it. Besides the
// totals it prints when each stage ended, so the critical path shows: the GUI thread (Qt, the
// window, painting) or the loader (resources, analysers, model).
#include "benchsupport.h"

#include "analysis/pipeline.h"
#include "fontpreloader.h"
#include "mainwindow.h"
#include "text/hashseed.h"

#include <QApplication>
#include <QEventLoop>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace lector;

namespace {

double g_processStart = 0;
double g_applicationMade = 0;
std::atomic<double> g_pipelineReady = 0;

void printRow(const QString &row)
{
    std::printf("%s\n", qPrintable(row));
}

QString sinceMain(double seconds)
{
    return QString::number((seconds - g_processStart) * 1000, 'f', 1);
}

void printTimeline(double windowShown, double fileOpened, double shown, double painted)
{
    printRow(u"| main() to QApplication made | %1 ms |"_qs.arg(sinceMain(g_applicationMade)));
    printRow(u"| main() to window shown | %1 ms |"_qs.arg(sinceMain(windowShown)));
    printRow(u"| main() to file opened | %1 ms |"_qs.arg(sinceMain(fileOpened)));
    printRow(u"| main() to pipeline loaded | %1 ms |"_qs.arg(sinceMain(g_pipelineReady.load())));
    printRow(u"| main() to analysisShown() | %1 ms |"_qs.arg(sinceMain(shown)));
    printRow(u"| main() to painted frame | %1 ms |"_qs.arg(sinceMain(painted)));
}

int window(const QString &path)
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    const double windowShown = bench::Clock::wallSeconds();
    QEventLoop loop;
    double shown = 0;
    QObject::connect(&window, &MainWindow::analysisShown, &loop, [&] {
        shown = bench::Clock::wallSeconds();
        // One more turn of the event loop paints the highlighted frame.
        QTimer::singleShot(0, &loop, &QEventLoop::quit);
    });
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    if (!window.openFile(path))
        return 1;
    const double fileOpened = bench::Clock::wallSeconds();
    loop.exec();
    const double painted = bench::Clock::wallSeconds();
    const double guiCpu = bench::Clock::threadCpuSeconds();
    const double processCpu = bench::Clock::processCpuSeconds();
    if (shown == 0)
        return 1;
    printTimeline(windowShown, fileOpened, shown, painted);
    // On a busy machine wall time is mostly waiting; the CPU time of the GUI thread (Qt, the
    // window, painting) and of the whole process (plus the loading thread) bound what an idle
    // two-core machine would take: about the larger of the GUI thread and the loader.
    printRow(u"| CPU until painted: GUI thread | %1 ms |"_qs.arg(guiCpu * 1000, 0, 'f', 1));
    printRow(u"| CPU until painted: whole process | %1 ms |"_qs.arg(processCpu * 1000, 0, 'f', 1));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    g_processStart = bench::Clock::wallSeconds();
    if (argc < 2) {
        std::fprintf(stderr, "Usage: lector-bench-window FILE\n");
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // What lector's main() does before it builds the window.
    HashSeed::useFastSeed();
    // LECTOR_BENCH_NO_FONT_PRELOAD=1 measures the start-up without it, for comparison.
    if (qEnvironmentVariableIsEmpty("LECTOR_BENCH_NO_FONT_PRELOAD"))
        FontPreloader::start();
    Pipeline::preload();
    // A probe outside the pool (whose two threads the loaders use): it waits on the pipeline
    // preload() builds and notes when it is ready.
    std::thread probe([] {
        Pipeline::shared();
        g_pipelineReady = bench::Clock::wallSeconds();
    });
    QApplication app(argc, argv);
    g_applicationMade = bench::Clock::wallSeconds();
    const int status = window(QString::fromLocal8Bit(argv[1]));
    probe.join();
    return status;
}
