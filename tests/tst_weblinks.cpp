// SPDX-License-Identifier: GPL-3.0-or-later
// The window and the web (GUI, offscreen): File > Open Link fetches a page from a server of our
// own on 127.0.0.1 and shows its article highlighted; a failure shows its message and Esc
// cancels a slow fetch; the Feeds dock subscribes to a feed, lists its items with unread state,
// and an item opens its article from the library. Nothing is requested but the page and the
// feed. With LECTOR_FEEDS_SCREENSHOT set, the Feeds dock is saved there as a PNG
// (docs/feeds-dock.png).
#include "httptestserver.h"

#include "articleview.h"
#include "feeds/feedsdock.h"
#include "mainwindow.h"
#include "messagebar.h"

#include <QAction>
#include <QDockWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>

using namespace lector;
using Server = lector::test::HttpTestServer;

namespace {

QByteArray page(const QByteArray &title, const QByteArray &body)
{
    return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title +
           "</title><link rel=\"stylesheet\" href=\"/style.css\"><script src=\"/app.js\"></script>"
           "</head><body><nav><a href=\"/\">Home</a></nav><article><h1>" +
           title + "</h1><img src=\"/photo.jpg\"><p>" + body + "</p></article></body></html>";
}

Server::Response html(const QByteArray &body)
{
    Server::Response r;
    r.headers = {{"Content-Type", "text/html; charset=utf-8"}};
    r.body = body;
    return r;
}

// Whether the character at `pos` of the view carries a highlight (a background).
bool isHighlighted(ArticleView *view, int pos)
{
    QTextCursor cursor(view->document());
    cursor.setPosition(pos + 1);
    if (cursor.charFormat().hasProperty(QTextFormat::BackgroundBrush))
        return true;
    for (const QTextEdit::ExtraSelection &s : view->extraSelections())
        if (s.cursor.selectionStart() <= pos && pos < s.cursor.selectionEnd() &&
            s.format.hasProperty(QTextFormat::BackgroundBrush))
            return true;
    return false;
}

} // namespace

class TestWebLinks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensALink();
    void failsAndCancels();
    void feedsDock();

private:
    std::unique_ptr<Server> m_server;
    QTemporaryDir m_dir;
};

void TestWebLinks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<Server>();
    m_server->serve("/harbour", html(page("Harbour reopens",
                                          "Harbour director Clara Oduya said on Monday that the "
                                          "harbour of Valletta reopened after the storm. "
                                          "\"The crossing is safe,\" Oduya said.")));
}

void TestWebLinks::opensALink()
{
    MainWindow window;
    QVERIFY(window.openLibrary(m_dir.filePath(u"links.sqlite"_qs)));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<QAction *>(u"openLinkAction"_qs));
    QCOMPARE(window.findChild<QAction *>(u"openLinkAction"_qs)->shortcut(),
             QKeySequence(Qt::CTRL | Qt::Key_L));
    QSignalSpy shown(&window, &MainWindow::analysisShown);
    m_server->clearLog();
    const QUrl url = m_server->url(u"/harbour"_qs);
    window.openLink(url);
    QVERIFY(shown.wait(30000));
    QCOMPARE(window.document().url, url.toString());
    QCOMPARE(window.document().title, u"Harbour reopens"_qs);
    const auto person =
        std::find_if(window.analysis().entities.cbegin(), window.analysis().entities.cend(),
                     [](const Entity &e) { return e.name == u"Clara Oduya"; });
    QVERIFY(person != window.analysis().entities.cend());
    auto *view = window.findChild<ArticleView *>(u"articleView"_qs);
    QVERIFY(view);
    QCOMPARE(view->toPlainText(), window.document().text);
    const qsizetype at = window.document().text.indexOf(u"Clara Oduya");
    QVERIFY(isHighlighted(view, int(at)));
    QVERIFY(!isHighlighted(view, 0)); // "Harbour director": no name
    QCOMPARE(m_server->requestedPaths(), QList<QByteArray>{"/harbour"});
}

void TestWebLinks::failsAndCancels()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *bar = window.findChild<MessageBar *>();
    QVERIFY(bar);
    window.openLink(m_server->url(u"/gone"_qs));
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
    QVERIFY2(bar->text().contains(u"was not found (HTTP 404"), qPrintable(bar->text()));

    Server::Response slow = html(page("Slow", "A page that takes its time to arrive."));
    slow.chunkDelayMs = 200;
    slow.chunkBytes = 4;
    m_server->serve("/slow", slow);
    auto *cancel = window.findChild<QAction *>(u"cancelLinkAction"_qs);
    QVERIFY(cancel);
    window.openLink(m_server->url(u"/slow"_qs));
    QVERIFY(cancel->isEnabled());
    QTest::qWait(300);
    QTest::keyClick(&window, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!cancel->isEnabled(), 5000);
    QVERIFY(window.document().url.isEmpty());
}

void TestWebLinks::feedsDock()
{
    const QByteArray base = m_server->url(QString()).toEncoded();
    Server::Response feed;
    feed.headers = {{"Content-Type", "application/rss+xml"}, {"ETag", "\"d1\""}};
    feed.body = "<rss version=\"2.0\"><channel><title>Island Herald</title>"
                "<item><title>Harbour reopens</title><link>" +
                base +
                "/harbour</link>"
                "<pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate><guid>h1</guid></item>"
                "<item><title>Ferries return</title><link>/ferries</link>"
                "<pubDate>Tue, 03 Mar 2026 09:00:00 GMT</pubDate><guid>h2</guid></item>"
                "</channel></rss>";
    m_server->serve("/herald.xml", feed);
    m_server->serve("/ferries",
                    html(page("Ferries return", "The ferry company said its boats would sail again "
                                                "on Tuesday, Captain Marco Bellini said.")));
    MainWindow window;
    window.resize(1200, 800);
    QVERIFY(window.openLibrary(m_dir.filePath(u"feeds.sqlite"_qs)));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    FeedsDock *feeds = window.feedsDock();
    QVERIFY(feeds);
    QVERIFY(window.findChild<QAction *>(u"subscribeAction"_qs));
    feeds->dock()->show();
    feeds->dock()->raise();
    QSignalSpy finished(feeds, &FeedsDock::jobFinished);
    m_server->clearLog();
    feeds->subscribeTo(m_server->url(u"/herald.xml"_qs).toString());
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.constFirst().constFirst().toString() ==
                 u"Subscribed, 2 articles added to the library."_qs,
             qPrintable(finished.constFirst().constFirst().toString()));
    QTreeWidget *tree = feeds->tree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *feedItem = tree->topLevelItem(0);
    QCOMPARE(feedItem->text(0), u"Island Herald (2)"_qs);
    QCOMPARE(feedItem->childCount(), 2);
    QTreeWidgetItem *ferries = feedItem->child(0); // newest first
    QCOMPARE(ferries->text(0), u"Ferries return"_qs);
    QVERIFY(ferries->font(0).bold());
    QList<QByteArray> paths = m_server->requestedPaths();
    std::sort(paths.begin(), paths.end());
    QCOMPARE(paths, (QList<QByteArray>{"/ferries", "/harbour", "/herald.xml", "/herald.xml"}));

    if (const QString shot = qEnvironmentVariable("LECTOR_FEEDS_SCREENSHOT"); !shot.isEmpty()) {
        tree->setCurrentItem(ferries);
        feeds->dock()->setFloating(true);
        feeds->dock()->resize(480, 300);
        QTest::qWait(50);
        QVERIFY(feeds->dock()->grab().save(shot));
        feeds->dock()->setFloating(false);
    }

    QSignalSpy shown(&window, &MainWindow::analysisShown);
    Q_EMIT tree->itemActivated(ferries, 0);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 30000); // at once from the library's cache
    QCOMPARE(window.document().title, u"Ferries return"_qs);
    QCOMPARE(window.document().url, m_server->url(u"/ferries"_qs).toString());
    QVERIFY(!ferries->font(0).bold());
    QCOMPARE(feedItem->text(0), u"Island Herald (1)"_qs);
    auto *view = window.findChild<ArticleView *>(u"articleView"_qs);
    QVERIFY(isHighlighted(view, int(window.document().text.indexOf(u"Marco Bellini"))));
    // Opened from the library: nothing fetched again.
    QCOMPARE(m_server->requestedPaths().size(), 4);
}

QTEST_MAIN(TestWebLinks)
#include "tst_weblinks.moc"
