// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis.h"
#include "model/document.h"

#include <QObject>

#include <memory>

class QThreadPool;

namespace lector {

struct SharedPipeline;

/// Runs the standard Pipeline off the GUI thread, one document at a time. A newer request
/// supersedes an older one: only the result of the latest request is delivered.
class AnalysisRunner : public QObject
{
    Q_OBJECT
public:
    explicit AnalysisRunner(QObject *parent = nullptr);
    /// Waits for a running analysis to end (its result is dropped).
    ~AnalysisRunner() override;

    void analyse(const Document &document);
    /// Drops the result of the request running now, if any.
    void discardPending() { ++m_generation; }
    bool isRunning() const { return m_running > 0; }

Q_SIGNALS:
    void started();
    /// The analysis of the latest request; `milliseconds` is the pipeline's running time.
    void finished(const lector::Document &document, const lector::Analysis &analysis,
                  qint64 milliseconds);

private:
    QThreadPool *m_pool = nullptr;
    std::shared_ptr<SharedPipeline> m_pipeline;
    quint64 m_generation = 0;
    int m_running = 0;
};

} // namespace lector
