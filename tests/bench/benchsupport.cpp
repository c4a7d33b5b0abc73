// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsupport.h"

#include <QFile>

#include <cstdio>
#include <ctime>

namespace lector::bench {

namespace {

double fromTimespec(const timespec &ts)
{
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

// /proc/self/status lines look like "VmHWM:\t  123456 kB".
double statusKiB(const QByteArray &key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toDouble();
    }
    return 0;
}

} // namespace

double Clock::processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return fromTimespec(ts);
}

double Clock::threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return fromTimespec(ts);
}

double Clock::wallSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return fromTimespec(ts);
}

double Memory::peakMiB()
{
    return statusKiB(QByteArrayLiteral("VmHWM:")) / 1024.0;
}

double Memory::currentMiB()
{
    return statusKiB(QByteArrayLiteral("VmRSS:")) / 1024.0;
}

QString corpusFile(const QString &name)
{
    QString dir = qEnvironmentVariable("LECTOR_BENCH_CORPUS");
    if (dir.isEmpty())
        dir = QStringLiteral("/tmp/lector-bench");
    const QString path = dir + u'/' + name;
    if (!QFile::exists(path))
        std::fprintf(stderr,
                     "Missing %s: run tests/bench/gencorpus.py first (see docs/performance.md).\n",
                     qPrintable(path));
    return QFile::exists(path) ? path : QString();
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace lector::bench
