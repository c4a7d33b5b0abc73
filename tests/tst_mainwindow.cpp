// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleview.h"
#include "data/ui/sampleanalysis.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "models/annotationroles.h"
#include "publicationdateedit.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace lector;
using lector::test::SampleArticle;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    /// IndexRole of every item row (not group rows) a panel's view shows.
    static QList<int> shownItems(const QTreeView *view)
    {
        QList<int> items;
        const QAbstractItemModel *model = view->model();
        for (int g = 0; g < model->rowCount(); ++g) {
            const QModelIndex group = model->index(g, 0);
            for (int i = 0; i < model->rowCount(group); ++i)
                items << model->index(i, 0, group).data(IndexRole).toInt();
        }
        return items;
    }

    /// Entities involved in every item row a panel's view shows.
    static QList<QList<int>> shownInvolvement(const QTreeView *view)
    {
        QList<QList<int>> out;
        const QAbstractItemModel *model = view->model();
        for (int g = 0; g < model->rowCount(); ++g) {
            const QModelIndex group = model->index(g, 0);
            for (int i = 0; i < model->rowCount(group); ++i)
                out << model->index(i, 0, group).data(EntitiesRole).value<QList<int>>();
        }
        return out;
    }

    static void clickEntityRow(QTreeView *view, int entity)
    {
        const QModelIndexList found = view->model()->match(view->model()->index(0, 0), IndexRole,
                                                           entity, 1, Qt::MatchExactly);
        QVERIFY(!found.isEmpty());
        const QRect rect = view->visualRect(found.constFirst());
        QVERIFY(rect.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    }

    static QPoint pointAt(const ArticleView *view, qsizetype pos)
    {
        QTextCursor cursor(view->document());
        cursor.setPosition(int(pos));
        const QRect before = view->cursorRect(cursor);
        cursor.setPosition(int(pos) + 1);
        const QRect after = view->cursorRect(cursor);
        return {(before.center().x() + after.center().x()) / 2, before.center().y()};
    }

    static QString articlePath()
    {
        if (qEnvironmentVariableIsSet("LECTOR_SOURCE_DIR"))
            return qEnvironmentVariable("LECTOR_SOURCE_DIR") + u"/tests/data/ui/article.txt"_qs;
        return QFINDTESTDATA("data/ui/article.txt");
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void docksHaveObjectNames()
    {
        MainWindow window;
        const QStringList names{u"actorsDock"_qs, u"placesDock"_qs, u"organizationsDock"_qs,
                                u"quotesDock"_qs, u"timelineDock"_qs};
        for (const QString &name : names)
            QVERIFY2(window.findChild<QDockWidget *>(name), qPrintable(name));
        QVERIFY(!window.saveState().isEmpty());
    }

    void clickActorFiltersPanels_data()
    {
        QTest::addColumn<QString>("panel");
        QTest::addColumn<int>("entity");
        QTest::addColumn<QList<int>>("quotes");
        QTest::addColumn<QList<int>>("visits");
        QTest::newRow("actor who speaks and travels")
            << u"actorsView"_qs << 0 << QList<int>{0} << QList<int>{0};
        QTest::newRow("actor who speaks about a place")
            << u"actorsView"_qs << 3 << QList<int>{1} << QList<int>{1};
        QTest::newRow("place named in a quotation")
            << u"placesView"_qs << 1 << QList<int>{1} << QList<int>{0};
        QTest::newRow("organization hosting a visit")
            << u"organizationsView"_qs << 2 << QList<int>{} << QList<int>{0};
    }

    void clickActorFiltersPanels()
    {
        QFETCH(QString, panel);
        QFETCH(int, entity);
        QFETCH(QList<int>, quotes);
        QFETCH(QList<int>, visits);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shown(&window, &MainWindow::analysisShown);
        const SampleArticle s = SampleArticle::make();
        window.showAnalysis(s.document, s.analysis);
        QCOMPARE(shown.count(), 1);
        auto *quotesView = window.findChild<QTreeView *>(u"quotesView"_qs);
        auto *timelineView = window.findChild<QTreeView *>(u"timelineView"_qs);
        QVERIFY(quotesView && timelineView);
        QCOMPARE(shownItems(quotesView), (QList<int>{0, 1, 3}));
        QCOMPARE(shownItems(timelineView), (QList<int>{0, 1}));

        auto *view = window.findChild<QTreeView *>(panel);
        QVERIFY(view);
        window.findChild<QDockWidget *>(panel.chopped(4) + u"Dock"_qs)->raise();
        clickEntityRow(view, entity);
        QCOMPARE(window.filterEntity(), entity);
        QCOMPARE(window.findChild<ArticleView *>(u"articleView"_qs)->filterEntity(), entity);
        QCOMPARE(shownItems(quotesView), quotes);
        QCOMPARE(shownItems(timelineView), visits);

        QTest::keyClick(&window, Qt::Key_Escape);
        QCOMPARE(window.filterEntity(), -1);
        QCOMPARE(shownItems(quotesView), (QList<int>{0, 1, 3}));
    }

    void clickNameInText()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const SampleArticle s = SampleArticle::make();
        window.showAnalysis(s.document, s.analysis);
        auto *view = window.findChild<ArticleView *>(u"articleView"_qs);
        const Span jonas = s.analysis.mentions.at(4).span;
        const QPoint point = pointAt(view, jonas.begin + 2);
        QVERIFY(jonas.contains(view->positionAt(point)));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(window.filterEntity(), 3);
        QCOMPARE(view->filterEntity(), 3);
        QCOMPARE(shownItems(window.findChild<QTreeView *>(u"quotesView"_qs)), QList<int>{1});
        QCOMPARE(shownItems(window.findChild<QTreeView *>(u"timelineView"_qs)), QList<int>{1});
        auto *clear = window.findChild<QAction *>(u"clearFilterAction"_qs);
        QVERIFY(clear && clear->isEnabled());
        clear->trigger();
        QCOMPARE(view->filterEntity(), -1);
        QVERIFY(!clear->isEnabled());
    }

    void clickQuoteRowSelectsItInText()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const SampleArticle s = SampleArticle::make();
        window.showAnalysis(s.document, s.analysis);
        window.findChild<QDockWidget *>(u"quotesDock"_qs)->raise();
        auto *quotes = window.findChild<QTreeView *>(u"quotesView"_qs);
        QVERIFY(quotes);
        const QModelIndexList found = quotes->model()->match(
            quotes->model()->index(1, 0), IndexRole, 1, 1, Qt::MatchExactly | Qt::MatchRecursive);
        QVERIFY(!found.isEmpty());
        quotes->scrollTo(found.constFirst());
        QTest::mouseClick(quotes->viewport(), Qt::LeftButton, {},
                          quotes->visualRect(found.constFirst()).center());
        const Span outer = s.analysis.quotes.at(1).outer;
        const QTextCursor cursor = window.findChild<ArticleView *>(u"articleView"_qs)->textCursor();
        QCOMPARE(cursor.selectionStart(), int(outer.begin));
        QCOMPARE(cursor.selectionEnd(), int(outer.end));
        QCOMPARE(window.filterEntity(), -1); // a quote row selects, it does not filter
    }

    void unknownPublicationDateIsSaid()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SampleArticle s = SampleArticle::make();
        TimeExpression relative;
        relative.span = s.analysis.mentions.constFirst().span; // any span: only its flags matter
        relative.relative = true;
        s.analysis.times = {relative};
        s.document.published = QDate();
        window.showAnalysis(s.document, s.analysis);
        auto *status = window.findChild<QLabel *>(u"statusLabel"_qs);
        QVERIFY(status);
        QVERIFY(status->text().contains(u"no publication date"_qs));
        s.document.published = QDate(2024, 5, 2);
        window.showAnalysis(s.document, s.analysis);
        QVERIFY(!status->text().contains(u"no publication date"_qs));
    }

    void openArticleAndFilterByActor()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shown(&window, &MainWindow::analysisShown);
        QVERIFY(window.openFile(articlePath()));
        // The text is shown at once, the highlights when the analysis is done.
        auto *view = window.findChild<ArticleView *>(u"articleView"_qs);
        QVERIFY(view->toPlainText().contains(u"container port"_qs));
        QVERIFY(shown.wait(60000));
        const Analysis &a = window.analysis();
        QVERIFY(!a.tokens.isEmpty());
        auto *actors = window.findChild<QTreeView *>(u"actorsView"_qs);
        QVERIFY2(actors->model()->rowCount() > 0, "the test article names people");
        const int actor = actors->model()->index(0, 0).data(IndexRole).toInt();
        clickEntityRow(actors, actor);
        QCOMPARE(window.filterEntity(), actor);
        for (const char *name : {"quotesView", "timelineView"}) {
            const auto rows = shownInvolvement(window.findChild<QTreeView *>(QLatin1String(name)));
            for (const QList<int> &involved : rows)
                QVERIFY2(involved.contains(actor), name);
        }
    }

    void changingDateReanalyses()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shown(&window, &MainWindow::analysisShown);
        QVERIFY(window.openFile(articlePath()));
        QVERIFY(shown.wait(60000));
        auto *known = window.findChild<QCheckBox *>(u"publicationDateKnown"_qs);
        QVERIFY(known);
        const bool wasKnown = known->isChecked();
        QTest::mouseClick(known, Qt::LeftButton);
        QVERIFY(shown.wait(60000));
        QCOMPARE(window.document().hasPublicationDate(), !wasKnown);
    }

    void unreadableFileShowsError()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTemporaryDir dir;
        QVERIFY(!window.openFile(dir.filePath(u"missing.txt"_qs)));
        auto *bar = window.findChild<MessageBar *>(u"messageBar"_qs);
        QVERIFY(bar && bar->isVisible());
        QVERIFY(bar->text().contains(u"missing.txt"_qs));
        QVERIFY(window.isVisible());
    }

    void darkTheme()
    {
        MainWindow window;
        window.setTheme(MainWindow::Theme::Dark);
        QCOMPARE(window.theme(), MainWindow::Theme::Dark);
        QVERIFY(window.findChild<QAction *>(u"darkThemeAction"_qs)->isChecked());
        QVERIFY(window.palette().color(QPalette::Base).lightness() < 100);
        window.setTheme(MainWindow::Theme::Light);
        QVERIFY(window.palette().color(QPalette::Base).lightness() > 150);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
