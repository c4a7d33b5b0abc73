// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/htmlblockcollector.h"

#include "io/htmlhints.h"

#include <gumbo.h>

namespace lector {

namespace {

bool isBlockTag(int t)
{
    switch (t) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_HTML:
        return true;
    default:
        return false;
    }
}

// Never article text, wherever they stand.
bool isDroppedTag(int t)
{
    switch (t) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_MAP:
        return true;
    default:
        return false;
    }
}

// Elements newer than gumbo's tag table (<picture>, <dialog>) arrive as GUMBO_TAG_UNKNOWN.
bool isDroppedUnknown(const HtmlTree::Node *node)
{
    GumboStringPiece piece = node->v.element.original_tag;
    gumbo_tag_from_original_text(&piece);
    const QByteArray name = QByteArray(piece.data, qsizetype(piece.length)).toLower();
    return name == "picture" || name == "dialog";
}

bool isFurnitureRole(const QString &role)
{
    static const QString roles[] = {u"navigation"_qs,  u"complementary"_qs, u"banner"_qs,
                                    u"contentinfo"_qs, u"dialog"_qs,        u"alertdialog"_qs,
                                    u"menu"_qs,        u"menubar"_qs,       u"alert"_qs};
    for (const QString &r : roles)
        if (role == r)
            return true;
    return false;
}

bool isHidden(const HtmlTree::Node *node)
{
    if (node->v.element.attributes.length == 0)
        return false;
    if (gumbo_get_attribute(&node->v.element.attributes, "hidden"))
        return true;
    if (HtmlTree::attribute(node, "aria-hidden") == u"true")
        return true;
    QString style = HtmlTree::attribute(node, "style");
    if (style.isEmpty())
        return false;
    style.remove(u' ');
    return style.contains(u"display:none", Qt::CaseInsensitive) ||
           style.contains(u"visibility:hidden", Qt::CaseInsensitive);
}

} // namespace

HtmlBlockCollector::HtmlBlockCollector(const HtmlHints &hints, bool stripUnlikely)
    : m_hints(hints)
    , m_stripUnlikely(stripUnlikely)
{}

bool HtmlBlockCollector::isSkipped(const HtmlTree::Node *node) const
{
    const int t = node->v.element.tag;
    if (isDroppedTag(t) || isHidden(node))
        return true;
    if (t == GUMBO_TAG_UNKNOWN && isDroppedUnknown(node))
        return true;
    if (isFurnitureRole(HtmlTree::attribute(node, "role")))
        return true;
    if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML || t == GUMBO_TAG_ARTICLE ||
        t == GUMBO_TAG_MAIN || t == GUMBO_TAG_A)
        return false;
    const QString hint = HtmlHints::classAndId(node);
    if (hint.isEmpty())
        return false;
    // "figure-caption", "share-tools", "newsletter-signup": boxes, not text. A wrapper
    // carrying such a class around a long article is kept (the length check).
    if (m_hints.isBoilerplate(hint) && HtmlTree::text(node).size() < 1000)
        return true;
    return m_stripUnlikely && m_hints.isUnlikely(hint);
}

void HtmlBlockCollector::flush()
{
    const QString text = HtmlTree::simplified(m_text);
    if (!text.isEmpty()) {
        HtmlBlock block;
        block.text = text;
        block.linkChars = std::min(m_linkChars, text.size());
        block.owner = m_owner;
        const int t = HtmlTree::tag(m_owner);
        if (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6)
            block.headingLevel = t - GUMBO_TAG_H1 + 1;
        m_blocks.append(block);
    }
    m_text.clear();
    m_linkChars = 0;
}

void HtmlBlockCollector::walk(const HtmlTree::Node *node, const HtmlTree::Node *owner, int depth)
{
    if (depth > MaxDepth)
        return;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
        const QString text = HtmlTree::ownText(node);
        m_text += text;
        if (m_linkDepth > 0)
            m_linkChars += HtmlTree::simplified(text).size() + 1;
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT || isSkipped(node))
        return;
    const int t = node->v.element.tag;
    if (t == GUMBO_TAG_BR) {
        flush();
        return;
    }
    const bool block = isBlockTag(t);
    const HtmlTree::Node *enclosing = owner;
    if (block) {
        flush();
        owner = node;
        m_owner = node;
    }
    const bool link = t == GUMBO_TAG_A && gumbo_get_attribute(&node->v.element.attributes, "href");
    m_linkDepth += link;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        walk(static_cast<const GumboNode *>(children.data[i]), owner, depth + 1);
    m_linkDepth -= link;
    if (block) {
        flush();
        m_owner = enclosing;
    }
    if (t == GUMBO_TAG_IMG)
        m_text += u' ';
}

QList<HtmlBlock> HtmlBlockCollector::collect(const HtmlTree::Node *root)
{
    m_blocks.clear();
    m_text.clear();
    m_linkChars = 0;
    m_linkDepth = 0;
    m_owner = root;
    if (root)
        walk(root, root, 0);
    flush();
    return std::move(m_blocks);
}

} // namespace lector
