// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis.h"
#include "model/document.h"

#include <QString>
#include <QStringList>

namespace lector {

/// One step of the Pipeline. An analyser has one job: it reads the document and what earlier
/// analysers added, and adds its own annotations. It is const after construction and
/// deterministic, and keeps no state between runs, so documents can be analysed on any thread.
class Analyser
{
public:
    virtual ~Analyser() = default;
    /// A short stable name ("tokenizer", "entities", ...), used for prerequisites.
    virtual QString name() const = 0;
    /// Names of the analysers that must have run before this one.
    virtual QStringList prerequisites() const { return {}; }
    virtual void run(const Document &document, Analysis &analysis) const = 0;
};

} // namespace lector
