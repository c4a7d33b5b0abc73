// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisrunner.h"

#include "analysis/pipeline.h"
#include "lexicon/resources.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent>

namespace lector {

/// The process's pipeline, built off the GUI thread (loading the lexicons and the model takes a
/// moment that the GUI should not wait for): by Pipeline::preload() in main(), or by the
/// runner's first task.
struct SharedPipeline
{
    const Pipeline &get()
    {
        if (!pipeline)
            pipeline = Pipeline::shared();
        return *pipeline;
    }

private:
    std::shared_ptr<const Pipeline> pipeline; // only ever touched on the runner's one thread
};

namespace {

struct Result
{
    Analysis analysis;
    qint64 milliseconds = 0;
};

} // namespace

AnalysisRunner::AnalysisRunner(QObject *parent)
    : QObject(parent)
    , m_pool(new QThreadPool(this))
    , m_pipeline(std::make_shared<SharedPipeline>())
{
    // One at a time: a superseded request finishes quickly enough, and the pipeline is built once.
    m_pool->setMaxThreadCount(1);
    // Start loading now, while the window is being shown, rather than when the first article
    // arrives; the first request queues behind this on the single worker.
    m_pool->start([pipeline = m_pipeline] { pipeline->get(); });
}

AnalysisRunner::~AnalysisRunner()
{
    m_pool->clear();
    m_pool->waitForDone();
}

void AnalysisRunner::analyse(const Document &document)
{
    const quint64 generation = ++m_generation;
    ++m_running;
    Q_EMIT started();
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this,
            [this, watcher, generation, document] {
                --m_running;
                watcher->deleteLater();
                if (generation != m_generation || watcher->future().resultCount() == 0)
                    return;
                const Result result = watcher->result();
                Q_EMIT finished(document, result.analysis, result.milliseconds);
            });
    watcher->setFuture(QtConcurrent::run(m_pool, [pipeline = m_pipeline, document] {
        const Pipeline &ready = pipeline->get(); // loading is not part of the analysis time
        QElapsedTimer timer;
        timer.start();
        Result result;
        result.analysis = ready.run(document);
        result.milliseconds = timer.elapsed();
        return result;
    }));
}

} // namespace lector
