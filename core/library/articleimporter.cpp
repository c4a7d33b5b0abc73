// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/articleimporter.h"

#include "analysis/pipeline.h"
#include "io/articlereader.h"
#include "library/articlelibrary.h"
#include "library/articlewriter.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QThread>

#include <condition_variable>
#include <mutex>
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
    std::optional<PreparedArticle> article;
    QString error;
};

// The files of one import, read, analysed and prepared (hash, JSON) by worker threads in file
// order, while the calling thread writes finished batches: analysis of the next batches
// overlaps the writing of this one. Workers stay at most `window` files ahead of the writer,
// which bounds memory; stop() ends them after the file each is working on.
class ImportQueue
{
public:
    ImportQueue(const QStringList &files, int window)
        : m_files(files)
        , m_results(size_t(files.size()))
        , m_ready(size_t(files.size()), false)
        , m_window(window)
    {}

    void work(const Pipeline &pipeline)
    {
        for (int i = claim(); i >= 0; i = claim()) {
            Processed p;
            ReadResult read = ArticleReader::readFile(m_files[i]);
            if (read.isOk()) {
                Analysis analysis = pipeline.run(read.document);
                p.article = PreparedArticle::make(std::move(read.document), std::move(analysis));
            } else {
                p.error = read.error;
            }
            {
                const std::lock_guard lock(m_mutex);
                m_results[size_t(i)] = std::move(p);
                m_ready[size_t(i)] = true;
            }
            m_changed.notify_all();
        }
    }

    /// Waits until the files [start, end) are processed, hands them over and lets the workers
    /// move on past them.
    std::vector<Processed> take(int start, int end)
    {
        std::unique_lock lock(m_mutex);
        // Files are claimed in order but may finish out of order.
        m_changed.wait(lock, [&] {
            return std::all_of(m_ready.begin() + start, m_ready.begin() + end,
                               [](bool ready) { return ready; });
        });
        std::vector<Processed> batch;
        batch.reserve(size_t(end - start));
        for (int i = start; i < end; ++i)
            batch.push_back(std::move(m_results[size_t(i)]));
        m_taken = std::max(m_taken, end); // writers take batches in order, finish in any
        lock.unlock();
        m_changed.notify_all();
        return batch;
    }

    void stop()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_changed.notify_all();
    }

private:
    // The next file to process, or -1 when there is none or the import stopped.
    int claim()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stopped || m_next < m_taken + m_window; });
        return m_stopped || m_next >= m_files.size() ? -1 : m_next++;
    }

    const QStringList &m_files;
    std::vector<Processed> m_results;
    std::vector<bool> m_ready;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_window;
    int m_next = 0;
    int m_taken = 0;
    bool m_stopped = false;
};

// Stops and joins the workers however run() returns.
struct Workers
{
    ImportQueue &queue;
    std::vector<std::thread> threads;
    ~Workers()
    {
        queue.stop();
        for (std::thread &t : threads)
            t.join();
    }
};

// One writer of an import: takes the next batch, writes it through its library, adds to the
// report; until the batches are done, one fails, or the import is cancelled.
struct Writing
{
    ImportQueue &queue;
    const QStringList &files;
    int batchSize;
    std::mutex mutex;
    ImportReport report;
    int nextStart = 0;
    int done = 0;
    bool stopped = false;

    // The next batch's first file, or -1.
    int claim()
    {
        const std::lock_guard lock(mutex);
        if (stopped || nextStart >= files.size())
            return -1;
        const int start = nextStart;
        nextStart += batchSize;
        return start;
    }

    // Writes batches until none is left; `afterBatch` runs after each (on this thread).
    void write(ArticleLibrary &library, const std::function<bool(int done)> &afterBatch = {})
    {
        const int total = int(files.size());
        for (int start = claim(); start >= 0; start = claim()) {
            const int end = qMin(start + batchSize, total);
            std::vector<Processed> batch = queue.take(start, end);
            QList<PreparedArticle> articles;
            QList<ImportReport::Skipped> skipped;
            articles.reserve(qsizetype(batch.size()));
            for (size_t i = 0; i < batch.size(); ++i) {
                if (batch[i].article)
                    articles.append(std::move(*batch[i].article));
                else
                    skipped.append({files[start + int(i)], batch[i].error});
            }
            const int added = library.addArticles(articles);
            int doneNow = 0;
            {
                const std::lock_guard lock(mutex);
                report.skipped += skipped;
                if (added < 0) {
                    if (report.error.isEmpty())
                        report.error = library.lastError();
                    stopped = true;
                    return;
                }
                report.added += added;
                report.duplicates += int(articles.size()) - added;
                done += end - start;
                doneNow = done;
            }
            if (afterBatch && !afterBatch(doneNow)) {
                const std::lock_guard lock(mutex);
                stopped = true;
                report.cancelled = nextStart < total;
                return;
            }
        }
    }
};

} // namespace

ArticleImporter::ArticleImporter(ArticleLibrary &library, const Pipeline &pipeline)
    : m_library(library)
    , m_pipeline(pipeline)
    , m_threads(qMax(1, QThread::idealThreadCount()))
    // A team library: as many writer connections as cores (at least two, so the server computes
    // one batch's search vectors while the other's rows are sent); a file has one writer.
    , m_writers(library.isServer() ? qBound(2, QThread::idealThreadCount(), 8) : 1)
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
    const int total = int(files.size());
    const int writers = m_library.isServer() ? qMax(1, m_writers) : 1;
    ImportQueue queue(files, (writers + 1) * m_batchSize + m_threads);
    Workers workers{queue, {}};
    for (int t = 0; t < qMin(m_threads, total); ++t)
        workers.threads.emplace_back([&] { queue.work(m_pipeline); });
    Writing writing{queue, files, m_batchSize, {}, {}, 0, 0, false};
    // The other writers, each on a connection of its own; one that cannot connect leaves the
    // batches to the others.
    std::vector<std::thread> others;
    const int batches = (total + m_batchSize - 1) / m_batchSize;
    for (int w = 1; w < qMin(writers, batches); ++w)
        others.emplace_back([&] {
            ArticleLibrary library;
            if (library.openAlongside(m_library))
                writing.write(library);
        });
    // This thread writes too, and reports progress.
    int reported = 0;
    writing.write(m_library, [&](int done) {
        reported = done;
        return !progress || progress(done, total);
    });
    for (std::thread &t : others)
        t.join();
    if (progress && writing.report.error.isEmpty() && !writing.report.cancelled &&
        writing.done > reported)
        progress(writing.done, total); // the last batches were another writer's
    return writing.report;
}

} // namespace lector
