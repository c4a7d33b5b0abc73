// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analyser.h"

namespace lector {

/// Orders the visits into a timeline.
///
/// Requires: visits. Adds: Analysis::timeline: the dated visits by the first day of their
/// TIMEX3 date (years, quarters, seasons, months, ISO weeks, days; earliest first; a
/// less precise date sorts before the more precise dates it contains, ties by text order),
/// then the undated ones (no date, or a value that is no calendar date) in text order.
class TimelineBuilder final : public Analyser
{
public:
    QString name() const override { return QStringLiteral("timeline"); }
    QStringList prerequisites() const override { return {QStringLiteral("visits")}; }
    void run(const Document &document, Analysis &analysis) const override;
};

} // namespace lector
