// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotations.h"

#include <QColor>
#include <QString>
#include <QTextCharFormat>

namespace lector {

/// How each kind of annotation looks in the article view and the legend. Every kind differs in
/// colour (the Okabe-Ito palette, safe for the common colour-vision deficiencies) AND in underline
/// style, so no information rests on colour alone.
class HighlightStyle
{
public:
    enum class Kind { Person, Place, Organization, Other, Date, Quote };
    static constexpr int KindCount = 6;

    explicit HighlightStyle(bool dark = false);

    static Kind kindOf(EntityType type);
    static QString label(Kind kind);

    QColor colour(Kind kind) const;
    QTextCharFormat::UnderlineStyle underline(Kind kind) const;
    /// The format merged over a highlighted span (the text colour is left alone).
    QTextCharFormat format(Kind kind) const;
    /// The format of text outside the current filter.
    QTextCharFormat dimmed() const;
    /// The format merged over the mentions of the entity the view is filtered to.
    QTextCharFormat emphasised(Kind kind) const;
    bool isDark() const { return m_dark; }

private:
    bool m_dark = false;
};

} // namespace lector
