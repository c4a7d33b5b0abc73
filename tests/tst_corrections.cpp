// SPDX-License-Identifier: GPL-3.0-or-later
// User corrections in the window, driven as a user would: a right click in the article view or
// a panel, an item of the popup menu, then the panels, the exports, Ctrl+Z and Ctrl+Shift+Z, and
// a second window on the same library that loads the stored corrections again.
#include "data/ui/correctionsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lector;
using namespace lector::test;

class TestCorrections : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_libraries = 0;

    /// A library file of its own for each test, so its first article has id 1.
    QString newLibraryPath() { return m_dir.filePath(u"library-%1.sqlite"_qs.arg(++m_libraries)); }

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
};

QTEST_MAIN(TestCorrections)
#include "tst_corrections.moc"
