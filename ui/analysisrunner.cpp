// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisrunner.h"

#include "analysis/pipeline.h"
#include "lexicon/resources.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent>

#include <mutex>
#include <optional>

namespace lector {

/// The pipeline is built on the worker thread at the first request (loading the lexicons takes
/// a moment that the GUI should not wait for) and shared by the tasks that hold it.
struct SharedPipeline
{
    std::once_flag once;
    std::optional<Pipeline> pipeline;

    const Pipeline &get()
    {
        std::call_once(once,
                       [this] { pipeline.emplace(Pipeline::standard(*Resources::shared())); });
        return *pipeline;
    }
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
        QElapsedTimer timer;
        timer.start();
        Result result;
        result.analysis = pipeline->get().run(document);
        result.milliseconds = timer.elapsed();
        return result;
    }));
}

} // namespace lector
