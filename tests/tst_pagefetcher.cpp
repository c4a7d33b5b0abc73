// SPDX-License-Identifier: GPL-3.0-or-later
// PageFetcher, UrlPolicy and WebArticleReader against a server of our own on 127.0.0.1
// (httptestserver.h): pages, redirects, charsets, gzip, every failure with its message, the
// size limit on a 50 MB body, time-outs, cancelling, conditional requests, and that a page's
// images, scripts, style sheets and links are never requested.
#include "httptestserver.h"

#include "net/pagefetcher.h"
#include "net/urlpolicy.h"
#include "net/webarticlereader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSslSocket>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace lector;
using Server = lector::test::HttpTestServer;
using Failure = FetchResult::Failure;

Q_DECLARE_METATYPE(lector::FetchResult::Failure)

namespace {

const QByteArray Article =
    "<!doctype html><html><head><title>Harbour reopens</title>"
    "<link rel=\"stylesheet\" href=\"/style.css\"><link rel=\"preload\" href=\"/font.woff2\">"
    "<link rel=\"icon\" href=\"/favicon.ico\"><script src=\"/app.js\"></script>"
    "<meta http-equiv=\"refresh\" content=\"0; url=/elsewhere\">"
    "<meta property=\"og:image\" content=\"/og.jpg\"></head><body>"
    "<nav><a href=\"/home\">Home</a></nav><article><h1>Harbour reopens</h1>"
    "<img src=\"/photo.jpg\" srcset=\"/photo-2x.jpg 2x\"><picture><source srcset=\"/p.webp\">"
    "</picture><p>The harbour of the old town reopened on Monday after a storm closed it for "
    "three weeks, the port authority said in a statement.</p>"
    "<p>Ferries will sail on the usual timetable, and repairs to the northern pier, which cost "
    "less than feared, are finished.</p><iframe src=\"/embed\"></iframe>"
    "<video src=\"/v.mp4\" poster=\"/poster.jpg\"></video>"
    "<p>Fishermen, who had moored their boats in the next bay, began to return on Sunday "
    "evening.</p></article><script>fetch('/beacon')</script>"
    "<img src=\"https://tracker.example/pixel.gif\"></body></html>";

Server::Response html(const QByteArray &body, const QByteArray &type = "text/html; charset=utf-8")
{
    Server::Response r;
    r.headers = {{"Content-Type", type}};
    r.body = body;
    return r;
}

Server::Response redirect(const QByteArray &to, int status = 302)
{
    Server::Response r;
    r.status = status;
    r.headers = {{"Location", to}};
    return r;
}

QByteArray gzip(const QByteArray &data)
{
    z_stream zs{};
    deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&zs, uLong(data.size()))), '\0');
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

FetchRequest typed(const QUrl &url)
{
    FetchRequest request = WebArticleReader::typedRequest(url);
    request.timeoutMs = 10000;
    return request;
}

} // namespace

class TestPageFetcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void urlPolicy_data();
    void urlPolicy();
    void readsAPageAndKeepsItsAddress();
    void fetchesNothingButThePage();
    void followsRedirects();
    void stopsRedirectLoops();
    void refusesRedirectsOutOfTheWeb();
    void refusesLocalAddressesNotTyped();
    void failures_data();
    void failures();
    void tooLargeWithoutLength();
    void connectionRefused();
    void tlsFailure();
    void honoursTheServersCharset();
    void inflatesGzip();
    void conditionalRequest();
    void cancels();
    void readsTypedLocations();

private:
    std::unique_ptr<Server> m_server;
};

void TestPageFetcher::initTestCase()
{
    m_server = std::make_unique<Server>();
    QVERIFY(m_server->port() > 0);
    m_server->serve("/article", html(Article));
}

void TestPageFetcher::urlPolicy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("local");
    QTest::addColumn<bool>("allowedUntyped");
    QTest::newRow("public https") << u"https://news.example.org/a/1"_qs << false << true;
    QTest::newRow("public http") << u"http://example.com/"_qs << false << true;
    QTest::newRow("loopback") << u"http://127.0.0.1:8080/"_qs << true << false;
    QTest::newRow("loopback other") << u"http://127.1.2.3/"_qs << true << false;
    QTest::newRow("localhost") << u"http://localhost/"_qs << true << false;
    QTest::newRow("sub.localhost") << u"http://a.localhost/"_qs << true << false;
    QTest::newRow("ipv6 loopback") << u"http://[::1]/"_qs << true << false;
    QTest::newRow("mapped loopback") << u"http://[::ffff:127.0.0.1]/"_qs << true << false;
    QTest::newRow("private 10") << u"http://10.1.2.3/"_qs << true << false;
    QTest::newRow("private 172") << u"http://172.20.0.1/"_qs << true << false;
    QTest::newRow("private 192") << u"http://192.168.1.1/"_qs << true << false;
    QTest::newRow("link-local") << u"http://169.254.169.254/latest"_qs << true << false;
    QTest::newRow("unspecified") << u"http://0.0.0.0/"_qs << true << false;
    QTest::newRow("intranet name") << u"http://intranet/"_qs << true << false;
    QTest::newRow("mdns") << u"http://printer.local/"_qs << true << false;
    QTest::newRow("nat64 of private") << u"http://[64:ff9b::10.0.0.1]/"_qs << true << false;
    QTest::newRow("6to4 of loopback") << u"http://[2002:7f00:1::]/"_qs << true << false;
    QTest::newRow("nat64 of public") << u"http://[64:ff9b::5db8:d822]/"_qs << false << true;
    QTest::newRow("public ip") << u"http://93.184.216.34/"_qs << false << true;
    QTest::newRow("file") << u"file:///etc/passwd"_qs << true << false;
    QTest::newRow("ftp") << u"ftp://example.com/a"_qs << false << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_qs << true << false;
}

void TestPageFetcher::urlPolicy()
{
    QFETCH(QString, url);
    QFETCH(bool, local);
    QFETCH(bool, allowedUntyped);
    QCOMPARE(UrlPolicy::isLocal(QUrl(url)), local);
    QCOMPARE(UrlPolicy::check(QUrl(url), false).isEmpty(), allowedUntyped);
    const bool webScheme = url.startsWith(u"http");
    QCOMPARE(UrlPolicy::check(QUrl(url), true).isEmpty(), webScheme);
    QCOMPARE(UrlPolicy::isWebAddress(url), webScheme);
}

void TestPageFetcher::readsAPageAndKeepsItsAddress()
{
    const FetchResult fetched = PageFetcher::fetch(typed(m_server->url(u"/article"_qs)));
    QVERIFY2(fetched.isOk(), qPrintable(fetched.error));
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.mimeType, QByteArray("text/html"));
    QCOMPARE(fetched.charset, QByteArray("utf-8"));
    const ReadResult read = WebArticleReader::fromFetch(fetched);
    QVERIFY2(read.isOk(), qPrintable(read.error));
    QCOMPARE(read.document.title, u"Harbour reopens"_qs);
    QVERIFY(read.document.text.contains(u"reopened on Monday"));
    QVERIFY(read.document.text.contains(u"began to return on Sunday"));
    QVERIFY(!read.document.text.contains(u"Home"));
    QCOMPARE(read.document.url, m_server->url(u"/article"_qs).toString());
    QCOMPARE(read.document.source, read.document.url);
}

// The server logs every request: reading the page, with its images, scripts, style sheets,
// icons, frames, videos, a meta refresh and a script that would call home, asks for the page
// and nothing else.
void TestPageFetcher::fetchesNothingButThePage()
{
    m_server->clearLog();
    const ReadResult read = WebArticleReader::read(m_server->url(u"/article"_qs).toString());
    QVERIFY2(read.isOk(), qPrintable(read.error));
    QTest::qWait(300); // anything asked for late would show up now
    QCOMPARE(m_server->requestedPaths(), QList<QByteArray>{"/article"});
    const Server::Request request = m_server->requests().constFirst();
    QCOMPARE(request.method, QByteArray("GET"));
    QVERIFY(!request.headers.contains("cookie"));
    QVERIFY(!request.headers.contains("referer"));
    QVERIFY(request.headers.value("user-agent").contains("Lector"));
}

void TestPageFetcher::followsRedirects()
{
    m_server->serve("/old", redirect("/older", 301));
    m_server->serve("/older", redirect(m_server->url(u"/article"_qs).toEncoded(), 308));
    m_server->clearLog();
    const FetchResult fetched = PageFetcher::fetch(typed(m_server->url(u"/old"_qs)));
    QVERIFY2(fetched.isOk(), qPrintable(fetched.error));
    QCOMPARE(fetched.redirects, 2);
    QCOMPARE(fetched.finalUrl, m_server->url(u"/article"_qs));
    QCOMPARE(fetched.url, m_server->url(u"/old"_qs));
    QCOMPARE(m_server->requestedPaths(), (QList<QByteArray>{"/old", "/older", "/article"}));
    QCOMPARE(WebArticleReader::fromFetch(fetched).document.url,
             m_server->url(u"/article"_qs).toString());

    // Ten redirects are followed, the eleventh is not.
    for (int i = 0; i < 11; ++i)
        m_server->serve("/hop" + QByteArray::number(i),
                        redirect("/hop" + QByteArray::number(i + 1)));
    m_server->serve("/hop10", redirect("/article"));
    QVERIFY(PageFetcher::fetch(typed(m_server->url(u"/hop1"_qs))).isOk());
    const FetchResult tooMany = PageFetcher::fetch(typed(m_server->url(u"/hop0"_qs)));
    QCOMPARE(tooMany.failure, Failure::TooManyRedirects);
}

void TestPageFetcher::stopsRedirectLoops()
{
    m_server->serve("/loop", redirect("/loop"));
    m_server->clearLog();
    const FetchResult fetched = PageFetcher::fetch(typed(m_server->url(u"/loop"_qs)));
    QCOMPARE(fetched.failure, Failure::TooManyRedirects);
    QVERIFY(fetched.error.contains(u"redirects more than 10 times"));
    QCOMPARE(m_server->requests().size(), 11);
}

// A page may redirect, but never out of http(s).
void TestPageFetcher::refusesRedirectsOutOfTheWeb()
{
    m_server->serve("/to-file", redirect("file:///etc/passwd"));
    const FetchResult fetched = PageFetcher::fetch(typed(m_server->url(u"/to-file"_qs)));
    QCOMPARE(fetched.failure, Failure::Refused);
    QVERIFY(fetched.body.isEmpty());
}

// An address the user did not type (a feed's item, a link) may not be local: nothing is sent.
void TestPageFetcher::refusesLocalAddressesNotTyped()
{
    m_server->clearLog();
    FetchRequest request = typed(m_server->url(u"/article"_qs));
    request.allowLocal = false;
    const FetchResult fetched = PageFetcher::fetch(request);
    QCOMPARE(fetched.failure, Failure::Refused);
    QVERIFY(fetched.error.contains(u"local address"));
    QTest::qWait(100);
    QVERIFY(m_server->requests().isEmpty());
}

void TestPageFetcher::failures_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<QString>("message");
    QTest::newRow("404") << QByteArray("/missing") << 10000 << Failure::NotFound
                         << u"was not found (HTTP 404"_qs;
    QTest::newRow("500") << QByteArray("/broken") << 10000 << Failure::ServerError
                         << u"failed to answer (HTTP 500"_qs;
    QTest::newRow("503") << QByteArray("/busy") << 10000 << Failure::ServerError << u"(HTTP 503"_qs;
    QTest::newRow("403") << QByteArray("/forbidden") << 10000 << Failure::ClientError
                         << u"refused"_qs;
    QTest::newRow("image") << QByteArray("/photo.jpg") << 10000 << Failure::NotHtml
                           << u"is not a web page but image/jpeg"_qs;
    QTest::newRow("pdf") << QByteArray("/paper.pdf") << 10000 << Failure::NotHtml
                         << u"application/pdf"_qs;
    QTest::newRow("50 MB") << QByteArray("/huge") << 20000 << Failure::TooLarge
                           << u"is too large"_qs;
    QTest::newRow("slow") << QByteArray("/slow") << 600 << Failure::Timeout
                          << u"did not answer completely within 0.6 seconds"_qs;
    QTest::newRow("broken off") << QByteArray("/cut") << 10000 << Failure::Connection
                                << u"closed the connection"_qs;
}

void TestPageFetcher::failures()
{
    QFETCH(QByteArray, path);
    QFETCH(int, timeoutMs);
    QFETCH(Failure, failure);
    QFETCH(QString, message);
    Server::Response status500 = html("<p>oops</p>");
    status500.status = 500;
    m_server->serve("/broken", status500);
    status500.status = 503;
    m_server->serve("/busy", status500);
    status500.status = 403;
    m_server->serve("/forbidden", status500);
    m_server->serve("/photo.jpg", html("\xFF\xD8\xFF\xE0 not really", "image/jpeg"));
    m_server->serve("/paper.pdf", html("%PDF-1.4", "application/pdf"));
    Server::Response huge = html({});
    huge.fillBytes = 50 * 1024 * 1024;
    m_server->serve("/huge", huge);
    Server::Response slow = html(Article);
    slow.chunkDelayMs = 200;
    slow.chunkBytes = 16;
    m_server->serve("/slow", slow);
    Server::Response cut = html(Article);
    cut.breakOff = true;
    m_server->serve("/cut", cut);

    FetchRequest request = typed(m_server->url(QString::fromLatin1(path)));
    request.timeoutMs = timeoutMs;
    QElapsedTimer clock;
    clock.start();
    const FetchResult fetched = PageFetcher::fetch(request);
    QCOMPARE(fetched.failure, failure);
    QVERIFY2(fetched.error.contains(message), qPrintable(fetched.error));
    QVERIFY(fetched.error.contains(m_server->url(QString::fromLatin1(path)).toDisplayString()) ||
            fetched.error.contains(u"127.0.0.1"));
    QVERIFY(fetched.body.isEmpty());
    QVERIFY(clock.elapsed() < 15000);
    const ReadResult read = WebArticleReader::fromFetch(fetched);
    QCOMPARE(read.error, fetched.error);
}

// Without a Content-Length, the body is counted as it arrives and cut off at the limit.
void TestPageFetcher::tooLargeWithoutLength()
{
    Server::Response huge = html({});
    huge.fillBytes = 50 * 1024 * 1024;
    huge.noLength = true;
    m_server->serve("/huge-unannounced", huge);
    FetchRequest request = typed(m_server->url(u"/huge-unannounced"_qs));
    request.maxBytes = 2 * 1024 * 1024;
    const FetchResult fetched = PageFetcher::fetch(request);
    QCOMPARE(fetched.failure, Failure::TooLarge);
    QVERIFY(fetched.error.contains(u"at most 2 MB"));
}

void TestPageFetcher::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const FetchResult fetched =
        PageFetcher::fetch(typed(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port))));
    QCOMPARE(fetched.failure, Failure::Connection);
    QVERIFY2(fetched.error.contains(u"refused the connection"), qPrintable(fetched.error));
}

// https to a server that speaks plain HTTP: the TLS handshake fails, with its own message.
void TestPageFetcher::tlsFailure()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("This Qt has no TLS backend.");
    QUrl url = m_server->url(u"/article"_qs);
    url.setScheme(u"https"_qs);
    FetchRequest request = typed(url);
    request.timeoutMs = 5000;
    const FetchResult fetched = PageFetcher::fetch(request);
    QCOMPARE(fetched.failure, Failure::Tls);
    QVERIFY2(fetched.error.contains(u"secure connection (TLS)"), qPrintable(fetched.error));
}

// The charset of the Content-Type header outranks the page's own (here missing or wrong).
void TestPageFetcher::honoursTheServersCharset()
{
    const QString text = u"Šibenik és Pécs: a kikötő újra nyitva, mondta a hivatal vezetője "
                         "hétfőn, miután a vihar három hétre lezárta."_qs;
    const QByteArray latin2 = QStringEncoder("ISO-8859-2")
                                  .encode(u"<html><body><p>"_qs + text + u"</p></body></html>"_qs);
    QVERIFY(!latin2.isEmpty());
    m_server->serve("/latin2", html(latin2, "text/html; charset=ISO-8859-2"));
    const QByteArray cyrillic =
        QStringEncoder("windows-1251")
            .encode(u"<html><head><meta charset=\"utf-8\"></head><body><p>Порт снова открыт после "
                    u"шторма, "
                    "сообщили в администрации в понедельник.</p></body></html>"_qs);
    m_server->serve("/cp1251", html(cyrillic, "text/html;charset=\"windows-1251\""));

    ReadResult read = WebArticleReader::read(m_server->url(u"/latin2"_qs).toString());
    QVERIFY2(read.isOk(), qPrintable(read.error));
    QCOMPARE(read.document.text.trimmed(), text);
    read = WebArticleReader::read(m_server->url(u"/cp1251"_qs).toString());
    QVERIFY2(read.isOk(), qPrintable(read.error));
    QVERIFY(read.document.text.contains(u"Порт снова открыт"));
}

void TestPageFetcher::inflatesGzip()
{
    Server::Response zipped = html(gzip(Article));
    zipped.headers.append(std::make_pair(QByteArray("Content-Encoding"), QByteArray("gzip")));
    m_server->serve("/zipped", zipped);
    m_server->clearLog();
    const ReadResult read = WebArticleReader::read(m_server->url(u"/zipped"_qs).toString());
    QVERIFY2(read.isOk(), qPrintable(read.error));
    QVERIFY(read.document.text.contains(u"reopened on Monday"));
    QVERIFY(m_server->requests().constFirst().headers.value("accept-encoding").contains("gzip"));
}

void TestPageFetcher::conditionalRequest()
{
    m_server->route("/etag", [](const Server::Request &r) {
        if (r.headers.value("if-none-match") == "\"v1\"") {
            Server::Response notModified;
            notModified.status = 304;
            return notModified;
        }
        Server::Response page = html(Article);
        page.headers.append(std::make_pair(QByteArray("ETag"), QByteArray("\"v1\"")));
        page.headers.append(std::make_pair(QByteArray("Last-Modified"),
                                           QByteArray("Mon, 02 Mar 2026 10:00:00 GMT")));
        return page;
    });
    FetchRequest request = typed(m_server->url(u"/etag"_qs));
    const FetchResult first = PageFetcher::fetch(request);
    QVERIFY(first.isOk());
    QVERIFY(!first.notModified);
    QCOMPARE(first.etag, QByteArray("\"v1\""));
    QCOMPARE(first.lastModified, QByteArray("Mon, 02 Mar 2026 10:00:00 GMT"));
    request.etag = first.etag;
    request.lastModified = first.lastModified;
    m_server->clearLog();
    const FetchResult second = PageFetcher::fetch(request);
    QVERIFY2(second.isOk(), qPrintable(second.error));
    QVERIFY(second.notModified);
    QVERIFY(second.body.isEmpty());
    const Server::Request sent = m_server->requests().constFirst();
    QCOMPARE(sent.headers.value("if-none-match"), QByteArray("\"v1\""));
    QCOMPARE(sent.headers.value("if-modified-since"), first.lastModified);
}

void TestPageFetcher::cancels()
{
    Server::Response slow = html(Article);
    slow.chunkDelayMs = 100;
    slow.chunkBytes = 8;
    m_server->serve("/crawl", slow);
    PageFetcher fetcher;
    QSignalSpy finished(&fetcher, &PageFetcher::finished);
    fetcher.start(typed(m_server->url(u"/crawl"_qs)));
    QVERIFY(fetcher.isRunning());
    QTest::qWait(300);
    fetcher.cancel();
    QCOMPARE(finished.size(), 1);
    const auto result = finished.constFirst().constFirst().value<FetchResult>();
    QCOMPARE(result.failure, Failure::Cancelled);
    QVERIFY(!fetcher.isRunning());

    // The blocking form cancels through its callback.
    QElapsedTimer clock;
    clock.start();
    const FetchResult blocking = PageFetcher::fetch(typed(m_server->url(u"/crawl"_qs)),
                                                    [&clock] { return clock.elapsed() < 200; });
    QCOMPARE(blocking.failure, Failure::Cancelled);
    QVERIFY(clock.elapsed() < 2000);
}

void TestPageFetcher::readsTypedLocations()
{
    QVERIFY(WebArticleReader::isUrl(u"https://example.org/a"_qs));
    QVERIFY(WebArticleReader::isUrl(u"file:///tmp/a.html"_qs));
    QVERIFY(!WebArticleReader::isUrl(u"/tmp/a.html"_qs));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"page.html"_qs);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Article);
    file.close();
    const ReadResult byPath = WebArticleReader::read(path);
    const ReadResult byUrl = WebArticleReader::read(QUrl::fromLocalFile(path).toString());
    const ReadResult byWeb = WebArticleReader::read(m_server->url(u"/article"_qs).toString());
    QVERIFY(byPath.isOk() && byUrl.isOk() && byWeb.isOk());
    QCOMPARE(byUrl.document.text, byPath.document.text);
    QCOMPARE(byWeb.document.text, byPath.document.text);
    QVERIFY(byPath.document.url.isEmpty());
    const ReadResult missing = WebArticleReader::read(m_server->url(u"/nothing"_qs).toString());
    QVERIFY(missing.error.startsWith(u"The page "));
}

QTEST_GUILESS_MAIN(TestPageFetcher)
#include "tst_pagefetcher.moc"
