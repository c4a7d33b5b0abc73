// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/feedupdater.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace lector {

/// What a FeedUpdateJob did: a subscription (feedId, or error) or an update round (report).
struct FeedJobOutcome
{
    bool subscription = false;
    qint64 feedId = 0;
    QString error;
    FeedUpdateReport report;
};

/// Runs FeedUpdater off the GUI thread, with its own connection to the library file (as
/// LibraryImportJob does), so fetching feeds and analysing their new items never blocks the
/// window. One job at a time; cancel() stops the fetch in flight.
class FeedUpdateJob : public QObject
{
    Q_OBJECT
public:
    explicit FeedUpdateJob(QObject *parent = nullptr);
    /// Cancels a running job and waits for it.
    ~FeedUpdateJob() override;

    /// Subscribes to the address the user typed; returns false when a job is running.
    bool subscribe(const QString &libraryPath, const QString &url);
    /// Updates the feeds (all when empty); returns false when a job is running.
    bool update(const QString &libraryPath, const QList<qint64> &feedIds = {});
    void cancel() { m_cancelled->store(true); }
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    /// What the worker is doing ("checking URL", "reading URL"), queued from the worker.
    void progressed(const QString &what);
    void finished(const lector::FeedJobOutcome &outcome);

private:
    bool start(const QString &libraryPath, const QString &url, const QList<qint64> &feedIds);

    QFutureWatcher<FeedJobOutcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

} // namespace lector
