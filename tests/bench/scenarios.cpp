// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarios.h"

#include "benchsupport.h"

#include "analysis/entities/sequencemodel.h"
#include "analysis/pipeline.h"
#include "lexicon/resources.h"
#include "library/articleimporter.h"
#include "library/articlelibrary.h"
#include "library/articlewriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/syscall.h>
#include <unistd.h>
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

// Thread-CPU seconds of each analyser of `pipeline` on `document` over `runs` runs: their sum,
// or with `best` the fastest run's.
std::vector<double> stepSeconds(const Pipeline &pipeline, const Document &document, int runs,
                                bool best)
{
    std::vector<double> seconds(size_t(pipeline.size()), 0.0);
    for (int r = 0; r < runs; ++r) {
        Analysis analysis;
        for (int i = 0; i < pipeline.size(); ++i) {
            const double start = Clock::threadCpuSeconds();
            pipeline.at(i).run(document, analysis);
            const double run = Clock::threadCpuSeconds() - start;
            double &s = seconds[size_t(i)];
            s = !best ? s + run : r == 0 ? run : std::min(s, run);
        }
    }
    return seconds;
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
    const std::vector<double> seconds = stepSeconds(pipeline, document, repeats, false);
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

namespace {

// Sentences of our own, each repeated into one text: names joined by "&", a foreign head word,
// organization slots (round 21's passes that went quadratic: 8-60 s on 1 MB), quotes with a
// pronoun speaker and gendered words, dates, visits; and one with no name.
QStringList growthSentences()
{
    return {
        u"Workers at Halvorsen & Brandt went on strike over pay at the plant last week. "_qs,
        u"The match will be played at the Estadio Jose Amalfitani on Saturday evening, "
        "officials said. "_qs,
        u"Analysts at Bernstein said the deal would lift profits next year. "_qs,
        u"Vantorix's chief executive said the company would cut two hundred jobs. "_qs,
        u"Mayor Ines Carvalho thanked her staff. \"We will rebuild the bridge by May,\" she "
        "said, and Tom Hale said his crews were ready. "_qs,
        u"Foreign Minister Lena Okafor flew to Nairobi on 3 March 2021 for talks with the "
        "African Union, two weeks after the vote of February 17. "_qs,
        u"The figures were published in a report on the website of the ministry. "_qs,
    };
}

} // namespace

int Scenarios::growth(const QString &path)
{
    QStringList units;
    if (!path.isEmpty()) {
        units << readText(path);
        if (units.first().isEmpty())
            return 1;
    } else {
        units = growthSentences();
    }
    constexpr qsizetype SmallChars = 100'000;
    constexpr int Factor = 10;
    constexpr int SmallRuns = 5;
    constexpr int LargeRuns = 2;
    constexpr double MaxRatio = 20;    // linear: about 10; quadratic: about 100
    constexpr double MinLargeMs = 5.0; // smaller steps are left to noise
    const Pipeline pipeline = Pipeline::standard(*Resources::shared());
    int exitCode = 0;
    printRow(u"| text | analyser | ms at 1x | ms at %1x | ratio |"_qs.arg(Factor));
    for (const QString &unit : std::as_const(units)) {
        const int copies = int(qMax<qsizetype>(1, (SmallChars + unit.size() - 1) / unit.size()));
        Document small;
        small.text = unit.repeated(copies);
        Document large;
        large.text = unit.repeated(qsizetype(copies) * Factor);
        const std::vector<double> a = stepSeconds(pipeline, small, SmallRuns, true);
        const std::vector<double> b = stepSeconds(pipeline, large, LargeRuns, true);
        const QString label = u"%1... (%2 chars x %3)"_qs.arg(unit.left(24).simplified())
                                  .arg(small.text.size())
                                  .arg(Factor);
        double sumA = 0, sumB = 0;
        for (int i = 0; i < pipeline.size(); ++i) {
            const double msA = a[size_t(i)] * 1000, msB = b[size_t(i)] * 1000;
            sumA += msA;
            sumB += msB;
            const double ratio = msA > 0 ? msB / msA : 0;
            const bool superlinear = msB >= MinLargeMs && ratio > MaxRatio;
            if (superlinear)
                exitCode = 2;
            printRow(u"| %1 | %2 | %3 | %4 | %5 |"_qs.arg(
                i == 0 ? label : QString(), pipeline.at(i).name(), number(msA, 2), number(msB, 2),
                superlinear ? u"**%1 superlinear**"_qs.arg(number(ratio)) : number(ratio)));
        }
        printRow(u"| | **total** | %1 | %2 | %3 |"_qs.arg(number(sumA, 2), number(sumB, 2),
                                                          number(sumA > 0 ? sumB / sumA : 0)));
    }
    return exitCode;
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

namespace {

// Wall and thread-CPU milliseconds of each call of `search`, sorted, as one row: the machine
// is shared, so wall time includes waiting for a core and CPU time is the work itself.
// The CPU seconds used so far by the server process that serves `library` (a team library on
// this machine, whose process this one may read), or -1.
double serverCpuSeconds(const ArticleLibrary &library)
{
    if (!library.isServer())
        return -1;
    QSqlQuery query(QSqlDatabase::database(library.connectionName(), false));
    if (!query.exec(u"SELECT pg_backend_pid()"_qs) || !query.next())
        return -1;
    QFile stat(u"/proc/%1/stat"_qs.arg(query.value(0).toLongLong()));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // Fields 14 and 15 (utime, stime) after the command name in parentheses.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

void latencyRow(const QString &what, const QStringList &queries,
                const std::function<qsizetype(const QString &)> &search,
                const ArticleLibrary *library = nullptr)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    double server = 0;
    qsizetype hits = 0;
    const double serverStart = library ? serverCpuSeconds(*library) : -1;
    for (const QString &query : queries) {
        const double w = Clock::wallSeconds();
        const double c = Clock::threadCpuSeconds();
        hits += search(query);
        cpu.push_back((Clock::threadCpuSeconds() - c) * 1000);
        wall.push_back((Clock::wallSeconds() - w) * 1000);
    }
    if (serverStart >= 0) // one pg_backend_pid() query more, a tenth of a millisecond
        server = (serverCpuSeconds(*library) - serverStart) * 1000 / double(queries.size());
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    const auto at = [](const std::vector<double> &v, size_t percent) {
        return number(v[qMin(v.size() - 1, v.size() * percent / 100)], 2);
    };
    printRow(u"| %1, %2 queries (%3 hits) | median %4 ms, p95 %5 ms, max %6 ms wall | "
             "median %7 ms, p95 %8 ms CPU%9 |"_qs.arg(what)
                 .arg(queries.size())
                 .arg(hits)
                 .arg(at(wall, 50), at(wall, 95), at(wall, 100), at(cpu, 50), at(cpu, 95),
                      serverStart >= 0 ? u"; server %1 ms CPU per query"_qs.arg(number(server, 2))
                                       : QString()));
}

// What the library panel sends while a word is typed: "b*", "bu*", "bud*", ...
QStringList typingQueries()
{
    QStringList queries;
    for (const QString &query : searchQueries()) {
        if (query.contains(u' ') || query.endsWith(u'*'))
            continue;
        for (qsizetype n = 1; n <= query.size(); ++n)
            queries << query.left(n) + u'*';
    }
    return queries;
}

} // namespace

int Scenarios::import(const QString &dir, int threads, const QString &location, int writers)
{
    QTemporaryDir temp;
    ArticleLibrary library;
    if (!library.open(location.isEmpty() ? temp.filePath(u"library.sqlite"_qs) : location)) {
        std::fprintf(stderr, "%s\n", qPrintable(library.lastError()));
        return 1;
    }
    const Pipeline pipeline = Pipeline::standard(*Resources::shared());
    const QStringList files = ArticleImporter::collectFiles({dir});
    ArticleImporter importer(library, pipeline);
    if (threads > 0)
        importer.setThreadCount(threads);
    if (writers > 0)
        importer.setWriterCount(writers);
    const double start = Clock::wallSeconds();
    const double cpuStart = Clock::processCpuSeconds();
    const double writerStart = Clock::threadCpuSeconds(); // this thread writes, workers analyse
    const ImportReport report = importer.run(files);
    const double writer = Clock::threadCpuSeconds() - writerStart;
    const double cpu = Clock::processCpuSeconds() - cpuStart;
    printRow(u"| import %1 files (%2 added, %3 threads, %7 writers) | %4 s wall, %5 s CPU "
             "(calling thread %6 s) |"_qs.arg(files.size())
                 .arg(report.added)
                 .arg(threads > 0 ? QString::number(threads) : u"all"_qs)
                 .arg(number(Clock::wallSeconds() - start, 2), number(cpu, 2), number(writer, 2))
                 .arg(library.isServer() ? importer.writerCount() : 1));
    searchRows(library);
    printRow(u"| resident memory after import + search | %1 MiB (peak %2 MiB) |"_qs.arg(
        number(Memory::currentMiB()), number(Memory::peakMiB())));
    return report.error.isEmpty() ? 0 : 1;
}

int Scenarios::search(const QString &location)
{
    ArticleLibrary library;
    if (!library.open(location)) {
        std::fprintf(stderr, "%s\n", qPrintable(library.lastError()));
        return 1;
    }
    printRow(u"| search %1 articles |"_qs.arg(library.articleCount()));
    searchRows(library);
    return 0;
}

void Scenarios::searchRows(const ArticleLibrary &library)
{
    latencyRow(
        u"FTS search"_qs, searchQueries(),
        [&](const QString &q) { return library.search(q).size(); }, &library);
    latencyRow(
        u"search as you type (prefix*, limit 200)"_qs, typingQueries(),
        [&](const QString &q) { return library.search(q, 200).size(); }, &library);
    latencyRow(
        u"entity search"_qs,
        {u"Okafor"_qs, u"Takahashi"_qs, u"Moreau"_qs, u"Berlin"_qs, u"Nairobi"_qs, u"Oslo"_qs,
         u"Cairo"_qs, u"NATO"_qs, u"Senator"_qs, u"Lisbon"_qs},
        [&](const QString &q) { return library.searchEntity(q).size(); }, &library);
}

int Scenarios::write(const QString &dir, int count)
{
    QTemporaryDir temp;
    ArticleLibrary library;
    if (!library.open(temp.filePath(u"library.sqlite"_qs))) {
        std::fprintf(stderr, "%s\n", qPrintable(library.lastError()));
        return 1;
    }
    const Pipeline pipeline = Pipeline::standard(*Resources::shared());
    const QStringList files = ArticleImporter::collectFiles({dir}).mid(0, count);
    QList<PreparedArticle> articles;
    for (const QString &file : files) {
        Document document;
        document.text = readText(file);
        Analysis analysis = pipeline.run(document);
        articles.append(PreparedArticle::make(std::move(document), std::move(analysis)));
    }
    const double wall = Clock::wallSeconds();
    const double cpu = Clock::threadCpuSeconds();
    int added = 0;
    for (qsizetype start = 0; start < articles.size(); start += 64)
        added += library.addArticles(articles.mid(start, 64));
    const double perArticle = (Clock::threadCpuSeconds() - cpu) / double(articles.size());
    printRow(u"| write %1 prepared articles (%2 added, batches of 64) | %3 s wall | %4 s CPU "
             "| %5 ms CPU per article |"_qs.arg(articles.size())
                 .arg(added)
                 .arg(number(Clock::wallSeconds() - wall, 2),
                      number(Clock::threadCpuSeconds() - cpu, 2), number(perArticle * 1000, 3)));
    return added == articles.size() ? 0 : 1;
}

} // namespace lector::bench
