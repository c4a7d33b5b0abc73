// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/articleimporter.h"

#include "analysis/pipeline.h"
#include "io/articlereader.h"
#include "library/articlelibrary.h"
#include "library/articlewriter.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <limits>
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

// The writers of one import. Each takes the next batch (claim()), writes it through its own
// library and adds to the report, until the batches are done, one fails, or the import is
// cancelled. The stop flag and the next batch are atomics that claim() reads first, so a cancel
// or a failure stops every writer at its next claim (the batches then in flight are committed
// whole, each being one transaction). Every writer's batches add to one count of files done,
// which the calling thread reports after each batch (nextProgress()), whichever writer wrote it.
class Writing
{
public:
    Writing(ImportQueue &queue, const QStringList &files, int batchSize)
        : m_queue(queue)
        , m_files(files)
        , m_batchSize(batchSize)
    {}

    // Writes batches until none is left or the import stops. With `afterBatch` (the calling
    // thread as the only writer) each new count of files done goes to it, and false cancels;
    // without, it waits for nextProgress().
    void write(ArticleLibrary &library, const std::function<bool(int done)> &afterBatch = {})
    {
        const int total = int(m_files.size());
        const int retriesBefore = library.writeRetries();
        const auto countRetries = [&] {
            m_report.retries += library.writeRetries() - retriesBefore;
        };
        for (int start = claim(); start >= 0; start = claim()) {
            const int end = qMin(start + m_batchSize, total);
            std::vector<Processed> batch = m_queue.take(start, end);
            QList<PreparedArticle> articles;
            QList<ImportReport::Skipped> skipped;
            articles.reserve(qsizetype(batch.size()));
            for (size_t i = 0; i < batch.size(); ++i) {
                if (batch[i].article)
                    articles.append(std::move(*batch[i].article));
                else
                    skipped.append({m_files[start + int(i)], batch[i].error});
            }
            const int added = library.addArticles(articles);
            int doneNow = 0;
            {
                const std::lock_guard lock(m_mutex);
                m_report.skipped += skipped;
                if (added < 0) {
                    if (m_report.error.isEmpty())
                        m_report.error = library.lastError();
                    m_stopped = true;
                    countRetries();
                    return;
                }
                m_report.added += added;
                m_report.duplicates += int(articles.size()) - added;
                m_done += end - start;
                doneNow = m_done;
                if (!afterBatch)
                    m_progress.append(doneNow);
            }
            m_changed.notify_all();
            if (afterBatch && !afterBatch(doneNow))
                cancel();
        }
        const std::lock_guard lock(m_mutex);
        countRetries();
    }

    // Writer threads still writing (set before they start; each calls writerEnded() once).
    // Also bounds how far they run ahead of the reports: a writer claims a batch only while
    // fewer than `writers` written batches wait for the calling thread, so a cancel stops the
    // import within the batches in flight and those reported after it (at most 2 x writers).
    void setRunning(int writers)
    {
        m_running = writers;
        m_maxBacklog = writers;
    }
    void writerEnded()
    {
        {
            const std::lock_guard lock(m_mutex);
            --m_running;
        }
        m_changed.notify_all();
    }

    // The calling thread: the next count of files done, one per batch written, in order; nullopt
    // once every writer thread has ended and everything was handed out.
    std::optional<int> nextProgress()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_progress.isEmpty() || m_running == 0; });
        if (m_progress.isEmpty())
            return std::nullopt;
        const int done = m_progress.takeFirst();
        lock.unlock();
        m_changed.notify_all();
        return done;
    }

    // No writer claims another batch; the report says cancelled when files were left.
    void cancel()
    {
        {
            const std::lock_guard lock(m_mutex);
            if (!m_stopped.exchange(true))
                m_report.cancelled = m_nextStart.load() < m_files.size();
        }
        m_changed.notify_all();
    }

    bool isStopped() const { return m_stopped; }
    // Whether batches are left that no writer took (all writer threads failed to connect).
    bool hasBatchesLeft() const { return m_nextStart.load() < m_files.size(); }
    const ImportReport &report() const { return m_report; }

private:
    // The next batch's first file, or -1.
    // Under the lock, so that no batch is claimed after cancel() returned.
    int claim()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stopped.load() || m_progress.size() < m_maxBacklog; });
        if (m_stopped.load() || m_nextStart.load() >= m_files.size())
            return -1;
        return m_nextStart.fetch_add(m_batchSize);
    }

    ImportQueue &m_queue;
    const QStringList &m_files;
    const int m_batchSize;
    std::atomic<bool> m_stopped = false;
    std::atomic<int> m_nextStart = 0;
    std::mutex m_mutex; // guards the members below
    std::condition_variable m_changed;
    ImportReport m_report;
    QList<int> m_progress; ///< counts of files done not yet reported
    int m_done = 0;
    int m_running = 0;
    qsizetype m_maxBacklog = std::numeric_limits<qsizetype>::max();
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
    Writing writing(queue, files, m_batchSize);
    const auto report = [&](int done) { return !progress || progress(done, total); };
    const int batches = (total + m_batchSize - 1) / m_batchSize;
    if (writers > 1 && batches > 1) {
        // The writers, each on a connection of its own; one that cannot connect leaves the
        // batches to the others. This thread reports every batch and passes a cancel on.
        std::vector<std::thread> threads;
        writing.setRunning(qMin(writers, batches));
        for (int w = 0; w < qMin(writers, batches); ++w)
            threads.emplace_back([&] {
                ArticleLibrary library;
                if (library.openAlongside(m_library))
                    writing.write(library);
                writing.writerEnded();
            });
        while (const std::optional<int> done = writing.nextProgress())
            if (!writing.isStopped() && !report(*done))
                writing.cancel();
        for (std::thread &t : threads)
            t.join();
    }
    // One writer (a file library), or none of the threads could connect: this thread writes.
    if (!writing.isStopped() && writing.hasBatchesLeft())
        writing.write(m_library, report);
    return writing.report();
}

} // namespace lector
