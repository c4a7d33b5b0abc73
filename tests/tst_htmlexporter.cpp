// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/htmlexporter.h"
#include "export/htmltimeline.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace lector;

namespace {

Mention mentionOf(const QString &text, const QString &words, EntityType type, int entity,
                  qsizetype from = 0)
{
    Mention m;
    const qsizetype begin = text.indexOf(words, from);
    m.span = {begin, begin + words.size()};
    m.type = type;
    m.entity = entity;
    return m;
}

Entity entityOf(const QString &id, const QString &name, EntityType type, QList<int> mentions)
{
    Entity e;
    e.id = id;
    e.name = name;
    e.type = type;
    e.forms = {name};
    e.mentions = mentions;
    return e;
}

// A small analysed article with one of each annotation kind, written for this test:
//   Tova Brenn arrived in Kellmar on Monday. "We came to listen," Brenn said.
//   The Harbour Council welcomed her.
struct Sample
{
    Document document;
    Analysis analysis;
};

Sample sample()
{
    Sample s;
    Document &d = s.document;
    d.title = u"Envoy arrives"_qs;
    d.published = QDate(2024, 2, 7);
    d.text = u"Tova Brenn arrived in Kellmar on Monday. \"We came to listen,\" Brenn said.\n"
             "The Harbour Council welcomed her."_qs;
    Analysis &a = s.analysis;
    a.mentions = {mentionOf(d.text, u"Tova Brenn"_qs, EntityType::Person, 0),
                  mentionOf(d.text, u"Kellmar"_qs, EntityType::Place, 1),
                  mentionOf(d.text, u"Brenn"_qs, EntityType::Person, 0, 10),
                  mentionOf(d.text, u"Harbour Council"_qs, EntityType::Organization, 2)};
    a.entities = {entityOf(u"e1"_qs, u"Tova Brenn"_qs, EntityType::Person, {0, 2}),
                  entityOf(u"e2"_qs, u"Kellmar"_qs, EntityType::Place, {1}),
                  entityOf(u"e3"_qs, u"Harbour Council"_qs, EntityType::Organization, {3})};
    a.entities[0].forms.append(u"Brenn"_qs);
    a.entities[0].roles.append(u"envoy"_qs);
    TimeExpression t;
    t.span = {d.text.indexOf(u"Monday"), d.text.indexOf(u"Monday") + 6};
    t.value = u"2024-02-05"_qs;
    a.times.append(t);
    Quote q;
    q.outer = {d.text.indexOf(u'"'), d.text.indexOf(u",\"") + 2};
    q.span = {q.outer.begin + 1, q.outer.end - 2};
    q.speaker = 0;
    q.cue = u"said"_qs;
    a.quotes.append(q);
    Visit v;
    v.visitor = 0;
    v.place = 1;
    v.date = t.value;
    v.evidence = {0, d.text.indexOf(u'.') + 1};
    a.visits.append(v);
    a.timeline.append(0);
    return s;
}

} // namespace

class TestHtmlExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escaping_data();
    void escaping();
    void structure();
    void highlighting();
    void noExternalResources();
    void balancedMarkup();
    void quotesGroupedBySpeaker();
    void correctionsListed();
    void timelineAxis();
    void startOf_data();
    void startOf();
    void writeFile();
    void writeFileError();
};

void TestHtmlExporter::escaping_data()
{
    QTest::addColumn<QString>("hostile");
    QTest::addColumn<QString>("forbidden");
    QTest::addColumn<QString>("expected");
    QTest::newRow("script tag") << u"<script>alert(1)</script>"_qs << u"<script"_qs
                                << u"&lt;script&gt;alert(1)&lt;/script&gt;"_qs;
    QTest::newRow("attribute injection") << u"\"><img src=x onerror=alert(1)>"_qs << u"<img"_qs
                                         << u"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"_qs;
    QTest::newRow("ampersand") << u"Quell & Sons"_qs << u"Quell & Sons"_qs
                               << u"Quell &amp; Sons"_qs;
    QTest::newRow("style tag") << u"</style><b>bold</b>"_qs << u"<b>bold"_qs
                               << u"&lt;/style&gt;&lt;b&gt;bold&lt;/b&gt;"_qs;
}

// Hostile text in every place article text reaches: the body, the title, an entity's name and
// forms (in attributes and lists), a quote and its speaker, the file name and the author.
void TestHtmlExporter::escaping()
{
    QFETCH(QString, hostile);
    QFETCH(QString, forbidden);
    QFETCH(QString, expected);
    Sample s = sample();
    s.document.text += u"\nThen: "_qs + hostile;
    s.document.title = hostile;
    s.document.author = hostile;
    s.document.source = u"/tmp/"_qs + hostile;
    s.analysis.entities[0].name = hostile;
    s.analysis.entities[0].forms.append(hostile);
    s.analysis.entities[1].subtype = hostile;
    s.analysis.quotes[0].speaker = -1;
    s.analysis.quotes[0].speakerName = hostile;
    const qsizetype at = s.document.text.lastIndexOf(hostile);
    TimeExpression t;
    t.span = {at, at + hostile.size()};
    t.value = hostile;
    s.analysis.times.append(t);
    const QString html = HtmlExporter::toHtml(s.document, s.analysis);
    QVERIFY2(!html.contains(forbidden), qPrintable(forbidden));
    QVERIFY(html.contains(expected));
}

void TestHtmlExporter::structure()
{
    const Sample s = sample();
    const QString html = HtmlExporter::toHtml(s.document, s.analysis);
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"));
    QVERIFY(html.contains(u"<meta charset=\"utf-8\">"));
    QVERIFY(html.contains(u"<title>Envoy arrives</title>"));
    QVERIFY(html.contains(u"<time datetime=\"2024-02-07\">"));
    for (const char16_t *id :
         {u"legend", u"actors", u"places", u"organizations", u"quotes", u"timeline"})
        QVERIFY2(html.contains(u"id=\""_qs + QStringView(id) + u'"'),
                 qPrintable(QString::fromUtf16(id)));
    QVERIFY(html.contains(u"<style>"));
    QVERIFY(html.contains(u".person"));
    // Two lines of text, two paragraphs.
    QCOMPARE(html.count(u"<p>"), 2);
}

void TestHtmlExporter::highlighting()
{
    const Sample s = sample();
    const QString html = HtmlExporter::toHtml(s.document, s.analysis);
    QVERIFY(html.contains(u"<a class=\"entity person\" href=\"#e1\" title=\"person: Tova Brenn\">"
                          "Tova Brenn</a>"));
    QVERIFY(html.contains(u"href=\"#e2\" title=\"place: Kellmar\">Kellmar</a>"));
    QVERIFY(html.contains(u"Harbour Council</a>"));
    QVERIFY(html.contains(u"<span class=\"date\" title=\"date: 2024-02-05\">Monday</span>"));
    QVERIFY(html.contains(u"<span class=\"quote\" title=\"Quote, said by Tova Brenn\">"
                          "&quot;We came to listen,&quot;</span>"));
    // The entity rows are the links' targets and carry the counts and other forms.
    QVERIFY(html.contains(u"<tr id=\"e1\">"));
    QVERIFY(html.contains(u"<td>Brenn</td><td>envoy</td><td class=\"count\">2</td>"));
}

void TestHtmlExporter::noExternalResources()
{
    const Sample s = sample();
    const QString html = HtmlExporter::toHtml(s.document, s.analysis);
    for (const char16_t *external : {u"http:", u"https:", u"src=", u"url(", u"@import", u"<link",
                                     u"<script", u"<iframe", u"//"}) {
        QVERIFY2(!html.contains(QStringView(external)), qPrintable(QString::fromUtf16(external)));
    }
}

void TestHtmlExporter::balancedMarkup()
{
    Sample s = sample();
    // A quote across a paragraph break and a date overlapping a mention must still nest.
    s.analysis.quotes[0].outer.end = s.document.text.size();
    TimeExpression t;
    t.span = {s.document.text.indexOf(u"Kellmar") + 3, s.document.text.indexOf(u"Kellmar") + 9};
    s.analysis.times.insert(0, t);
    const QString html = HtmlExporter::toHtml(s.document, s.analysis);
    QCOMPARE(html.count(u"<span"), html.count(u"</span>"));
    QCOMPARE(html.count(u"<a "), html.count(u"</a>"));
    QCOMPARE(html.count(QRegularExpression(u"<p[ >]"_qs)), html.count(u"</p>"));
    // The text itself survives the markup.
    QString stripped = html.section(u"<article>"_qs, 1).section(u"</article>"_qs, 0, 0);
    static const QRegularExpression tag(u"<[^>]*>"_qs);
    stripped.remove(tag);
    QVERIFY(stripped.contains(u"Tova Brenn arrived in Kellmar on Monday."));
}

void TestHtmlExporter::quotesGroupedBySpeaker()
{
    Sample s = sample();
    Quote second = s.analysis.quotes[0];
    second.speaker = -1;
    second.speakerName = u"a harbour official"_qs;
    s.analysis.quotes.append(second);
    s.analysis.quotes.append(s.analysis.quotes[0]);
    const QString html = HtmlExporter::toHtml(s.document, s.analysis);
    const QString quotes = html.section(u"id=\"quotes\""_qs, 1).section(u"</section>"_qs, 0, 0);
    QCOMPARE(quotes.count(u"<div class=\"speaker\">"), 2);
    QCOMPARE(quotes.count(u"<blockquote>"), 3);
    QVERIFY(quotes.indexOf(u"Tova Brenn") < quotes.indexOf(u"a harbour official"));
}

void TestHtmlExporter::correctionsListed()
{
    const Sample s = sample();
    QVERIFY(!HtmlExporter::toHtml(s.document, s.analysis).contains(u"id=\"corrections\""));
    Correction retype;
    retype.kind = CorrectionKind::ChangeType;
    retype.text = u"Harbour Council"_qs;
    retype.type = EntityType::Place;
    Correction marked; // words that are markup must export inert
    marked.kind = CorrectionKind::MarkEntity;
    marked.text = u"<b>Kellmar</b>"_qs;
    marked.type = EntityType::Organization;
    const QString html = HtmlExporter::toHtml(s.document, s.analysis, {retype, marked});
    const QString section =
        html.section(u"id=\"corrections\""_qs, 1).section(u"</section>"_qs, 0, 0);
    QVERIFY(section.contains(u"<h2>Corrections</h2>"));
    QCOMPARE(section.count(u"<li>"), 2);
    QVERIFY(section.contains(describeCorrection(retype).toHtmlEscaped()));
    QVERIFY(section.contains(u"&lt;b&gt;Kellmar&lt;/b&gt;"));
    QVERIFY(!section.contains(u"<b>"));
    QVERIFY(section.indexOf(u"Harbour Council") < section.indexOf(u"Kellmar")); // oldest first
}

void TestHtmlExporter::timelineAxis()
{
    Sample s = sample();
    QString html = HtmlExporter::toHtml(s.document, s.analysis);
    QVERIFY(html.contains(u"<svg class=\"axis\""));
    QVERIFY(html.contains(u"Tova Brenn \u2192 Kellmar"));
    // Undated visits are listed but not placed on the axis.
    s.analysis.visits[0].date.clear();
    html = HtmlExporter::toHtml(s.document, s.analysis);
    QVERIFY(!html.contains(u"<svg"));
    QVERIFY(html.contains(u"<td>undated</td>"));
}

void TestHtmlExporter::startOf_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("day") << u"2023-08-17"_qs << QDate(2023, 8, 17);
    QTest::newRow("month") << u"2023-08"_qs << QDate(2023, 8, 1);
    QTest::newRow("year") << u"2023"_qs << QDate(2023, 1, 1);
    QTest::newRow("week is not placed") << u"2023-W33"_qs << QDate();
    QTest::newRow("unresolved") << QString() << QDate();
}

void TestHtmlExporter::startOf()
{
    QFETCH(QString, value);
    QFETCH(QDate, expected);
    QCOMPARE(HtmlTimeline::startOf(value), expected);
}

void TestHtmlExporter::writeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Sample s = sample();
    const QString path = dir.filePath(u"out.html"_qs);
    QCOMPARE(HtmlExporter::writeFile(path, s.document, s.analysis), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), HtmlExporter::toHtml(s.document, s.analysis));
}

void TestHtmlExporter::writeFileError()
{
    QTemporaryDir dir;
    const Sample s = sample();
    const QString path = dir.filePath(u"missing-folder/out.html"_qs);
    const QString error = HtmlExporter::writeFile(path, s.document, s.analysis);
    QVERIFY(error.contains(path));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestHtmlExporter)
#include "tst_htmlexporter.moc"
