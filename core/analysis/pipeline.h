// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analyser.h"

#include <memory>
#include <vector>

namespace lector {

class Resources;

/// Runs analysers in their declared order. Construction checks that every analyser's
/// prerequisites come before it; run() is const and thread-safe.
class Pipeline
{
public:
    Pipeline() = default;
    Pipeline(Pipeline &&) = default;
    Pipeline &operator=(Pipeline &&) = default;

    /// Appends an analyser. Returns false (and does not add it) when one of its prerequisites
    /// is not already in the pipeline; error() then names it.
    [[nodiscard]] bool append(std::unique_ptr<Analyser> analyser);
    QString error() const { return m_error; }

    Analysis run(const Document &document) const;
    /// Runs the first `count` analysers only (benchmarks measure each step this way).
    Analysis runPrefix(const Document &document, int count) const;
    int size() const { return int(m_analysers.size()); }
    const Analyser &at(int i) const { return *m_analysers.at(size_t(i)); }
    /// The position of the analyser of that name, or size() when there is none: the count of
    /// runPrefix() that runs everything before it ("visits": what the visit trainer and tests
    /// prepare once).
    int indexOf(QStringView name) const
    {
        int i = 0;
        while (i < size() && at(i).name() != name)
            ++i;
        return i;
    }

    /// The full Lector pipeline: tokens, sentences, entities, aliases, dates, quotes, speakers,
    /// visits, timeline. `resources` must outlive the pipeline.
    static Pipeline standard(const Resources &resources);
    /// The standard pipeline over Resources::shared(), built once per process on first use
    /// (about 100 ms of loading), then shared by every thread.
    static std::shared_ptr<const Pipeline> shared();
    /// Starts building shared() on a thread of QThreadPool::globalInstance() and returns at
    /// once: main() calls it before creating the window, so loading overlaps Qt's start-up.
    static void preload();

private:
    std::vector<std::unique_ptr<Analyser>> m_analysers;
    QString m_error;
};

} // namespace lector
