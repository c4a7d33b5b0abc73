// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/jsonexporter.h"

#include <QJsonArray>
#include <QTest>

using namespace lector;

namespace {

// A one-entity analysis: `name` is found in `text` and becomes the mention of entity "e1".
Analysis analysisNaming(const QString &text, const QString &name)
{
    Analysis a;
    const qsizetype begin = text.indexOf(name);
    Mention m;
    m.span = {begin, begin + name.size()};
    m.type = EntityType::Person;
    m.entity = 0;
    a.mentions.append(m);
    Entity e;
    e.id = u"e1"_qs;
    e.name = name;
    e.type = EntityType::Person;
    e.forms = {name};
    e.mentions = {0};
    a.entities.append(e);
    return a;
}

QStringList keysOf(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestJsonExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codePointOffsets_data();
    void codePointOffsets();
    void analysisShape();
    void unknownDateIsNull();
    void predictionShape();
};

void TestJsonExporter::codePointOffsets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("start");
    QTest::newRow("plain ASCII") << u"Today Mara Quell spoke."_qs << u"Mara Quell"_qs << 6;
    QTest::newRow("emoji before a name")
        << u"\U0001F600 Mara Quell spoke."_qs << u"Mara Quell"_qs << 2;
    QTest::newRow("two emoji before a name")
        << u"\U0001F30D\U0001F4F0 Mara Quell spoke."_qs << u"Mara Quell"_qs << 3;
    QTest::newRow("accented letters are one code point each")
        << u"\u00C9t\u00E9: Mara Quell spoke."_qs << u"Mara Quell"_qs << 5;
    QTest::newRow("emoji inside the name")
        << u"A note from Mara\U0001F600Quell."_qs << u"Mara\U0001F600Quell"_qs << 12;
}

void TestJsonExporter::codePointOffsets()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(int, start);
    Document doc;
    doc.text = text;
    const QJsonObject json = JsonExporter::analysis(doc, analysisNaming(text, name));
    const QJsonObject mention =
        json[u"entities"].toArray().at(0)[u"mentions"].toArray().at(0).toObject();
    QCOMPARE(mention[u"start"].toInt(), start);
    QCOMPARE(mention[u"end"].toInt(), start + int(name.toUcs4().size()));
    QCOMPARE(mention[u"text"].toString(), name);
    // The eval format uses the same unit.
    const QJsonObject predicted =
        JsonExporter::prediction(u"x"_qs, doc, analysisNaming(text, name))[u"entities"]
            .toArray()
            .at(0)
            .toObject();
    QCOMPARE(predicted[u"start"].toInt(), start);
}

void TestJsonExporter::analysisShape()
{
    Document doc;
    doc.text = u"Mara Quell said \"we will return\" to Vellport on 3 May 2021."_qs;
    doc.title = u"A title"_qs;
    doc.source = u"/tmp/article.txt"_qs;
    doc.published = QDate(2021, 5, 4);
    Analysis a = analysisNaming(doc.text, u"Mara Quell"_qs);
    Quote q;
    q.span = {17, 31};
    q.outer = {16, 32};
    q.speaker = 0;
    q.speakerName = u"Mara Quell"_qs;
    q.cue = u"said"_qs;
    a.quotes.append(q);
    TimeExpression t;
    t.span = {48, 58};
    t.value = u"2021-05-03"_qs;
    a.times.append(t);
    Visit v;
    v.visitor = 0;
    v.date = t.value;
    v.evidence = {0, doc.text.size()};
    a.visits.append(v);
    a.timeline.append(0);

    const QJsonObject json = JsonExporter::analysis(doc, a);
    for (const char16_t *key :
         {u"title", u"published", u"source", u"entities", u"quotes", u"dates", u"visits"})
        QVERIFY2(json.contains(QStringView(key)), qPrintable(QString::fromUtf16(key)));
    QCOMPARE(json[u"published"].toString(), u"2021-05-04"_qs);
    const QJsonObject entity = json[u"entities"].toArray().at(0).toObject();
    for (const char16_t *key : {u"id", u"name", u"type", u"mentions"})
        QVERIFY(entity.contains(QStringView(key)));
    QCOMPARE(entity[u"type"].toString(), u"person"_qs);
    const QJsonObject quote = json[u"quotes"].toArray().at(0).toObject();
    for (const char16_t *key : {u"start", u"end", u"text", u"speaker", u"speakerName", u"cue"})
        QVERIFY(quote.contains(QStringView(key)));
    QCOMPARE(quote[u"text"].toString(), u"we will return"_qs);
    QCOMPARE(quote[u"speaker"].toString(), u"e1"_qs);
    const QJsonObject date = json[u"dates"].toArray().at(0).toObject();
    QCOMPARE(date[u"text"].toString(), u"3 May 2021"_qs);
    QCOMPARE(date[u"value"].toString(), u"2021-05-03"_qs);
    const QJsonObject visit = json[u"visits"].toArray().at(0).toObject();
    for (const char16_t *key : {u"visitor", u"place", u"date", u"start", u"end", u"text"})
        QVERIFY(visit.contains(QStringView(key)));
    QCOMPARE(visit[u"visitor"].toString(), u"e1"_qs);
    QVERIFY(visit[u"place"].isNull());
}

void TestJsonExporter::unknownDateIsNull()
{
    Document doc;
    doc.text = u"No date here."_qs;
    const QJsonObject json = JsonExporter::analysis(doc, Analysis());
    QVERIFY(json[u"published"].isNull());
    QVERIFY(json[u"title"].isNull());
    QCOMPARE(json[u"entities"].toArray().size(), 0);
}

void TestJsonExporter::predictionShape()
{
    Document doc;
    doc.text = u"Mara Quell arrived."_qs;
    doc.published = QDate(2020, 1, 2);
    const QJsonObject json =
        JsonExporter::prediction(u"doc-7"_qs, doc, analysisNaming(doc.text, u"Mara Quell"_qs));
    QCOMPARE(keysOf(json), (QStringList{u"dct"_qs, u"entities"_qs, u"id"_qs, u"quotes"_qs,
                                        u"timex"_qs, u"visits"_qs}));
    QCOMPARE(json[u"id"].toString(), u"doc-7"_qs);
    QCOMPARE(json[u"dct"].toString(), u"2020-01-02"_qs);
    const QJsonObject entity = json[u"entities"].toArray().at(0).toObject();
    QCOMPARE(keysOf(entity), (QStringList{u"end"_qs, u"start"_qs, u"text"_qs, u"type"_qs}));
}

QTEST_GUILESS_MAIN(TestJsonExporter)
#include "tst_jsonexporter.moc"
