// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/jsonexporter.h"

#include "text/codepointmap.h"

#include <QJsonArray>

namespace lector {

namespace {

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

QJsonValue isoDate(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// Builds the JSON lists of one analysis. Offsets leave here as code points, the unit of the
// W3C TextPositionSelector and of Python's str indexing: "😀 Ana" puts Ana at 2, not 3.
class JsonWriter
{
public:
    JsonWriter(const Document &document, const Analysis &analysis)
        : m_text(document.text)
        , m_map(document.text)
        , m_analysis(analysis)
    {}

    QJsonArray entities() const;
    QJsonArray quotes() const;
    QJsonArray dates() const;
    QJsonArray visits() const;
    QJsonArray predictedVisits() const;
    QJsonArray predictedEntities() const;
    QJsonArray predictedTimex() const;
    QJsonArray predictedQuotes() const;

private:
    void put(QJsonObject &o, Span s, const char16_t *startKey = u"start",
             const char16_t *endKey = u"end") const
    {
        o.insert(QStringView(startKey), qint64(m_map.toCodePoint(s.begin)));
        o.insert(QStringView(endKey), qint64(m_map.toCodePoint(s.end)));
    }
    QString textOf(Span s) const { return m_text.mid(s.begin, s.length()); }
    bool isEntity(int i) const { return i >= 0 && i < m_analysis.entities.size(); }
    QJsonValue entityId(int i) const
    {
        return isEntity(i) ? QJsonValue(m_analysis.entities[i].id) : QJsonValue(QJsonValue::Null);
    }
    QJsonValue entityName(int i) const
    {
        return isEntity(i) ? QJsonValue(m_analysis.entities[i].name) : QJsonValue(QJsonValue::Null);
    }

    const QString &m_text;
    CodePointMap m_map;
    const Analysis &m_analysis;
};

QJsonArray JsonWriter::entities() const
{
    QJsonArray entities;
    for (const Entity &e : m_analysis.entities) {
        QJsonArray mentions;
        for (int m : e.mentions) {
            QJsonObject mo;
            put(mo, m_analysis.mentions[m].span);
            mo.insert(u"text", textOf(m_analysis.mentions[m].span));
            mentions.append(mo);
        }
        entities.append(QJsonObject{{u"id"_qs, e.id},
                                    {u"name"_qs, e.name},
                                    {u"type"_qs, entityTypeName(e.type)},
                                    {u"subtype"_qs, orNull(e.subtype)},
                                    {u"forms"_qs, QJsonArray::fromStringList(e.forms)},
                                    {u"roles"_qs, QJsonArray::fromStringList(e.roles)},
                                    {u"mentions"_qs, mentions}});
    }
    return entities;
}

QJsonArray JsonWriter::quotes() const
{
    QJsonArray quotes;
    for (const Quote &q : m_analysis.quotes) {
        QJsonObject o;
        put(o, q.span);
        o.insert(u"text", textOf(q.span));
        o.insert(u"kind", quoteKindName(q.kind));
        o.insert(u"speaker", entityId(q.speaker));
        o.insert(u"speakerName", orNull(q.speakerName));
        o.insert(u"cue", orNull(q.cue));
        o.insert(u"confidence", double(q.confidence));
        quotes.append(o);
    }
    return quotes;
}

QJsonArray JsonWriter::dates() const
{
    QJsonArray dates;
    for (const TimeExpression &t : m_analysis.times) {
        QJsonObject o;
        put(o, t.span);
        o.insert(u"text", textOf(t.span));
        o.insert(u"value", orNull(t.value));
        o.insert(u"type", timexTypeName(t.type));
        o.insert(u"precision", precisionName(t.precision));
        dates.append(o);
    }
    return dates;
}

QJsonArray JsonWriter::visits() const
{
    // In timeline order (dated by date, then undated); in text order when no timeline was built.
    QList<int> order = m_analysis.timeline;
    if (order.isEmpty()) {
        for (int i = 0; i < m_analysis.visits.size(); ++i)
            order.append(i);
    }
    QJsonArray visits;
    for (int vi : std::as_const(order)) {
        if (vi < 0 || vi >= m_analysis.visits.size())
            continue;
        const Visit &v = m_analysis.visits[vi];
        QJsonObject o;
        o.insert(u"visitor", entityId(v.visitor));
        o.insert(u"place", entityId(v.place));
        o.insert(u"host", entityId(v.host));
        // Names next to the ids, so a reader of the JSON need not look them up.
        o.insert(u"visitorName", entityName(v.visitor));
        o.insert(u"placeName", entityName(v.place));
        QJsonArray met;
        for (int m : v.metWith)
            met.append(entityId(m));
        o.insert(u"metWith", met);
        o.insert(u"region", entityId(v.region));
        o.insert(u"regionName", entityName(v.region));
        o.insert(u"date", orNull(v.date));
        o.insert(u"precision", precisionName(v.precision));
        o.insert(u"duration", orNull(v.duration));
        o.insert(u"status", visitStatusName(v.status));
        put(o, v.evidence);
        o.insert(u"text", textOf(v.evidence));
        QJsonArray evidence;
        for (int s : v.sentences) {
            if (s < 0 || s >= m_analysis.sentences.size())
                continue;
            QJsonObject e;
            put(e, m_analysis.sentences[s].span);
            e.insert(u"text", textOf(m_analysis.sentences[s].span));
            evidence.append(e);
        }
        o.insert(u"evidence", evidence);
        visits.append(o);
    }
    return visits;
}

QJsonArray JsonWriter::predictedVisits() const
{
    // The shape ../shared/eval/visits/score_visits.py reads: names as the panels show them,
    // the entity's other surface forms (and the country of a "Minsk, Belarus" destination).
    QJsonArray visits;
    for (const Visit &v : m_analysis.visits) {
        if (!isEntity(v.visitor) || !isEntity(v.place))
            continue;
        const Entity &visitor = m_analysis.entities[v.visitor];
        const Entity &place = m_analysis.entities[v.place];
        QStringList visitorForms = visitor.forms, placeForms = place.forms;
        visitorForms.removeAll(visitor.name);
        placeForms.removeAll(place.name);
        if (isEntity(v.region))
            for (const QString &f : m_analysis.entities[v.region].forms)
                if (f != place.name && !placeForms.contains(f))
                    placeForms.append(f);
        QJsonObject o;
        o.insert(u"visitor", visitor.name);
        o.insert(u"visitor_forms", QJsonArray::fromStringList(visitorForms));
        o.insert(u"place", place.name);
        o.insert(u"place_forms", QJsonArray::fromStringList(placeForms));
        o.insert(u"date", orNull(v.date));
        o.insert(u"status", visitStatusName(v.status));
        put(o, v.evidence);
        visits.append(o);
    }
    return visits;
}

QJsonArray JsonWriter::predictedEntities() const
{
    QJsonArray entities;
    for (const Mention &m : m_analysis.mentions) {
        QJsonObject o;
        put(o, m.span);
        o.insert(u"type", entityTypeName(m.type));
        o.insert(u"text", textOf(m.span));
        entities.append(o);
    }
    return entities;
}

QJsonArray JsonWriter::predictedTimex() const
{
    QJsonArray timex;
    for (const TimeExpression &t : m_analysis.times) {
        QJsonObject o;
        put(o, t.span);
        o.insert(u"type", timexTypeName(t.type));
        o.insert(u"value", t.value);
        o.insert(u"text", textOf(t.span));
        timex.append(o);
    }
    return timex;
}

QJsonArray JsonWriter::predictedQuotes() const
{
    QJsonArray quotes;
    for (const Quote &q : m_analysis.quotes) {
        // Scare quotes and quoted titles mark a term, not speech: the eval format lists
        // attributions only. `analyze --json` keeps them, with their kind.
        if (q.kind == QuoteKind::Scare)
            continue;
        QJsonObject o;
        put(o, q.span);
        o.insert(u"text", textOf(q.span));
        o.insert(u"speaker", orNull(q.speakerName));
        if (!q.speakerSpan.isEmpty()) {
            put(o, q.speakerSpan, u"speaker_start", u"speaker_end");
        } else {
            o.insert(u"speaker_start", QJsonValue::Null);
            o.insert(u"speaker_end", QJsonValue::Null);
        }
        o.insert(u"direct", q.kind != QuoteKind::Indirect);
        o.insert(u"kind", quoteKindName(q.kind));
        quotes.append(o);
    }
    return quotes;
}

} // namespace

QJsonObject JsonExporter::analysis(const Document &document, const Analysis &analysis)
{
    const JsonWriter writer(document, analysis);
    QJsonObject json{
        {u"title"_qs, orNull(document.title)}, {u"published"_qs, isoDate(document.published)},
        {u"source"_qs, document.source},       {u"entities"_qs, writer.entities()},
        {u"quotes"_qs, writer.quotes()},       {u"dates"_qs, writer.dates()},
        {u"visits"_qs, writer.visits()},
    };
    if (!document.url.isEmpty()) // an article from the web: the address it was fetched from
        json.insert(u"url"_qs, document.url);
    return json;
}

QJsonObject JsonExporter::analysis(const Document &document, const Analysis &analysis,
                                   const QList<Correction> &corrections)
{
    QJsonObject json = JsonExporter::analysis(document, analysis);
    const CodePointMap map(document.text);
    const auto toCodePoints = [&](QJsonObject &o, const char16_t *key) {
        QJsonObject span = o.value(QStringView(key)).toObject();
        for (const char16_t *end : {u"begin", u"end"}) {
            const qsizetype utf16 =
                qBound(0, span.value(QStringView(end)).toInteger(), document.text.size());
            span.insert(QStringView(end), qint64(map.toCodePoint(utf16)));
        }
        o.insert(QStringView(key), span);
    };
    QJsonArray list;
    for (const Correction &correction : corrections) {
        QJsonObject o = correctionToJson(correction);
        toCodePoints(o, u"span");
        toCodePoints(o, u"target");
        list.append(o);
    }
    json.insert(u"corrections", list);
    return json;
}

QJsonObject JsonExporter::prediction(const QString &id, const Document &document,
                                     const Analysis &analysis)
{
    const JsonWriter writer(document, analysis);
    return QJsonObject{
        {u"id"_qs, id},
        {u"dct"_qs, isoDate(document.published)},
        {u"entities"_qs, writer.predictedEntities()},
        {u"timex"_qs, writer.predictedTimex()},
        {u"quotes"_qs, writer.predictedQuotes()},
        {u"visits"_qs, writer.predictedVisits()},
    };
}

} // namespace lector
