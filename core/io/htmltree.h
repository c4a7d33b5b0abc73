// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

struct GumboInternalNode;
struct GumboInternalOutput;

namespace lector {

/// An HTML5 document parsed by gumbo, owned for the lifetime of this object, with helpers
/// for reading nodes. Gumbo's cost grows with the square of the nesting depth, so callers
/// check estimatedDepth() before parsing untrusted pages.
class HtmlTree
{
public:
    using Node = GumboInternalNode;

    /// How deep the recursive walks over the tree go. Above HtmlExtractor::MaxNesting (pages
    /// nesting deeper are refused before parsing), with room for the elements the parser adds
    /// itself (<tbody>, reopened formatting elements), so no accepted page loses text to it.
    static constexpr int MaxWalkDepth = 4096;

    /// Parses `html` (UTF-8).
    explicit HtmlTree(const QByteArray &html);
    ~HtmlTree();
    HtmlTree(const HtmlTree &) = delete;
    HtmlTree &operator=(const HtmlTree &) = delete;

    /// The <html> element.
    const Node *root() const;

    /// The deepest element nesting the markup asks for, counted cheaply from tags alone
    /// (elements that close themselves, such as <p> and <li>, do not count).
    [[nodiscard]] static int estimatedDepth(const QByteArray &html);

    /// Whether `node` is an element.
    static bool isElement(const Node *node);
    /// The element's tag as gumbo numbers it (GumboTag); -1 for other nodes.
    static int tag(const Node *node);
    /// The value of attribute `name` (lower-case), or an empty string.
    static QString attribute(const Node *node, const char *name);
    /// The text of a text node, or an empty string.
    static QString ownText(const Node *node);
    /// All text below `node`, with runs of white space collapsed to one space and trimmed.
    static QString text(const Node *node);
    /// Collapses white space runs (including no-break spaces) to one space, trims the ends.
    static QString simplified(const QString &text);

private:
    QByteArray m_html; // gumbo points into it
    GumboInternalOutput *m_output = nullptr;
};

} // namespace lector
