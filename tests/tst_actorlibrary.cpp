// SPDX-License-Identifier: GPL-3.0-or-later
// The library in the window: an article opened from the library (or a file whose text it
// holds) is shown from the cached analysis without running the pipeline; a selected actor shows
// in how many other articles they appear and opens a view of those articles and their visits.
#include "actorlibrarydialog.h"
#include "analysisrunner.h"
#include "library/analysiscache.h"
#include "library/articlelibrary.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "panels/entitypanel.h"
#include "panels/timelinechart.h"

#include "data/library/pgtestserver.h"

#include <QLabel>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace lector;

namespace {

const QString ArticleText =
    u"Foreign Minister Ana Duarte arrived in Nairobi on Tuesday for talks on trade.\n"
    "\"We came to listen,\" Duarte told reporters."_qs;

Document makeDocument(const QString &title, const QString &text, QDate published)
{
    Document d;
    d.title = title;
    d.text = text;
    d.published = published;
    return d;
}

Mention mentionOf(const QString &text, const QString &words, int from, EntityType type, int entity)
{
    const qsizetype at = text.indexOf(words, from);
    return {{at, at + words.size()}, type, MentionSource::Model, entity, {}, 1.0f};
}

// A person known as `name` and `surname` who visited `place` (all mentioned in `text`).
Analysis actorAnalysis(const QString &text, const QString &name, const QString &surname,
                       const QString &place, const QString &date)
{
    Analysis a;
    a.mentions = {mentionOf(text, name, 0, EntityType::Person, 0),
                  mentionOf(text, place, 0, EntityType::Place, 1)};
    const int second = text.indexOf(surname, a.mentions[0].span.end);
    if (second >= 0)
        a.mentions.append(mentionOf(text, surname, second, EntityType::Person, 0));
    std::sort(a.mentions.begin(), a.mentions.end(),
              [](const Mention &x, const Mention &y) { return x.span < y.span; });
    Entity person{u"e1"_qs, name, EntityType::Person, {}, {name, surname}, {}, {}, Gender::Female};
    Entity town{u"e2"_qs, place, EntityType::Place, u"city"_qs, {place}, {}, {}, Gender::Unknown};
    for (int i = 0; i < a.mentions.size(); ++i)
        (a.mentions[i].entity == 0 ? person : town).mentions.append(i);
    a.entities = {person, town};
    a.sentences = {{{0, text.indexOf(u'.') + 1}, 0, 0, 0}};
    Visit v;
    v.visitor = 0;
    v.place = 1;
    v.date = date;
    v.precision = DatePrecision::Day;
    v.sentence = 0;
    v.evidence = a.sentences[0].span;
    a.visits = {v};
    a.timeline = {0};
    return a;
}

} // namespace

class TestActorLibrary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { PgTestServer::addBackendRows(); }
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanupTestCase() { PgTestServer::instance().stop(); }
    void init();
    void cleanup();
    void libraryArticleShownFromCache();
    void newAnalyserVersionAnalysesAgain();
    void fileAlreadyInLibraryShownFromCache();
    void actorInOtherArticles();
    void unwritableLibrarySaysSoOnce_data();
    void unwritableLibrarySaysSoOnce();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    AnalysisRunner *m_runner = nullptr;
};

void TestActorLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QFETCH_GLOBAL(QString, backend);
    const QString location = PgTestServer::location(backend, *m_dir, u"library.sqlite"_qs);
    if (location.isEmpty())
        QSKIP(qPrintable(PgTestServer::instance().why()));
    QVERIFY(m_window->openLibrary(location));
    m_runner = m_window->findChild<AnalysisRunner *>();
    QVERIFY(m_runner);
}

void TestActorLibrary::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestActorLibrary::libraryArticleShownFromCache()
{
    // First opening: the pipeline runs and the article with its analysis joins the library.
    QSignalSpy shown(m_window.get(), &MainWindow::analysisShown);
    QSignalSpy started(m_runner, &AnalysisRunner::started);
    const QString file = m_dir->filePath(u"envoy.txt"_qs);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(ArticleText.toUtf8());
    f.close();
    QVERIFY(m_window->openFile(file));
    QVERIFY(shown.wait(30000));
    QCOMPARE(started.count(), 1);
    const Analysis analysed = m_window->analysis();
    QVERIFY(!analysed.entities.isEmpty());
    const qint64 id = m_window->library()->articles().value(0).id;
    QVERIFY(id > 0);

    // From the library: shown at once, the runner never starts.
    m_window->showAnalysis(makeDocument(u"Other"_qs, u"Something else entirely."_qs, {}), {});
    shown.clear();
    started.clear();
    QVERIFY(m_window->openLibraryArticle(id));
    QCOMPARE(shown.count(), 1); // synchronously: no analysis ran
    QCOMPARE(started.count(), 0);
    QVERIFY(!m_runner->isRunning());
    QCOMPARE(m_window->analysis().entities.size(), analysed.entities.size());
    QCOMPARE(m_window->analysis().mentions.size(), analysed.mentions.size());
    QCOMPARE(m_window->document().text, ArticleText);
    auto *status = m_window->findChild<QLabel *>(u"statusLabel"_qs);
    QVERIFY2(status->text().contains(u"from the library"_qs), qPrintable(status->text()));
}

void TestActorLibrary::newAnalyserVersionAnalysesAgain()
{
    ArticleLibrary *library = m_window->library();
    const Document doc = makeDocument(u"Envoy"_qs, ArticleText, QDate(2024, 5, 7));
    const std::optional<qint64> id = library->addArticle(doc, Analysis());
    QVERIFY(id);
    QSqlQuery query(QSqlDatabase::database(library->connectionName(), false));
    QVERIFY(query.exec(u"UPDATE analysis_cache SET analyser_version = '0.0.1'"_qs));
    QVERIFY(!AnalysisCache(*library).isCurrent(*id, doc));

    QSignalSpy shown(m_window.get(), &MainWindow::analysisShown);
    QSignalSpy started(m_runner, &AnalysisRunner::started);
    QVERIFY(m_window->openLibraryArticle(*id));
    QCOMPARE(started.count(), 1);
    QVERIFY(shown.wait(30000));
    QVERIFY(!m_window->analysis().entities.isEmpty());    // the pipeline's, not the stale entry
    QVERIFY(AnalysisCache(*library).isCurrent(*id, doc)); // stored again
    QCOMPARE(AnalysisCache(*library).find(doc)->entities.size(),
             m_window->analysis().entities.size());
}

void TestActorLibrary::fileAlreadyInLibraryShownFromCache()
{
    const QString file = m_dir->filePath(u"again.txt"_qs);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(ArticleText.toUtf8());
    f.close();
    QSignalSpy shown(m_window.get(), &MainWindow::analysisShown);
    QVERIFY(m_window->openFile(file));
    QVERIFY(shown.wait(30000));
    QSignalSpy started(m_runner, &AnalysisRunner::started);
    shown.clear();
    QVERIFY(m_window->openFile(file)); // `lector FILE` on a text the library holds
    QCOMPARE(shown.count(), 1);
    QCOMPARE(started.count(), 0);
}

void TestActorLibrary::actorInOtherArticles()
{
    ArticleLibrary *library = m_window->library();
    const QString textB = u"Ana Duarte flew to Accra for a summit. Duarte spoke first."_qs;
    const QString textC = u"Talks in Lima ended early, Duarte said on Friday."_qs;
    QVERIFY(library->addArticle(
        makeDocument(u"Summit in Accra"_qs, textB, QDate(2024, 2, 1)),
        actorAnalysis(textB, u"Ana Duarte"_qs, u"Duarte"_qs, u"Accra"_qs, u"2024-01-30"_qs)));
    QVERIFY(library->addArticle(
        makeDocument(u"Lima talks"_qs, textC, QDate(2024, 3, 1)),
        actorAnalysis(textC, u"Duarte"_qs, u"Duarte"_qs, u"Lima"_qs, u"2024-02-28"_qs)));
    const QString textA = u"Ana Duarte arrived in Nairobi on Tuesday. Duarte met officials."_qs;
    m_window->showAnalysis(
        makeDocument(u"Envoy in Nairobi"_qs, textA, QDate(2024, 5, 8)),
        actorAnalysis(textA, u"Ana Duarte"_qs, u"Duarte"_qs, u"Nairobi"_qs, u"2024-05-07"_qs));

    auto *actors = m_window->findChild<QTreeView *>(u"actorsView"_qs);
    auto *panel = m_window->findChild<EntityPanel *>(u"actorsPanel"_qs);
    QVERIFY(actors && panel);
    QCOMPARE(actors->model()->rowCount(), 1);
    QVERIFY(!panel->libraryLabel()->isVisible());
    const QModelIndex row = actors->model()->index(0, 0);
    QTest::mouseClick(actors->viewport(), Qt::LeftButton, {}, actors->visualRect(row).center());
    QCOMPARE(m_window->filterEntity(), 0);
    QTRY_VERIFY(panel->libraryLabel()->isVisible());
    QVERIFY2(panel->libraryLabel()->text().contains(u"In 2 other articles"_qs),
             qPrintable(panel->libraryLabel()->text()));

    Q_EMIT panel->libraryLabel()->linkActivated(u"#library"_qs);
    auto *dialog = m_window->findChild<ActorLibraryDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTreeWidget *articles = dialog->articlesView();
    QCOMPARE(articles->topLevelItemCount(), 2);
    QCOMPARE(articles->topLevelItem(0)->text(0), u"Lima talks"_qs); // newest first
    QCOMPARE(articles->topLevelItem(1)->text(0), u"Summit in Accra"_qs);
    QCOMPARE(articles->topLevelItem(1)->text(2), u"2"_qs); // mentions
    QTreeWidget *visits = dialog->visitsView();
    QCOMPARE(visits->topLevelItemCount(), 3); // this article's visit too, oldest first
    QCOMPARE(visits->topLevelItem(0)->text(1), u"Accra"_qs);
    QCOMPARE(visits->topLevelItem(2)->text(1), u"Nairobi"_qs);
    // The same visits drawn on the timeline; clicking a mark selects its row.
    TimelineChart *chart = dialog->timelineChart();
    QCOMPARE(chart->shownVisits(), (QList<int>{0, 1, 2}));
    QTest::mouseClick(chart, Qt::LeftButton, {}, chart->visitRect(1).center());
    QCOMPARE(visits->currentItem(), visits->topLevelItem(1));

    // Enter on an article opens it in the window, from the cache.
    QSignalSpy shown(m_window.get(), &MainWindow::analysisShown);
    articles->setFocus();
    articles->setCurrentItem(articles->topLevelItem(1));
    QTest::keyClick(articles, Qt::Key_Return);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(m_window->document().title, u"Summit in Accra"_qs);
}

void TestActorLibrary::unwritableLibrarySaysSoOnce_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("transient");
    QTest::newRow("read-only") << u"PRAGMA query_only = ON"_qs << u"read-only"_qs << false;
    QTest::newRow("disk full") << u"PRAGMA max_page_count = 1"_qs << u"Disk full"_qs << false;
    QTest::newRow("locked by another program") << u"BEGIN EXCLUSIVE"_qs << u"locked"_qs << true;
}

// The library fails while writing: the message bar says so once, the articles are still shown
// and what the library held stays listed. A lock is transient: each article tries again, and
// once the other program is done the next one is kept.
void TestActorLibrary::unwritableLibrarySaysSoOnce()
{
    QFETCH(QString, setup);
    QFETCH(QString, message);
    QFETCH(bool, transient);
    QFETCH_GLOBAL(QString, backend);
    if (backend != u"sqlite")
        QSKIP("SQLite's own faults; a server's are tested in tst_libraryserver");
    ArticleLibrary *library = m_window->library();
    QVERIFY(library->addArticle(makeDocument(u"Kept"_qs, ArticleText, {}), {}));
    const QString other = u"other-program"_qs;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, other);
        db.setDatabaseName(library->path());
        QVERIFY(db.open());
    }
    const bool elsewhere = setup.startsWith(u"BEGIN"_qs);
    QSqlQuery query(QSqlDatabase::database(elsewhere ? other : library->connectionName(), false));
    QVERIFY(query.exec(setup));

    auto *bar = m_window->findChild<MessageBar *>();
    QSignalSpy shown(m_window.get(), &MainWindow::analysisShown);
    m_window->showAnalysis(makeDocument(u"First"_qs, u"A first new text. "_qs.repeated(3000), {}),
                           {});
    QCOMPARE(shown.count(), 1);
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(message), qPrintable(bar->text()));
    bar->hide();
    m_window->showAnalysis(makeDocument(u"Second"_qs, u"A second new text. "_qs.repeated(3000), {}),
                           {});
    QCOMPARE(shown.count(), 2);
    QCOMPARE(m_window->document().title, u"Second"_qs);
    QCOMPARE(bar->isVisible(), transient); // said once, or tried again
    QCOMPARE(library->articles().size(), 1);
    query.exec(u"ROLLBACK"_qs);
    query = QSqlQuery();
    QSqlDatabase::removeDatabase(other);
    if (transient) {
        m_window->showAnalysis(makeDocument(u"Third"_qs, u"A third new text. "_qs.repeated(9), {}),
                               {});
        QCOMPARE(library->articles().size(), 2);
    }
}

QTEST_MAIN(TestActorLibrary)
#include "tst_actorlibrary.moc"
