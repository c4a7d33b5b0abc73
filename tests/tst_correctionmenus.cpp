// SPDX-License-Identifier: GPL-3.0-or-later
// Corrections from the menus, driven as a user would: a right click in the article view or a
// panel (or the keyboard), an item of the popup menu, then what the panels and the analysis show.
#include "data/ui/correctionsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lector;
using namespace lector::test;

class TestCorrectionMenus : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_libraries = 0;

    /// A library file of its own for each test, so its first article has id 1.
    QString newLibraryPath() { return m_dir.filePath(u"library-%1.sqlite"_qs.arg(++m_libraries)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void articleMenu_data()
    {
        QTest::addColumn<QString>("words");  // where the menu opens
        QTest::addColumn<bool>("select");    // on a selection of those words
        QTest::addColumn<QString>("scope");  // a scope item ticked first, or empty
        QTest::addColumn<QString>("action"); // the item chosen
        QTest::addColumn<QString>("panel");  // a panel that must list `name` after it...
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("absent"); // ... and one that must no longer list it
        QTest::newRow("change type")
            << u"Oslo"_qs << false << QString() << u"changeType-organization"_qs
            << u"organizationsView"_qs << u"Oslo"_qs << u"placesView"_qs;
        QTest::newRow("not a name") << u"Oslo"_qs << false << QString() << u"notANameAction"_qs
                                    << QString() << u"Oslo"_qs << u"placesView"_qs;
        QTest::newRow("not a name, one of two mentions")
            << u"Lisbon"_qs << false << QString() << u"notANameAction"_qs << u"placesView"_qs
            << u"Lisbon"_qs << QString();
        QTest::newRow("not a name, every mention in the article")
            << u"Lisbon"_qs << false << u"scopeArticleAction"_qs << u"notANameAction"_qs
            << QString() << u"Lisbon"_qs << u"placesView"_qs;
        QTest::newRow("mark a selection as an organization")
            << u"Critics"_qs << true << QString() << u"markAs-organization"_qs
            << u"organizationsView"_qs << u"Critics"_qs << QString();
        QTest::newRow("merge with another actor")
            << u"Jonas Berg"_qs << false << QString() << u"mergeWith-e1"_qs << u"actorsView"_qs
            << u"Maria Okafor"_qs << QString();
    }

    void articleMenu()
    {
        QFETCH(QString, words);
        QFETCH(bool, select);
        QFETCH(QString, scope);
        QFETCH(QString, action);
        QFETCH(QString, panel);
        QFETCH(QString, name);
        QFETCH(QString, absent);
        const SampleArticle s = sample();
        MainWindow window;
        show(window, newLibraryPath(), s);
        ArticleView *view = articleView(window);
        const Span span = spanOf(s.document.text, words);
        if (select) {
            QTextCursor cursor(view->document());
            cursor.setPosition(int(span.begin));
            cursor.setPosition(int(span.end), QTextCursor::KeepAnchor);
            view->setTextCursor(cursor);
        }
        whenMenuOpens(action, [scope](QMenu *menu) {
            const QList<QAction *> items = menu->actions();
            QVERIFY2(std::any_of(items.cbegin(), items.cend(),
                                 [](const QAction *a) { return a->text().contains(u"Copy"_qs); }),
                     "the view's own actions stay");
            if (!scope.isEmpty()) {
                auto *item = menu->findChild<QAction *>(scope);
                QVERIFY(item && item->isCheckable());
                item->setChecked(true);
            }
        });
        rightClick(view, span.begin + 1);
        QCOMPARE(window.corrections()->corrections().size(), 1);
        QCOMPARE(window.corrections()->appliedCount(), 1);
        if (!panel.isEmpty())
            QVERIFY2(names(tree(window, panel)).contains(name), qPrintable(panel));
        if (!absent.isEmpty())
            QVERIFY2(!names(tree(window, absent)).contains(name), qPrintable(absent));
        const Analysis &a = window.analysis();
        if (action.startsWith(u"mergeWith"_qs)) {
            const int jonas = a.mentionAt(span.begin);
            const int maria = a.mentionAt(spanOf(s.document.text, u"Maria"_qs).begin);
            QVERIFY(jonas >= 0 && maria >= 0);
            QCOMPARE(a.mentions.at(jonas).entity, a.mentions.at(maria).entity);
            QVERIFY(!names(tree(window, u"actorsView"_qs)).contains(u"Jonas Berg"_qs));
        }
        if (action == u"notANameAction"_qs && scope.isEmpty() && words == u"Lisbon"_qs) {
            // Only the mention clicked goes: the other Lisbon stays highlighted.
            const int lisbon = entityNamed(window.analysis(), u"Lisbon"_qs);
            QVERIFY(lisbon >= 0);
            QCOMPARE(window.analysis().entities.at(lisbon).mentions.size(), 1);
        }
        window.activateWindow(); // the popup menu took the focus
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.corrections()->corrections().size(), 0);
        QCOMPARE(window.analysis().entities.size(), s.analysis.entities.size());
    }

    void keyboardOpensMenuAtCursor_data()
    {
        QTest::addColumn<bool>("menuKey");
        QTest::newRow("Shift+F10") << false;
        // The platform turns the Menu key into a keyboard context menu event for the focus.
        QTest::newRow("Menu key") << true;
    }

    void keyboardOpensMenuAtCursor()
    {
        QFETCH(bool, menuKey);
        const SampleArticle s = sample();
        MainWindow window;
        show(window, QString(), s);
        ArticleView *view = articleView(window);
        QTextCursor cursor(view->document());
        cursor.setPosition(int(spanOf(s.document.text, u"Oslo"_qs).begin) + 1);
        view->setTextCursor(cursor);
        view->setFocus();
        whenMenuOpens(u"changeType-person"_qs);
        if (menuKey) {
            const QPoint at = view->cursorRect().center();
            QContextMenuEvent event(QContextMenuEvent::Keyboard, at, view->mapToGlobal(at));
            QApplication::sendEvent(view, &event);
        } else {
            QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
        }
        QVERIFY(names(tree(window, u"actorsView"_qs)).contains(u"Oslo"_qs));
    }

    void quoteSpeaker_data()
    {
        QTest::addColumn<int>("quote");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("speaker"); // empty: unknown
        QTest::newRow("unattributed quote given a speaker")
            << 3 << u"speaker-e4"_qs << u"Jonas Berg"_qs;
        QTest::newRow("speaker made unknown") << 0 << u"speakerUnknownAction"_qs << QString();
        QTest::newRow("organization as speaker")
            << 1 << u"speaker-e3"_qs << u"Ministry of Ports"_qs;
    }

    void quoteSpeaker()
    {
        QFETCH(int, quote);
        QFETCH(QString, action);
        QFETCH(QString, speaker);
        const SampleArticle s = sample();
        MainWindow window;
        show(window, newLibraryPath(), s);
        QTreeView *quotes = tree(window, u"quotesView"_qs);
        whenMenuOpens(action);
        rightClickItem(quotes, quote);
        const Quote &q = window.analysis().quotes.at(quote);
        QCOMPARE(q.speaker >= 0 ? window.analysis().entities.at(q.speaker).name : QString(),
                 speaker);
        // The panel groups the quotation under its new speaker.
        const QModelIndexList found =
            quotes->model()->match(quotes->model()->index(0, 0), IndexRole, quote, 1,
                                   Qt::MatchExactly | Qt::MatchRecursive);
        QVERIFY(!found.isEmpty());
        if (!speaker.isEmpty())
            QVERIFY(found.constFirst().parent().data().toString().contains(speaker));
        QVERIFY(window.corrections()->isSaved());
        QVERIFY(window.corrections()->corrections().constFirst().id > 0);
        QCOMPARE(CorrectionStore(*window.library()).corrections(1).size(), 1);
    }

    void visitDate_data()
    {
        QTest::addColumn<int>("visit");
        QTest::addColumn<int>("precisionRow"); // in the dialog: day, month, year, undated
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("precision"); // a DatePrecision
        QTest::newRow("undated visit dated to the month")
            << 1 << 1 << u"2024-04"_qs << int(DatePrecision::Month);
        QTest::newRow("undated visit dated to the day")
            << 1 << 0 << u"2024-04-15"_qs << int(DatePrecision::Day);
        QTest::newRow("dated visit made undated")
            << 0 << 3 << QString() << int(DatePrecision::None);
    }

    void visitDate()
    {
        QFETCH(int, visit);
        QFETCH(int, precisionRow);
        QFETCH(QString, value);
        QFETCH(int, precision);
        const SampleArticle s = sample();
        MainWindow window;
        show(window, newLibraryPath(), s);
        bool answered = false;
        // The dialog is modal: answer it once it shows.
        auto *poll = new QTimer(&window);
        connect(poll, &QTimer::timeout, &window, [&answered, precisionRow, poll] {
            auto *dialog = qobject_cast<VisitDateDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll->stop();
            dialog->findChild<QComboBox *>(u"visitDatePrecision"_qs)->setCurrentIndex(precisionRow);
            dialog->findChild<QDateEdit *>(u"visitDateEdit"_qs)->setDate(QDate(2024, 4, 15));
            answered = true;
            dialog->accept();
        });
        poll->start(20);
        whenMenuOpens(u"setVisitDateAction"_qs);
        rightClickItem(tree(window, u"timelineView"_qs), visit);
        QVERIFY(answered);
        const Visit &v = window.analysis().visits.at(visit);
        QCOMPARE(v.date, value);
        QCOMPARE(int(v.precision), precision);
        QCOMPARE(window.corrections()->appliedCount(), 1);
    }
};

QTEST_MAIN(TestCorrectionMenus)
#include "tst_correctionmenus.moc"
