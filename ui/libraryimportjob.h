// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/articleimporter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace lector {

/// Runs an ArticleImporter off the GUI thread. The worker opens its own connection to the
/// library file (a connection belongs to one thread), so the window's connection stays usable
/// while the import runs; SQLite's WAL mode and busy timeout let both write.
/// One job runs one import; cancel() stops it after the batch in flight (already written
/// articles stay).
class LibraryImportJob : public QObject
{
    Q_OBJECT
public:
    explicit LibraryImportJob(QObject *parent = nullptr);
    /// Waits for a running import to stop (it is cancelled first).
    ~LibraryImportJob() override;

    /// Imports the article files under `paths` into the library at `libraryPath` (with the
    /// `password` the window was given for a team library, if any).
    void start(const QString &libraryPath, const QStringList &paths,
               const QString &password = QString());
    void cancel() { m_cancelled->store(true); }
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    /// `done` of `total` files are read and stored (queued from the worker).
    void progressed(int done, int total);
    void finished(const lector::ImportReport &report);

private:
    QFutureWatcher<ImportReport> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

} // namespace lector
