// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/htmltree.h"

#include <gumbo.h>

#include <QList>

#include <cctype>
#include <cstring>

namespace lector {

namespace {

// Elements that never nest (void) or that an opening tag of their kind closes implicitly.
bool isFlat(const char *name, qsizetype length)
{
    static const char *const flat[] = {"area",  "base",  "br",   "col",    "embed", "hr",
                                       "img",   "input", "link", "meta",   "param", "source",
                                       "track", "wbr",   "p",    "li",     "dt",    "dd",
                                       "tr",    "td",    "th",   "option", "!--",   "!doctype"};
    for (const char *f : flat)
        if (qsizetype(std::strlen(f)) == length && std::strncmp(f, name, length) == 0)
            return true;
    return false;
}

void collectText(const GumboNode *node, QString &out, int depth)
{
    if (depth > HtmlTree::MaxWalkDepth)
        return;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
        out += QString::fromUtf8(node->v.text.text);
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT)
        return;
    const GumboTag t = node->v.element.tag;
    if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_NOSCRIPT)
        return;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        collectText(static_cast<const GumboNode *>(children.data[i]), out, depth + 1);
}

} // namespace

HtmlTree::HtmlTree(const QByteArray &html)
    : m_html(html)
{
    m_output =
        gumbo_parse_with_options(&kGumboDefaultOptions, m_html.constData(), size_t(m_html.size()));
}

HtmlTree::~HtmlTree()
{
    if (m_output)
        gumbo_destroy_output(&kGumboDefaultOptions, m_output);
}

const HtmlTree::Node *HtmlTree::root() const
{
    return m_output ? m_output->root : nullptr;
}

int HtmlTree::estimatedDepth(const QByteArray &html)
{
    int depth = 0;
    int deepest = 0;
    const char *p = html.constData();
    const char *end = p + html.size();
    while ((p = static_cast<const char *>(std::memchr(p, '<', size_t(end - p)))) != nullptr) {
        ++p;
        const bool closing = p < end && *p == '/';
        const char *name = closing ? p + 1 : p;
        const char *q = name;
        while (q < end && (std::isalnum(static_cast<unsigned char>(*q)) || *q == '!' || *q == '-'))
            ++q;
        if (q == name || isFlat(name, q - name))
            continue;
        // Script and style bodies are not markup: "if (a<b)" must not count.
        const bool raw = !closing && ((q - name == 6 && qstrnicmp(name, "script", 6) == 0) ||
                                      (q - name == 5 && qstrnicmp(name, "style", 5) == 0));
        if (raw) {
            const QByteArray closer = QByteArray("</") + QByteArray(name, q - name);
            const qsizetype at = html.indexOf(closer, q - html.constData());
            if (at < 0)
                break;
            p = html.constData() + at + closer.size();
            continue;
        }
        const char *close = static_cast<const char *>(std::memchr(q, '>', size_t(end - q)));
        if (close && close > q && close[-1] == '/')
            continue; // <x/>
        depth += closing ? -1 : 1;
        depth = std::max(depth, 0);
        deepest = std::max(deepest, depth);
    }
    return deepest;
}

bool HtmlTree::isElement(const Node *node)
{
    return node && node->type == GUMBO_NODE_ELEMENT;
}

int HtmlTree::tag(const Node *node)
{
    return isElement(node) ? int(node->v.element.tag) : -1;
}

QString HtmlTree::attribute(const Node *node, const char *name)
{
    if (!isElement(node))
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

QString HtmlTree::ownText(const Node *node)
{
    if (node && (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
                 node->type == GUMBO_NODE_CDATA))
        return QString::fromUtf8(node->v.text.text);
    return {};
}

QString HtmlTree::text(const Node *node)
{
    QString out;
    if (node)
        collectText(node, out, 0);
    return simplified(out);
}

QString HtmlTree::simplified(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (QChar c : text) {
        if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0x200B)) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        out += c;
    }
    return out;
}

} // namespace lector
