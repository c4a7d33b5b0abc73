// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lector::bench {

/// Measuring helpers shared by the benchmark modes (Linux: /proc and clock_gettime).
struct Clock
{
    /// CPU time of the calling thread, in seconds: the "one core" figure of the pipeline rows.
    static double threadCpuSeconds();
    /// CPU time of all threads of the process, in seconds.
    static double processCpuSeconds();
    /// Monotonic wall-clock time, in seconds.
    static double wallSeconds();
};

struct Memory
{
    /// Peak resident set of the process so far, in MiB (VmHWM).
    static double peakMiB();
    /// Current resident set, in MiB (VmRSS).
    static double currentMiB();
};

/// The synthetic article files written by gencorpus.py: $LECTOR_BENCH_CORPUS/NAME, by default
/// /tmp/lector-bench/NAME. Returns an empty string (and prints why) when the file is missing.
QString corpusFile(const QString &name);
QString readText(const QString &path);

} // namespace lector::bench
