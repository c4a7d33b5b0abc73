// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/jsonexporter.h"

#include "text/codepointmap.h"

#include <QJsonArray>

namespace lector {

namespace {

struct Spans
{
    const QString &text;
    CodePointMap map;

    void put(QJsonObject &o, Span s, const char16_t *startKey = u"start",
             const char16_t *endKey = u"end") const
    {
        o.insert(QStringView(startKey), qint64(map.toCodePoint(s.begin)));
        o.insert(QStringView(endKey), qint64(map.toCodePoint(s.end)));
    }
    QString textOf(Span s) const { return text.mid(s.begin, s.length()); }
};

QString timexTypeName(TimexType type)
{
    switch (type) {
    case TimexType::Date:
        return QStringLiteral("DATE");
    case TimexType::Time:
        return QStringLiteral("TIME");
    case TimexType::Duration:
        return QStringLiteral("DURATION");
    case TimexType::Set:
        break;
    }
    return QStringLiteral("SET");
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QJsonObject JsonExporter::analysis(const Document &document, const Analysis &analysis)
{
    const Spans spans{document.text, CodePointMap(document.text)};
    auto entityId = [&](int i) -> QJsonValue {
        return i >= 0 && i < analysis.entities.size() ? QJsonValue(analysis.entities[i].id)
                                                      : QJsonValue(QJsonValue::Null);
    };
    QJsonArray entities;
    for (const Entity &e : analysis.entities) {
        QJsonArray mentions;
        for (int m : e.mentions) {
            QJsonObject mo;
            spans.put(mo, analysis.mentions[m].span);
            mo.insert(u"text", spans.textOf(analysis.mentions[m].span));
            mentions.append(mo);
        }
        entities.append(QJsonObject{{u"id"_qs, e.id},
                                    {u"name"_qs, e.name},
                                    {u"type"_qs, toString(e.type)},
                                    {u"subtype"_qs, orNull(e.subtype)},
                                    {u"forms"_qs, QJsonArray::fromStringList(e.forms)},
                                    {u"roles"_qs, QJsonArray::fromStringList(e.roles)},
                                    {u"mentions"_qs, mentions}});
    }
    QJsonArray quotes;
    for (const Quote &q : analysis.quotes) {
        QJsonObject o;
        spans.put(o, q.span);
        o.insert(u"text", spans.textOf(q.span));
        o.insert(u"kind", toString(q.kind));
        o.insert(u"speaker", entityId(q.speaker));
        o.insert(u"speakerName", orNull(q.speakerName));
        o.insert(u"cue", orNull(q.cue));
        o.insert(u"confidence", double(q.confidence));
        quotes.append(o);
    }
    QJsonArray dates;
    for (const TimeExpression &t : analysis.times) {
        QJsonObject o;
        spans.put(o, t.span);
        o.insert(u"text", spans.textOf(t.span));
        o.insert(u"value", orNull(t.value));
        o.insert(u"type", timexTypeName(t.type));
        o.insert(u"precision", toString(t.precision));
        dates.append(o);
    }
    QJsonArray visits;
    for (int vi : analysis.timeline) {
        const Visit &v = analysis.visits[vi];
        QJsonObject o;
        o.insert(u"visitor", entityId(v.visitor));
        o.insert(u"place", entityId(v.place));
        o.insert(u"host", entityId(v.host));
        QJsonArray met;
        for (int m : v.metWith)
            met.append(entityId(m));
        o.insert(u"metWith", met);
        o.insert(u"date", orNull(v.date));
        o.insert(u"precision", toString(v.precision));
        o.insert(u"duration", orNull(v.duration));
        spans.put(o, v.evidence);
        o.insert(u"text", spans.textOf(v.evidence));
        visits.append(o);
    }
    return QJsonObject{
        {u"title"_qs, orNull(document.title)},
        {u"published"_qs, document.published.isValid()
                              ? QJsonValue(document.published.toString(Qt::ISODate))
                              : QJsonValue(QJsonValue::Null)},
        {u"source"_qs, document.source},
        {u"entities"_qs, entities},
        {u"quotes"_qs, quotes},
        {u"dates"_qs, dates},
        {u"visits"_qs, visits},
    };
}

QJsonObject JsonExporter::prediction(const QString &id, const Document &document,
                                     const Analysis &analysis)
{
    const Spans spans{document.text, CodePointMap(document.text)};
    QJsonArray entities;
    for (const Mention &m : analysis.mentions) {
        QJsonObject o;
        spans.put(o, m.span);
        o.insert(u"type", toString(m.type));
        o.insert(u"text", spans.textOf(m.span));
        entities.append(o);
    }
    QJsonArray timex;
    for (const TimeExpression &t : analysis.times) {
        QJsonObject o;
        spans.put(o, t.span);
        o.insert(u"type", timexTypeName(t.type));
        o.insert(u"value", t.value);
        o.insert(u"text", spans.textOf(t.span));
        timex.append(o);
    }
    QJsonArray quotes;
    for (const Quote &q : analysis.quotes) {
        QJsonObject o;
        spans.put(o, q.span);
        o.insert(u"text", spans.textOf(q.span));
        o.insert(u"speaker", orNull(q.speakerName));
        if (!q.speakerSpan.isEmpty()) {
            spans.put(o, q.speakerSpan, u"speaker_start", u"speaker_end");
        } else {
            o.insert(u"speaker_start", QJsonValue::Null);
            o.insert(u"speaker_end", QJsonValue::Null);
        }
        o.insert(u"direct", q.kind != QuoteKind::Indirect);
        o.insert(u"kind", toString(q.kind));
        quotes.append(o);
    }
    return QJsonObject{
        {u"id"_qs, id},
        {u"dct"_qs, document.published.isValid()
                        ? QJsonValue(document.published.toString(Qt::ISODate))
                        : QJsonValue(QJsonValue::Null)},
        {u"entities"_qs, entities},
        {u"timex"_qs, timex},
        {u"quotes"_qs, quotes},
    };
}

} // namespace lector
