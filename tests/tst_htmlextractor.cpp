// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/datefinder.h"
#include "io/extractionmodel.h"
#include "io/htmlextractor.h"
#include "io/htmlmetadata.h"

#include <QTemporaryFile>
#include <QTest>

using namespace lector;

namespace {

// Four paragraphs of ordinary prose, long enough to be scored as an article.
const QString Story =
    u"<p>The town council met on a wet Tuesday evening, and the new library was the first item "
    u"on a long agenda that also covered parking, street lights and the summer fair.</p>"
    u"<p>Members argued for more than an hour about the roof, the budget, the opening hours and "
    u"whether the reading room should stay open on Sundays, as residents had asked.</p>"
    u"<p>In the end the plan passed by nine votes to four, with two members abstaining, and "
    u"building work is expected to start in the spring, weather permitting.</p>"
    u"<p>The architect, who grew up in the town, said she wanted a building that children "
    u"would remember, with wide windows, quiet corners and a garden behind it.</p>"_qs;

QString page(const QString &head, const QString &body)
{
    return u"<!DOCTYPE html><html><head><meta charset=\"utf-8\">"_qs + head + u"</head><body>"_qs +
           body + u"</body></html>"_qs;
}

} // namespace

class TestHtmlExtractor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void body_data();
    void body();
    void metadata_data();
    void metadata();
    void headings();
    void dates_data();
    void dates();
    void model();
    void trainingBlocks();
};

void TestHtmlExtractor::body_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("kept");    // must be in the text
    QTest::addColumn<QString>("dropped"); // must not be in the text

    const QString article = u"<article>"_qs + Story;
    QTest::newRow("script and style dropped")
        << page(u"<style>p { color: red }</style>"_qs,
                article + u"<script>var tracker = 1;</script></article>"_qs)
        << u"nine votes to four"_qs << u"tracker"_qs;
    QTest::newRow("nav and footer dropped")
        << page({}, u"<nav><a href=/>Home page link</a></nav>"_qs + article +
                        u"</article><footer>Copyright holder notice</footer>"_qs)
        << u"wide windows"_qs << u"Copyright holder"_qs;
    QTest::newRow("related-stories box")
        << page({}, article +
                        u"<div class=\"related-stories\"><h3>More news</h3><ul><li><a href=/a>"
                        u"Bridge closes for repairs</a></li><li><a href=/b>Market moves to "
                        u"the square</a></li></ul></div></article>"_qs)
        << u"quiet corners"_qs << u"Bridge closes"_qs;
    QTest::newRow("byline inside article")
        << page({}, u"<article><div class=\"byline\">By Jo Reporter, staff writer</div>"_qs +
                        Story + u"</article>"_qs)
        << u"The town council"_qs << u"Jo Reporter"_qs;
    QTest::newRow("newsletter box")
        << page({}, article +
                        u"<div class=\"newsletter-signup\"><p>Get our morning briefing in your "
                        u"inbox every day, free of charge.</p></div></article>"_qs)
        << u"garden behind it"_qs << u"morning briefing"_qs;
    QTest::newRow("caption dropped")
        << page({}, u"<article><figure><img src=a.jpg><figcaption>The library site in "
                    u"March</figcaption></figure>"_qs +
                        Story + u"</article>"_qs)
        << u"nine votes"_qs << u"library site in March"_qs;
    QTest::newRow("share bar")
        << page({}, u"<article><div class=\"share-tools\"><a href=/f>Share on a network</a>"
                    u"</div>"_qs +
                        Story + u"</article>"_qs)
        << u"nine votes"_qs << u"Share on"_qs;
    QTest::newRow("hidden element")
        << page({},
                article + u"<div style=\"display: none\">Invisible teaser text</div></article>"_qs)
        << u"nine votes"_qs << u"Invisible teaser"_qs;
    QTest::newRow("sidebar of links beside the article")
        << page({},
                u"<div id=\"main\"><div class=\"story-body\">"_qs + Story +
                    u"</div><div class=\"rail\"><p><a href=/1>Top ten lists of the "
                    u"week</a> <a href=/2>Another list of things to read</a></p></div></div>"_qs)
        << u"summer fair"_qs << u"Top ten"_qs;
    QTest::newRow("article without article element")
        << page({},
                u"<div><div class=\"menu\"><a href=/>Home</a> <a href=/n>News</a></div><div>"_qs +
                    Story + u"</div></div>"_qs)
        << u"reading room"_qs << u"News"_qs;
    QTest::newRow("unclosed paragraphs")
        << page({}, u"<div><p>The town council met on a wet Tuesday evening, and the new library "
                    u"was the first item.<p>Members argued for more than an hour about the roof, "
                    u"the budget and the opening hours.</div>"_qs)
        << u"Members argued"_qs << u"<p>"_qs;
}

void TestHtmlExtractor::body()
{
    QFETCH(QString, html);
    QFETCH(QString, kept);
    QFETCH(QString, dropped);
    Document doc;
    QVERIFY(HtmlExtractor::read(html, doc).isEmpty());
    QVERIFY2(doc.text.contains(kept), qPrintable(doc.text));
    QVERIFY2(!doc.text.contains(dropped), qPrintable(doc.text));
    QVERIFY(!doc.text.contains(u"\n\n"));
}

void TestHtmlExtractor::metadata_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("siteName");

    QTest::newRow("og:title")
        << u"<meta property=\"og:title\" content=\"Library plan passes\"><title>Library plan "
           u"passes | Valley Post</title>"_qs
        << u"Library plan passes"_qs << QDate() << QString() << QString();
    QTest::newRow("title minus site name")
        << u"<meta property=\"og:site_name\" content=\"Valley Post\"><title>Library plan passes "
           u"- Valley Post</title>"_qs
        << u"Library plan passes"_qs << QDate() << QString() << u"Valley Post"_qs;
    QTest::newRow("JSON-LD date")
        << u"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
           u"\"Library plan passes\",\"datePublished\":\"2021-03-04T18:00:00Z\",\"author\":"
           u"{\"@type\":\"Person\",\"name\":\"Jo Reporter\"},\"publisher\":{\"name\":\"Valley "
           u"Post\"}}</script>"_qs
        << u"Library plan passes"_qs << QDate(2021, 3, 4) << u"Jo Reporter"_qs << u"Valley Post"_qs;
    QTest::newRow("JSON-LD graph")
        << u"<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebSite\"},"
           u"{\"@type\":\"Article\",\"headline\":\"Library plan passes\",\"datePublished\":"
           u"\"2020-12-31\"}]}</script>"_qs
        << u"Library plan passes"_qs << QDate(2020, 12, 31) << QString() << QString();
    QTest::newRow("article:published_time")
        << u"<meta property=\"article:published_time\" content=\"2019-07-02T09:15:00+02:00\">"
           u"<meta name=\"author\" content=\"Jo Reporter\">"_qs
        << QString() << QDate(2019, 7, 2) << u"Jo Reporter"_qs << QString();
    QTest::newRow("date in canonical address")
        << u"<link rel=\"canonical\" href=\"https://example.org/2018/05/09/library-plan/\">"_qs
        << QString() << QDate(2018, 5, 9) << QString() << QString();
}

void TestHtmlExtractor::metadata()
{
    QFETCH(QString, head);
    QFETCH(QString, title);
    QFETCH(QDate, date);
    QFETCH(QString, author);
    QFETCH(QString, siteName);
    Document doc;
    QVERIFY(
        HtmlExtractor::read(page(head, u"<article>"_qs + Story + u"</article>"_qs), doc).isEmpty());
    QCOMPARE(doc.title, title);
    QCOMPARE(doc.published, date);
    QCOMPARE(doc.author, author);
    QCOMPARE(doc.siteName, siteName);
    if (date.isValid())
        QVERIFY(doc.publishedOrigin == DateOrigin::Markup ||
                doc.publishedOrigin == DateOrigin::Url);
}

void TestHtmlExtractor::headings()
{
    Document doc;
    const QString body = u"<article><h1>Library plan passes</h1>"_qs + Story.left(400) +
                         u"<h2>What happens next</h2>"_qs + Story.mid(400) + u"</article>"_qs;
    QVERIFY(
        HtmlExtractor::read(page(u"<title>Library plan passes</title>"_qs, body), doc).isEmpty());
    QCOMPARE(doc.title, u"Library plan passes"_qs);
    QVERIFY2(!doc.text.contains(u"Library plan passes"),
             "the headline is not repeated in the body");
    QCOMPARE(doc.headings.size(), 1);
    const Span h = doc.headings.front();
    QCOMPARE(doc.text.mid(h.begin, h.length()), u"What happens next"_qs);
    QVERIFY(h.begin > 0 && doc.text.at(h.begin - 1) == u'\n');
    QVERIFY(doc.text.at(h.end) == u'\n');
}

void TestHtmlExtractor::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("weekday, month first") << u"Friday, May 8, 2009"_qs << QDate(2009, 5, 8);
    QTest::newRow("day first") << u"8 May 2009"_qs << QDate(2009, 5, 8);
    QTest::newRow("ordinal day") << u"the 8th of May, 2009"_qs << QDate(2009, 5, 8);
    QTest::newRow("ISO with time") << u"2009-05-08T10:00:00Z"_qs << QDate(2009, 5, 8);
    QTest::newRow("HTTP date") << u"Fri, 08 May 2009 10:00:00 GMT"_qs << QDate(2009, 5, 8);
    QTest::newRow("impossible day") << u"February 30, 2009"_qs << QDate();
    QTest::newRow("month without day") << u"May 2009"_qs << QDate();
    QTest::newRow("not a month") << u"Mayor 8, 2009"_qs << QDate();
}

void TestHtmlExtractor::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(DateFinder::shared().parseValue(text), date);
}

// The learned block classifier: the shipped model loads, a model file is read with its
// threshold, and a missing one is empty (the rules decide alone).
void TestHtmlExtractor::model()
{
    QVERIFY(!ExtractionModel::shared().isEmpty());
    QVERIFY(ExtractionModel(u"/nonexistent/extract.tsv"_qs).isEmpty());
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("# comment\n__threshold\t0.9\nrb\t2.0\nbias\t-1.0\n");
    file.close();
    const ExtractionModel model(file.fileName());
    QVERIFY(!model.isEmpty());
    const BlockFeatureVector kept{{u"bias"_qs, 1.0f}, {u"rb"_qs, 1.0f}};
    QCOMPARE_GT(model.probability(kept), 0.7);
    QVERIFY(!model.keeps(kept)); // 0.73 is below the file's threshold of 0.9
    QCOMPARE_LT(model.probability({{u"bias"_qs, 1.0f}, {u"unknown"_qs, 5.0f}}), 0.5);
}

// What the trainer reads: every block with its features, and which of them read() keeps.
void TestHtmlExtractor::trainingBlocks()
{
    const QString html =
        page({}, u"<nav><a href=/>Home</a></nav><article>"_qs + Story +
                     u"</article><p><a href=/x>More stories you may like</a></p>"_qs);
    const QList<HtmlExtractor::TrainingBlock> blocks = HtmlExtractor::blocksForTraining(html);
    Document doc;
    QVERIFY(HtmlExtractor::read(html, doc).isEmpty());
    QStringList kept;
    for (const HtmlExtractor::TrainingBlock &b : blocks) {
        QVERIFY(!b.features.isEmpty());
        if (b.kept)
            kept.append(b.text);
    }
    QCOMPARE(kept.join(u'\n'), doc.text);
    QCOMPARE(kept.size(), 4);
}

QTEST_GUILESS_MAIN(TestHtmlExtractor)
#include "tst_htmlextractor.moc"
