// SPDX-License-Identifier: GPL-3.0-or-later
// An import into a team library through several writer connections at once (ArticleImporter,
// ServerBatchWriter), on the tests' throw-away PostgreSQL server (pgtestserver.h): the same text
// in batches written at the same time ends as one article, a second import adds exactly what is
// missing, a deadlock the server breaks is retried, a correction stored while a batch waits for
// the writers' lock reaches its articles, the search vector of schema 8 is the one of schema 7,
// and a writer prepares its entity statement once. (Progress and cancel:
// tst_libraryimportprogress; corrections on both backends: tst_libraryimportcorrections; a
// SIGKILLed import with several writers: tst_librarycommands.)
#include "analysis/pipeline.h"
#include "lexicon/resources.h"
#include "library/articleimporter.h"
#include "library/articlelibrary.h"
#include "library/articlewriter.h"

#include "data/library/importfixture.h"
#include "data/library/personanalysis.h"
#include "data/library/pgtestserver.h"

#include <QSqlError>
#include <QTest>
#include <QThread>

#include <atomic>
#include <functional>
#include <optional>
#include <thread>

using namespace lector;
using test::report;

namespace {

// Another writer of the library on a connection of its own: it takes the writers' lock (the
// advisory lock (76, 1) that corrections and an import batch's last step take), waits until a
// batch waits for that lock, then runs `whileBatchWaits` and commits, which lets the batch go
// on. Its own deadlock check is put off (20 s), so the server's check picks the batch.
class WritersLockHolder
{
public:
    WritersLockHolder(const QString &url, std::function<bool(QSqlQuery &)> whileBatchWaits)
        : m_thread([this, url, whileBatchWaits] { hold(url, whileBatchWaits); })
    {
        while (m_step == 0)
            QThread::msleep(10);
    }
    ~WritersLockHolder() { join(); }
    bool holds() const { return m_step == 1; }
    void join()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    QString error() const { return m_error; } ///< after join()

private:
    void hold(const QString &url, const std::function<bool(QSqlQuery &)> &whileBatchWaits)
    {
        const QString name = QStringLiteral("holder");
        {
            QSqlDatabase db = PgTestServer::instance().connect(PgTestServer::databaseOf(url), name);
            QSqlQuery q(db);
            const auto ok = [&](const QString &sql) {
                if (q.exec(sql))
                    return true;
                m_error = sql + u": "_qs + q.lastError().text();
                return false;
            };
            if (!db.isOpen() || !db.transaction() ||
                !ok(u"SET LOCAL deadlock_timeout = '20s'"_qs) ||
                !ok(u"SELECT pg_advisory_xact_lock(76, 1)"_qs)) {
                m_error += db.lastError().text();
                m_step = -1;
                return;
            }
            m_step = 1;
            bool waiting = false;
            for (int i = 0; i < 400 && !waiting; ++i) {
                waiting = ok(u"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND "
                             "NOT granted AND classid = 76 AND objid = 1 AND objsubid = 2"_qs) &&
                          q.next() && q.value(0).toInt() > 0;
                if (!waiting)
                    QThread::msleep(25);
            }
            if (!waiting)
                m_error = u"No batch waited for the writers' lock."_qs;
            else if (!whileBatchWaits(q))
                m_error += u" (while the batch waited)"_qs;
            db.commit();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    std::atomic<int> m_step = 0; ///< 1: holds the writers' lock; -1: failed
    QString m_error;
    std::thread m_thread;
};

} // namespace

class TestLibraryImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { PgTestServer::instance().stop(); }
    void init();
    void duplicatesAcrossWriters_data();
    void duplicatesAcrossWriters();
    void twoImportsAtOnce();
    void deadlockIsRetried();
    void correctionWhileBatchWaits_data();
    void correctionWhileBatchWaits();
    void entityStatementPreparedOnce();

private:
    int countRows(const QString &sql) const { return test::countRows(m_url, sql); }
    ImportReport import(ArticleLibrary &library, const QStringList &files, int writers,
                        int batch = 4)
    {
        return test::importFiles(library, *m_pipeline, files, writers, batch);
    }

    test::ImportFiles m_files;
    QString m_url; ///< each test's fresh database on the test server
    std::optional<Pipeline> m_pipeline;
};

void TestLibraryImport::initTestCase()
{
    QVERIFY(m_files.isValid());
    m_pipeline.emplace(Pipeline::standard(*Resources::shared()));
}

// Every test on a fresh database; without a server (no PostgreSQL here) every test is skipped.
void TestLibraryImport::init()
{
    m_url = PgTestServer::instance().createDatabase();
    if (m_url.isEmpty())
        QSKIP(qPrintable(PgTestServer::instance().why()));
}

void TestLibraryImport::duplicatesAcrossWriters_data()
{
    QTest::addColumn<int>("writers");
    QTest::newRow("one writer") << 1;
    QTest::newRow("two writers") << 2;
    QTest::newRow("four writers") << 4;
}

// 60 files of 32 texts: with batches of 4, batches 2k and 2k + 1 hold the same four texts, so
// two writers write copies of each other's articles at the same time.
void TestLibraryImport::duplicatesAcrossWriters()
{
    QFETCH(int, writers);
    QList<QByteArray> texts;
    for (int i = 0; i < 60; ++i)
        texts.append(report(i % 4 + 4 * (i / 8)));
    const QStringList files = m_files.write(texts);
    ArticleLibrary library;
    QVERIFY2(library.open(m_url), qPrintable(library.lastError()));

    // A first import of three texts...
    ImportReport r = import(library, {files[0], files[2], files[9]}, writers, 1);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.added, 3);
    // ... then all: exactly the 29 missing ones are added, each once.
    int retries = r.retries; // by every writer
    r = import(library, files, writers);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    retries += r.retries;
    QCOMPARE(r.added, 29);
    QCOMPARE(r.duplicates, 31);
    QCOMPARE(library.articleCount(), 32);
    QCOMPARE(countRows(u"SELECT count(DISTINCT hash) FROM articles"_qs), 32);
    // Whole articles: each has its analysis, every entity its forms.
    QCOMPARE(countRows(u"SELECT count(*) FROM analysis_cache"_qs), 32);
    QCOMPARE(countRows(u"SELECT count(*) FROM entities e WHERE NOT EXISTS "
                       "(SELECT 1 FROM entity_forms f WHERE f.entity_id = e.id)"_qs),
             0);
    // A third import adds nothing.
    r = import(library, files, writers);
    QCOMPARE(r.added, 0);
    QCOMPARE(r.duplicates, 60);
    QCOMPARE(retries + r.retries, 0);
    // Schema 8 computes the vector once; it is the vector of schema 7 (words, then pairs).
    QCOMPARE(countRows(u"SELECT count(*) FROM (SELECT fts, setweight(to_tsvector("
                       "'lector'::regconfig, left(title, 10000)), 'A') || setweight("
                       "to_tsvector('lector'::regconfig, left(body, 400000)), 'B') AS v "
                       "FROM articles OFFSET 0) s WHERE fts <> v || lector_pairs(v)"_qs),
             0);
    QCOMPARE(library.search(u"\"berth 7 counted\""_qs).size(), 1);
}

// Two imports of the same files at once, from two libraries (two processes' worth of
// connections), with two writers each: every text once, and each was added by one of them.
void TestLibraryImport::twoImportsAtOnce()
{
    QList<QByteArray> texts;
    for (int i = 0; i < 48; ++i)
        texts.append(report(100 + (i * 7) % 24)); // each text twice, in no order
    const QStringList files = m_files.write(texts);
    ArticleLibrary first;
    QVERIFY2(first.open(m_url), qPrintable(first.lastError()));
    ImportReport other;
    std::thread thread([&] {
        ArticleLibrary second;
        if (second.open(m_url))
            other = import(second, files, 2);
        else
            other.error = second.lastError();
    });
    const ImportReport mine = import(first, files, 2);
    thread.join();
    QVERIFY2(mine.error.isEmpty(), qPrintable(mine.error));
    QVERIFY2(other.error.isEmpty(), qPrintable(other.error));
    QCOMPARE(mine.added + other.added, 24);
    QCOMPARE(mine.added + mine.duplicates, 48);
    QCOMPARE(other.added + other.duplicates, 48);
    QCOMPARE(first.articleCount(), 24);
    QCOMPARE(countRows(u"SELECT count(*) FROM analysis_cache"_qs), 24);
}

// A deadlock between an import's batch and another writer, which the server breaks by failing
// the batch (SQLSTATE 40P01): the importer writes the batch again and nothing is lost or doubled.
// The other writer holds the writers' lock, waits until the batch waits for it, then asks for
// a key the batch holds (one of its articles); the server's check picks the batch (after its
// 1 s deadlock_timeout).
void TestLibraryImport::deadlockIsRetried()
{
    const QStringList files = m_files.reports(200, 6);
    ArticleLibrary library;
    QVERIFY2(library.open(m_url), qPrintable(library.lastError()));
    // One of the keys the waiting batch holds (a bigint key is classid << 32 | objid).
    WritersLockHolder other(m_url, [](QSqlQuery &q) {
        return q.exec(u"SELECT pg_advisory_xact_lock(k) FROM (SELECT (l.classid::bigint << 32) | "
                      "l.objid::bigint AS k FROM pg_locks l JOIN pg_locks w ON w.pid = l.pid "
                      "WHERE l.locktype = 'advisory' AND l.objsubid = 1 AND l.granted AND "
                      "w.locktype = 'advisory' AND NOT w.granted AND w.classid = 76 LIMIT 1) s"_qs);
    });
    QVERIFY2(other.holds(), qPrintable(other.error()));
    const ImportReport r = import(library, files, 1, 6);
    other.join();
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY2(other.error().isEmpty(), qPrintable(other.error()));
    QCOMPARE(library.writeRetries(), 1);
    QCOMPARE(r.retries, 1);
    QCOMPARE(r.added, 6);
    QCOMPARE(library.articleCount(), 6);
    QCOMPARE(countRows(u"SELECT count(*) FROM analysis_cache"_qs), 6);
}

// A batch writes its entity rows corrected by the library-wide corrections it read before the
// writers' lock, and reads them again under it: a correction stored, or undone, while the batch
// waited for the lock reaches its articles all the same (their rows are written again).
void TestLibraryImport::correctionWhileBatchWaits_data()
{
    QTest::addColumn<bool>("storedBefore"); // the correction exists when the import starts
    QTest::newRow("stored meanwhile") << false;
    QTest::newRow("undone meanwhile") << true;
}

void TestLibraryImport::correctionWhileBatchWaits()
{
    QFETCH(bool, storedBefore);
    const QStringList files = m_files.reports(250, 6, test::namedReport);
    ArticleLibrary library;
    QVERIFY2(library.open(m_url), qPrintable(library.lastError()));
    const QString insert = u"INSERT INTO corrections (article_id, kind, scope, span_begin, "
                           "span_end, text, type, created) VALUES (NULL, 'change-type', "
                           "'library', 0, 6, 'Lisbon', 'organization', '2026-12-06T00:00:00Z')"_qs;
    if (storedBefore)
        QCOMPARE(countRows(insert + u" RETURNING 1"_qs), 1);
    WritersLockHolder other(m_url, [&](QSqlQuery &q) {
        return q.exec(storedBefore ? u"DELETE FROM corrections"_qs : insert);
    });
    QVERIFY2(other.holds(), qPrintable(other.error()));
    const ImportReport r = import(library, files, 1, 6);
    other.join();
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY2(other.error().isEmpty(), qPrintable(other.error()));
    QCOMPARE(r.added, 6);
    const QString lisbonAs = u"SELECT count(*) FROM entities WHERE name = 'Lisbon' AND type = "_qs;
    QCOMPARE(countRows(lisbonAs + u"'organization'"_qs), storedBefore ? 0 : 6);
    QCOMPARE(countRows(lisbonAs + u"'place'"_qs), storedBefore ? 6 : 0);
    test::verifyWhole(m_url, 6);
}

// ArticleWriter on a team library prepares the entity statement on its first use and executes
// the same prepared statement for every later article (before, one prepared and dropped per
// article); the values stay bound.
void TestLibraryImport::entityStatementPreparedOnce()
{
    ArticleLibrary library;
    QVERIFY2(library.open(m_url), qPrintable(library.lastError()));
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        Document document;
        document.text = QString::fromUtf8(report(950 + i));
        ids.append(library.addArticle(document, {}).value_or(0));
        QVERIFY(ids.last() > 0);
    }
    QSqlDatabase db = QSqlDatabase::database(library.connectionName(), false);
    const auto entityStatements = [&] {
        QStringList found;
        QSqlQuery q(db);
        if (q.exec(u"SELECT name || ' ' || prepare_time FROM pg_prepared_statements "
                   "WHERE statement LIKE '%INSERT INTO entity_words%'"_qs))
            while (q.next())
                found.append(q.value(0).toString());
        return found;
    };
    QVERIFY(db.transaction());
    {
        ArticleWriter writer(library.connectionName());
        const QByteArray rows = PreparedArticle::entityRows(
            test::personAnalysis(u"Mira Castell's"_qs, {u"Castell"_qs}));
        QVERIFY2(writer.writeEntities(ids[0], rows), qPrintable(writer.lastError()));
        const QStringList prepared = entityStatements();
        QCOMPARE(prepared.size(), 1);
        QVERIFY2(writer.writeEntities(ids[1], rows), qPrintable(writer.lastError()));
        QVERIFY2(writer.writeEntities(ids[2], rows), qPrintable(writer.lastError()));
        QCOMPARE(entityStatements(), prepared);
    }
    QVERIFY(db.commit());
    QCOMPARE(countRows(u"SELECT count(*) FROM entities WHERE name = 'Mira Castell''s'"_qs), 3);
    QCOMPARE(countRows(u"SELECT count(*) FROM entity_forms"_qs), 6);
    QCOMPARE(library.searchEntity(u"Castell"_qs).size(), 3);
}

QTEST_GUILESS_MAIN(TestLibraryImport)
#include "tst_libraryimport.moc"
