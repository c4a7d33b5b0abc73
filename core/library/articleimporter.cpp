// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/articleimporter.h"

#include "analysis/pipeline.h"
#include "io/articlereader.h"
#include "library/articlelibrary.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QThread>

#include <atomic>
#include <optional>
#include <thread>
#include <vector>

namespace lector {

namespace {

bool isArticleFile(const QString &name)
{
    static const QStringList suffixes = {u".txt"_qs, u".md"_qs,      u".markdown"_qs, u".html"_qs,
                                         u".htm"_qs, u".html.gz"_qs, u".htm.gz"_qs};
    return std::any_of(suffixes.cbegin(), suffixes.cend(),
                       [&](const QString &s) { return name.endsWith(s, Qt::CaseInsensitive); });
}

struct Processed
{
    std::optional<std::pair<Document, Analysis>> article;
    QString error;
};

} // namespace

ArticleImporter::ArticleImporter(ArticleLibrary &library, const Pipeline &pipeline)
    : m_library(library)
    , m_pipeline(pipeline)
    , m_threads(qMax(1, QThread::idealThreadCount()))
{}

QStringList ArticleImporter::collectFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (isArticleFile(file))
                found.append(file);
        }
        found.sort();
        files += found;
    }
    return files;
}

ImportReport ArticleImporter::run(const QStringList &files, const Progress &progress) const
{
    ImportReport report;
    const int total = int(files.size());
    for (int start = 0; start < total; start += m_batchSize) {
        const int count = qMin(m_batchSize, total - start);
        std::vector<Processed> batch(static_cast<size_t>(count));
        std::atomic<int> next{0};
        auto work = [&] {
            for (int i = next++; i < count; i = next++) {
                const ReadResult read = ArticleReader::readFile(files[start + i]);
                if (!read.isOk()) {
                    batch[size_t(i)].error = read.error;
                    continue;
                }
                batch[size_t(i)].article.emplace(read.document, m_pipeline.run(read.document));
            }
        };
        std::vector<std::thread> workers;
        for (int t = 1; t < qMin(m_threads, count); ++t)
            workers.emplace_back(work);
        work();
        for (std::thread &w : workers)
            w.join();

        QList<std::pair<Document, Analysis>> articles;
        for (int i = 0; i < count; ++i) {
            if (batch[size_t(i)].article)
                articles.append(std::move(*batch[size_t(i)].article));
            else
                report.skipped.append({files[start + i], batch[size_t(i)].error});
        }
        const int added = m_library.addArticles(articles);
        if (added < 0) {
            report.error = m_library.lastError();
            return report;
        }
        report.added += added;
        report.duplicates += int(articles.size()) - added;
        if (progress && !progress(start + count, total)) {
            report.cancelled = start + count < total;
            return report;
        }
    }
    return report;
}

} // namespace lector
