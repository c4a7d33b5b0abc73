// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corrections/correction.h"
#include "model/analysis.h"
#include "model/document.h"

#include <QJsonObject>

namespace lector {

/// The JSON forms of an analysis. Offsets are converted to Unicode code points here.
class JsonExporter
{
public:
    /// The shape of `lector analyze --json`: title, published, source, entities (with their
    /// mentions), quotes, dates, visits.
    static QJsonObject analysis(const Document &document, const Analysis &analysis);
    /// The same for an analysis the user corrected (`lector export --format json`, the UI's
    /// export), plus "corrections": correctionToJson() of each, oldest first, with `span` and
    /// `target` offsets in code points like the rest of this file.
    static QJsonObject analysis(const Document &document, const Analysis &analysis,
                                const QList<Correction> &corrections);
    /// One line of `lector analyze --jsonl`: the eval format of ../shared/eval/README.md
    /// (id, dct, entities one per mention, timex, quotes with speaker spans; scare quotes, which
    /// are terms rather than speech, are left out).
    static QJsonObject prediction(const QString &id, const Document &document,
                                  const Analysis &analysis);
};

} // namespace lector
