// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace lector {

class ArticleLibrary;
class Pipeline;

/// What an import did: how many articles were added, which were already there, and which
/// files were skipped and why.
struct ImportReport
{
    struct Skipped
    {
        QString path;
        QString reason; ///< a whole sentence
    };
    int added = 0;
    int duplicates = 0;
    QList<Skipped> skipped;
    bool cancelled = false;
    /// Batches written again after the server broke a deadlock or serialization failure, by
    /// all writers (ArticleLibrary::writeRetries() of each writer's connection).
    int retries = 0;
    QString error; ///< a library error that stopped the import; empty otherwise
};

/// Imports many files into a library: files are read and analysed on all cores, and written in
/// batches, one transaction each, so killing the process mid-import loses at most the batches in
/// flight and never a committed article. A file library has one writer, the calling thread, and
/// stores the articles in the order of `files`. A team library (PostgreSQL) has several:
/// writerCount() threads with connections of their own (ArticleLibrary::openAlongside()) take
/// the batches in turn and write them at the same time, so the server's share (the search
/// vectors, above all) runs on several cores; the duplicate rule holds between them
/// (ServerBatchWriter), the ids no longer follow the file order. The calling thread then only
/// reports progress (and writes itself only if none of them could connect).
/// Analysis runs up to one batch per writer ahead of the writers, so the writing of one batch
/// overlaps the analysis of the next. Progress is reported on the calling thread, after every
/// batch whichever writer wrote it; a cancel stops every writer before its next batch.
class ArticleImporter
{
public:
    /// Called on the calling thread after each batch, in order, with the number of files done
    /// (by every writer) and the total; return false to cancel: no writer takes another batch,
    /// and the batches already written or in flight stay (each is committed whole).
    using Progress = std::function<bool(int done, int total)>;

    ArticleImporter(ArticleLibrary &library, const Pipeline &pipeline);

    /// The article files under `paths`: files as given, folders searched recursively for
    /// .txt, .md, .markdown, .html, .htm and .html.gz, sorted for a stable order.
    static QStringList collectFiles(const QStringList &paths);

    ImportReport run(const QStringList &files, const Progress &progress = {}) const;

    void setBatchSize(int size) { m_batchSize = qMax(1, size); }
    /// Analysis threads (default: one per core), besides the writers.
    void setThreadCount(int count) { m_threads = qMax(1, count); }
    /// Writer connections of a team library (default: one per core, at least 2, at most 8); a
    /// file library always has one.
    void setWriterCount(int count) { m_writers = qMax(1, count); }
    int writerCount() const { return m_writers; }

private:
    ArticleLibrary &m_library;
    const Pipeline &m_pipeline;
    int m_batchSize = 64;
    int m_threads;
    int m_writers;
};

} // namespace lector
