// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/htmlblockcollector.h"

#include <QHash>
#include <QList>

namespace lector {

class HtmlHints;

/// Readability's choice of the article's element. Every paragraph of 25 characters or more
/// gives its parent 1 point + 1 per comma + 1 per 100 characters (at most 3), its grandparent
/// half of that and further ancestors less; elements start from their tag (div +5, list -3,
/// heading -5) and class/id hints (+-25), and lose the share of their text that is link text.
/// The best element, moved up when its rivals share an ancestor, is taken with the siblings
/// that score close to it or read as prose, and with elements elsewhere of its very tag and
/// class that hold prose (an article split into sections by figures or advertisements).
///
/// Reads blocks from HtmlBlockCollector; keeps per-element statistics of those blocks.
class ContentScorer
{
public:
    struct Stats
    {
        qsizetype chars = 0;     ///< characters of blocks in the subtree
        qsizetype linkChars = 0; ///< of which link text
        int commas = 0;
        double score = 0;
        bool isCandidate = false;
        double linkDensity() const { return chars ? double(linkChars) / double(chars) : 0.0; }
    };

    ContentScorer(const QList<HtmlBlock> &blocks, const HtmlHints &hints);

    /// The elements that hold the article, in document order; empty when nothing scored.
    QList<const HtmlTree::Node *> selection() const { return m_selection; }
    Stats stats(const HtmlTree::Node *node) const { return m_stats.value(node); }

private:
    void accumulate(const QList<HtmlBlock> &blocks);
    void scoreParagraphs(const QList<HtmlBlock> &blocks);
    void initialise(const HtmlTree::Node *node, Stats &stats) const;
    const HtmlTree::Node *topCandidate() const;
    const HtmlTree::Node *climb(const HtmlTree::Node *top) const;
    void selectSiblings(const HtmlTree::Node *top);
    void selectSameClass(const HtmlTree::Node *top);
    bool isSelected(const HtmlTree::Node *node) const;

    const HtmlHints &m_hints;
    QHash<const HtmlTree::Node *, Stats> m_stats;
    QList<const HtmlTree::Node *> m_selection;
};

} // namespace lector
