// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analyser.h"

namespace lector {

class Resources;

/// Finds time expressions and normalises them to TIMEX3 values against the publication date.
///
/// Requires: tokens, sentences. Adds: Analysis::times (sorted, non-overlapping).
class TemporalTagger final : public Analyser
{
public:
    explicit TemporalTagger(const Resources &resources);
    QString name() const override { return QStringLiteral("dates"); }
    QStringList prerequisites() const override
    {
        return {QStringLiteral("tokens"), QStringLiteral("sentences")};
    }
    void run(const Document &document, Analysis &analysis) const override;
};

} // namespace lector
