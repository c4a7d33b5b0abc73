// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/contentscorer.h"

#include "io/htmlhints.h"

#include <gumbo.h>

#include <algorithm>

namespace lector {

namespace {

constexpr qsizetype MinParagraph = 25;
constexpr int AncestorLevels = 5;
constexpr qsizetype MinSection = 200;

int tagScore(int t)
{
    switch (t) {
    case GUMBO_TAG_DIV:
        return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
        return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
        return -5;
    default:
        return 0;
    }
}

bool isScoredOwner(int t)
{
    return t == GUMBO_TAG_P || t == GUMBO_TAG_TD || t == GUMBO_TAG_PRE || t == GUMBO_TAG_DIV ||
           t == GUMBO_TAG_SECTION || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_BLOCKQUOTE ||
           t == GUMBO_TAG_MAIN;
}

bool isRoot(const HtmlTree::Node *node)
{
    const int t = HtmlTree::tag(node);
    return !node || t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML;
}

int countCommas(const QString &text)
{
    return int(text.count(u',') + text.count(QChar(0xFF0C)) + text.count(QChar(0x060C)));
}

QList<const HtmlTree::Node *> ancestors(const HtmlTree::Node *node, int levels)
{
    QList<const HtmlTree::Node *> out;
    for (node = node->parent; node && HtmlTree::isElement(node) && out.size() < levels;
         node = node->parent)
        out.append(node);
    return out;
}

bool endsSentence(const QString &text)
{
    return text.endsWith(u'.') || text.contains(u". ");
}

} // namespace

ContentScorer::ContentScorer(const QList<HtmlBlock> &blocks, const HtmlHints &hints)
    : m_hints(hints)
{
    accumulate(blocks);
    scoreParagraphs(blocks);
    const HtmlTree::Node *top = topCandidate();
    if (top) {
        top = climb(top);
        selectSiblings(top);
        selectSameClass(top);
    }
}

void ContentScorer::accumulate(const QList<HtmlBlock> &blocks)
{
    for (const HtmlBlock &block : blocks) {
        const int commas = countCommas(block.text);
        for (const HtmlTree::Node *n = block.owner; HtmlTree::isElement(n); n = n->parent) {
            Stats &s = m_stats[n];
            s.chars += block.text.size();
            s.linkChars += block.linkChars;
            s.commas += commas;
        }
    }
}

void ContentScorer::initialise(const HtmlTree::Node *node, Stats &stats) const
{
    stats.isCandidate = true;
    stats.score = tagScore(HtmlTree::tag(node)) + m_hints.classWeight(HtmlHints::classAndId(node));
}

void ContentScorer::scoreParagraphs(const QList<HtmlBlock> &blocks)
{
    for (const HtmlBlock &block : blocks) {
        if (block.text.size() < MinParagraph || !isScoredOwner(HtmlTree::tag(block.owner)))
            continue;
        const double points =
            1.0 + countCommas(block.text) + std::min<qsizetype>(block.text.size() / 100, 3);
        const QList<const HtmlTree::Node *> chain = ancestors(block.owner, AncestorLevels);
        for (int level = 0; level < chain.size(); ++level) {
            if (HtmlTree::tag(chain[level]) == GUMBO_TAG_HTML)
                break;
            Stats &s = m_stats[chain[level]];
            if (!s.isCandidate)
                initialise(chain[level], s);
            const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
            s.score += points / divider;
        }
    }
    for (auto it = m_stats.begin(); it != m_stats.end(); ++it)
        if (it->isCandidate)
            it->score *= 1.0 - it->linkDensity();
}

const HtmlTree::Node *ContentScorer::topCandidate() const
{
    const HtmlTree::Node *best = nullptr;
    double bestScore = 0;
    for (auto it = m_stats.cbegin(); it != m_stats.cend(); ++it) {
        if (!it->isCandidate)
            continue;
        // Ties go to the earlier element so the choice never depends on hash order.
        if (!best || it->score > bestScore ||
            (it->score == bestScore && it.key()->index_within_parent < best->index_within_parent)) {
            best = it.key();
            bestScore = it->score;
        }
    }
    return best;
}

// Readability moves the top candidate up when three rivals of 75% of its score share an
// ancestor with it, or when its parent scores higher: the article is split in several divs.
const HtmlTree::Node *ContentScorer::climb(const HtmlTree::Node *top) const
{
    const double topScore = m_stats.value(top).score;
    QList<QList<const HtmlTree::Node *>> rivals;
    for (auto it = m_stats.cbegin(); it != m_stats.cend(); ++it)
        if (it->isCandidate && it.key() != top && topScore > 0 && it->score / topScore >= 0.75)
            rivals.append(ancestors(it.key(), 1000));
    if (rivals.size() >= 3) {
        for (const HtmlTree::Node *p = top->parent; !isRoot(p); p = p->parent) {
            const auto holds = [p](const QList<const HtmlTree::Node *> &a) {
                return a.contains(p);
            };
            if (std::count_if(rivals.cbegin(), rivals.cend(), holds) >= 3) {
                top = p;
                break;
            }
        }
    }
    double last = m_stats.value(top).score;
    const double threshold = last / 3;
    for (const HtmlTree::Node *p = top->parent; !isRoot(p); p = p->parent) {
        const Stats s = m_stats.value(p);
        if (!s.isCandidate)
            continue;
        if (s.score < threshold)
            break;
        if (s.score > last) {
            top = p;
            break;
        }
        last = s.score;
    }
    while (!isRoot(top->parent) && top->parent->v.element.children.length == 1)
        top = top->parent;
    return top;
}

void ContentScorer::selectSiblings(const HtmlTree::Node *top)
{
    if (isRoot(top->parent)) {
        m_selection.append(top);
        return;
    }
    const Stats topStats = m_stats.value(top);
    const double threshold = std::max(10.0, topStats.score * 0.2);
    const QString topClass = HtmlTree::attribute(top, "class");
    const GumboVector &siblings = top->parent->v.element.children;
    for (unsigned i = 0; i < siblings.length; ++i) {
        const auto *sibling = static_cast<const HtmlTree::Node *>(siblings.data[i]);
        if (!HtmlTree::isElement(sibling))
            continue;
        if (sibling == top) {
            m_selection.append(sibling);
            continue;
        }
        const Stats s = m_stats.value(sibling);
        const double bonus =
            !topClass.isEmpty() && HtmlTree::attribute(sibling, "class") == topClass
                ? topStats.score * 0.2
                : 0.0;
        bool append = s.isCandidate && s.score + bonus >= threshold;
        if (!append && HtmlTree::tag(sibling) == GUMBO_TAG_P && s.chars > 0) {
            // "A short paragraph between long ones." continues the article.
            const QString text = HtmlTree::text(sibling);
            append = (s.chars > 80 && s.linkDensity() < 0.25) ||
                     (s.linkDensity() == 0 && endsSentence(text));
        }
        if (append)
            m_selection.append(sibling);
    }
}

bool ContentScorer::isSelected(const HtmlTree::Node *node) const
{
    for (; HtmlTree::isElement(node); node = node->parent)
        if (m_selection.contains(node))
            return true;
    return false;
}

// <div class="post-section">text</div><figure/><div class="post-section">more</div>: the
// sections share the chosen element's tag and class but not its parent.
void ContentScorer::selectSameClass(const HtmlTree::Node *top)
{
    const QString topClass = HtmlTree::attribute(top, "class");
    if (topClass.isEmpty())
        return;
    const int topTag = HtmlTree::tag(top);
    QList<const HtmlTree::Node *> found;
    for (auto it = m_stats.cbegin(); it != m_stats.cend(); ++it) {
        const HtmlTree::Node *node = it.key();
        if (HtmlTree::tag(node) != topTag || it->chars < MinSection || it->linkDensity() >= 0.25 ||
            HtmlTree::attribute(node, "class") != topClass)
            continue;
        if (!isSelected(node))
            found.append(node);
    }
    m_selection.append(found);
}

} // namespace lector
