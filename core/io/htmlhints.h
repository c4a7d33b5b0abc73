// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/htmltree.h"

#include <QString>
#include <QStringList>

namespace lector {

/// What the class and id attributes of an element say about it, from the fragments in
/// resources/lexicon/html_hints.tsv ("comment", "related", "article", ...), compiled in as
/// :/lector/lexicon/html_hints.tsv. Loaded once per process; immutable and thread-safe.
class HtmlHints
{
public:
    static const HtmlHints &shared();

    /// Lower-cased "class id" of the element.
    static QString classAndId(const HtmlTree::Node *node);
    /// +25 per positive, -25 per negative match of class and id, as Readability weighs them.
    int classWeight(const QString &classAndId) const;
    /// Page furniture (comments, menus, sidebars) unless a "maybe" fragment rescues it.
    bool isUnlikely(const QString &classAndId) const;
    /// Boxes inside an article that are not its text (captions, share bars, newsletter
    /// sign-ups, related stories).
    bool isBoilerplate(const QString &classAndId) const;

private:
    HtmlHints();
    static bool matchesAny(const QString &text, const QStringList &fragments);

    QStringList m_unlikely;
    QStringList m_maybe;
    QStringList m_positive;
    QStringList m_negative;
    QStringList m_boilerplate;
};

} // namespace lector
