// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysis.h"
#include "text/document.h"

#include <QJsonObject>

namespace lector {

/// The JSON forms of an analysis. Offsets are converted to Unicode code points here.
class JsonExporter
{
public:
    /// The shape of `lector analyze --json`: title, published, source, entities (with their
    /// mentions), quotes, dates, visits.
    static QJsonObject analysis(const Document &document, const Analysis &analysis);
    /// One line of `lector analyze --jsonl`: the eval format of ../shared/eval/README.md
    /// (id, dct, entities one per mention, timex, quotes with speaker spans; scare quotes, which
    /// are terms rather than speech, are left out).
    static QJsonObject prediction(const QString &id, const Document &document,
                                  const Analysis &analysis);
};

} // namespace lector
