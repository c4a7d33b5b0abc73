// SPDX-License-Identifier: GPL-3.0-or-later
// An import into a library that has library-wide corrections, on SQLite and on the tests'
// PostgreSQL server (pgtestserver.h): the corrections reach every article the import adds, each
// article's rows are written once, already corrected (before, they were written, deleted and
// written again one article at a time, which made such an import about seven times slower), and
// what is stored is exactly what correcting the articles after the import stores.
#include "analysis/pipeline.h"
#include "lexicon/resources.h"
#include "library/articlelibrary.h"
#include "library/correctionstore.h"

#include "data/library/corrections.h"
#include "data/library/importfixture.h"
#include "data/library/pgtestserver.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlRecord>
#include <QTest>

#include <memory>
#include <optional>

using namespace lector;

namespace {

// A named report with a trip to Lisbon; every third one also tells of a trip to Porto, and every
// one of a trip to Accra (visits).
QByteArray travelReport(int n)
{
    QByteArray text = test::report(n) +
                      "The envoy Maria Okafor arrived in Lisbon on Monday for talks.\n"
                      "Okafor flew to Accra in November to meet trade officials there.\n";
    if (n % 3 == 0)
        text += "Ana Duarte flew to Porto on Tuesday for talks with the port authority.\n";
    return text;
}

// Two library-wide corrections: "Lisbon" (in every report) is an organization, "Porto" (in a
// third of them) is no name.
QList<Correction> libraryCorrections()
{
    const QString text = QString::fromUtf8(travelReport(0));
    return {test::makeCorrection(CorrectionKind::ChangeType, CorrectionScope::Library, text,
                                 u"Lisbon"_qs, EntityType::Organization),
            test::makeCorrection(CorrectionKind::RemoveEntity, CorrectionScope::Library, text,
                                 u"Porto"_qs)};
}

// Every row of `sql` as one line of its columns, the first column (an id) left out and the
// values of `children` (keyed by that id) appended, sorted: rows compared by content, since the
// ids of entities and visits may differ between two libraries holding the same.
QStringList contentRows(QSqlDatabase &db, const QString &sql, const QString &childSql)
{
    QHash<qint64, QStringList> children;
    QSqlQuery q(db);
    if (!childSql.isEmpty() && q.exec(childSql))
        while (q.next())
            children[q.value(0).toLongLong()].append(q.value(1).toString());
    QStringList rows;
    if (!q.exec(sql))
        return {u"error: "_qs + sql};
    while (q.next()) {
        QStringList columns;
        for (int c = 1; c < q.record().count(); ++c)
            columns.append(q.value(c).toString());
        QStringList own = children.value(q.value(0).toLongLong());
        own.sort();
        rows.append(columns.join(u'|') + u" {"_qs + own.join(u',') + u'}');
    }
    rows.sort();
    return rows;
}

// What a library holds of its articles, by their hash: the analysis cache, the entity rows with
// their forms and words, the visits with their forms.
QStringList storedContent(const QString &location)
{
    QStringList content;
    test::withConnection(location, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (q.exec(u"SELECT a.hash, c.analyser_version, c.published, c.data FROM analysis_cache c "
                   "JOIN articles a ON a.id = c.article_id"_qs))
            while (q.next()) {
                const QByteArray blob = q.value(3).toByteArray();
                const QString md5 = QString::fromLatin1(
                    QCryptographicHash::hash(blob, QCryptographicHash::Md5).toHex());
                content.append(QStringList{q.value(0).toString(), q.value(1).toString(),
                                           q.value(2).toString(), md5}
                                   .join(u'|'));
            }
        content.sort();
        content += contentRows(db,
                               u"SELECT e.id, a.hash, e.name, e.type, e.mentions FROM entities e "
                               "JOIN articles a ON a.id = e.article_id"_qs,
                               u"SELECT entity_id, 'form ' || form FROM entity_forms UNION ALL "
                               "SELECT entity_id, 'word ' || word FROM entity_words"_qs);
        content += contentRows(db,
                               u"SELECT v.id, a.hash, v.visitor, v.place, v.date, v.precision, "
                               "v.evidence FROM visits v JOIN articles a ON a.id = v.article_id"_qs,
                               u"SELECT visit_id, form FROM visit_forms"_qs);
    });
    return content;
}

// The entity rows named "Lisbon" of `type` in the library at `location`.
int lisbonRows(const QString &location, const QString &type)
{
    return test::countRows(location, u"SELECT count(*) FROM entities WHERE name = 'Lisbon' AND "
                                     "type = '"_qs +
                                         type + u"'"_qs);
}

} // namespace

class TestLibraryImportCorrections : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { PgTestServer::addBackendRows(); }
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        m_pipeline.emplace(Pipeline::standard(*Resources::shared()));
    }
    void cleanupTestCase() { PgTestServer::instance().stop(); }
    void init();
    void libraryWideCorrectionReachesImport();
    void sameRowsAsCorrectingAfter();
    void rowsWrittenOnce();
    void correctionWaitingForItsIdOnSqlite();

private:
    // A new, empty library of this row's backend; empty (and the test skipped) without a server.
    QString newLibrary(const QString &name)
    {
        QFETCH_GLOBAL(QString, backend);
        m_server = backend == u"postgresql";
        return PgTestServer::location(backend, m_files, name);
    }
    // Stores `corrections` in the library (CorrectionStore: the rows of the articles they reach
    // are written again).
    static void store(ArticleLibrary &library, const QList<Correction> &corrections)
    {
        CorrectionStore store(library);
        for (const Correction &c : corrections)
            QVERIFY2(store.add(0, c), qPrintable(store.lastError()));
    }
    // Two writers on a team library (one per core here), one on a file.
    ImportReport import(ArticleLibrary &library, const QStringList &files, int writers = 2)
    {
        return test::importFiles(library, *m_pipeline, files, writers);
    }

    QTemporaryDir m_files;
    test::ImportFiles m_texts;
    QString m_location;
    bool m_server = false;
    std::optional<Pipeline> m_pipeline;
};

void TestLibraryImportCorrections::init()
{
    static int libraries = 0;
    m_location = newLibrary(QStringLiteral("lib%1.sqlite").arg(++libraries));
    if (m_location.isEmpty())
        QSKIP(qPrintable(PgTestServer::instance().why()));
}

// A library-wide correction stored before an import reaches every article the import adds (and
// those stored before it, through CorrectionStore).
void TestLibraryImportCorrections::libraryWideCorrectionReachesImport()
{
    const QStringList files = m_texts.reports(900, 20, test::namedReport);
    ArticleLibrary library;
    QVERIFY2(library.open(m_location), qPrintable(library.lastError()));
    ImportReport r = import(library, files.mid(0, 4));
    QCOMPARE(r.added, 4);
    const auto lisbon = [&](const QString &type) { return lisbonRows(m_location, type); };
    QCOMPARE(lisbon(u"place"_qs), 4);
    store(library, libraryCorrections().mid(0, 1));
    QCOMPARE(lisbon(u"organization"_qs), 4);
    r = import(library, files, 4);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.added, 16);
    QCOMPARE(lisbon(u"place"_qs), 0);
    QCOMPARE(lisbon(u"organization"_qs), 20);
    test::verifyWhole(m_location, 20);
}

// Importing under the corrections stores what importing first and correcting after stores (the
// way CorrectionStore rewrites an article's rows): the same analysis cache (the automatic
// analysis), entity rows, forms, words, visits and visit forms of every article.
void TestLibraryImportCorrections::sameRowsAsCorrectingAfter()
{
    const QStringList files = m_texts.reports(1000, 30, travelReport);
    ArticleLibrary before;
    QVERIFY2(before.open(m_location), qPrintable(before.lastError()));
    store(before, libraryCorrections());
    ImportReport r = import(before, files);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.added, 30);

    const QString otherLocation = newLibrary(u"after.sqlite"_qs);
    ArticleLibrary after;
    QVERIFY2(after.open(otherLocation), qPrintable(after.lastError()));
    r = import(after, files);
    QCOMPARE(r.added, 30);
    const QStringList uncorrected = storedContent(otherLocation);
    const QString visits = u"SELECT count(*) FROM visits"_qs;
    const int visitsBefore = test::countRows(otherLocation, visits);
    QVERIFY(visitsBefore > 0);
    store(after, libraryCorrections());

    // The corrections change entity rows and visits.
    const QStringList corrected = storedContent(otherLocation);
    QVERIFY(corrected != uncorrected);
    QCOMPARE(test::countRows(otherLocation,
                             u"SELECT count(*) FROM entities "
                             "WHERE name = 'Porto' OR (name = 'Lisbon' AND type = 'place')"_qs),
             0);
    QVERIFY(test::countRows(otherLocation, visits) != visitsBefore);
    QCOMPARE(storedContent(m_location), corrected);
}

// An import under a library-wide correction that reaches every article deletes no entity or
// visit row: each article's rows are written once, corrected (counted by a trigger the test
// adds).
void TestLibraryImportCorrections::rowsWrittenOnce()
{
    const QStringList files = m_texts.reports(1100, 12, travelReport);
    ArticleLibrary library;
    QVERIFY2(library.open(m_location), qPrintable(library.lastError()));
    store(library, libraryCorrections());
    test::withConnection(m_location, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        QStringList sql{u"CREATE TABLE test_deleted (n INTEGER)"_qs};
        for (const QString &table : {u"entities"_qs, u"visits"_qs}) {
            sql.append(
                m_server ? u"CREATE TRIGGER test_count_%1 AFTER DELETE ON %1 FOR EACH ROW EXECUTE "
                           "FUNCTION test_count()"_qs.arg(table)
                         : u"CREATE TRIGGER test_count_%1 AFTER DELETE ON %1 BEGIN INSERT INTO "
                           "test_deleted VALUES (1); END"_qs.arg(table));
        }
        if (m_server)
            sql.insert(1, u"CREATE FUNCTION test_count() RETURNS trigger LANGUAGE plpgsql AS "
                          "$$BEGIN INSERT INTO test_deleted VALUES (1); RETURN NULL; END$$"_qs);
        for (const QString &statement : sql)
            QVERIFY2(q.exec(statement), qPrintable(statement + q.lastError().text()));
    });
    const ImportReport r = import(library, files);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.added, 12);
    QCOMPARE(test::countRows(m_location, u"SELECT count(*) FROM entities WHERE type = "
                                         "'organization' AND name = 'Lisbon'"_qs),
             12);
    QCOMPARE(test::countRows(m_location, u"SELECT count(*) FROM test_deleted"_qs), 0);
}

// SQLite's per-article path (review 16 of round 9): a correction stored for an article id not
// yet taken (its article removed on a connection without foreign keys, as another program may
// do) reaches the article that gets that id again. The import then looks up each article's own
// corrections (ArticleLibrary::addArticles: lookPerArticle) and writes that article's rows
// corrected through the batch's writer (AnalysisCache::writeRows); the others stay automatic.
// A server's foreign keys leave no such correction behind.
void TestLibraryImportCorrections::correctionWaitingForItsIdOnSqlite()
{
    if (m_server)
        QSKIP("Only SQLite takes the per-article path.");
    const QStringList files = m_texts.reports(1200, 3, travelReport);
    ArticleLibrary library;
    QVERIFY2(library.open(m_location), qPrintable(library.lastError()));
    ImportReport r = import(library, files);
    QCOMPARE(r.added, 3);
    // The last id's article, and the file it was read from.
    const qint64 id = 3;
    const std::optional<Document> document = library.document(id);
    QVERIFY(document);
    QString file;
    for (int i = 0; i < 3; ++i) {
        if (document->text.contains(u"berth %1 "_qs.arg(1200 + i)))
            file = files[i];
    }
    QVERIFY(!file.isEmpty());
    CorrectionStore store(library);
    QVERIFY2(
        store.add(id, test::makeCorrection(CorrectionKind::ChangeType, CorrectionScope::Article,
                                           document->text, u"Lisbon"_qs, EntityType::Organization)),
        qPrintable(store.lastError()));
    // The article goes (its correction with it), then the correction comes back without it.
    test::withConnection(m_location, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE test_kept AS SELECT * FROM corrections"_qs));
    });
    QVERIFY(library.removeArticle(id));
    test::withConnection(m_location, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        for (const QString &sql :
             {u"PRAGMA foreign_keys = OFF"_qs,
              u"INSERT INTO corrections SELECT * FROM test_kept"_qs, u"DROP TABLE test_kept"_qs})
            QVERIFY2(q.exec(sql), qPrintable(sql + q.lastError().text()));
    });
    const auto lisbon = [&](const QString &type) { return lisbonRows(m_location, type); };
    QCOMPARE(lisbon(u"organization"_qs), 0);
    // The same file again, imported alone so that it gets the id 3 again.
    r = import(library, {file}, 1);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.added, 1);
    QCOMPARE(test::countRows(m_location, u"SELECT count(*) FROM entities WHERE article_id = 3 AND "
                                         "name = 'Lisbon' AND type = 'organization'"_qs),
             1);
    QCOMPARE(lisbon(u"place"_qs), 2); // the other two articles
    test::verifyWhole(m_location, 3);
}

QTEST_GUILESS_MAIN(TestLibraryImportCorrections)
#include "tst_libraryimportcorrections.moc"
