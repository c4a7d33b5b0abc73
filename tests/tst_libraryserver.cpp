// SPDX-License-Identifier: GPL-3.0-or-later
// A team library on PostgreSQL (a throw-away server of the test's own, pgtestserver.h): the
// address, the query translation, one sentence per fault, a lost connection that comes back, a
// read-only role, who made each correction, the rule when two users correct the same mention,
// and a correction made in another process reaching this one within a second (LISTEN/NOTIFY).
#include "corrections/correctionapplier.h"
#include "data/library/corrections.h"
#include "library/articlelibrary.h"
#include "library/correctionstore.h"
#include "library/librarylocation.h"
#include "library/librarywatcher.h"
#include "library/tsquerytranslator.h"

#include "data/library/personanalysis.h"
#include "data/library/pgtestserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace lector;

namespace {

// Written for this test; the names are invented.
const QString ArticleText = u"Mira Castell, the harbour pilot of Varno, met the Tidewater Board "
                            "on Monday. Castell said the channel would be dredged in June."_qs;

// The person of ArticleText, as the analysis would find her.
Analysis pilotAnalysis()
{
    return test::personAnalysis(u"Mira Castell"_qs, {u"Castell"_qs});
}

constexpr char ChildVariable[] = "LECTOR_TEST_CHILD_LIBRARY";

} // namespace

class TestLibraryServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void address_data();
    void address();
    void translation_data();
    void translation();
    void faults_data();
    void faults();
    void lostConnectionComesBack();
    void readOnlyRole();
    void sameMentionTwoUsers();
    void correctionReachesOtherProcess_data();
    void correctionReachesOtherProcess();
    void watcherNeverBlocksTheWindow();
    void watcherTeardownIsPrompt();
    void childAddsCorrection();

private:
    bool m_child = false;
};

void TestLibraryServer::initTestCase()
{
    m_child = qEnvironmentVariableIsSet(ChildVariable);
}

void TestLibraryServer::cleanupTestCase()
{
    if (!m_child)
        PgTestServer::instance().stop();
}

void TestLibraryServer::address_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("display"); // empty: refused
    QTest::newRow("plain") << u"postgresql://ana@db.example.org/news"_qs
                           << u"postgresql://ana@db.example.org:5432/news"_qs;
    QTest::newRow("port and sslmode") << u"postgres://ana@10.0.0.5:6543/desk?sslmode=require"_qs
                                      << u"postgresql://ana@10.0.0.5:6543/desk"_qs;
    QTest::newRow("password refused") << u"postgresql://ana:s3cret@db/news"_qs << QString();
    QTest::newRow("no user") << u"postgresql://db/news"_qs << QString();
    QTest::newRow("no database") << u"postgresql://ana@db/"_qs << QString();
    QTest::newRow("unknown option") << u"postgresql://ana@db/news?password=x"_qs << QString();
    QTest::newRow("bad sslmode") << u"postgresql://ana@db/news?sslmode=maybe"_qs << QString();
}

void TestLibraryServer::address()
{
    QFETCH(QString, location);
    QFETCH(QString, display);
    QVERIFY(LibraryLocation::isServer(location));
    QString error;
    const auto parsed = LibraryLocation::parse(location, &error);
    QCOMPARE(parsed.has_value(), !display.isEmpty());
    if (parsed) {
        QCOMPARE(parsed->display(), display);
        return;
    }
    QVERIFY(!error.isEmpty());
    QVERIFY2(!error.contains(u"s3cret"_qs), qPrintable(error)); // never repeated, never logged
    ArticleLibrary library;
    QVERIFY(!library.open(location));
    QCOMPARE(library.lastError(), error);
}

void TestLibraryServer::translation_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("tsquery");
    QTest::newRow("words") << u"harbour pilot"_qs << u"('harbour' & 'pilot')"_qs;
    QTest::newRow("phrase") << u"\"harbour pilot\""_qs << u"('harbour' <-> 'pilot')"_qs;
    QTest::newRow("prefix") << u"harb*"_qs << u"'harb':*"_qs;
    QTest::newRow("or and not") << u"pilot OR board NOT june"_qs
                                << u"('pilot' | ('board' & !'june'))"_qs;
    QTest::newRow("parentheses") << u"(pilot OR board) june"_qs
                                 << u"(('pilot' | 'board') & 'june')"_qs;
    QTest::newRow("near") << u"NEAR(pilot board, 1)"_qs
                          << u"('pilot' <1> 'board' | 'board' <1> 'pilot' | 'pilot' <2> 'board' | "
                             "'board' <2> 'pilot')"_qs;
    QTest::newRow("syntax is words") << u"a' & !b:* <-> $1"_qs << u"('a' & 'b' & '1')"_qs;
    QTest::newRow("unclosed phrase") << u"Varno\" AND ("_qs << u"'Varno'"_qs;
    QTest::newRow("dangling operators") << u"OR NOT AND )"_qs << QString();
}

void TestLibraryServer::translation()
{
    QFETCH(QString, query);
    QFETCH(QString, tsquery);
    QCOMPARE(TsQueryTranslator::translate(query), tsquery);
}

void TestLibraryServer::faults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("expected");
    QTest::newRow("server down") << u"down"_qs << u"does not answer"_qs;
    QTest::newRow("wrong password") << u"password"_qs << u"refused the password"_qs;
    QTest::newRow("no password") << u"nopassword"_qs << u"asks for the password"_qs;
    QTest::newRow("missing database") << u"database"_qs << u"has no database"_qs;
    // Over TCP the server does not tell an unknown user from a wrong password.
    QTest::newRow("unknown user") << u"user"_qs << u"refused the password"_qs;
}

// One clear sentence per fault, which never holds the password.
void TestLibraryServer::faults()
{
    if (m_child)
        QSKIP("child process");
    QFETCH(QString, fault);
    QFETCH(QString, expected);
    PgTestServer &server = PgTestServer::instance();
    if (!server.start())
        QSKIP(qPrintable(server.why()));
    QString location = server.url(u"postgres"_qs);
    if (fault == u"down") {
        location = QStringLiteral("postgresql://lector@127.0.0.1:1/postgres");
    } else if (fault == u"password") {
        server.writePassFile("not-the-password");
    } else if (fault == u"nopassword") {
        server.writePassFile("");
        qputenv("PGPASSFILE", "/nonexistent/pgpass");
    } else if (fault == u"database") {
        location = server.url(u"no_such_library"_qs);
    } else if (fault == u"user") {
        location = server.url(u"postgres"_qs, u"nobody_here"_qs);
    }
    ArticleLibrary library;
    const bool opened = library.open(location);
    server.writePassFile(PgTestServer::password());
    QVERIFY(!opened);
    QVERIFY(!library.isOpen());
    QVERIFY2(library.lastError().contains(expected), qPrintable(library.lastError()));
    QVERIFY(!library.lastError().contains(QString::fromLatin1(PgTestServer::password())));
    QVERIFY(!library.lastError().contains(u"not-the-password"_qs));
}

// The server restarts under an open library: the next search and the next write open a new
// connection and succeed; nothing stored before is lost.
void TestLibraryServer::lostConnectionComesBack()
{
    if (m_child)
        QSKIP("child process");
    PgTestServer &server = PgTestServer::instance();
    const QString url = server.createDatabase();
    if (url.isEmpty())
        QSKIP(qPrintable(server.why()));
    ArticleLibrary library;
    QVERIFY2(library.open(url), qPrintable(library.lastError()));
    const auto article =
        library.addArticle(test::makeDocument(ArticleText, u"Pilot"_qs), pilotAnalysis());
    QVERIFY(article);
    QVERIFY(server.dropLectorConnections());
    QCOMPARE(library.search(u"dredged"_qs).size(), 1);
    QVERIFY(server.dropLectorConnections());
    bool added = false;
    QVERIFY2(
        library.addArticle(test::makeDocument(u"The Tidewater Board met again."_qs, u"Board"_qs),
                           Analysis{}, &added),
        qPrintable(library.lastError()));
    QVERIFY(added);
    QCOMPARE(library.articleCount(), 2);

    // While the server is away, a correction is refused with a sentence (nothing half-written);
    // the window keeps it in its undo history and says it was not saved.
    server.stop(false);
    CorrectionStore store(library);
    const auto id = store.add(*article, test::makeCorrection(CorrectionKind::RemoveEntity,
                                                             CorrectionScope::Mention, ArticleText,
                                                             u"Varno"_qs));
    QVERIFY(!id);
    QVERIFY2(store.lastError().contains(u"connection"_qs) ||
                 store.lastError().contains(u"does not answer"_qs) ||
                 store.lastError().contains(u"server"_qs),
             qPrintable(store.lastError()));
    QVERIFY(server.start()); // with the password file as before
    QVERIFY2(store.add(*article,
                       test::makeCorrection(CorrectionKind::RemoveEntity, CorrectionScope::Mention,
                                            ArticleText, u"Varno"_qs)),
             qPrintable(store.lastError()));
}

// An account with SELECT only: lists and searches, and its corrections are refused in words.
void TestLibraryServer::readOnlyRole()
{
    if (m_child)
        QSKIP("child process");
    PgTestServer &server = PgTestServer::instance();
    const QString url = server.createDatabase();
    if (url.isEmpty())
        QSKIP(qPrintable(server.why()));
    {
        ArticleLibrary owner;
        QVERIFY2(owner.open(url), qPrintable(owner.lastError()));
        QVERIFY(owner.addArticle(test::makeDocument(ArticleText, u"Pilot"_qs), pilotAnalysis()));
    }
    const QString database = PgTestServer::databaseOf(url);
    server.admin(u"DROP ROLE IF EXISTS reader"_qs); // from an earlier run of this function
    QVERIFY(server.admin(u"CREATE ROLE reader LOGIN PASSWORD 'lector-test-only'"_qs));
    QVERIFY(server.admin(u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader"_qs, database));
    server.closeAdminConnections();
    ArticleLibrary reader;
    QVERIFY2(reader.open(server.url(database, u"reader"_qs)), qPrintable(reader.lastError()));
    QVERIFY(reader.isReadOnly());
    QVERIFY2(reader.lastError().contains(u"may read"_qs), qPrintable(reader.lastError()));
    QCOMPARE(reader.articleCount(), 1);
    QCOMPARE(reader.search(u"\"harbour pilot\""_qs).size(), 1);
    QCOMPARE(reader.searchEntity(u"castell"_qs).size(), 1);
    CorrectionStore store(reader);
    QVERIFY(
        !store.add(1, test::makeCorrection(CorrectionKind::RemoveEntity, CorrectionScope::Mention,
                                           ArticleText, u"Varno"_qs)));
    QVERIFY2(!store.lastError().isEmpty(), "a refused correction is said in words");
    reader.close();
    server.admin(u"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM reader"_qs, database);
    server.closeAdminConnections();
}

// Two users change the type of the same mention at once. Rule: writers take turns (an advisory
// lock), every correction is kept, and the one committed last wins; both see the same list, in
// the same order, so both windows show the same result.
void TestLibraryServer::sameMentionTwoUsers()
{
    if (m_child)
        QSKIP("child process");
    PgTestServer &server = PgTestServer::instance();
    const QString url = server.createDatabase();
    if (url.isEmpty())
        QSKIP(qPrintable(server.why()));
    const QString database = PgTestServer::databaseOf(url);
    server.admin(u"DROP ROLE IF EXISTS ana"_qs);
    QVERIFY(server.admin(u"CREATE ROLE ana LOGIN PASSWORD 'lector-test-only'"_qs));
    ArticleLibrary mine;
    QVERIFY2(mine.open(url), qPrintable(mine.lastError()));
    const Document document = test::makeDocument(ArticleText, u"Pilot"_qs);
    const auto article = mine.addArticle(document, pilotAnalysis());
    QVERIFY(article);
    // A writer's rights, as tools/create-team-library.sh grants them (the sequences give the
    // ids of entities and visits).
    QVERIFY(server.admin(u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
                         "TO ana"_qs,
                         database));
    QVERIFY(
        server.admin(u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ana"_qs, database));
    server.closeAdminConnections();
    ArticleLibrary hers;
    QVERIFY2(hers.open(server.url(database, u"ana"_qs)), qPrintable(hers.lastError()));
    QVERIFY(!hers.isReadOnly());

    Correction toPlace = test::makeCorrection(CorrectionKind::ChangeType, CorrectionScope::Mention,
                                              ArticleText, u"Mira Castell"_qs, EntityType::Place);
    Correction toOrganization = toPlace;
    toOrganization.type = EntityType::Organization;
    CorrectionStore myStore(mine), herStore(hers);
    QVERIFY2(myStore.add(*article, toPlace), qPrintable(myStore.lastError()));
    QVERIFY2(herStore.add(*article, toOrganization), qPrintable(herStore.lastError()));

    const QList<Correction> seenByMe = myStore.corrections(*article);
    const QList<Correction> seenByHer = herStore.corrections(*article);
    QCOMPARE(seenByMe, seenByHer);
    QCOMPARE(seenByMe.size(), 2);
    QCOMPARE(seenByMe[0].author, PgTestServer::user());
    QCOMPARE(seenByMe[1].author, u"ana"_qs);
    QVERIFY(seenByMe[0].created.isValid() && seenByMe[1].created.isValid());
    const Analysis mineApplied = CorrectionApplier::apply(document, pilotAnalysis(), seenByMe);
    const Analysis hersApplied = CorrectionApplier::apply(document, pilotAnalysis(), seenByHer);
    QCOMPARE(mineApplied.mentions.first().type, EntityType::Organization); // the last one wins
    QCOMPARE(hersApplied.mentions.first().type, EntityType::Organization);
    hers.close();
    server.admin(u"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ana"_qs, database);
    server.closeAdminConnections();
}

void TestLibraryServer::correctionReachesOtherProcess_data()
{
    QTest::addColumn<bool>("restart");
    QTest::newRow("connected") << false;
    // The watcher's connection is lost and opened again: it must LISTEN again by itself, while
    // the window is idle.
    QTest::newRow("after a server restart") << true;
}

// Another process (this test binary, running childAddsCorrection) corrects an article; this
// process's watcher hears of it, with who and what, within a second of the child's commit.
// While the server is away and its address does not answer (a listening socket that never
// replies: each connection attempt waits for the connect timeout), the watcher's checks and
// reconnections run on its own thread: the window's event loop never stalls. When the server is
// back, the watcher listens again and says so.
void TestLibraryServer::watcherNeverBlocksTheWindow()
{
    if (m_child)
        QSKIP("child process");
    PgTestServer &server = PgTestServer::instance();
    const QString url = server.createDatabase();
    if (url.isEmpty())
        QSKIP(qPrintable(server.why()));
    ArticleLibrary library;
    QVERIFY2(library.open(url), qPrintable(library.lastError()));
    LibraryWatcher watcher(library);
    QVERIFY(watcher.isWatching());
    QSignalSpy back(&watcher, &LibraryWatcher::libraryChanged);
    server.stop(false);
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress(u"127.0.0.1"_qs), quint16(server.port())));
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0;
        qint64 longest = 0;
        QTimer tick;
        tick.setInterval(20);
        connect(&tick, &QTimer::timeout, this, [&] {
            longest = qMax(longest, clock.elapsed() - last);
            last = clock.elapsed();
        });
        tick.start();
        QTest::qWait(6000); // a check finds the connection lost; a reconnection waits 3 s
        // Made on the window's thread, that wait would stall it 3 s or more; a loaded machine
        // may delay a timer by a few hundred ms.
        QVERIFY2(longest < 2000,
                 qPrintable(QStringLiteral("the window stalled %1 ms").arg(longest)));
        QCOMPARE(back.count(), 0);
    }
    QVERIFY(server.start());
    QVERIFY2(back.wait(40000), "the watcher did not listen again");
    QVERIFY(watcher.isWatching());
}

// Closing the window while the watcher's thread waits for a server that does not answer (a
// connection attempt lasts up to its 3 s timeout) returns at once; the thread ends by itself.
void TestLibraryServer::watcherTeardownIsPrompt()
{
    if (m_child)
        QSKIP("child process");
    PgTestServer &server = PgTestServer::instance();
    const QString url = server.createDatabase();
    if (url.isEmpty())
        QSKIP(qPrintable(server.why()));
    ArticleLibrary library;
    QVERIFY2(library.open(url), qPrintable(library.lastError()));
    auto *watcher = new LibraryWatcher(library);
    QVERIFY(watcher->isWatching());
    server.stop(false);
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress(u"127.0.0.1"_qs), quint16(server.port())));
        // The once-a-second check finds the connection lost and connects again: into the
        // silent socket, for 3 s.
        QTest::qWait(1600);
        QElapsedTimer clock;
        clock.start();
        delete watcher;
        QVERIFY2(clock.elapsed() < 1000,
                 qPrintable(QStringLiteral("the watcher took %1 ms to stop").arg(clock.elapsed())));
        QTest::qWait(3500); // the abandoned attempt times out; its thread ends and is deleted
    }
    QVERIFY(server.start());
}

void TestLibraryServer::correctionReachesOtherProcess()
{
    if (m_child)
        QSKIP("child process");
    QFETCH(bool, restart);
    PgTestServer &server = PgTestServer::instance();
    const QString url = server.createDatabase();
    if (url.isEmpty())
        QSKIP(qPrintable(server.why()));
    ArticleLibrary library;
    QVERIFY2(library.open(url), qPrintable(library.lastError()));
    const auto article =
        library.addArticle(test::makeDocument(ArticleText, u"Pilot"_qs), pilotAnalysis());
    QVERIFY(article);
    LibraryWatcher watcher(library);
    QVERIFY(watcher.isWatching());
    QSignalSpy spy(&watcher, &LibraryWatcher::correctionChanged);
    if (restart) {
        QSignalSpy back(&watcher, &LibraryWatcher::libraryChanged);
        QVERIFY(server.restart());
        QVERIFY2(back.wait(20000), "the watcher did not listen again");
    }

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(ChildVariable), url);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {u"childAddsCorrection"_qs});
    QVERIFY(child.waitForStarted());
    QVERIFY2(spy.wait(20000), "no notification from the other process");
    const qint64 heard = QDateTime::currentMSecsSinceEpoch();
    // The child may have ended while spy.wait() ran the event loop: waitForFinished() is then
    // false at once.
    const bool finished = child.state() == QProcess::NotRunning || child.waitForFinished(60000);
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    QVERIFY2(finished, qPrintable(output + QString::fromUtf8(child.readAllStandardError())));
    QCOMPARE(child.exitCode(), 0);
    const qsizetype at = output.indexOf(u"committed-at:"_qs);
    QVERIFY2(at >= 0, qPrintable(output));
    const qint64 committed = output.mid(at + 13, 13).toLongLong();
    QVERIFY2(heard - committed < 1000, qPrintable(QString::number(heard - committed)));
    const QList<QVariant> args = spy.first();
    QCOMPARE(args.at(0).toLongLong(), *article);
    QCOMPARE(args.at(1).toString(), PgTestServer::user());
    QCOMPARE(args.at(2).toBool(), false);
    QVERIFY2(args.at(3).toString().contains(u"Varno"_qs), qPrintable(args.at(3).toString()));
    // The correction is there for this window to read, without reopening.
    QCOMPARE(CorrectionStore(library).corrections(*article).size(), 1);
}

// Run only as the child of correctionReachesOtherProcess (the library's address in the
// environment): adds one correction and prints when its transaction committed.
void TestLibraryServer::childAddsCorrection()
{
    if (!m_child)
        QSKIP("run by correctionReachesOtherProcess as another process");
    ArticleLibrary library;
    QVERIFY2(library.open(qEnvironmentVariable(ChildVariable)), qPrintable(library.lastError()));
    const auto article = library.articleIdForText(ArticleText);
    QVERIFY(article);
    QVERIFY(CorrectionStore(library).add(
        *article, test::makeCorrection(CorrectionKind::RemoveEntity, CorrectionScope::Mention,
                                       ArticleText, u"Varno"_qs)));
    printf("committed-at:%lld\n", QDateTime::currentMSecsSinceEpoch());
    fflush(stdout);
}

QTEST_GUILESS_MAIN(TestLibraryServer)
#include "tst_libraryserver.moc"
