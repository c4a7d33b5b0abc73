// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/htmltimeline.h"

#include "model/visitwording.h"

namespace lector {

namespace {

constexpr int Width = 760;
constexpr int Margin = 70;
constexpr int LaneHeight = 18;
constexpr int Lanes = 3;

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

HtmlTimeline::HtmlTimeline(const Document &document, const Analysis &analysis)
    : m_document(document)
    , m_analysis(analysis)
{}

QDate HtmlTimeline::startOf(const QString &value)
{
    switch (value.size()) {
    case 10:
        return QDate::fromString(value, u"yyyy-MM-dd"_qs);
    case 7:
        return QDate::fromString(value, u"yyyy-MM"_qs);
    case 4:
        return QDate::fromString(value, u"yyyy"_qs);
    default:
        break;
    }
    return {};
}

QString HtmlTimeline::render() const
{
    QString out = u"<section id=\"timeline\"><h2>Timeline of visits</h2>\n"_qs;
    const QList<int> order = visitOrder();
    if (order.isEmpty())
        return out + u"<p class=\"muted\">No visits found.</p></section>\n"_qs;
    return out + axis(order) + table(order) + u"</section>\n"_qs;
}

// Analysis::timeline is the intended order; fall back to text order when the TimelineBuilder
// did not run, so an export of a partial analysis still lists the visits.
QList<int> HtmlTimeline::visitOrder() const
{
    QList<int> order;
    for (int i : m_analysis.timeline) {
        if (i >= 0 && i < m_analysis.visits.size())
            order.append(i);
    }
    if (order.isEmpty()) {
        for (int i = 0; i < m_analysis.visits.size(); ++i)
            order.append(i);
    }
    return order;
}

QString HtmlTimeline::axis(const QList<int> &order) const
{
    QList<std::pair<QDate, int>> dated;
    for (int i : order) {
        // A hypothetical trip is listed in the table, never put on the axis.
        if (m_analysis.visits[i].status == VisitStatus::Hypothetical)
            continue;
        if (const QDate d = startOf(m_analysis.visits[i].date); d.isValid())
            dated.append({d, i});
    }
    if (dated.isEmpty())
        return {};
    QDate first = dated.constFirst().first, last = first;
    for (const auto &[d, i] : dated) {
        first = std::min(first, d);
        last = std::max(last, d);
    }
    const double days = std::max<qint64>(1, first.daysTo(last));
    const int axisY = 24 + Lanes * LaneHeight + 12, height = axisY + 30;
    auto xOf = [&](QDate d) {
        return first == last ? Width / 2.0
                             : Margin + (Width - 2 * Margin) * (first.daysTo(d) / days);
    };
    QString svg = u"<svg class=\"axis\" viewBox=\"0 0 %1 %2\" role=\"img\" "
                  "aria-label=\"Visits on a time axis\">"_qs.arg(Width)
                      .arg(height);
    svg += u"<line x1=\"%1\" y1=\"%3\" x2=\"%2\" y2=\"%3\"/>"_qs.arg(Margin / 2)
               .arg(Width - Margin / 2)
               .arg(axisY);
    for (QDate d : {first, last}) {
        svg += u"<text class=\"tick\" x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>"_qs.arg(
            number(xOf(d)), QString::number(axisY + 22),
            QLocale(QLocale::English).toString(d, u"d MMM yyyy"_qs));
    }
    for (int k = 0; k < dated.size(); ++k) {
        const double x = xOf(dated[k].first);
        const int labelY = 24 + (k % Lanes) * LaneHeight;
        const QString anchor = x < Width / 3.0       ? u"start"_qs
                               : x > 2 * Width / 3.0 ? u"end"_qs
                                                     : u"middle"_qs;
        // Planned: a hollow mark; cancelled: the label struck through.
        const VisitStatus status = m_analysis.visits[dated[k].second].status;
        const QString cls = u" class=\"%1\""_qs.arg(visitStatusName(status));
        svg += u"<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\"/><circle%4 cx=\"%1\" cy=\"%3\" "
               "r=\"5\"%5/>"_qs.arg(
                   number(x), QString::number(labelY + 4), QString::number(axisY), cls,
                   status == VisitStatus::Planned ? u" fill=\"white\" stroke=\"black\""_qs
                                                  : QString());
        svg += u"<text%5 x=\"%1\" y=\"%2\" text-anchor=\"%3\"%6>%4</text>"_qs.arg(
            number(x), QString::number(labelY), anchor,
            label(m_analysis.visits[dated[k].second]).toHtmlEscaped(), cls,
            status == VisitStatus::Cancelled ? u" text-decoration=\"line-through\""_qs : QString());
    }
    return svg + u"</svg>\n"_qs;
}

QString HtmlTimeline::table(const QList<int> &order) const
{
    QString out = u"<table><tr><th>When</th><th>Visitor</th><th>Place</th><th>Status</th>"
                  "<th>Host or met</th><th>Evidence</th></tr>\n"_qs;
    for (int i : order) {
        const Visit &v = m_analysis.visits[i];
        QStringList met;
        if (v.host >= 0)
            met.append(nameOf(v.host));
        for (int m : v.metWith) {
            if (m != v.host)
                met.append(nameOf(m));
        }
        // Written as a person writes it: "Tue 15 Aug 2023 (6 days)", never "P6D".
        QString when = VisitWording::date(v.date, v.precision);
        if (const QString d = VisitWording::duration(v.duration); !d.isEmpty())
            when += u" (" + d + u')';
        QString place = nameOf(v.place);
        if (v.region >= 0)
            place += u", "_qs + nameOf(v.region);
        // Every sentence of the trip, in text order.
        QStringList evidence;
        for (int s : v.sentences)
            if (s >= 0 && s < m_analysis.sentences.size())
                evidence.append(m_document.text
                                    .mid(m_analysis.sentences[s].span.begin,
                                         m_analysis.sentences[s].span.length())
                                    .toHtmlEscaped());
        if (evidence.isEmpty())
            evidence.append(
                m_document.text.mid(v.evidence.begin, v.evidence.length()).toHtmlEscaped());
        const QString style = v.status == VisitStatus::Cancelled
                                  ? u" style=\"text-decoration: line-through\""_qs
                                  : QString();
        out += u"<tr class=\""_qs + visitStatusName(v.status) + u"\"><td>"_qs +
               when.toHtmlEscaped() + u"</td><td class=\"person\""_qs + style + u">"_qs +
               nameOf(v.visitor).toHtmlEscaped() + u"</td><td class=\"place\""_qs + style +
               u">"_qs + place.toHtmlEscaped() + u"</td><td>"_qs +
               VisitWording::status(v.status).toHtmlEscaped() + u"</td><td>"_qs +
               met.join(u", "_qs).toHtmlEscaped() + u"</td><td>"_qs + evidence.join(u"<br>"_qs) +
               u"</td></tr>\n"_qs;
    }
    return out + u"</table>\n"_qs;
}

QString HtmlTimeline::nameOf(int entity) const
{
    if (entity >= 0 && entity < m_analysis.entities.size())
        return m_analysis.entities[entity].name;
    return entity == -1 ? QString() : u"?"_qs;
}

QString HtmlTimeline::label(const Visit &visit) const
{
    return nameOf(visit.visitor) + u" \u2192 "_qs + nameOf(visit.place);
}

} // namespace lector
