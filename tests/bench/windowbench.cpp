// SPDX-License-Identifier: GPL-3.0-or-later
// lector-bench-window FILE: the time from main() to the first painted reader window with the
// highlights of FILE (offscreen unless QT_QPA_PLATFORM says otherwise). A program of its own,
// started once per measurement, so resource loading is counted as a user sees it.
#include "benchsupport.h"

#include "analysis/pipeline.h"
#include "mainwindow.h"
#include "text/hashseed.h"

#include <QApplication>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>

using namespace lector;

namespace {

double g_processStart = 0;

void printRow(const QString &row)
{
    std::printf("%s\n", qPrintable(row));
}

int window(const QString &path)
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
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
    loop.exec();
    const double painted = bench::Clock::wallSeconds();
    const double guiCpu = bench::Clock::threadCpuSeconds();
    const double processCpu = bench::Clock::processCpuSeconds();
    if (shown == 0)
        return 1;
    const auto ms = [](double seconds) {
        return QString::number((seconds - g_processStart) * 1000, 'f', 1);
    };
    printRow(u"| main() to analysisShown() | %1 ms |"_qs.arg(ms(shown)));
    printRow(u"| main() to painted frame | %1 ms |"_qs.arg(ms(painted)));
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
    Pipeline::preload();
    QApplication app(argc, argv);
    return window(QString::fromLocal8Bit(argv[1]));
}
