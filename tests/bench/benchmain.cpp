// SPDX-License-Identifier: GPL-3.0-or-later
// lector-bench: Lector's benchmark executable (built with -DLECTOR_BENCHMARKS=ON, never run by
// ctest). Without a mode it runs the Google Benchmark suite (pipeline prefixes); the modes print
// the figures of docs/performance.md, one process each so peak memory belongs to one scenario:
//   lector-bench --steps FILE        per-analyser throughput (thread CPU time) and peak RSS
//   lector-bench --growth [FILE]     per-analyser cost growth, 100 KB -> 1 MB of repeated text
//   lector-bench --load              resource + model load time
//   lector-bench --import DIR [N] [LIBRARY] [W]
//                                    import a folder into a temporary library (or LIBRARY, a
//                                    postgresql:// address) with N threads (0: all) and, on a
//                                    server, W writer connections (default: one per core),
//                                    then FTS search latency and resident memory
//   lector-bench --search LIBRARY    the search rows of --import alone, on LIBRARY as it is
//   lector-bench --write DIR [N]     the library writer alone on N prepared articles
#include "benchsupport.h"
#include "scenarios.h"

#include "analysis/pipeline.h"
#include "lexicon/resources.h"
#include "text/hashseed.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <cstring>

using namespace lector;

namespace {

const char *const sizeNames[] = {"a10k.txt", "a1m.txt", "a10m.txt"};

const Pipeline &standardPipeline()
{
    static const Pipeline pipeline = Pipeline::standard(*Resources::shared());
    return pipeline;
}

// Arguments: the corpus file (0: 10 KB, 1: 1 MB, 2: 10 MB) and how many analysers to run.
void pipelinePrefix(benchmark::State &state)
{
    const QString path = bench::corpusFile(QString::fromLatin1(sizeNames[state.range(0)]));
    if (path.isEmpty()) {
        state.SkipWithError("corpus file missing");
        return;
    }
    Document document;
    document.text = bench::readText(path);
    const Pipeline &pipeline = standardPipeline();
    const int count = int(state.range(1));
    for (auto _ : state)
        benchmark::DoNotOptimize(pipeline.runPrefix(document, count));
    state.SetLabel(count == 0 ? "none" : qPrintable(pipeline.at(count - 1).name()));
    state.counters["chars/s"] = benchmark::Counter(
        double(document.text.size()) * double(state.iterations()), benchmark::Counter::kIsRate);
}

void registerPipeline()
{
    const int analysers = standardPipeline().size();
    for (int size = 0; size < 3; ++size) {
        for (int count = 1; count <= analysers; ++count) {
            benchmark::RegisterBenchmark("pipeline_prefix", pipelinePrefix)
                ->Args({size, count})
                ->Unit(benchmark::kMillisecond)
                ->MeasureProcessCPUTime();
        }
    }
}

int runGoogleBenchmark(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    registerPipeline();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    HashSeed::useFastSeed(); // as lector's main() does
    const char *mode = argc > 1 ? argv[1] : "";
    if (std::strcmp(mode, "--steps") == 0 && argc > 2) {
        QCoreApplication app(argc, argv);
        return bench::Scenarios::steps(QString::fromLocal8Bit(argv[2]));
    }
    if (std::strcmp(mode, "--growth") == 0) {
        QCoreApplication app(argc, argv);
        return bench::Scenarios::growth(argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString());
    }
    if (std::strcmp(mode, "--load") == 0) {
        QCoreApplication app(argc, argv);
        return bench::Scenarios::load();
    }
    if (std::strcmp(mode, "--import") == 0 && argc > 2) {
        QCoreApplication app(argc, argv);
        const int threads = argc > 3 ? std::atoi(argv[3]) : 0;
        return bench::Scenarios::import(QString::fromLocal8Bit(argv[2]), threads,
                                        argc > 4 ? QString::fromLocal8Bit(argv[4]) : QString(),
                                        argc > 5 ? std::atoi(argv[5]) : 0);
    }
    if (std::strcmp(mode, "--search") == 0 && argc > 2) {
        QCoreApplication app(argc, argv);
        return bench::Scenarios::search(QString::fromLocal8Bit(argv[2]));
    }
    if (std::strcmp(mode, "--write") == 0 && argc > 2) {
        QCoreApplication app(argc, argv);
        const int count = argc > 3 ? std::atoi(argv[3]) : 2000;
        return bench::Scenarios::write(QString::fromLocal8Bit(argv[2]), count);
    }
    return runGoogleBenchmark(argc, argv);
}
