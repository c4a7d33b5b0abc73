// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analyser.h"

namespace lector {

class Resources;

/// Groups mentions into entities: short forms, titles, possessives, acronyms.
///
/// Requires: entities. Adds: Analysis::entities, sets Mention::entity for every mention.
class AliasResolver final : public Analyser
{
public:
    explicit AliasResolver(const Resources &resources);
    QString name() const override { return QStringLiteral("aliases"); }
    QStringList prerequisites() const override { return {QStringLiteral("entities")}; }
    void run(const Document &document, Analysis &analysis) const override;
};

} // namespace lector
