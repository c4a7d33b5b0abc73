// SPDX-License-Identifier: GPL-3.0-or-later
// The Library dock in the window: typing in the search field lists the matching articles,
// double-clicking one shows it in the article view, and an analysed article joins the library.
#include "articleview.h"
#include "library/articlelibrary.h"
#include "mainwindow.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace lector;

namespace {

Document makeDocument(const QString &title, const QString &text, QDate published)
{
    Document d;
    d.title = title;
    d.text = text;
    d.published = published;
    d.source = title.toLower().replace(u' ', u'-') + u".txt"_qs;
    return d;
}

// Three short articles written for this test; only one mentions lighthouses.
bool fillLibrary(const QString &path)
{
    ArticleLibrary library;
    if (!library.open(path))
        return false;
    const QList<Document> documents = {
        makeDocument(u"Council meets on budget"_qs,
                     u"The town council met on Monday to agree the budget for schools."_qs,
                     QDate(2024, 5, 6)),
        makeDocument(u"Lighthouse keepers return"_qs,
                     u"Keepers returned to the old lighthouse on the northern cape."_qs,
                     QDate(2024, 6, 1)),
        makeDocument(u"Rail line reopens"_qs,
                     u"Trains ran again between the two valleys after repairs."_qs,
                     QDate(2024, 7, 9)),
    };
    for (const Document &d : documents) {
        if (!library.addArticle(d, Analysis()))
            return false;
    }
    return true;
}

} // namespace

class TestLibraryPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void dockAndActionExist()
    {
        MainWindow window;
        QVERIFY(window.findChild<QDockWidget *>(u"libraryDock"_qs));
        QVERIFY(window.findChild<QLineEdit *>(u"librarySearch"_qs));
        QVERIFY(window.findChild<QTreeView *>(u"libraryView"_qs));
        auto *import = window.findChild<QAction *>(u"importAction"_qs);
        QVERIFY(import);
        QVERIFY(!import->isEnabled()); // no library yet: the window is a plain reader
    }

    void typeSearchAndOpenResult()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"library.sqlite"_qs);
        QVERIFY(fillLibrary(path));

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openLibrary(path));
        window.findChild<QDockWidget *>(u"libraryDock"_qs)->raise();
        auto *search = window.findChild<QLineEdit *>(u"librarySearch"_qs);
        auto *view = window.findChild<QTreeView *>(u"libraryView"_qs);
        QVERIFY(search && view);
        QTRY_COMPARE(view->model()->rowCount(), 3);

        // A word being typed matches as a prefix: "lightho" finds "lighthouse".
        QTest::keyClicks(search, u"lightho"_qs);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        const QModelIndex hit = view->model()->index(0, 0);
        QCOMPARE(hit.data().toString(), u"Lighthouse keepers return"_qs);

        QSignalSpy shown(&window, &MainWindow::analysisShown);
        view->scrollTo(hit);
        const QPoint centre = view->visualRect(hit).center();
        QVERIFY(view->isVisible());
        // A press selects the row first, as a real double-click does.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
        QVERIFY(shown.wait(20000) || shown.count() > 0);
        QCOMPARE(window.document().title, u"Lighthouse keepers return"_qs);
        auto *articleView = window.findChild<ArticleView *>();
        QVERIFY(articleView);
        QVERIFY(articleView->toPlainText().contains(u"northern cape"_qs));
    }

    void clearingSearchListsAll()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_qs);
        QVERIFY(fillLibrary(path));
        MainWindow window;
        QVERIFY(window.openLibrary(path));
        auto *search = window.findChild<QLineEdit *>(u"librarySearch"_qs);
        auto *view = window.findChild<QTreeView *>(u"libraryView"_qs);
        QTest::keyClicks(search, u"trains"_qs);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        search->clear();
        QTRY_COMPARE(view->model()->rowCount(), 3);
    }

    void analysedArticleJoinsLibrary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_qs);
        MainWindow window;
        QVERIFY(window.openLibrary(path));
        QCOMPARE(window.library()->articleCount(), 0);
        window.showAnalysis(makeDocument(u"Harbour dredging starts"_qs,
                                         u"Dredgers began work in the harbour at dawn."_qs, {}),
                            Analysis());
        QCOMPARE(window.library()->articleCount(), 1);
        auto *view = window.findChild<QTreeView *>(u"libraryView"_qs);
        QCOMPARE(view->model()->rowCount(), 1);
        // The same text again is the same article.
        window.showAnalysis(makeDocument(u"Harbour dredging starts"_qs,
                                         u"Dredgers began work in the harbour at dawn."_qs, {}),
                            Analysis());
        QCOMPARE(window.library()->articleCount(), 1);
    }

    void unusableLibraryKeepsReader()
    {
        QTemporaryDir dir;
        MainWindow window;
        // A folder is not a database: the error shows, the reader still works.
        QVERIFY(!window.openLibrary(dir.path()));
        QVERIFY(!window.library());
        QSignalSpy shown(&window, &MainWindow::analysisShown);
        window.showAnalysis(makeDocument(u"Quiet day"_qs, u"Nothing happened."_qs, {}), Analysis());
        QCOMPARE(shown.count(), 1);
    }
};

QTEST_MAIN(TestLibraryPanel)
#include "tst_librarypanel.moc"
