// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analyser.h"

namespace lector {

class Resources;

/// Finds names of people, places, organizations and other entities.
///
/// Requires: tokens, sentences, dates. Adds: Analysis::mentions (sorted, non-overlapping),
/// each with a type and a source; entities are left to the AliasResolver.
class EntityRecogniser final : public Analyser
{
public:
    explicit EntityRecogniser(const Resources &resources);
    QString name() const override { return QStringLiteral("entities"); }
    QStringList prerequisites() const override
    {
        return {QStringLiteral("tokens"), QStringLiteral("sentences"), QStringLiteral("dates")};
    }
    void run(const Document &document, Analysis &analysis) const override;
};

} // namespace lector
