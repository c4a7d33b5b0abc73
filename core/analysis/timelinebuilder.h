// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analyser.h"

namespace lector {

/// Orders the visits into a timeline.
///
/// Requires: visits. Adds: Analysis::timeline: the dated visits by date (earliest first; a
/// less precise date sorts before the more precise dates it contains, ties by text order),
/// then the undated ones in text order.
class TimelineBuilder final : public Analyser
{
public:
    QString name() const override { return QStringLiteral("timeline"); }
    QStringList prerequisites() const override { return {QStringLiteral("visits")}; }
    void run(const Document &document, Analysis &analysis) const override;
};

} // namespace lector
