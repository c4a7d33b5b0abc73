// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analyser.h"

namespace lector {

class Resources;

/// Finds visits: who travelled to or was in which place, when (CAMEO 042/043).
///
/// Requires: aliases, dates. Adds: Analysis::visits in text order.
class VisitExtractor final : public Analyser
{
public:
    explicit VisitExtractor(const Resources &resources);
    QString name() const override { return QStringLiteral("visits"); }
    QStringList prerequisites() const override
    {
        return {QStringLiteral("aliases"), QStringLiteral("dates")};
    }
    void run(const Document &document, Analysis &analysis) const override;
};

} // namespace lector
