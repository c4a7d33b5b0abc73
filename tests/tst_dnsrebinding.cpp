// SPDX-License-Identifier: GPL-3.0-or-later
// Host names in PageFetcher, with a fake resolver so that no name is ever looked up for real and
// nothing leaves 127.0.0.1: a name that does not resolve (the DNS failure and its message), a
// public name that resolves to a local address (DNS rebinding: refused, nothing sent, unless
// the user typed a local address), a redirect to such a name, and that the connection goes to
// the checked address with the name kept in the Host header.
#include "httptestserver.h"
#include "net/pagefetcher.h"
#include "net/urlpolicy.h"
#include "net/webarticlereader.h"

#include <QTest>

using namespace lector;
using Server = lector::test::HttpTestServer;
using Failure = FetchResult::Failure;

namespace {

const QByteArray Page = "<!doctype html><html><head><title>Harbour reopens</title></head><body>"
                        "<article><p>The harbour of the old town reopened on Monday after a storm "
                        "closed it for three weeks, the port authority said.</p></article>"
                        "</body></html>";

// The names of these tests: "news.example.com" stands for a public web site (the test server
// plays it), "rebound.example.com" for a public name whose DNS answers with a private address.
const QHostAddress Loopback(QHostAddress::LocalHost);
const QHostAddress Private(u"10.0.0.7"_qs);

QList<QHostAddress> fakeDns(const QString &host)
{
    if (host == u"news.example.com")
        return {Loopback};
    if (host == u"rebound.example.com")
        return {Loopback};
    if (host == u"mixed.example.com")
        return {QHostAddress(u"93.184.216.34"_qs), Private};
    return {}; // not found
}

// The test server on 127.0.0.1 stands in for a public web server; every other local address
// is local as usual.
bool onlyTheServerIsPublic(const QHostAddress &address)
{
    return address != Loopback && UrlPolicy::isLocalAddress(address);
}

} // namespace

class TestDnsRebinding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void hostNotFound();
    void connectsToTheCheckedAddress();
    void refusesAPublicNameResolvingLocally_data();
    void refusesAPublicNameResolvingLocally();
    void allowsItWhenTheUserTypedALocalAddress();
    void refusesARedirectToANameResolvingLocally();
    void checkResolved();

private:
    QUrl at(const QString &host, const QString &path) const
    {
        QUrl url = m_server->url(path);
        url.setHost(host);
        return url;
    }
    FetchRequest request(const QUrl &url) const
    {
        FetchRequest r;
        r.url = url;
        r.allowLocal = false; // a link from a feed or a page, not typed
        r.timeoutMs = 10000;
        r.resolve = fakeDns;
        return r;
    }

    std::unique_ptr<Server> m_server;
};

void TestDnsRebinding::initTestCase()
{
    m_server = std::make_unique<Server>();
    QVERIFY(m_server->port() > 0);
    Server::Response page;
    page.headers = {{"Content-Type", "text/html; charset=utf-8"}};
    page.body = Page;
    m_server->serve("/article", page);
    Server::Response toRebound;
    toRebound.status = 302;
    toRebound.headers = {{"Location", at(u"rebound.example.com"_qs, u"/article"_qs).toEncoded()}};
    m_server->serve("/to-rebound", toRebound);
}

void TestDnsRebinding::init()
{
    m_server->clearLog();
}

void TestDnsRebinding::hostNotFound()
{
    FetchRequest r = request(at(u"no-such-host.example.com"_qs, u"/article"_qs));
    const FetchResult fetched = PageFetcher::fetch(r);
    QCOMPARE(fetched.failure, Failure::Dns);
    QCOMPARE(fetched.error, u"The host no-such-host.example.com was not found (DNS): check the "
                            u"address and the network."_qs);
    QVERIFY(m_server->requests().isEmpty());

    // The command line and the window read the same message.
    r.allowLocal = true;
    QCOMPARE(PageFetcher::fetch(r).failure, Failure::Dns);
}

// The name is resolved once and the checked address connected to; the server still sees the
// name the page was asked for.
void TestDnsRebinding::connectsToTheCheckedAddress()
{
    FetchRequest r = request(at(u"news.example.com"_qs, u"/article"_qs));
    r.isLocalAddress = onlyTheServerIsPublic;
    const FetchResult fetched = PageFetcher::fetch(r);
    QVERIFY2(fetched.isOk(), qPrintable(fetched.error));
    QCOMPARE(fetched.finalUrl, at(u"news.example.com"_qs, u"/article"_qs));
    QCOMPARE(m_server->requestedPaths(), QList<QByteArray>{"/article"});
    QCOMPARE(m_server->requests().constFirst().headers.value("host"),
             "news.example.com:" + QByteArray::number(m_server->port()));
    const ReadResult read = WebArticleReader::fromFetch(fetched);
    QVERIFY2(read.isOk(), qPrintable(read.error));
    QCOMPARE(read.document.url, at(u"news.example.com"_qs, u"/article"_qs).toString());
}

void TestDnsRebinding::refusesAPublicNameResolvingLocally_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("address");
    QTest::newRow("to loopback") << u"rebound.example.com"_qs << u"127.0.0.1"_qs;
    QTest::newRow("one of two addresses private") << u"mixed.example.com"_qs << u"10.0.0.7"_qs;
}

void TestDnsRebinding::refusesAPublicNameResolvingLocally()
{
    QFETCH(QString, host);
    QFETCH(QString, address);
    const FetchResult fetched = PageFetcher::fetch(request(at(host, u"/article"_qs)));
    QCOMPARE(fetched.failure, Failure::Refused);
    QVERIFY2(fetched.error.contains(u"resolves to the local address " + address),
             qPrintable(fetched.error));
    QTest::qWait(100);
    QVERIFY(m_server->requests().isEmpty());
}

void TestDnsRebinding::allowsItWhenTheUserTypedALocalAddress()
{
    FetchRequest r = request(at(u"rebound.example.com"_qs, u"/article"_qs));
    r.allowLocal = true;
    const FetchResult fetched = PageFetcher::fetch(r);
    QVERIFY2(fetched.isOk(), qPrintable(fetched.error));
    QCOMPARE(m_server->requestedPaths(), QList<QByteArray>{"/article"});
}

// A public page redirecting to a name that resolves locally: the redirect is refused before
// anything is sent to it.
void TestDnsRebinding::refusesARedirectToANameResolvingLocally()
{
    FetchRequest r = request(at(u"news.example.com"_qs, u"/to-rebound"_qs));
    // Only news.example.com's answer stands for a public server here.
    r.resolve = [](const QString &host) {
        return host == u"news.example.com" ? QList<QHostAddress>{Loopback}
                                           : QList<QHostAddress>{QHostAddress(u"127.0.0.2"_qs)};
    };
    r.isLocalAddress = onlyTheServerIsPublic;
    const FetchResult fetched = PageFetcher::fetch(r);
    QCOMPARE(fetched.failure, Failure::Refused);
    QVERIFY2(fetched.error.contains(u"rebound.example.com"), qPrintable(fetched.error));
    QVERIFY2(fetched.error.contains(u"127.0.0.2"), qPrintable(fetched.error));
    QTest::qWait(100);
    QCOMPARE(m_server->requestedPaths(), QList<QByteArray>{"/to-rebound"});
}

void TestDnsRebinding::checkResolved()
{
    const QUrl url(u"https://news.example.org/a"_qs);
    QVERIFY(UrlPolicy::checkResolved(url, QHostAddress(u"93.184.216.34"_qs), false).isEmpty());
    QVERIFY(!UrlPolicy::checkResolved(url, QHostAddress(u"192.168.0.10"_qs), false).isEmpty());
    QVERIFY(!UrlPolicy::checkResolved(url, QHostAddress(u"::1"_qs), false).isEmpty());
    QVERIFY(!UrlPolicy::checkResolved(url, QHostAddress(u"::ffff:10.1.2.3"_qs), false).isEmpty());
    QVERIFY(UrlPolicy::checkResolved(url, QHostAddress(u"192.168.0.10"_qs), true).isEmpty());
}

QTEST_GUILESS_MAIN(TestDnsRebinding)
#include "tst_dnsrebinding.moc"
