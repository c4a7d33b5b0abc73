// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryimportjob.h"

#include "analysis/pipeline.h"
#include "lexicon/resources.h"
#include "library/articlelibrary.h"

#include <QMetaObject>
#include <QtConcurrent>

namespace lector {

namespace {

ImportReport runImport(const QString &libraryPath, const QStringList &paths,
                       const QString &password, const std::function<bool(int, int)> &progress)
{
    ImportReport report;
    ArticleLibrary library;
    library.setPassword(password);
    if (!library.open(libraryPath)) {
        report.error = library.lastError();
        return report;
    }
    const auto resources = Resources::shared();
    if (!resources->isValid()) {
        report.error = resources->error();
        return report;
    }
    const Pipeline pipeline = Pipeline::standard(*resources);
    const QStringList files = ArticleImporter::collectFiles(paths);
    if (!progress(0, int(files.size()))) {
        report.cancelled = true;
        return report;
    }
    ArticleImporter importer(library, pipeline);
    // Smaller batches than the command line's: the dialog moves and a cancel acts sooner.
    importer.setBatchSize(16);
    return importer.run(files, progress);
}

} // namespace

LibraryImportJob::LibraryImportJob(QObject *parent)
    : QObject(parent)
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
    connect(&m_watcher, &QFutureWatcher<ImportReport>::finished, this,
            [this] { Q_EMIT finished(m_watcher.result()); });
}

LibraryImportJob::~LibraryImportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void LibraryImportJob::start(const QString &libraryPath, const QStringList &paths,
                             const QString &password)
{
    if (isRunning())
        return;
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    auto cancelled = m_cancelled;
    // The callback runs on the worker: it only posts to this object (the destructor waits for
    // the worker, and a queued call to a deleted object is dropped) and reads the flag.
    auto progress = [this, cancelled](int done, int total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { Q_EMIT progressed(done, total); }, Qt::QueuedConnection);
        return !cancelled->load();
    };
    m_watcher.setFuture(QtConcurrent::run(runImport, libraryPath, paths, password, progress));
}

} // namespace lector
