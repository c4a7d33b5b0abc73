// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/htmlpanels.h"

#include <algorithm>

namespace lector {

namespace {

struct SectionInfo
{
    QString id;
    QString heading;
    QString nameColumn;
};

SectionInfo sectionOf(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return {u"actors"_qs, u"Actors"_qs, u"Person"_qs};
    case EntityType::Place:
        return {u"places"_qs, u"Places"_qs, u"Place"_qs};
    case EntityType::Organization:
        return {u"organizations"_qs, u"Organizations"_qs, u"Organization"_qs};
    case EntityType::Other:
        break;
    }
    return {u"other"_qs, u"Other names"_qs, u"Name"_qs};
}

QString escapedList(const QStringList &items)
{
    return items.join(u", "_qs).toHtmlEscaped();
}

// The forms other than the canonical name: "Wen" and "Wen's" next to "Wen Jiabo".
QStringList otherForms(const Entity &e)
{
    QStringList forms;
    for (const QString &f : e.forms) {
        if (f != e.name && !forms.contains(f))
            forms.append(f);
    }
    return forms;
}

} // namespace

HtmlPanels::HtmlPanels(const Document &document, const Analysis &analysis)
    : m_document(document)
    , m_analysis(analysis)
{}

QString HtmlPanels::legend()
{
    return u"<section id=\"legend\"><h2>Legend</h2><ul>"
           "<li><span class=\"person\">Person</span></li>"
           "<li><span class=\"place\">Place</span></li>"
           "<li><span class=\"organization\">Organization</span></li>"
           "<li><span class=\"date\">Date</span></li>"
           "<li><span class=\"quote\">&ldquo;Quotation&rdquo;</span></li>"
           "</ul></section>\n"_qs;
}

QString HtmlPanels::entities(EntityType type) const
{
    const SectionInfo info = sectionOf(type);
    QList<int> rows;
    for (int i = 0; i < m_analysis.entities.size(); ++i) {
        if (m_analysis.entities[i].type == type)
            rows.append(i);
    }
    // Most mentioned first; ties keep the order of first mention (entities are in that order).
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        return m_analysis.entities[a].mentions.size() > m_analysis.entities[b].mentions.size();
    });
    QString out = u"<section id=\""_qs + info.id + u"\"><h2>"_qs + info.heading + u"</h2>\n"_qs;
    if (rows.isEmpty())
        return out + u"<p class=\"muted\">None found.</p></section>\n"_qs;
    const bool isPerson = type == EntityType::Person;
    out += u"<table><tr><th>"_qs + info.nameColumn + u"</th><th>Also written</th><th>"_qs +
           (isPerson ? u"Roles"_qs : u"Kind"_qs) + u"</th><th>Mentions</th></tr>\n"_qs;
    for (int i : rows) {
        const Entity &e = m_analysis.entities[i];
        out += u"<tr id=\""_qs + e.id.toHtmlEscaped() + u"\"><td class=\""_qs +
               entityTypeName(type) + u"\">"_qs + e.name.toHtmlEscaped() + u"</td><td>"_qs +
               escapedList(otherForms(e)) + u"</td><td>"_qs +
               (isPerson ? escapedList(e.roles) : e.subtype.toHtmlEscaped()) +
               u"</td><td class=\"count\">"_qs + QString::number(e.mentions.size()) +
               u"</td></tr>\n"_qs;
    }
    return out + u"</table></section>\n"_qs;
}

QString HtmlPanels::quotes() const
{
    QString out = u"<section id=\"quotes\"><h2>Quotes</h2>\n"_qs;
    if (m_analysis.quotes.isEmpty())
        return out + u"<p class=\"muted\">None found.</p></section>\n"_qs;
    // Speakers in the order they are first quoted; the quotes of each in text order.
    QStringList speakers;
    for (const Quote &q : m_analysis.quotes) {
        if (!speakers.contains(speakerOf(q)))
            speakers.append(speakerOf(q));
    }
    for (const QString &speaker : speakers) {
        out += u"<div class=\"speaker\">"_qs + speaker.toHtmlEscaped() + u"</div>\n"_qs;
        for (const Quote &q : m_analysis.quotes) {
            if (speakerOf(q) == speaker)
                out += quoteText(q);
        }
    }
    return out + u"</section>\n"_qs;
}

QString HtmlPanels::corrections(const QList<Correction> &corrections)
{
    if (corrections.isEmpty())
        return {};
    QString out = u"<section id=\"corrections\"><h2>Corrections</h2>\n"
                  "<p class=\"muted\">Made by the reader on top of the automatic reading.</p>"
                  "\n<ul>\n"_qs;
    for (const Correction &c : corrections)
        out += u"<li>"_qs + describeCorrection(c).toHtmlEscaped() + u"</li>\n"_qs;
    return out + u"</ul></section>\n"_qs;
}

QString HtmlPanels::quoteText(const Quote &quote) const
{
    const QString words = m_document.text.mid(quote.span.begin, quote.span.length());
    QString note = quoteKindName(quote.kind);
    if (!quote.cue.isEmpty())
        note += u", cue \u201C"_qs + quote.cue + u'\u201D';
    return u"<blockquote>"_qs + words.toHtmlEscaped() + u"<span class=\"cue\">"_qs +
           note.toHtmlEscaped() + u"</span></blockquote>\n"_qs;
}

QString HtmlPanels::speakerOf(const Quote &quote) const
{
    if (quote.speaker >= 0 && quote.speaker < m_analysis.entities.size())
        return m_analysis.entities[quote.speaker].name;
    return quote.speakerName.isEmpty() ? u"Speaker unknown"_qs : quote.speakerName;
}

} // namespace lector
