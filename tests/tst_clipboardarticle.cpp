// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipboardarticle.h"
#include "mainwindow.h"
#include "messagebar.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace lector;

namespace {

// A copied page: markup declaring the page's original charset, which the clipboard no longer
// uses. The sentences are made up for the test.
const QString Page = QStringLiteral(
    "<html><head><meta charset=\"windows-1252\"><title>Harbour opens at last</title></head>"
    "<body><article><h1>Harbour opens at last</h1>"
    "<p>The new harbour in Velden opened on Monday after six years of building, the port "
    "authority said, and the first ferry from Aarn docked before noon.</p>"
    "<p>Mayor Ines Caf\u00e9 welcomed the crews and said the town had waited long enough for "
    "a port that could take the larger ships now sailing the coast.</p>"
    "<p>Fishermen said the new quays would let them land their catch in any weather, and "
    "traders expect the first cargo ships within the month.</p>"
    "</article></body></html>");

QMimeData *mime(const QString &html, const QString &text)
{
    auto *data = new QMimeData;
    if (!html.isNull())
        data->setHtml(html);
    if (!text.isNull())
        data->setText(text);
    return data;
}

} // namespace

class TestClipboardArticle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void read_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("contains");
        QTest::newRow("plain text") << QString() << u"Ships came in.\nThe quay was full."_qs << true
                                    << QString() << u"The quay was full."_qs;
        QTest::newRow("copied page with its old charset declared")
            << Page << u"ignored"_qs << true << u"Harbour opens at last"_qs
            << u"Mayor Ines Caf\u00e9 welcomed"_qs;
        QTest::newRow("markup without article text falls back to the text")
            << u"<p></p>"_qs << u"Only this line."_qs << true << QString() << u"Only this line."_qs;
        QTest::newRow("white space only")
            << QString() << u"  \n "_qs << false << QString() << QString();
        QTest::newRow("nothing") << QString() << QString() << false << QString() << QString();
    }

    void read()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QFETCH(bool, ok);
        const std::unique_ptr<QMimeData> data(mime(html, text));
        const ReadResult result = ClipboardArticle::read(data.get());
        QCOMPARE(result.isOk(), ok);
        if (!ok) {
            QVERIFY(result.error.contains(u"clipboard"_qs));
            return;
        }
        QTEST(result.document.title, "title");
        QFETCH(QString, contains);
        QVERIFY2(result.document.text.contains(contains), qPrintable(result.document.text));
        QVERIFY(!result.document.text.contains(u"<p>"_qs));
    }

    void pasteActionOpensArticle_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("contains");
        QTest::newRow("plain text")
            << QString() << u"Lena Hart visited Aarn on Friday."_qs << u"Lena Hart"_qs;
        QTest::newRow("web page") << Page << QString() << u"first ferry from Aarn"_qs;
    }

    void pasteActionOpensArticle()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QFETCH(QString, contains);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *paste = window.findChild<QAction *>(u"pasteArticleAction"_qs);
        QVERIFY(paste);
        QCOMPARE(paste->shortcut(), QKeySequence(u"Ctrl+Shift+V"_qs));
        QGuiApplication::clipboard()->setMimeData(mime(html, text));
        QSignalSpy shown(&window, &MainWindow::analysisShown);
        paste->trigger();
        QVERIFY(window.document().text.contains(contains));
        QVERIFY(shown.wait(60000));
        QVERIFY(window.analysis().tokens.size() > 3);
    }

    void pastingNothingShowsError()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QGuiApplication::clipboard()->clear();
        window.findChild<QAction *>(u"pasteArticleAction"_qs)->trigger();
        auto *bar = window.findChild<MessageBar *>();
        QVERIFY(bar);
        QVERIFY(bar->isVisible());
        QVERIFY(window.document().text.isEmpty());
    }
};

QTEST_MAIN(TestClipboardArticle)
#include "tst_clipboardarticle.moc"
