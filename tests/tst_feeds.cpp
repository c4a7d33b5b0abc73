// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds: FeedParser on RSS 2.0, RSS 1.0 and Atom; FeedStore in a library; FeedUpdater against a
// server of our own on 127.0.0.1 (httptestserver.h) with ETag / Last-Modified, so that an
// unchanged feed is one 304 and no page is fetched twice; new items analysed into the library.
#include "httptestserver.h"

#include "analysis/pipeline.h"
#include "feeds/feedupdater.h"
#include "lexicon/resources.h"
#include "library/articlelibrary.h"
#include "library/feedstore.h"
#include "net/feedparser.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lector;
using Server = lector::test::HttpTestServer;

namespace {

const QByteArray Rss =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" "
    "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n"
    "<channel><title>Harbour &amp; Coast</title><link>https://coast.example/</link>"
    "<atom:link href=\"https://coast.example/feed\" rel=\"self\"/>"
    "<description>News</description>"
    "<item><title>Harbour reopens</title><link>/news/harbour</link>"
    "<guid isPermaLink=\"false\">tag:coast,1</guid>"
    "<pubDate>Mon, 02 Mar 2026 09:30:00 +0100</pubDate>"
    "<description>&lt;p&gt;The harbour &lt;b&gt;reopened&lt;/b&gt; on Monday.&lt;/p&gt;"
    "</description></item>"
    "<item><title><![CDATA[Ferries & fishermen]]></title>"
    "<link>https://coast.example/news/ferries</link>"
    "<pubDate>Sun, 01 Mar 2026 18:00:00 GMT</pubDate>"
    "<content:encoded><![CDATA[<p>Boats return.</p>]]></content:encoded></item>"
    "</channel></rss>\n";

const QByteArray Atom =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title type=\"text\">Port Authority</title>"
    "<link rel=\"self\" href=\"https://port.example/atom.xml\"/>"
    "<link href=\"https://port.example/\"/><id>urn:uuid:feed</id>"
    "<updated>2026-03-02T10:00:00Z</updated>"
    "<entry><title>Pier repaired</title><link rel=\"alternate\" href=\"pier.html\"/>"
    "<link rel=\"enclosure\" href=\"pier.jpg\"/><id>urn:uuid:1</id>"
    "<updated>2026-03-02T10:00:00Z</updated><published>2026-03-01T08:15:30.5+02:00</published>"
    "<summary type=\"html\">&lt;em&gt;Repairs&lt;/em&gt; cost less &amp;amp; ended early"
    "</summary></entry>"
    "<entry><title>Storm over</title><link href=\"https://port.example/storm\"/>"
    "<id>urn:uuid:2</id><updated>2026-02-20T12:00:00Z</updated>"
    "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">Calm <b>again</b>"
    "</div></content></entry></feed>\n";

const QByteArray Rdf =
    "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
    "xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
    "<channel rdf:about=\"https://old.example/\"><title>Old style</title>"
    "<link>https://old.example/</link></channel>"
    "<item rdf:about=\"https://old.example/1\"><title>First</title>"
    "<link>https://old.example/1</link><dc:date>2026-01-05T07:00:00Z</dc:date></item>"
    "</rdf:RDF>";

QByteArray page(const QByteArray &title, const QByteArray &body)
{
    return "<!doctype html><html><head><title>" + title +
           "</title>"
           "<script src=\"/tracker.js\"></script></head><body><article><h1>" +
           title + "</h1><img src=\"/photo.jpg\"><p>" + body + "</p></article></body></html>";
}

} // namespace

class TestFeeds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parses_data();
    void parses();
    void entryDetails();
    void refusesWhatIsNotAFeed_data();
    void refusesWhatIsNotAFeed();
    void dates_data();
    void dates();
    void storeKeepsItemsOnce();
    void updaterFetchesOnlyWhatChanged();
    void updaterRecordsFailures();
    void commandLine();

private:
    std::unique_ptr<Server> m_server;
    QTemporaryDir m_dir;
};

void TestFeeds::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<Server>();
}

void TestFeeds::parses_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QStringList>("urls");
    QTest::newRow("rss 2.0") << Rss << u"Harbour & Coast"_qs << u"https://coast.example/"_qs
                             << QStringList{u"https://coast.example/news/harbour"_qs,
                                            u"https://coast.example/news/ferries"_qs};
    QTest::newRow("atom") << Atom << u"Port Authority"_qs << u"https://port.example/"_qs
                          << QStringList{u"https://port.example/pier.html"_qs,
                                         u"https://port.example/storm"_qs};
    QTest::newRow("rss 1.0") << Rdf << u"Old style"_qs << u"https://old.example/"_qs
                             << QStringList{u"https://old.example/1"_qs};
}

void TestFeeds::parses()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, title);
    QFETCH(QString, site);
    QFETCH(QStringList, urls);
    const ParsedFeed feed =
        FeedParser::parse(xml, QUrl(u"https://coast.example/feed"_qs).resolved(QUrl(site)));
    QVERIFY2(feed.isOk(), qPrintable(feed.error));
    QCOMPARE(feed.title, title);
    QCOMPARE(feed.siteUrl, site);
    QStringList got;
    for (const FeedEntry &e : feed.entries)
        got.append(e.url);
    QCOMPARE(got, urls);
}

void TestFeeds::entryDetails()
{
    const ParsedFeed rss = FeedParser::parse(Rss, QUrl(u"https://coast.example/feed"_qs));
    QCOMPARE(rss.entries.size(), 2);
    QCOMPARE(rss.entries[0].guid, u"tag:coast,1"_qs);
    QCOMPARE(rss.entries[0].summary, u"The harbour reopened on Monday."_qs);
    QCOMPARE(rss.entries[0].published, QDateTime(QDate(2026, 3, 2), QTime(8, 30), Qt::UTC));
    QCOMPARE(rss.entries[1].title, u"Ferries & fishermen"_qs);
    QCOMPARE(rss.entries[1].guid, u"https://coast.example/news/ferries"_qs); // no guid: link
    QCOMPARE(rss.entries[1].summary, u"Boats return."_qs);

    const ParsedFeed atom = FeedParser::parse(Atom, QUrl(u"https://port.example/atom.xml"_qs));
    QCOMPARE(atom.kind, ParsedFeed::Kind::Atom);
    QCOMPARE(atom.entries[0].guid, u"urn:uuid:1"_qs);
    QCOMPARE(atom.entries[0].summary, u"Repairs cost less & ended early"_qs);
    QCOMPARE(atom.entries[0].published,
             QDateTime(QDate(2026, 3, 1), QTime(6, 15, 30, 500), Qt::UTC));
    QCOMPARE(atom.entries[1].published, QDateTime(QDate(2026, 2, 20), QTime(12, 0), Qt::UTC));
    QCOMPARE(atom.entries[1].summary, u"Calm again"_qs);
}

void TestFeeds::refusesWhatIsNotAFeed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("html") << QByteArray("<html><body><p>hello</p></body></html>")
                          << u"not an RSS or Atom feed"_qs;
    QTest::newRow("empty") << QByteArray() << u"is not a feed"_qs;
    QTest::newRow("broken xml") << QByteArray("<rss><channel><item><title>a</item></rss>")
                                << u"not well-formed"_qs;
    QTest::newRow("entity bomb")
        << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">"
                      "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                      "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                      "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                      "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
                      "<rss><channel><title>&e;</title></channel></rss>")
        << u"not well-formed"_qs;
}

void TestFeeds::refusesWhatIsNotAFeed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const ParsedFeed feed = FeedParser::parse(bytes, QUrl(u"https://x.example/f"_qs));
    QVERIFY(!feed.isOk());
    QVERIFY2(feed.error.contains(message), qPrintable(feed.error));
    QVERIFY(feed.entries.isEmpty());
}

void TestFeeds::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime nine(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    QTest::newRow("rfc 822 gmt") << u"Mon, 02 Mar 2026 09:00:00 GMT"_qs << nine;
    QTest::newRow("rfc 822 offset") << u"Mon, 02 Mar 2026 10:00:00 +0100"_qs << nine;
    QTest::newRow("rfc 822 zone name") << u"Mon, 02 Mar 2026 09:00:00 EST"_qs << nine;
    QTest::newRow("iso z") << u"2026-03-02T09:00:00Z"_qs << nine;
    QTest::newRow("iso offset") << u"2026-03-02T11:00:00+02:00"_qs << nine;
    QTest::newRow("nonsense") << u"yesterday"_qs << QDateTime();
}

void TestFeeds::dates()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QCOMPARE(FeedParser::parseDate(text), expected);
}

void TestFeeds::storeKeepsItemsOnce()
{
    ArticleLibrary library;
    QVERIFY2(library.open(m_dir.filePath(u"store.sqlite"_qs)), qPrintable(library.lastError()));
    FeedStore store(library);
    bool added = false;
    const auto id = store.addFeed(u"https://coast.example/feed"_qs, &added);
    QVERIFY(id && added);
    QCOMPARE(store.addFeed(u"https://coast.example/feed"_qs, &added), id);
    QVERIFY(!added);
    QList<FeedItemRecord> items;
    for (const FeedEntry &e : FeedParser::parse(Rss, QUrl(u"https://coast.example/"_qs)).entries) {
        FeedItemRecord item;
        item.guid = e.guid;
        item.url = e.url;
        item.title = e.title;
        item.published = e.published;
        items.append(item);
    }
    QCOMPARE(store.addItems(*id, items)->size(), 2);
    QCOMPARE(store.addItems(*id, items)->size(), 0);
    const QList<FeedItemRecord> stored = store.items(*id);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored[0].title, u"Harbour reopens"_qs); // newest first
    QVERIFY(stored[0].unread);
    QVERIFY(store.setUnread(stored[0].id, false));
    QCOMPARE(store.feed(*id)->unread, 1);
    QCOMPARE(store.feed(*id)->items, 2);
    QCOMPARE(store.pendingItems(*id, 10).size(), 2);
    QVERIFY(store.setItemArticle(stored[1].id, 0, u"The page was not found."_qs));
    QCOMPARE(store.pendingItems(*id, 10).size(), 1);
    FeedRecord state = *store.feed(*id);
    state.title = u"Coast"_qs;
    state.etag = "\"abc\"";
    QVERIFY(store.recordCheck(state));
    QCOMPARE(store.feed(*id)->etag, QByteArray("\"abc\""));
    QCOMPARE(store.feed(*id)->title, u"Coast"_qs);
    QVERIFY(!store.feed(*id)->checked.isEmpty());
    QVERIFY(store.removeFeed(*id));
    QVERIFY(store.feeds().isEmpty());
}

// Subscribing stores the items; an update reads their pages into the library (and nothing but
// the feed and the pages); the next update is one conditional request answered 304.
void TestFeeds::updaterFetchesOnlyWhatChanged()
{
    const QByteArray base = m_server->url(QString()).toEncoded();
    QByteArray feed =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local news</title>"
        "<link>" +
        base +
        "/</link>"
        "<item><title>Harbour reopens</title><link>" +
        base +
        "/a1</link><guid>1</guid></item>"
        "<item><title>Ferries return</title><link>/a2</link><guid>2</guid></item>"
        "</channel></rss>";
    int feedVersion = 1;
    m_server->route("/feed.xml", [&feed, &feedVersion](const Server::Request &r) {
        Server::Response response;
        const QByteArray etag = "\"v" + QByteArray::number(feedVersion) + '"';
        if (r.headers.value("if-none-match") == etag) {
            response.status = 304;
            return response;
        }
        response.headers = {{"Content-Type", "application/rss+xml"}, {"ETag", etag}};
        response.body = feed;
        return response;
    });
    const auto serve = [this](const QByteArray &path, const QByteArray &html) {
        Server::Response r;
        r.headers = {{"Content-Type", "text/html"}};
        r.body = html;
        m_server->serve(path, r);
    };
    serve("/a1", page("Harbour reopens", "Harbour director Clara Oduya said on Monday that the "
                                         "harbour reopened after the storm."));
    serve("/a2", page("Ferries return", "The ferry company said its boats would sail again on "
                                        "Tuesday, on the usual timetable."));

    ArticleLibrary library;
    QVERIFY(library.open(m_dir.filePath(u"updater.sqlite"_qs)));
    const auto resources = Resources::shared();
    QVERIFY(resources->isValid());
    const Pipeline pipeline = Pipeline::standard(*resources);
    FeedUpdater updater(library, pipeline);
    m_server->clearLog();
    QString error;
    const auto id = updater.subscribe(m_server->url(u"/feed.xml"_qs).toString(), true, &error);
    QVERIFY2(id, qPrintable(error));
    FeedStore store(library);
    QCOMPARE(store.feed(*id)->title, u"Local news"_qs);
    QCOMPARE(store.feed(*id)->etag, QByteArray("\"v1\""));
    QCOMPARE(store.items(*id).size(), 2);
    QCOMPARE(m_server->requestedPaths(), QList<QByteArray>{"/feed.xml"});

    FeedUpdateReport report = updater.update();
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u' ')));
    QCOMPARE(report.feeds, 1);
    QCOMPARE(report.unchanged, 1);
    QCOMPARE(report.added, 2);
    QCOMPARE(library.articleCount(), 2);
    QCOMPARE(library.search(u"Oduya"_qs).size(), 1);
    QVERIFY(library.articleIdForUrl(m_server->url(u"/a2"_qs).toString()));
    for (const FeedItemRecord &item : store.items(*id))
        QVERIFY(item.articleId > 0);
    QCOMPARE(m_server->requestedPaths(),
             (QList<QByteArray>{"/feed.xml", "/feed.xml", "/a1", "/a2"}));

    m_server->clearLog();
    report = updater.update();
    QCOMPARE(report.unchanged, 1);
    QCOMPARE(report.added, 0);
    QCOMPARE(m_server->requestedPaths(), QList<QByteArray>{"/feed.xml"});
    QCOMPARE(m_server->requests().constFirst().headers.value("if-none-match"),
             QByteArray("\"v1\""));

    // A new version with one more item: only that item's page is read.
    feedVersion = 2;
    feed.replace("</channel>", "<item><title>Pier</title><link>/a3</link><guid>3</guid></item>"
                               "</channel>");
    serve("/a3", page("Pier repaired", "Repairs to the northern pier cost less than feared, the "
                                       "port authority said on Wednesday."));
    m_server->clearLog();
    report = updater.update();
    QCOMPARE(report.newItems, 1);
    QCOMPARE(report.added, 1);
    QCOMPARE(m_server->requestedPaths(), (QList<QByteArray>{"/feed.xml", "/a3"}));
    QCOMPARE(store.feed(*id)->unread, 3);
    m_server->route("/feed.xml", {}); // the handler refers to this function's variables
}

void TestFeeds::updaterRecordsFailures()
{
    Server::Response dead;
    dead.status = 404;
    m_server->serve("/dead.xml", dead);
    Server::Response html;
    html.headers = {{"Content-Type", "text/html"}};
    html.body = page("Not a feed", "Just a page.");
    m_server->serve("/page.html", html);
    const QByteArray base = m_server->url(QString()).toEncoded();
    Server::Response feed;
    feed.headers = {{"Content-Type", "application/atom+xml"}};
    feed.body = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title>"
                "<entry><id>x</id><title>Gone</title><link href=\"" +
                base +
                "/gone\"/></entry>"
                "<entry><id>y</id><title>Picture</title><link href=\"/pic.png\"/></entry>"
                "</feed>";
    m_server->serve("/atom.xml", feed);
    Server::Response png;
    png.headers = {{"Content-Type", "image/png"}};
    png.body = "\x89PNG";
    m_server->serve("/pic.png", png);

    ArticleLibrary library;
    QVERIFY(library.open(m_dir.filePath(u"failures.sqlite"_qs)));
    const Pipeline pipeline = Pipeline::standard(*Resources::shared());
    FeedUpdater updater(library, pipeline);
    QString error;
    QVERIFY(!updater.subscribe(m_server->url(u"/dead.xml"_qs).toString(), true, &error));
    QVERIFY2(error.contains(u"was not found (HTTP 404"), qPrintable(error));
    QVERIFY(!updater.subscribe(m_server->url(u"/page.html"_qs).toString(), true, &error));
    QVERIFY2(error.contains(u"not an RSS or Atom feed"), qPrintable(error));

    const auto id = updater.subscribe(m_server->url(u"/atom.xml"_qs).toString(), true, &error);
    QVERIFY2(id, qPrintable(error));
    const FeedUpdateReport report = updater.update({*id});
    QCOMPARE(report.errors.size(), 2);
    QCOMPARE(report.added, 0);
    FeedStore store(library);
    for (const FeedItemRecord &item : store.items(*id))
        QVERIFY2(!item.error.isEmpty(), qPrintable(item.title));
    // Recorded failures are not tried again.
    m_server->clearLog();
    updater.update({*id});
    QCOMPARE(m_server->requestedPaths(), QList<QByteArray>{"/atom.xml"});
}

// `lector feeds add|list|update` and `lector extract|import URL`, through the real binary.
void TestFeeds::commandLine()
{
    const QString binary = qEnvironmentVariable("LECTOR_BINARY");
    if (binary.isEmpty() || !QFile::exists(binary))
        QSKIP("LECTOR_BINARY does not name the lector program (run through ctest).");
    const auto run = [&binary](const QStringList &arguments, QString *out = nullptr) {
        QProcess process;
        process.start(binary, arguments);
        if (!process.waitForFinished(120000))
            return -1;
        if (out)
            *out = QString::fromUtf8(process.readAllStandardOutput());
        return process.exitCode();
    };
    Server::Response feed;
    feed.headers = {{"Content-Type", "application/rss+xml"}, {"ETag", "\"cli\""}};
    feed.body = "<rss version=\"2.0\"><channel><title>Command line</title>"
                "<item><title>Harbour</title><link>/cli-page</link><guid>c1</guid></item>"
                "</channel></rss>";
    m_server->route("/cli.xml", [feed](const Server::Request &r) {
        Server::Response response = feed;
        if (r.headers.value("if-none-match") == "\"cli\"") {
            response = Server::Response();
            response.status = 304;
        }
        return response;
    });
    Server::Response html;
    html.headers = {{"Content-Type", "text/html; charset=utf-8"}};
    html.body = page("Harbour reopens", "Harbour director Clara Oduya said on Monday that the "
                                        "harbour reopened after the storm.");
    m_server->serve("/cli-page", html);

    const QString library = m_dir.filePath(u"cli.sqlite"_qs);
    const QString feedUrl = m_server->url(u"/cli.xml"_qs).toString();
    QString out;
    QCOMPARE(run({u"feeds"_qs, u"add"_qs, feedUrl, u"--library"_qs, library}, &out), 0);
    QCOMPARE(out, u"1\tCommand line\t"_qs + feedUrl + u'\n');
    QCOMPARE(run({u"feeds"_qs, u"update"_qs, u"--library"_qs, library}, &out), 0);
    QVERIFY2(out.contains(u"Added: 1\n"), qPrintable(out));
    QVERIFY(out.contains(u"Unchanged: 1\n"));
    QCOMPARE(run({u"feeds"_qs, u"list"_qs, u"--library"_qs, library}, &out), 0);
    QVERIFY2(out.startsWith(u"1\t1\t1\tCommand line\t"_qs + feedUrl), qPrintable(out));
    QCOMPARE(run({u"search"_qs, u"Oduya"_qs, u"--library"_qs, library}, &out), 0);
    QVERIFY(out.contains(u"Harbour reopens"));
    QCOMPARE(run({u"feeds"_qs, u"remove"_qs, u"--library"_qs, library}), 2);

    QCOMPARE(run({u"extract"_qs, u"--body"_qs, m_server->url(u"/cli-page"_qs).toString()}, &out),
             0);
    QCOMPARE(out, u"Harbour director Clara Oduya said on Monday that the harbour reopened after "
                  "the storm."_qs);
    QCOMPARE(
        run({u"import"_qs, m_server->url(u"/cli-page"_qs).toString(), u"--library"_qs, library},
            &out),
        0);
    QVERIFY2(out.contains(u"Duplicates: 1"), qPrintable(out)); // the feed already brought it
    QCOMPARE(run({u"extract"_qs, m_server->url(u"/missing"_qs).toString()}), 1);
}

QTEST_GUILESS_MAIN(TestFeeds)
#include "tst_feeds.moc"
