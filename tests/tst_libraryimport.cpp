// SPDX-License-Identifier: GPL-3.0-or-later
// An import into a team library through several writer connections at once (ArticleImporter,
// ServerBatchWriter), on the tests' throw-away PostgreSQL server (pgtestserver.h): the same text
// in batches written at the same time ends as one article, a second import adds exactly what is
// missing, a deadlock the server breaks is retried, and the search vector of schema 8 is the one
// of schema 7; progress counts every writer and a cancel stops them all; a library-wide
// correction reaches the articles of an import, and a writer prepares its entity statement once.
// (A SIGKILLed import with several writers: tst_librarycommands.)
#include "analysis/pipeline.h"
#include "lexicon/resources.h"
#include "library/articleimporter.h"
#include "library/articlelibrary.h"
#include "library/articlewriter.h"
#include "library/correctionstore.h"

#include "data/library/corrections.h"
#include "data/library/personanalysis.h"
#include "data/library/pgtestserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <optional>
#include <thread>

using namespace lector;

namespace {

// Invented short reports; `n` makes each text different.
QByteArray report(int n)
{
    return QStringLiteral("Harbour report %1\n\nThe pilots of berth %1 counted %2 ferries on "
                          "Monday, and the board said the channel stays open until June.\n")
        .arg(n)
        .arg(n * 7 + 3)
        .toUtf8();
}

int countRows(const QString &url, const QString &sql)
{
    PgTestServer &server = PgTestServer::instance();
    int n = -1;
    {
        QSqlDatabase db = server.connect(PgTestServer::databaseOf(url), u"count"_qs);
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            n = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(u"count"_qs);
    return n;
}

// Passes an import's progress to the test thread as a queued signal, as the window's import job
// does (LibraryImportJob).
class ProgressRelay : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void progressed(int done, int total);
};

// Whether every article has its analysis, its search vector and its entity rows (each text of
// these tests names a person and a place).
void verifyWhole(const QString &url, int articles)
{
    QCOMPARE(countRows(url, u"SELECT count(*) FROM articles"_qs), articles);
    QCOMPARE(countRows(url, u"SELECT count(*) FROM analysis_cache"_qs), articles);
    QCOMPARE(countRows(url, u"SELECT count(*) FROM articles WHERE fts IS NULL"_qs), 0);
    QCOMPARE(countRows(url, u"SELECT count(*) FROM articles a WHERE NOT EXISTS "
                            "(SELECT 1 FROM entities e WHERE e.article_id = a.id)"_qs),
             0);
}

QByteArray namedReport(int n)
{
    return report(n) + "Maria Okafor said in Lisbon that the berth is safe.\n";
}

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
    void progressCountsEveryWriter();
    void cancelStopsEveryWriter_data();
    void cancelStopsEveryWriter();
    void cancelAfterProgressSignal();
    void libraryWideCorrectionReachesImport();
    void entityStatementPreparedOnce();

private:
    // Writes the files of `texts` (one per entry, in order) under a new folder; their paths.
    QStringList writeFiles(const QList<QByteArray> &texts);
    // The files of `count` different texts `text(first)`, `text(first + 1)`, ...
    QStringList reportFiles(int first, int count, QByteArray (*text)(int));
    ImportReport import(ArticleLibrary &library, const QStringList &files, int writers,
                        int batch = 4, const ArticleImporter::Progress &progress = {});

    QTemporaryDir m_dir;
    QString m_url; ///< each test's fresh database on the test server
    int m_folders = 0;
    std::optional<Pipeline> m_pipeline;
};

void TestLibraryImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pipeline.emplace(Pipeline::standard(*Resources::shared()));
}

// Every test on a fresh database; without a server (no PostgreSQL here) every test is skipped.
void TestLibraryImport::init()
{
    m_url = PgTestServer::instance().createDatabase();
    if (m_url.isEmpty())
        QSKIP(qPrintable(PgTestServer::instance().why()));
}

QStringList TestLibraryImport::reportFiles(int first, int count, QByteArray (*text)(int))
{
    QList<QByteArray> texts;
    for (int i = 0; i < count; ++i)
        texts.append(text(first + i));
    return writeFiles(texts);
}

QStringList TestLibraryImport::writeFiles(const QList<QByteArray> &texts)
{
    const QString folder = m_dir.filePath(QStringLiteral("in%1").arg(++m_folders));
    QDir().mkpath(folder);
    QStringList files;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString path =
            QStringLiteral("%1/%2.txt").arg(folder).arg(i, 4, 10, QLatin1Char('0'));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(texts[i]);
        files.append(path);
    }
    return files;
}

ImportReport TestLibraryImport::import(ArticleLibrary &library, const QStringList &files,
                                       int writers, int batch,
                                       const ArticleImporter::Progress &progress)
{
    ArticleImporter importer(library, *m_pipeline);
    importer.setWriterCount(writers);
    importer.setBatchSize(batch);
    importer.setThreadCount(2);
    return importer.run(files, progress);
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
    const QStringList files = writeFiles(texts);
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
    QCOMPARE(countRows(m_url, u"SELECT count(DISTINCT hash) FROM articles"_qs), 32);
    // Whole articles: each has its analysis, every entity its forms.
    QCOMPARE(countRows(m_url, u"SELECT count(*) FROM analysis_cache"_qs), 32);
    QCOMPARE(countRows(m_url, u"SELECT count(*) FROM entities e WHERE NOT EXISTS "
                              "(SELECT 1 FROM entity_forms f WHERE f.entity_id = e.id)"_qs),
             0);
    // A third import adds nothing.
    r = import(library, files, writers);
    QCOMPARE(r.added, 0);
    QCOMPARE(r.duplicates, 60);
    QCOMPARE(retries + r.retries, 0);
    // Schema 8 computes the vector once; it is the vector of schema 7 (words, then pairs).
    QCOMPARE(countRows(m_url, u"SELECT count(*) FROM (SELECT fts, setweight(to_tsvector("
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
    const QStringList files = writeFiles(texts);
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
    QCOMPARE(countRows(m_url, u"SELECT count(*) FROM analysis_cache"_qs), 24);
}

// A deadlock between an import's batch and another writer, which the server breaks by failing
// the batch (SQLSTATE 40P01): the importer writes the batch again and nothing is lost or doubled.
// The other writer holds the writers' lock, waits until the batch waits for it, then asks for
// a key the batch holds (one of its articles); its own deadlock check is put off (20 s), so the
// server's check picks the batch (after its 1 s deadlock_timeout).
void TestLibraryImport::deadlockIsRetried()
{
    const QStringList files = reportFiles(200, 6, report);
    ArticleLibrary library;
    QVERIFY2(library.open(m_url), qPrintable(library.lastError()));

    std::atomic<int> step = 0; // 1: holds the writers' lock; 2: asked for the key; -1: failed
    QString otherError;
    std::thread other([&] {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_qs, u"other"_qs);
            db.setHostName(u"127.0.0.1"_qs);
            db.setPort(PgTestServer::instance().port());
            db.setUserName(PgTestServer::user());
            db.setDatabaseName(PgTestServer::databaseOf(m_url));
            QSqlQuery q(db);
            const auto ok = [&](const QString &sql) {
                if (q.exec(sql))
                    return true;
                otherError = sql + u": "_qs + q.lastError().text();
                return false;
            };
            if (!db.open() || !db.transaction() || !ok(u"SET LOCAL deadlock_timeout = '20s'"_qs) ||
                !ok(u"SELECT pg_advisory_xact_lock(76, 1)"_qs)) {
                otherError += db.lastError().text();
                step = -1;
                return;
            }
            step = 1;
            // Until the batch waits for the writers' lock.
            bool waiting = false;
            for (int i = 0; i < 400 && !waiting; ++i) {
                waiting = ok(u"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND "
                             "NOT granted AND classid = 76 AND objid = 1 AND objsubid = 2"_qs) &&
                          q.next() && q.value(0).toInt() > 0;
                if (!waiting)
                    QThread::msleep(25);
            }
            step = 2;
            // One of the keys the waiting batch holds (a bigint key is classid << 32 | objid).
            if (!ok(u"SELECT pg_advisory_xact_lock(k) FROM (SELECT (l.classid::bigint << 32) | "
                    "l.objid::bigint AS k FROM pg_locks l JOIN pg_locks w ON w.pid = l.pid "
                    "WHERE l.locktype = 'advisory' AND l.objsubid = 1 AND l.granted AND "
                    "w.locktype = 'advisory' AND NOT w.granted AND w.classid = 76 LIMIT 1) s"_qs))
                otherError += u" (asking for the key)"_qs;
            db.commit();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"other"_qs);
    });
    while (step == 0)
        QThread::msleep(10);
    QVERIFY2(step == 1, qPrintable(otherError));
    const ImportReport r = import(library, files, 1, 6);
    other.join();
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY2(otherError.isEmpty(), qPrintable(otherError));
    QCOMPARE(library.writeRetries(), 1);
    QCOMPARE(r.retries, 1);
    QCOMPARE(r.added, 6);
    QCOMPARE(library.articleCount(), 6);
    QCOMPARE(countRows(m_url, u"SELECT count(*) FROM analysis_cache"_qs), 6);
}

// Four writers: progress is reported after every batch, whichever writer wrote it, on the
// calling thread, and reaches the total (before, only the calling thread's own batches were
// reported, and the others' only at the end).
void TestLibraryImport::progressCountsEveryWriter()
{
    const QStringList files = reportFiles(300, 96, report);
    ArticleLibrary library;
    QVERIFY2(library.open(m_url), qPrintable(library.lastError()));
    QList<int> done;
    bool otherThread = false;
    const ImportReport r = import(library, files, 4, 4, [&](int d, int total) {
        otherThread = otherThread || QThread::currentThread() != thread() || total != 96;
        done.append(d);
        return true;
    });
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(!r.cancelled);
    QCOMPARE(r.added, 96);
    QVERIFY(!otherThread);
    QList<int> everyBatch;
    for (int d = 4; d <= 96; d += 4)
        everyBatch.append(d);
    QCOMPARE(done, everyBatch);
}

// Cancelled with four writers: no writer claims a batch after that, so the import stops within
// the batches then in flight (one per writer, and those committed but not reported yet), and
// what was committed is whole. A slow first report (the window busy) must not let the writers
// run ahead: before round 8's review they wrote all 160 files while it slept.
void TestLibraryImport::cancelStopsEveryWriter_data()
{
    QTest::addColumn<int>("slowReports"); // reports that take 1.5 s and go on
    QTest::newRow("at the first report") << 0;
    QTest::newRow("after a slow report") << 1;
}

void TestLibraryImport::cancelStopsEveryWriter()
{
    QFETCH(int, slowReports);
    const QStringList files = reportFiles(500, 160, namedReport);
    ArticleLibrary library;
    QVERIFY2(library.open(m_url), qPrintable(library.lastError()));
    constexpr int Writers = 4;
    constexpr int Batch = 4;
    int cancelledAt = -1;
    int reports = 0;
    const ImportReport r = import(library, files, Writers, Batch, [&](int d, int) {
        if (reports++ < slowReports) {
            QThread::msleep(1500);
            return true;
        }
        cancelledAt = d;
        return false;
    });
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(r.cancelled);
    QCOMPARE(cancelledAt, Batch * (slowReports + 1));
    // The batches in flight: one per writer, and one a writer may have claimed between
    // writing its batch and the report of it.
    QVERIFY2(r.added <= cancelledAt + 2 * Writers * Batch,
             qPrintable(QStringLiteral("%1 added").arg(r.added)));
    QCOMPARE(r.added % Batch, 0); // whole batches
    QCOMPARE(library.articleCount(), r.added);
    verifyWhole(m_url, r.added);
}

// The window's way: the import runs on another thread, its progress comes as a queued signal,
// and the user's cancel (a flag the progress callback reads) follows the first one. The import
// stops within the same bound, counted from the report at which the callback saw the flag; with
// no cancel, the last signal is the total.
void TestLibraryImport::cancelAfterProgressSignal()
{
    const QStringList files = reportFiles(700, 160, namedReport);
    constexpr int Writers = 4;
    constexpr int Batch = 4;
    int firstAdded = 0;
    for (const bool cancel : {true, false}) {
        ProgressRelay relay;
        QSignalSpy spy(&relay, &ProgressRelay::progressed);
        std::atomic<bool> cancelled = false;
        std::atomic<int> seenAt = -1; // the count of files done when the callback saw the flag
        ImportReport r;
        std::thread worker([&] {
            ArticleLibrary library;
            if (!library.open(m_url)) {
                r.error = library.lastError();
                return;
            }
            r = import(library, files, Writers, Batch, [&](int done, int total) {
                QMetaObject::invokeMethod(
                    &relay, [&relay, done, total] { Q_EMIT relay.progressed(done, total); },
                    Qt::QueuedConnection);
                if (!cancelled)
                    return true;
                seenAt = done;
                return false;
            });
        });
        const bool signalled = spy.wait(60000);
        if (cancel)
            cancelled = true;
        worker.join();
        QVERIFY(signalled);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCoreApplication::processEvents(); // the last queued signals
        if (!cancel) {
            QVERIFY(!r.cancelled);
            QCOMPARE(spy.size(), 160 / Batch);
            QCOMPARE(spy.last().at(0).toInt(), 160);
            QCOMPARE(r.added + r.duplicates, 160);
            QCOMPARE(r.duplicates, firstAdded); // the cancelled run's articles
            verifyWhole(m_url, 160);
            continue;
        }
        qInfo("cancel seen at %d of 160, %d added", int(seenAt), r.added);
        QVERIFY(r.cancelled);
        QVERIFY(seenAt > 0);
        QVERIFY2(r.added <= seenAt + 2 * Writers * Batch,
                 qPrintable(QStringLiteral("%1 added").arg(r.added)));
        QCOMPARE(r.added % Batch, 0);
        verifyWhole(m_url, r.added);
        firstAdded = r.added;
    }
}

// A library-wide correction stored before an import reaches every article the import adds
// (ServerBatchWriter rewrites their entity rows, several articles of a batch through one
// ArticleWriter) and those stored before it (CorrectionStore, one ArticleWriter for them all).
void TestLibraryImport::libraryWideCorrectionReachesImport()
{
    const QStringList files = reportFiles(900, 20, namedReport);
    const QString text = QString::fromUtf8(namedReport(900));
    ArticleLibrary library;
    QVERIFY2(library.open(m_url), qPrintable(library.lastError()));
    ImportReport r = import(library, files.mid(0, 4), 2);
    QCOMPARE(r.added, 4);
    const auto lisbon = [&](const QString &type) {
        return countRows(m_url,
                         u"SELECT count(*) FROM entities WHERE name = 'Lisbon' AND type = '"_qs +
                             type + u'\'');
    };
    QCOMPARE(lisbon(u"place"_qs), 4);
    CorrectionStore store(library);
    QVERIFY2(store.add(library.articleIdForText(text).value_or(0),
                       test::makeCorrection(CorrectionKind::ChangeType, CorrectionScope::Library,
                                            text, u"Lisbon"_qs, EntityType::Organization)),
             qPrintable(store.lastError()));
    QCOMPARE(lisbon(u"organization"_qs), 4);
    r = import(library, files, 4);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.added, 16);
    QCOMPARE(lisbon(u"place"_qs), 0);
    QCOMPARE(lisbon(u"organization"_qs), 20);
    verifyWhole(m_url, 20);
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
    QCOMPARE(countRows(m_url, u"SELECT count(*) FROM entities WHERE name = 'Mira Castell''s'"_qs),
             3);
    QCOMPARE(countRows(m_url, u"SELECT count(*) FROM entity_forms"_qs), 6);
    QCOMPARE(library.searchEntity(u"Castell"_qs).size(), 3);
}

QTEST_GUILESS_MAIN(TestLibraryImport)
#include "tst_libraryimport.moc"
