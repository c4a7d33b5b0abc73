// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feedupdatejob.h"

#include "analysis/pipeline.h"
#include "lexicon/resources.h"
#include "library/articlelibrary.h"

#include <QMetaObject>
#include <QtConcurrent>

namespace lector {

namespace {

FeedJobOutcome runJob(const QString &libraryPath, const QString &url, const QList<qint64> &ids,
                      const FeedUpdater::Progress &progress,
                      const std::shared_ptr<std::atomic<bool>> &cancelled)
{
    FeedJobOutcome outcome;
    outcome.subscription = !url.isEmpty();
    ArticleLibrary library;
    if (!library.open(libraryPath) || library.isReadOnly()) {
        outcome.error = library.lastError();
        return outcome;
    }
    const auto resources = Resources::shared();
    if (!resources->isValid()) {
        outcome.error = resources->error();
        return outcome;
    }
    const Pipeline pipeline = Pipeline::standard(*resources);
    FeedUpdater updater(library, pipeline);
    updater.setKeepGoing([cancelled] { return !cancelled->load(); });
    if (outcome.subscription) {
        progress(QObject::tr("Subscribing to %1").arg(url));
        const auto id = updater.subscribe(url, true, &outcome.error);
        if (!id)
            return outcome;
        outcome.feedId = *id;
        outcome.report = updater.update({*id}, progress);
        return outcome;
    }
    outcome.report = updater.update(ids, progress);
    return outcome;
}

} // namespace

FeedUpdateJob::FeedUpdateJob(QObject *parent)
    : QObject(parent)
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
    qRegisterMetaType<lector::FeedJobOutcome>();
    connect(&m_watcher, &QFutureWatcher<FeedJobOutcome>::finished, this,
            [this] { Q_EMIT finished(m_watcher.result()); });
}

FeedUpdateJob::~FeedUpdateJob()
{
    cancel();
    m_watcher.waitForFinished();
}

bool FeedUpdateJob::subscribe(const QString &libraryPath, const QString &url)
{
    return start(libraryPath, url, {});
}

bool FeedUpdateJob::update(const QString &libraryPath, const QList<qint64> &feedIds)
{
    return start(libraryPath, {}, feedIds);
}

bool FeedUpdateJob::start(const QString &libraryPath, const QString &url,
                          const QList<qint64> &feedIds)
{
    if (isRunning())
        return false;
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    auto cancelled = m_cancelled;
    // Runs on the worker: it only posts to this object (the destructor waits for the worker).
    FeedUpdater::Progress progress = [this, cancelled](const QString &what) {
        QMetaObject::invokeMethod(
            this, [this, what] { Q_EMIT progressed(what); }, Qt::QueuedConnection);
        return !cancelled->load();
    };
    m_watcher.setFuture(QtConcurrent::run(runJob, libraryPath, url, feedIds, progress, cancelled));
    return true;
}

} // namespace lector
