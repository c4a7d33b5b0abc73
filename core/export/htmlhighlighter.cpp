// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/htmlhighlighter.h"

#include <algorithm>

namespace lector {

namespace {

// The item of a list sorted by begin whose span covers pos, or -1. With `nested`, items may
// contain each other (a quotation inside a quotation) and the innermost one is returned;
// otherwise they are known not to overlap and only the last one starting before pos can match.
template<typename List, typename SpanOf>
int covering(const List &list, qsizetype pos, SpanOf spanOf, bool nested = false)
{
    auto it = std::upper_bound(list.cbegin(), list.cend(), pos,
                               [&](qsizetype p, const auto &x) { return p < spanOf(x).begin; });
    while (it != list.cbegin()) {
        --it;
        if (spanOf(*it).contains(pos))
            return int(it - list.cbegin());
        if (!nested)
            break;
    }
    return -1;
}

QString escaped(QStringView text)
{
    return text.toString().toHtmlEscaped();
}

} // namespace

HtmlHighlighter::HtmlHighlighter(const Document &document, const Analysis &analysis)
    : m_document(document)
    , m_analysis(analysis)
{
    for (const Mention &m : analysis.mentions)
        m_boundaries << m.span.begin << m.span.end;
    for (const TimeExpression &t : analysis.times)
        m_boundaries << t.span.begin << t.span.end;
    for (const Quote &q : analysis.quotes)
        m_boundaries << q.outer.begin << q.outer.end;
    std::sort(m_boundaries.begin(), m_boundaries.end());
    m_boundaries.erase(std::unique(m_boundaries.begin(), m_boundaries.end()), m_boundaries.end());
}

QString HtmlHighlighter::render() const
{
    const QString &text = m_document.text;
    QString out;
    out.reserve(text.size() * 2);
    qsizetype begin = 0;
    while (begin < text.size()) {
        qsizetype end = text.indexOf(u'\n', begin);
        if (end < 0)
            end = text.size();
        if (!QStringView(text).sliced(begin, end - begin).trimmed().isEmpty())
            renderLine(begin, end, out);
        begin = end + 1;
    }
    return out;
}

void HtmlHighlighter::renderLine(qsizetype begin, qsizetype end, QString &out) const
{
    const bool heading = isHeading(begin, end);
    out += heading ? u"<h2 class=\"subhead\">"_qs : u"<p>"_qs;
    State current;
    for (qsizetype pos = begin; pos < end;) {
        const qsizetype next = nextBoundary(pos, end);
        const State s = stateAt(pos);
        const bool quoteChanged = s.quote != current.quote;
        if (quoteChanged || s.mention != current.mention || s.time != current.time) {
            close(current, quoteChanged, out);
            open(s, quoteChanged, out);
            current = s;
        }
        out += escaped(QStringView(m_document.text).sliced(pos, next - pos));
        pos = next;
    }
    close(current, true, out);
    out += heading ? u"</h2>\n"_qs : u"</p>\n"_qs;
}

HtmlHighlighter::State HtmlHighlighter::stateAt(qsizetype pos) const
{
    State s;
    s.quote = covering(
        m_analysis.quotes, pos, [](const Quote &q) { return q.outer; }, true);
    s.mention = covering(m_analysis.mentions, pos, [](const Mention &m) { return m.span; });
    s.time = covering(m_analysis.times, pos, [](const TimeExpression &t) { return t.span; });
    return s;
}

qsizetype HtmlHighlighter::nextBoundary(qsizetype pos, qsizetype lineEnd) const
{
    auto it = std::upper_bound(m_boundaries.cbegin(), m_boundaries.cend(), pos);
    return it == m_boundaries.cend() ? lineEnd : std::min(*it, lineEnd);
}

void HtmlHighlighter::open(const State &s, bool outer, QString &out) const
{
    if (outer && s.quote >= 0) {
        const Quote &q = m_analysis.quotes[s.quote];
        const QString who = q.speaker >= 0 && q.speaker < m_analysis.entities.size()
                                ? m_analysis.entities[q.speaker].name
                                : q.speakerName;
        out += u"<span class=\"quote\" title=\"Quote, "_qs +
               (who.isEmpty() ? u"speaker unknown"_qs : QString(u"said by "_qs + who))
                   .toHtmlEscaped() +
               u"\">"_qs;
    }
    if (s.mention >= 0) {
        const Mention &m = m_analysis.mentions[s.mention];
        const QString type = entityTypeName(m.type);
        if (hasEntity(s.mention)) {
            const Entity &e = m_analysis.entities[m.entity];
            out += u"<a class=\"entity "_qs + type + u"\" href=\"#"_qs + e.id.toHtmlEscaped() +
                   u"\" title=\""_qs + QString(type + u": "_qs + e.name).toHtmlEscaped() +
                   u"\">"_qs;
        } else {
            out += u"<span class=\""_qs + type + u"\" title=\""_qs + type + u"\">"_qs;
        }
    }
    if (s.time >= 0) {
        const TimeExpression &t = m_analysis.times[s.time];
        out += u"<span class=\"date\" title=\""_qs +
               (t.value.isEmpty() ? u"date, unresolved"_qs : QString(u"date: "_qs + t.value))
                   .toHtmlEscaped() +
               u"\">"_qs;
    }
}

void HtmlHighlighter::close(const State &s, bool outer, QString &out) const
{
    if (s.time >= 0)
        out += u"</span>"_qs;
    if (s.mention >= 0)
        out += hasEntity(s.mention) ? u"</a>"_qs : u"</span>"_qs;
    if (outer && s.quote >= 0)
        out += u"</span>"_qs;
}

// Names of people, places and organizations link to their row in the side panels; other names
// ("Norwegian") have no panel, so they are marked but not linked.
bool HtmlHighlighter::hasEntity(int mention) const
{
    const int e = m_analysis.mentions[mention].entity;
    return e >= 0 && e < m_analysis.entities.size() &&
           m_analysis.entities[e].type != EntityType::Other;
}

bool HtmlHighlighter::isHeading(qsizetype begin, qsizetype end) const
{
    return std::any_of(m_document.headings.cbegin(), m_document.headings.cend(),
                       [&](Span h) { return h.begin <= begin && h.end >= end; });
}

} // namespace lector
