// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/analysiscache.h"
#include "library/articlelibrary.h"
#include "library/schemamigrator.h"

#include "data/library/personanalysis.h"
#include "data/library/pgtestserver.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lector;

namespace {

const QString OldBody = u"Lighthouse keepers in the northern isles marked the end of an era."_qs;

// Runs `sql` with bound `values` on `db`; false with a warning when it fails.
bool run(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    // PostgreSQL prepares only queries and row changes: a script's statements run as they are.
    if (values.isEmpty() ? query.exec(sql) : (query.prepare(sql), [&] {
            for (const QVariant &v : values)
                query.addBindValue(v);
            return query.exec();
        }()))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return false;
}

bool hasTable(QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    query.prepare(db.driverName() == u"QPSQL"
                      ? u"SELECT 1 FROM information_schema.tables WHERE table_name = ?"_qs
                      : u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"_qs);
    query.addBindValue(table);
    return query.exec() && query.next();
}

// The rows an older Lector wrote: an article with its analysis and entity, and a row in each
// table of a later version that the database already has.
bool putData(QSqlDatabase &db)
{
    bool ok = run(db,
                  u"INSERT INTO articles (id, hash, title, source, published, added, body) "
                  "VALUES (1, ?, 'Keepers', 'old.txt', '2022-05-04', '2022-05-05T10:00:00Z', ?)"_qs,
                  {ArticleLibrary::contentHash(OldBody), OldBody});
    ok = ok && run(db, u"INSERT INTO analyses VALUES (1, '0.1', '2022-05-05', '{}')"_qs);
    ok = ok && run(db, u"INSERT INTO entities VALUES (1, 1, 'Ewan Morrow', 'person', 2)"_qs);
    ok = ok && run(db, u"INSERT INTO entity_forms VALUES (1, 'Ewan Morrow'), (1, 'Morrow')"_qs);
    if (hasTable(db, u"corrections"_qs))
        ok = ok && run(db, u"INSERT INTO corrections (article_id, kind, scope, span_begin, "
                           "span_end, text, type, created) VALUES (1, 'retype', 'mention', 0, "
                           "10, 'Lighthouse', 'organization', '2022-05-06')"_qs);
    if (hasTable(db, u"visits"_qs)) {
        ok = ok && run(db, u"INSERT INTO visits (id, article_id, visitor, place) "
                           "VALUES (1, 1, 'Ewan Morrow', 'Orkney')"_qs);
        ok = ok && run(db, u"INSERT INTO visit_forms VALUES (1, 'Morrow')"_qs);
    }
    // Since schema 4 the writer, not a trigger, adds articles to the full-text index.
    if (db.driverName() == u"QSQLITE") {
        QSqlQuery trigger(db);
        if (trigger.exec(u"SELECT 1 FROM sqlite_master WHERE name = 'articles_ai'"_qs) &&
            !trigger.next())
            ok = ok && run(db, u"INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')"_qs);
    }
    // Rows given ids by hand leave PostgreSQL's identity sequences behind: move them on, as
    // an older Lector's own inserts would have. Not the entities': before schema 8 a writer gave
    // their ids itself (the largest plus one), so the migration has to move that sequence on.
    if (db.driverName() == u"QPSQL") {
        for (const QString &table : {u"articles"_qs, u"visits"_qs})
            if (hasTable(db, table))
                ok = ok && run(db, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', "
                                                  "'id'), (SELECT max(id) FROM %1))")
                                       .arg(table));
    }
    return ok;
}

int count(const QString &connection, const QString &table)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    return query.exec(u"SELECT count(*) FROM "_qs + table) && query.next() ? query.value(0).toInt()
                                                                           : -1;
}

} // namespace

class TestSchemaMigrator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { PgTestServer::addBackendRows(); }
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanupTestCase() { PgTestServer::instance().stop(); }
    void scriptsAreNumberedWithoutGaps();
    void fromEveryEarlierVersion_data();
    void fromEveryEarlierVersion();
};

void TestSchemaMigrator::scriptsAreNumberedWithoutGaps()
{
    const QStringList scripts = QDir(u":/lector/sql"_qs).entryList({u"*.sql"_qs}, QDir::Files);
    QCOMPARE(SchemaMigrator::latestVersion(), int(scripts.size()));
    for (int v = 1; v <= SchemaMigrator::latestVersion(); ++v)
        QVERIFY2(!SchemaMigrator::statements(v).isEmpty(), qPrintable(scripts.value(v - 1)));
    // The PostgreSQL forms: the same versions, numbered alike.
    const QStringList server =
        QDir(u":/lector/sql/postgresql"_qs).entryList({u"*.sql"_qs}, QDir::Files, QDir::Name);
    QCOMPARE(server.size(), scripts.size());
    for (int v = 1; v <= SchemaMigrator::latestVersion(); ++v)
        QCOMPARE(server.value(v - 1).left(4), scripts.value(v - 1).left(4));
}

void TestSchemaMigrator::fromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    const QStringList scripts =
        QDir(u":/lector/sql"_qs).entryList({u"*.sql"_qs}, QDir::Files, QDir::Name);
    for (int v = 1; v < SchemaMigrator::latestVersion(); ++v)
        QTest::addRow("from %s", qPrintable(scripts.value(v - 1))) << v;
    QVERIFY(SchemaMigrator::latestVersion() >= 3);
}

// A database at `version`, made by running the scripts by hand and filled as that version of
// Lector would have, is brought to the latest schema by ArticleLibrary with every row intact.
void TestSchemaMigrator::fromEveryEarlierVersion()
{
    QFETCH(int, version);
    QFETCH_GLOBAL(QString, backend);
    const bool server = backend == u"postgresql";
    QTemporaryDir dir;
    const QString path = PgTestServer::location(backend, dir, u"old.sqlite"_qs);
    if (path.isEmpty())
        QSKIP(qPrintable(PgTestServer::instance().why()));
    {
        QSqlDatabase db;
        if (server) {
            db = PgTestServer::instance().connect(PgTestServer::databaseOf(path), u"old"_qs);
        } else {
            db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"old"_qs);
            db.setDatabaseName(path);
            db.open();
        }
        QVERIFY(db.isOpen());
        const SqlBackend kind = server ? SqlBackend::PostgreSQL : SqlBackend::SQLite;
        for (int v = 1; v <= version; ++v)
            for (const QString &statement : SchemaMigrator::statements(v, kind))
                QVERIFY(run(db, statement));
        if (server) {
            QVERIFY(run(db, u"CREATE TABLE lector_schema (version INTEGER NOT NULL)"_qs));
            QVERIFY(run(db, QStringLiteral("INSERT INTO lector_schema VALUES (%1)").arg(version)));
        } else {
            QVERIFY(run(db, QStringLiteral("PRAGMA user_version = %1").arg(version)));
        }
        QVERIFY(putData(db));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_qs);

    ArticleLibrary library;
    QVERIFY2(library.open(path), qPrintable(library.lastError()));
    const QString connection = library.connectionName();
    QString error;
    QCOMPARE(SchemaMigrator::currentVersion(connection, &error), SchemaMigrator::latestVersion());
    if (!server) {
        QSqlQuery query(QSqlDatabase::database(connection, false));
        QVERIFY(query.exec(u"PRAGMA integrity_check"_qs) && query.next());
        QCOMPARE(query.value(0).toString(), u"ok"_qs);
    }

    const QList<LibraryArticle> articles = library.articles();
    QCOMPARE(articles.size(), 1);
    QCOMPARE(articles[0].title, u"Keepers"_qs);
    QCOMPARE(articles[0].published, QDate(2022, 5, 4));
    QCOMPARE(library.document(1)->text, OldBody);
    QCOMPARE(library.search(u"lighthouse"_qs).size(), 1);
    QCOMPARE(library.searchEntity(u"Morrow"_qs).size(), 1);
    QCOMPARE(count(connection, u"analyses"_qs), 1);
    QCOMPARE(count(connection, u"corrections"_qs), version >= 2 ? 1 : 0);
    QCOMPARE(count(connection, u"visits"_qs), version >= 3 ? 1 : 0);
    // An article stored before the analysis cache existed is simply analysed again.
    Document old;
    old.text = OldBody;
    old.published = QDate(2022, 5, 4);
    QVERIFY(!AnalysisCache(library).find(old));

    // The migrated library takes new articles into every table, their entities too (schema 8
    // on a team library: entity ids from a sequence moved past the migrated rows' ids).
    Document fresh;
    fresh.text = u"Mira Castell opened a new ferry route between the two largest islands."_qs;
    const Analysis analysis = test::personAnalysis(u"Mira Castell"_qs);
    bool added = false;
    QVERIFY2(library.addArticle(fresh, analysis, &added), qPrintable(library.lastError()));
    QVERIFY(added);
    QVERIFY(AnalysisCache(library).find(fresh));
    QCOMPARE(count(connection, u"entities"_qs), 2);
    QCOMPARE(library.searchEntity(u"Castell"_qs).size(), 1);

    // Schema 7: phrases are found (on a team library through the index of word pairs), and
    // removing an article removes its entities' forms and words and its visits' forms (on a team
    // library by triggers, the foreign keys of those tables being gone).
    QCOMPARE(library.search(u"\"northern isles\""_qs).size(), 1);
    QCOMPARE(library.search(u"\"isles northern\""_qs).size(), 0);
    // Schema 8 (a team library's search vector computed once): an article added after the
    // migration is found by a word and by a phrase.
    QCOMPARE(library.search(u"islands"_qs).size(), 1);
    QCOMPARE(library.search(u"\"ferry route\""_qs).size(), 1);
    QVERIFY(library.removeArticle(1));
    for (const LibraryArticle &a : library.articles())
        QVERIFY(library.removeArticle(a.id)); // the fresh one, with its entity
    for (const QString &table :
         {u"entities"_qs, u"entity_forms"_qs, u"visits"_qs, u"visit_forms"_qs})
        QCOMPARE(count(connection, table), 0);
    if (version >= 4)
        QCOMPARE(count(connection, u"entity_words"_qs), 0);
}

QTEST_GUILESS_MAIN(TestSchemaMigrator)
#include "tst_schemamigrator.moc"
