// SPDX-License-Identifier: GPL-3.0-or-later
// User corrections in the window, driven as a user would: a right click in the article view or
// a panel, an item of the popup menu, then the panels, the exports, Ctrl+Z and Ctrl+Shift+Z, and
// a second window on the same library that loads the stored corrections again.
#include "articleview.h"
#include "corrections/correctioncontroller.h"
#include "corrections/visitdatedialog.h"
#include "data/ui/sampleanalysis.h"
#include "library/articlelibrary.h"
#include "library/correctionstore.h"
#include "mainwindow.h"
#include "models/annotationroles.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>

using namespace lector;
using lector::test::SampleArticle;

namespace {

/// The sample article, with the travel cues its visits are named by in corrections.
SampleArticle sample()
{
    SampleArticle s = SampleArticle::make();
    qsizetype from = 0;
    s.analysis.visits[0].cueSpan = SampleArticle::find(s.document.text, u"visited"_qs, from);
    s.analysis.visits[1].cueSpan = SampleArticle::find(s.document.text, u"travelled"_qs, from);
    return s;
}

Span spanOf(const QString &text, const QString &words)
{
    qsizetype from = 0;
    return SampleArticle::find(text, words, from);
}

QStringList names(const QTreeView *view)
{
    QStringList out;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        out << view->model()->index(row, 0).data().toString();
    return out;
}

int entityNamed(const Analysis &analysis, const QString &name)
{
    for (int e = 0; e < analysis.entities.size(); ++e)
        if (analysis.entities.at(e).name == name)
            return e;
    return -1;
}

/// The types the window's library lists for `name` across its articles (`lector entities`).
QList<EntityType> libraryTypes(const MainWindow &window, const QString &name)
{
    QList<EntityType> types;
    for (const LibraryEntity &e : window.library()->entities())
        if (e.name == name)
            types.append(e.type);
    return types;
}

/// The `<section id="ID">` of an exported page.
QString section(const QString &html, const QString &id)
{
    const qsizetype begin = html.indexOf(u"<section id=\""_qs + id + u'"');
    if (begin < 0)
        return {};
    return html.mid(begin, html.indexOf(u"</section>"_qs, begin) - begin);
}

/// Once the popup menu is open: triggers the action `name` in it or one of its submenus, then
/// closes the menu as a click would. A missing or disabled action fails the test.
void whenMenuOpens(const QString &name, std::function<void(QMenu *)> before = {})
{
    QTimer::singleShot(0, qApp, [name, before] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY2(menu, "no context menu opened");
        // A failed check returns early: the menu must close all the same, or exec() never ends.
        const auto closeMenu = qScopeGuard([menu] { menu->close(); });
        if (before)
            before(menu);
        auto *action = menu->findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(u"no menu item "_qs + name));
        QVERIFY2(action->isEnabled(), qPrintable(u"disabled menu item "_qs + name));
        action->trigger();
    });
}

/// Right-clicks the article view on the character at `pos`.
void rightClick(ArticleView *view, qsizetype pos)
{
    QTextCursor cursor(view->document());
    cursor.setPosition(int(pos));
    const QPoint point = view->cursorRect(cursor).center() + QPoint(2, 0);
    QContextMenuEvent event(QContextMenuEvent::Mouse, point, view->viewport()->mapToGlobal(point));
    QApplication::sendEvent(view->viewport(), &event);
}

/// Right-clicks the row of `view` whose IndexRole is `item`.
void rightClickItem(QTreeView *view, int item)
{
    const QModelIndexList found = view->model()->match(view->model()->index(0, 0), IndexRole, item,
                                                       1, Qt::MatchExactly | Qt::MatchRecursive);
    QVERIFY(!found.isEmpty());
    view->scrollTo(found.constFirst());
    const QPoint point = view->visualRect(found.constFirst()).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, point, view->viewport()->mapToGlobal(point));
    QApplication::sendEvent(view->viewport(), &event);
}

} // namespace

class TestCorrections : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_libraries = 0;

    /// A library file of its own for each test, so its first article has id 1.
    QString newLibraryPath() { return m_dir.filePath(u"library-%1.sqlite"_qs.arg(++m_libraries)); }

    static void show(MainWindow &window, const QString &library, const SampleArticle &s)
    {
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (!library.isEmpty())
            QVERIFY(window.openLibrary(library));
        if (!s.document.text.isEmpty())
            window.showAnalysis(s.document, s.analysis);
    }

    static QString articlePath()
    {
        return qEnvironmentVariable("LECTOR_SOURCE_DIR") + u"/tests/data/ui/article.txt"_qs;
    }

    static ArticleView *articleView(const MainWindow &window)
    {
        return window.findChild<ArticleView *>(u"articleView"_qs);
    }

    static QTreeView *tree(const MainWindow &window, const QString &name)
    {
        auto *view = window.findChild<QTreeView *>(name);
        if (view)
            window.findChild<QDockWidget *>(name.chopped(4) + u"Dock"_qs)->raise();
        return view;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // Done means: correct an entity type with the context menu, check the panel and the export.
    void changeTypeUndoRedoAndReload()
    {
        const QString library = newLibraryPath();
        const SampleArticle s = sample();
        const Span jonas = spanOf(s.document.text, u"Jonas Berg"_qs);
        auto window = std::make_unique<MainWindow>();
        show(*window, library, s);
        QVERIFY(names(tree(*window, u"actorsView"_qs)).contains(u"Jonas Berg"_qs));

        whenMenuOpens(u"changeType-organization"_qs);
        rightClick(articleView(*window), jonas.begin + 1);
        QVERIFY(!names(tree(*window, u"actorsView"_qs)).contains(u"Jonas Berg"_qs));
        QVERIFY(names(tree(*window, u"organizationsView"_qs)).contains(u"Jonas Berg"_qs));

        const QString html = m_dir.filePath(u"article.html"_qs);
        QCOMPARE(window->exportFile(html), QString());
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString body = QString::fromUtf8(page.readAll());
        QVERIFY(section(body, u"organizations"_qs).contains(u"Jonas Berg"_qs));
        QVERIFY(!section(body, u"actors"_qs).contains(u"Jonas Berg"_qs));
        QVERIFY(section(body, u"corrections"_qs).contains(u"Jonas Berg"_qs));
        checkJsonExport(*window, u"organization"_qs, 1);
        // The library's entity rows follow the correction, and its undo.
        QCOMPARE(libraryTypes(*window, u"Jonas Berg"_qs), QList{EntityType::Organization});

        auto *undo = window->findChild<QAction *>(u"undoAction"_qs);
        QVERIFY(undo && undo->isEnabled());
        QVERIFY(undo->text().contains(u"Jonas Berg"_qs));
        QVERIFY(window->findChild<QMenu *>(u"editMenu"_qs)->actions().contains(undo));
        window->activateWindow(); // the popup menu took the focus
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(names(tree(*window, u"actorsView"_qs)).contains(u"Jonas Berg"_qs));
        QVERIFY(!names(tree(*window, u"organizationsView"_qs)).contains(u"Jonas Berg"_qs));
        checkJsonExport(*window, u"person"_qs, 0);
        QCOMPARE(libraryTypes(*window, u"Jonas Berg"_qs), QList{EntityType::Person});
        QCOMPARE(CorrectionStore(*window->library()).corrections(1).size(), 0);

        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(names(tree(*window, u"organizationsView"_qs)).contains(u"Jonas Berg"_qs));
        window->close();
        window.reset();

        MainWindow again;
        show(again, library, s);
        QVERIFY(names(tree(again, u"organizationsView"_qs)).contains(u"Jonas Berg"_qs));
        QVERIFY(!names(tree(again, u"actorsView"_qs)).contains(u"Jonas Berg"_qs));
        QCOMPARE(again.corrections()->corrections().size(), 1);
        QVERIFY(again.corrections()->corrections().constFirst().kind == CorrectionKind::ChangeType);
    }

    // The same with the real pipeline and the library's cached analysis on reopening.
    void analysedArticleCorrectionSurvivesReopening()
    {
        const QString library = newLibraryPath();
        QString name;
        {
            MainWindow window;
            show(window, library, SampleArticle());
            QSignalSpy shown(&window, &MainWindow::analysisShown);
            QVERIFY(window.openFile(articlePath()));
            QVERIFY(shown.wait(60000));
            const Analysis &a = window.analysis();
            const auto person = std::find_if(a.mentions.cbegin(), a.mentions.cend(), [](auto &m) {
                return m.type == EntityType::Person && m.entity >= 0;
            });
            QVERIFY2(person != a.mentions.cend(), "the test article names people");
            name = a.entities.at(person->entity).name;
            ArticleView *view = articleView(window);
            QTextCursor cursor(view->document());
            cursor.setPosition(int(person->span.begin));
            view->setTextCursor(cursor);
            view->ensureCursorVisible();
            whenMenuOpens(u"changeType-organization"_qs);
            rightClick(view, person->span.begin + 1);
            QVERIFY(names(tree(window, u"organizationsView"_qs)).contains(name));
            QVERIFY(!names(tree(window, u"actorsView"_qs)).contains(name));
        }
        MainWindow again;
        show(again, library, SampleArticle());
        QSignalSpy shown(&again, &MainWindow::analysisShown);
        QVERIFY(again.openFile(articlePath()));
        QVERIFY(!shown.isEmpty() || shown.wait(60000));
        QCOMPARE(again.corrections()->corrections().size(), 1);
        QVERIFY(names(tree(again, u"organizationsView"_qs)).contains(name));
        QVERIFY(!names(tree(again, u"actorsView"_qs)).contains(name));
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

    void readerOnlyKeepsCorrectionsForTheSession()
    {
        const SampleArticle s = sample();
        MainWindow window;
        show(window, QString(), s);
        QVERIFY(!window.library());
        whenMenuOpens(u"changeType-organization"_qs, [](QMenu *menu) {
            auto *library = menu->findChild<QAction *>(u"scopeLibraryAction"_qs);
            QVERIFY(library && !library->isEnabled());
        });
        rightClick(articleView(window), spanOf(s.document.text, u"Jonas"_qs).begin);
        QVERIFY(names(tree(window, u"organizationsView"_qs)).contains(u"Jonas Berg"_qs));
        auto *status = window.findChild<QLabel *>(u"statusLabel"_qs);
        QVERIFY(status->text().contains(u"not saved"_qs));
        QVERIFY(!window.corrections()->isSaved());
    }

    void libraryScopeReachesOtherArticles()
    {
        const SampleArticle s = sample();
        MainWindow window;
        show(window, newLibraryPath(), s);
        whenMenuOpens(u"changeType-organization"_qs, [](QMenu *menu) {
            auto *library = menu->findChild<QAction *>(u"scopeLibraryAction"_qs);
            QVERIFY(library && library->isEnabled());
            library->setChecked(true);
            // The library includes the article.
            QVERIFY(menu->findChild<QAction *>(u"scopeArticleAction"_qs)->isChecked());
        });
        rightClick(articleView(window), spanOf(s.document.text, u"Oslo"_qs).begin + 1);
        QVERIFY(window.corrections()->corrections().constFirst().scope == CorrectionScope::Library);
        QVERIFY(names(tree(window, u"organizationsView"_qs)).contains(u"Oslo"_qs));

        // Another article of the same library, where the recogniser also took Oslo for a place.
        SampleArticle other;
        other.document.text = u"Ferries left Oslo at dawn."_qs;
        other.document.title = u"Ferries"_qs;
        Mention oslo;
        oslo.span = spanOf(other.document.text, u"Oslo"_qs);
        oslo.type = EntityType::Place;
        oslo.entity = 0;
        Entity place;
        place.id = u"e1"_qs;
        place.name = u"Oslo"_qs;
        place.type = EntityType::Place;
        place.forms = {place.name};
        place.mentions = {0};
        other.analysis.mentions = {oslo};
        other.analysis.entities = {place};
        window.showAnalysis(other.document, other.analysis);
        QVERIFY(names(tree(window, u"organizationsView"_qs)).contains(u"Oslo"_qs));
        QVERIFY(!names(tree(window, u"placesView"_qs)).contains(u"Oslo"_qs));
    }

    void filterSurvivesCorrection()
    {
        const SampleArticle s = sample();
        MainWindow window;
        show(window, QString(), s);
        window.setFilterEntity(3); // Jonas Berg
        QCOMPARE(window.analysis().entities.at(3).name, u"Jonas Berg"_qs);
        // Removing the first name of the article renumbers every entity after it.
        whenMenuOpens(u"notANameAction"_qs);
        rightClick(articleView(window), spanOf(s.document.text, u"Maria"_qs).begin + 1);
        QCOMPARE(window.corrections()->appliedCount(), 1);
        QVERIFY(window.filterEntity() >= 0);
        QCOMPARE(window.analysis().entities.at(window.filterEntity()).name, u"Jonas Berg"_qs);
        QCOMPARE(articleView(window)->filterEntity(), window.filterEntity());
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

private:
    void checkJsonExport(const MainWindow &window, const QString &type, int corrections)
    {
        const QString path = m_dir.filePath(u"article.json"_qs);
        QCOMPARE(window.exportFile(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        bool found = false;
        for (const QJsonValue &e : json.value(u"entities"_qs).toArray()) {
            if (e[u"name"_qs].toString() == u"Jonas Berg"_qs) {
                QCOMPARE(e[u"type"_qs].toString(), type);
                found = true;
            }
        }
        QVERIFY(found);
        const QJsonArray list = json.value(u"corrections"_qs).toArray();
        QCOMPARE(list.size(), corrections);
        if (corrections > 0)
            QCOMPARE(list.at(0)[u"kind"_qs].toString(), u"change-type"_qs);
    }
};

QTEST_MAIN(TestCorrections)
#include "tst_corrections.moc"
