// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarios.h"

#include "benchsupport.h"

#include "analysis/pipeline.h"
#include "analysis/sequencemodel.h"
#include "lexicon/resources.h"
#include "library/articleimporter.h"
#include "library/articlelibrary.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace lector::bench {

namespace {

void printRow(const QString &row)
{
    std::printf("%s\n", qPrintable(row));
    std::fflush(stdout);
}

QString number(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

// Words the synthetic corpus uses (gencorpus.py), searched as words, prefixes and phrases.
QStringList searchQueries()
{
    const QStringList words = {
        u"agreement"_qs, u"ceasefire"_qs, u"summit"_qs,    u"budget"_qs,  u"election"_qs,
        u"Berlin"_qs,    u"Nairobi"_qs,   u"Takahashi"_qs, u"Okafor"_qs,  u"minister"_qs,
        u"bank"_qs,      u"protest"_qs,   u"vaccine"_qs,   u"reform"_qs,  u"historic"_qs,
        u"Oslo"_qs,      u"Senator"_qs,   u"talks"_qs,     u"energy"_qs,  u"Cairo"_qs,
        u"Moreau"_qs,    u"NATO"_qs,      u"markets"_qs,   u"critics"_qs, u"delayed"_qs};
    QStringList queries;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &next = words[(i + 7) % words.size()];
        queries << words[i] << words[i].left(4) + u'*' << words[i] + u' ' + next
                << u'"' + u"the "_qs + words[i] + u'"';
    }
    return queries;
}

} // namespace

int Scenarios::steps(const QString &path)
{
    Document document;
    document.text = readText(path);
    if (document.text.isEmpty())
        return 1;
    const Pipeline pipeline = Pipeline::standard(*Resources::shared());
    const qsizetype chars = document.text.size();
    const int repeats = int(qMax<qsizetype>(1, 5'000'000 / chars));
    std::vector<double> seconds(size_t(pipeline.size()), 0.0);
    for (int r = 0; r < repeats; ++r) {
        Analysis analysis;
        for (int i = 0; i < pipeline.size(); ++i) {
            const double start = Clock::threadCpuSeconds();
            pipeline.at(i).run(document, analysis);
            seconds[size_t(i)] += Clock::threadCpuSeconds() - start;
        }
    }
    const double total = double(chars) * repeats;
    double sum = 0;
    printRow(
        u"| %1 (%2 chars x %3) | analyser | ms per run | chars/s |"_qs.arg(path).arg(chars).arg(
            repeats));
    for (int i = 0; i < pipeline.size(); ++i) {
        sum += seconds[size_t(i)];
        printRow(u"| | %1 | %2 | %3 |"_qs.arg(pipeline.at(i).name(),
                                              number(seconds[size_t(i)] * 1000 / repeats, 2),
                                              number(total / seconds[size_t(i)], 0)));
    }
    printRow(u"| | **total** | %1 | **%2** |"_qs.arg(number(sum * 1000 / repeats, 2),
                                                     number(total / sum, 0)));
    printRow(u"| | peak RSS | %1 MiB | |"_qs.arg(number(Memory::peakMiB())));
    return 0;
}

int Scenarios::load()
{
    // Wall time counts waiting for a busy CPU; thread CPU time is the work itself.
    struct Stamp
    {
        double wall = Clock::wallSeconds();
        double cpu = Clock::threadCpuSeconds();
    };
    const Stamp start;
    const auto resources = Resources::shared();
    const Stamp tables;
    const auto model = SequenceModel::shared();
    const Stamp modelDone;
    const Pipeline pipeline = Pipeline::standard(*resources);
    const Stamp end;
    const auto row = [](const char16_t *what, const Stamp &from, const Stamp &to) {
        printRow(u"| %1 | %2 ms | %3 ms |"_qs.arg(QStringView(what),
                                                  number((to.cpu - from.cpu) * 1000),
                                                  number((to.wall - from.wall) * 1000)));
    };
    printRow(u"| step | thread CPU | wall |"_qs);
    row(u"resources (TSV tables + gazetteer)", start, tables);
    row(u"NER model", tables, modelDone);
    row(u"Pipeline::standard (analyser constructors)", modelDone, end);
    row(u"**total load**", start, end);
    return resources->isValid() && model ? 0 : 1;
}

int Scenarios::import(const QString &dir, int threads)
{
    QTemporaryDir temp;
    ArticleLibrary library;
    if (!library.open(temp.filePath(u"library.sqlite"_qs))) {
        std::fprintf(stderr, "%s\n", qPrintable(library.lastError()));
        return 1;
    }
    const Pipeline pipeline = Pipeline::standard(*Resources::shared());
    const QStringList files = ArticleImporter::collectFiles({dir});
    ArticleImporter importer(library, pipeline);
    if (threads > 0)
        importer.setThreadCount(threads);
    const double start = Clock::wallSeconds();
    const ImportReport report = importer.run(files);
    const double imported = Clock::wallSeconds() - start;
    printRow(u"| import %1 files (%2 added, %3 threads) | %4 s wall |"_qs.arg(files.size())
                 .arg(report.added)
                 .arg(threads > 0 ? QString::number(threads) : u"all"_qs)
                 .arg(number(imported, 2)));
    std::vector<double> ms;
    for (const QString &query : searchQueries()) {
        const double t = Clock::wallSeconds();
        const auto hits = library.search(query);
        ms.push_back((Clock::wallSeconds() - t) * 1000);
        Q_UNUSED(hits);
    }
    std::sort(ms.begin(), ms.end());
    printRow(u"| FTS search, %1 queries | median %2 ms, p95 %3 ms |"_qs.arg(ms.size()).arg(
        number(ms[ms.size() / 2], 2), number(ms[ms.size() * 95 / 100], 2)));
    printRow(u"| resident memory after import + search | %1 MiB (peak %2 MiB) |"_qs.arg(
        number(Memory::currentMiB()), number(Memory::peakMiB())));
    return report.error.isEmpty() ? 0 : 1;
}

} // namespace lector::bench
