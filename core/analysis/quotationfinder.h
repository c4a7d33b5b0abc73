// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analyser.h"

namespace lector {

class Resources;

/// Finds quotations on characters: direct, partial, scare quotes and indirect speech.
///
/// Requires: tokens, sentences. Adds: Analysis::quotes (sorted by outer.begin), no speakers yet.
class QuotationFinder final : public Analyser
{
public:
    explicit QuotationFinder(const Resources &resources);
    QString name() const override { return QStringLiteral("quotes"); }
    QStringList prerequisites() const override
    {
        return {QStringLiteral("tokens"), QStringLiteral("sentences")};
    }
    void run(const Document &document, Analysis &analysis) const override;
};

} // namespace lector
