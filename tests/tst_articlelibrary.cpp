// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/articlelibrary.h"
#include "library/schemamigrator.h"

#include "data/library/pgtestserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lector;

namespace {

Document makeDocument(const QString &title, const QString &text)
{
    Document doc;
    doc.title = title;
    doc.text = text;
    doc.source = u"test"_qs;
    doc.published = QDate(2024, 3, 5);
    return doc;
}

// A hand-built analysis with one person known under two forms.
Analysis personAnalysis(const QString &name, const QString &shortForm)
{
    Analysis a;
    Entity e;
    e.id = u"e1"_qs;
    e.name = name;
    e.type = EntityType::Person;
    e.forms = {name, shortForm};
    e.mentions = {0, 1};
    a.entities.append(e);
    for (int i = 0; i < 2; ++i) { // mentions at the start of the text; only their count matters
        Mention m;
        m.span = {i, i + 1};
        m.type = EntityType::Person;
        m.entity = 0;
        a.mentions.append(m);
    }
    return a;
}

} // namespace

class TestArticleLibrary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { PgTestServer::addBackendRows(); }
    void initTestCase();
    void cleanupTestCase() { PgTestServer::instance().stop(); }
    void init();
    void cleanup();
    void sameTextIsOneArticle();
    void fullTextSearch_data();
    void fullTextSearch();
    void rarePhraseOfCommonWords_data();
    void rarePhraseOfCommonWords();
    void entitySearchFindsAnyForm();
    void entitiesCountArticles();
    void documentRoundTrip();
    void badDatabases_data();
    void badDatabases();
    void newerSchemaIsRefused();
    void migrationStatementsParse();
    void hostileText_data();
    void hostileText();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ArticleLibrary> m_library;
};

void TestArticleLibrary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestArticleLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_library = std::make_unique<ArticleLibrary>();
    QFETCH_GLOBAL(QString, backend);
    const QString location = PgTestServer::location(backend, *m_dir, u"lib.sqlite"_qs);
    if (location.isEmpty())
        QSKIP(qPrintable(PgTestServer::instance().why()));
    QVERIFY2(m_library->open(location), qPrintable(m_library->lastError()));
    QVERIFY(
        m_library->addArticle(makeDocument(u"Envoy arrives in Lisbon"_qs,
                                           u"The envoy Maria Okafor arrived in Lisbon on Monday "
                                           "for talks on fishing rights."_qs),
                              personAnalysis(u"Maria Okafor"_qs, u"Okafor"_qs)));
    QVERIFY(m_library->addArticle(makeDocument(u"Harbour strike ends"_qs,
                                               u"Dock workers ended their strike after the port "
                                               "authority agreed to new fishing quotas."_qs),
                                  Analysis{}));
}

void TestArticleLibrary::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

void TestArticleLibrary::sameTextIsOneArticle()
{
    bool added = true;
    const auto id = m_library->addArticle(
        makeDocument(u"Another title"_qs, u"Dock workers ended their strike after the port "
                                          "authority agreed to new fishing quotas."_qs),
        Analysis{}, &added);
    QVERIFY(id.has_value());
    QVERIFY(!added);
    QCOMPARE(m_library->articleCount(), 2);
}

void TestArticleLibrary::fullTextSearch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("word in body") << u"strike"_qs << QStringList{u"Harbour strike ends"_qs};
    QTest::newRow("word in both") << u"fishing"_qs
                                  << QStringList{u"Envoy arrives in Lisbon"_qs,
                                                 u"Harbour strike ends"_qs};
    QTest::newRow("phrase") << u"\"fishing rights\""_qs
                            << QStringList{u"Envoy arrives in Lisbon"_qs};
    QTest::newRow("prefix") << u"quot*"_qs << QStringList{u"Harbour strike ends"_qs};
    QTest::newRow("near") << u"NEAR(envoy talks, 10)"_qs
                          << QStringList{u"Envoy arrives in Lisbon"_qs};
    QTest::newRow("invalid syntax falls back to words")
        << u"Lisbon\" AND ("_qs << QStringList{u"Envoy arrives in Lisbon"_qs};
    QTest::newRow("no match") << u"volcano"_qs << QStringList{};
    QTest::newRow("empty query") << u"  "_qs << QStringList{};
}

void TestArticleLibrary::fullTextSearch()
{
    QFETCH(QString, query);
    QFETCH(QStringList, titles);
    QStringList got;
    for (const LibraryArticle &a : m_library->search(query))
        got.append(a.title);
    got.sort();
    QCOMPARE(got, titles);
}

// A phrase whose words are in thousands of articles but which only the oldest holds: more
// articles hold the words (and, for three words, each pair of them) than a team library checks
// first (the newest 2,000), so only the index of word pairs or the check of every candidate
// finds it. No match may be lost on either backend.
void TestArticleLibrary::rarePhraseOfCommonWords_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("filler"); // the text of 2,050 newer articles (%1: a number)
    QTest::addColumn<QStringList>("titles");
    const QStringList old{u"Old talks"_qs};
    const QString apart = u"Talks ended as the port reopened, notice %1."_qs;
    QTest::newRow("two common words") << u"\"the talks\""_qs << apart << old;
    QTest::newRow("three words, common pairs")
        << u"\"the talks began\""_qs << u"The talks stalled and talks began again, notice %1."_qs
        << old;
    QTest::newRow("last word a prefix") << u"\"the tal\"*"_qs << apart << old;
    QTest::newRow("accents and case") << u"\"THE TÂLKS\""_qs << apart << old;
    QTest::newRow("near") << u"NEAR(talks Oslo, 2)"_qs
                          << u"Talks in Paris ended in Oslo, notice %1."_qs << old;
    QTest::newRow("phrase or word") << u"\"the talks\" OR Lisbon"_qs << apart
                                    << QStringList{u"Envoy arrives in Lisbon"_qs, u"Old talks"_qs};
    QTest::newRow("nowhere") << u"\"talks the\""_qs << apart << QStringList{};
}

void TestArticleLibrary::rarePhraseOfCommonWords()
{
    QFETCH(QString, query);
    QFETCH(QString, filler);
    QFETCH(QStringList, titles);
    QVERIFY(m_library->addArticle(
        makeDocument(u"Old talks"_qs, u"In 1990 the talks began in Oslo."_qs), Analysis{}));
    QList<std::pair<Document, Analysis>> newer;
    for (int i = 0; i < 2050; ++i)
        newer.append({makeDocument(QStringLiteral("Notice %1").arg(i), filler.arg(i)), Analysis{}});
    QCOMPARE(m_library->addArticles(newer), 2050);
    QStringList got;
    for (const LibraryArticle &a : m_library->search(query))
        got.append(a.title);
    got.sort();
    QCOMPARE(got, titles);
}

void TestArticleLibrary::entitySearchFindsAnyForm()
{
    for (const QString &name : {u"Okafor"_qs, u"Maria Okafor"_qs, u"okafor"_qs}) {
        const QList<LibraryArticle> hits = m_library->searchEntity(name);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().title, u"Envoy arrives in Lisbon"_qs);
    }
    QVERIFY(m_library->searchEntity(u"Maria"_qs).size() == 1);
    QVERIFY(m_library->searchEntity(u"Okaf"_qs).isEmpty());
}

void TestArticleLibrary::entitiesCountArticles()
{
    QVERIFY(m_library->addArticle(makeDocument(u"Second visit"_qs, u"Okafor went back."_qs),
                                  personAnalysis(u"Maria Okafor"_qs, u"Okafor"_qs)));
    const QList<LibraryEntity> entities = m_library->entities();
    QCOMPARE(entities.size(), 1);
    QCOMPARE(entities.first().name, u"Maria Okafor"_qs);
    QCOMPARE(entities.first().articles, 2);
    QVERIFY(entities.first().type == EntityType::Person);
}

void TestArticleLibrary::documentRoundTrip()
{
    const QList<LibraryArticle> all = m_library->articles();
    QCOMPARE(all.size(), 2);
    const auto doc = m_library->document(all.first().id);
    QVERIFY(doc.has_value());
    QCOMPARE(doc->title, u"Envoy arrives in Lisbon"_qs);
    QCOMPARE(doc->published, QDate(2024, 3, 5));
    QVERIFY(doc->text.startsWith(u"The envoy"_qs));
    QVERIFY(m_library->removeArticle(all.first().id));
    QCOMPARE(m_library->search(u"Lisbon"_qs).size(), 0);
}

void TestArticleLibrary::badDatabases_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("isDirectory");
    QTest::newRow("corrupt file")
        << QByteArray("this is not a database, just some words\n").repeated(200) << false;
    QTest::newRow("directory as path") << QByteArray() << true;
}

void TestArticleLibrary::badDatabases()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, isDirectory);
    QFETCH_GLOBAL(QString, backend);
    if (backend != u"sqlite")
        QSKIP("damaged files concern SQLite; a server's faults are tested in tst_libraryserver");
    const QString path = m_dir->filePath(u"bad.sqlite"_qs);
    if (isDirectory) {
        QVERIFY(QDir().mkpath(path));
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    ArticleLibrary library;
    QVERIFY(!library.open(path));
    QVERIFY(!library.lastError().isEmpty());
    QVERIFY(library.lastError().contains(path));
    QVERIFY(!library.isOpen());
    if (!isDirectory) { // the user's file is left exactly as it was
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }
}

void TestArticleLibrary::newerSchemaIsRefused()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend == u"postgresql") {
        PgTestServer &server = PgTestServer::instance();
        const QString url = server.createDatabase();
        const QString database = url.mid(url.lastIndexOf(u'/') + 1);
        QVERIFY2(
            server.admin(u"CREATE TABLE lector_schema (version INTEGER NOT NULL)"_qs, database),
            qPrintable(server.why()));
        QVERIFY(server.admin(QStringLiteral("INSERT INTO lector_schema VALUES (%1)")
                                 .arg(SchemaMigrator::latestVersion() + 1),
                             database));
        server.closeAdminConnections();
        ArticleLibrary library;
        QVERIFY(!library.open(url));
        QVERIFY2(library.lastError().contains(u"newer"_qs), qPrintable(library.lastError()));
        return;
    }
    const QString path = m_dir->filePath(u"newer.sqlite"_qs);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"newer"_qs);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(SchemaMigrator::latestVersion() + 1)));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_qs);
    ArticleLibrary library;
    QVERIFY(!library.open(path));
    QVERIFY(library.lastError().contains(u"newer"_qs));
}

void TestArticleLibrary::migrationStatementsParse()
{
    QVERIFY(SchemaMigrator::latestVersion() >= 1);
    const QStringList statements = SchemaMigrator::statements(1);
    QVERIFY(statements.size() > 5);
    // Trigger bodies stay whole.
    for (const QString &s : statements)
        if (s.startsWith(u"CREATE TRIGGER"_qs))
            QVERIFY(s.endsWith(u"END;"_qs));
    // Every version has its PostgreSQL form; function bodies stay whole.
    for (int version = 1; version <= SchemaMigrator::latestVersion(); ++version) {
        const QStringList pg = SchemaMigrator::statements(version, SqlBackend::PostgreSQL);
        QVERIFY2(!pg.isEmpty(), qPrintable(QString::number(version)));
        for (const QString &s : pg) {
            QVERIFY(s.endsWith(u';'));
            if (s.startsWith(u"CREATE FUNCTION"_qs) ||
                s.startsWith(u"CREATE OR REPLACE FUNCTION"_qs))
                QVERIFY2(s.endsWith(u"$$;"_qs) ||
                             (s.contains(u"\nBEGIN ATOMIC\n"_qs) && s.endsWith(u"\nEND;"_qs)),
                         qPrintable(s));
        }
    }
}

void TestArticleLibrary::hostileText_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::newRow("sql in title and text")
        << u"'); DROP TABLE articles;--"_qs
        << u"Robert'); DROP TABLE articles;-- wrote to the harbourmaster."_qs
        << u"'); DROP TABLE articles;--"_qs;
    QTest::newRow("fts syntax") << u"\"NEAR( * AND OR NOT ("_qs
                                << u"The quote \" and NEAR( a * b ) OR NOT harbourmaster"_qs
                                << u"NEAR( \" * harbourmaster"_qs;
    QTest::newRow("tsquery syntax")
        << u"a & b | !c <-> d:*"_qs << u"harbourmaster & !pilot <-> :* '' \\ $$ ? $1"_qs
        << u"harbourmaster & !pilot :* $1 ?"_qs;
    QTest::newRow("nul bytes") << (u"Nul"_qs + QChar(0) + u"title"_qs)
                               << (u"harbourmaster"_qs + QChar(0) + u" pilot"_qs + QChar(0))
                               << (u"harbourmaster"_qs + QChar(0));
    QTest::newRow("one word of 1 MB")
        << u"Long"_qs << (u"harbourmaster "_qs + QString(1 << 20, u'x')) << u"harbourmaster"_qs;
    // A team library indexes every pair of adjacent words (schema 7): 19,000 different long
    // words have too many pairs for a tsvector, and their phrases are still found.
    QStringList many;
    for (int i = 0; i < 19000; ++i) {
        QString word = u"word"_qs;
        for (const QChar digit : QStringLiteral("%1").arg(i, 16, 10, QLatin1Char('0')))
            word += QChar(u'a' + digit.digitValue());
        many.append(word);
    }
    QTest::newRow("19,000 different long words")
        << u"Many words"_qs << many.join(u' ')
        << (u'"' + many.at(9000) + u' ' + many.at(9001) + u'"');
    // Every word a hit: snippets scan all of them (FTS5 takes seconds per megabyte).
    QTest::newRow("256 KB of one word repeated")
        << u"Repeated"_qs << (u"harbourmaster "_qs.repeated((1 << 18) / 14)) << u"harbourmaster"_qs;
}

// Text that is SQL, FTS5 or tsquery syntax, NUL bytes, and a megabyte of one word are stored,
// found and read back; the library's tables are all still there.
void TestArticleLibrary::hostileText()
{
    QFETCH(QString, title);
    QFETCH(QString, text);
    QFETCH(QString, query);
    bool added = false;
    const auto id = m_library->addArticle(makeDocument(title, text), Analysis{}, &added);
    QVERIFY2(id.has_value(), qPrintable(m_library->lastError()));
    QVERIFY(added);
    QCOMPARE(m_library->articleCount(), 3);
    const QList<LibraryArticle> hits = m_library->search(query);
    QVERIFY2(
        std::any_of(hits.begin(), hits.end(), [&](const LibraryArticle &a) { return a.id == *id; }),
        qPrintable(m_library->lastError()));
    const auto doc = m_library->document(*id);
    QVERIFY(doc.has_value());
    QCOMPARE(doc->text.size(), text.size()); // a server keeps U+0000 as a space
    QFETCH_GLOBAL(QString, backend);
    if (backend == u"sqlite")
        QCOMPARE(doc->text, text);
    QVERIFY(m_library->containsText(text));
    QVERIFY(m_library->searchEntity(query).isEmpty());
    QCOMPARE(m_library->search(u"fishing"_qs).size(), 2); // nothing dropped or rewritten
}

QTEST_GUILESS_MAIN(TestArticleLibrary)
#include "tst_articlelibrary.moc"
