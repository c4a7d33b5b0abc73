// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/htmltree.h"

#include <QList>
#include <QString>

namespace lector {

class HtmlHints;

/// One line of text in a page: the inline content of a block element (a paragraph, heading,
/// list item, table cell), with how much of it is link text.
struct HtmlBlock
{
    QString text;                          ///< white space collapsed, trimmed, never empty
    qsizetype linkChars = 0;               ///< characters inside <a href>
    const HtmlTree::Node *owner = nullptr; ///< the nearest block-level element
    int headingLevel = 0;                  ///< 1..6 for <h1>..<h6>
};

/// Splits a page into HtmlBlocks in document order, leaving out what is never article text:
/// scripts, styles, forms' controls, navigation, headers, footers, asides, figures and their
/// captions, hidden elements, ARIA landmarks of page furniture, and (with stripUnlikely)
/// elements whose class or id marks them as comments, sidebars, menus and the like.
/// Elements nested deeper than MaxDepth are skipped.
class HtmlBlockCollector
{
public:
    static constexpr int MaxDepth = HtmlTree::MaxWalkDepth;

    HtmlBlockCollector(const HtmlHints &hints, bool stripUnlikely);
    [[nodiscard]] QList<HtmlBlock> collect(const HtmlTree::Node *root);

private:
    bool isSkipped(const HtmlTree::Node *node) const;
    void walk(const HtmlTree::Node *node, const HtmlTree::Node *owner, int depth);
    void flush();

    const HtmlHints &m_hints;
    bool m_stripUnlikely;
    // Per-collect() scratch: the block being built.
    QList<HtmlBlock> m_blocks;
    QString m_text;
    qsizetype m_linkChars = 0;
    int m_linkDepth = 0;
    const HtmlTree::Node *m_owner = nullptr;
};

} // namespace lector
