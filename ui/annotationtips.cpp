// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationtips.h"

#include "highlightstyle.h"

#include <QCoreApplication>

#include <algorithm>

namespace lector {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AnnotationTips", text);
}

QString row(const QString &label, const QString &value)
{
    return u"<tr><td><b>"_qs + label.toHtmlEscaped() + u"</b></td><td>"_qs + value.toHtmlEscaped() +
           u"</td></tr>"_qs;
}

QString table(const QString &rows)
{
    return u"<table cellspacing=\"2\">"_qs + rows + u"</table>"_qs;
}

QString sourceName(MentionSource source)
{
    switch (source) {
    case MentionSource::Model:
        return tr("statistical model");
    case MentionSource::Gazetteer:
        return tr("gazetteer");
    case MentionSource::Rule:
        return tr("rule");
    case MentionSource::Alias:
        return tr("alias of an earlier name");
    case MentionSource::User:
        break;
    }
    return tr("your correction");
}

} // namespace

QString AnnotationTips::entity(const Analysis &analysis, int entity)
{
    if (entity < 0 || entity >= analysis.entities.size())
        return {};
    const Entity &e = analysis.entities.at(entity);
    QString type = HighlightStyle::label(HighlightStyle::kindOf(e.type));
    if (!e.subtype.isEmpty())
        type += u" ("_qs + e.subtype + u')';
    QString rows = row(tr("Type"), type) + row(tr("Name"), e.name);
    if (e.forms.size() > 1)
        rows += row(tr("Forms"), e.forms.join(u", "_qs));
    if (!e.roles.isEmpty())
        rows += row(tr("Roles"), e.roles.join(u", "_qs));
    rows += row(tr("Mentions"), QString::number(e.mentions.size()));
    return table(rows);
}

QString AnnotationTips::mention(const Analysis &analysis, int mention)
{
    if (mention < 0 || mention >= analysis.mentions.size())
        return {};
    const Mention &m = analysis.mentions.at(mention);
    QString rows = row(tr("Found by"), sourceName(m.source));
    if (!m.role.isEmpty())
        rows += row(tr("Role here"), m.role);
    if (m.entity < 0) {
        const QString type = HighlightStyle::label(HighlightStyle::kindOf(m.type));
        return table(row(tr("Type"), type) + rows);
    }
    return entity(analysis, m.entity) + table(rows);
}

QString AnnotationTips::quote(const Analysis &analysis, int quote)
{
    if (quote < 0 || quote >= analysis.quotes.size())
        return {};
    const Quote &q = analysis.quotes.at(quote);
    QString speaker = q.speakerName;
    if (q.speaker >= 0 && q.speaker < analysis.entities.size())
        speaker = analysis.entities.at(q.speaker).name;
    if (speaker.isEmpty())
        speaker = tr("unknown speaker");
    QString rows = row(tr("Quotation"), quoteKindName(q.kind)) + row(tr("Speaker"), speaker);
    if (!q.cue.isEmpty())
        rows += row(tr("Cue"), q.cue);
    if (q.speaker >= 0 || !q.speakerName.isEmpty())
        rows += row(tr("Confidence"), QString::number(int(q.confidence * 100)) + u'%');
    return table(rows);
}

QString AnnotationTips::time(const Analysis &analysis, int time)
{
    if (time < 0 || time >= analysis.times.size())
        return {};
    const TimeExpression &t = analysis.times.at(time);
    QString rows = row(tr("Date"), t.value.isEmpty() ? tr("not resolved") : t.value);
    rows += row(tr("Precision"), precisionName(t.precision));
    if (t.relative)
        rows += row(tr("Resolved"), tr("relative to another date"));
    return table(rows);
}

int AnnotationTips::quoteAt(const Analysis &analysis, qsizetype pos)
{
    // Quotes may nest (a quote inside a quote), so the innermost covering one wins.
    int best = -1;
    for (int i = 0; i < analysis.quotes.size(); ++i) {
        const Span outer = analysis.quotes.at(i).outer;
        if (outer.begin > pos)
            break;
        if (outer.contains(pos) && (best < 0 || analysis.quotes.at(best).outer.contains(outer)))
            best = i;
    }
    return best;
}

int AnnotationTips::timeAt(const Analysis &analysis, qsizetype pos)
{
    const auto &times = analysis.times;
    auto it =
        std::upper_bound(times.cbegin(), times.cend(), pos,
                         [](qsizetype p, const TimeExpression &t) { return p < t.span.begin; });
    if (it == times.cbegin())
        return -1;
    --it;
    return it->span.contains(pos) ? int(it - times.cbegin()) : -1;
}

QString AnnotationTips::at(const Analysis &analysis, qsizetype pos)
{
    QStringList parts;
    if (const int m = analysis.mentionAt(pos); m >= 0)
        parts << mention(analysis, m);
    if (const int t = timeAt(analysis, pos); t >= 0)
        parts << time(analysis, t);
    if (const int q = quoteAt(analysis, pos); q >= 0)
        parts << quote(analysis, q);
    return parts.join(u"<hr/>"_qs);
}

} // namespace lector
