// SPDX-License-Identifier: GPL-3.0-or-later
// The library's write path as an import uses it (ArticleWriter, PreparedArticle, batches) and
// the indexes it keeps for searching: entity words (schema 4) and per-batch full-text indexing.
#include "analysis/pipeline.h"
#include "lexicon/resources.h"
#include "library/analysiscache.h"
#include "library/articleimporter.h"
#include "library/articlelibrary.h"
#include "library/articlewriter.h"
#include "library/schemamigrator.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
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
    return doc;
}

// One person known by the whole name and the last word of it.
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
    for (int i = 0; i < 2; ++i) {
        Mention m;
        m.span = {i, i + 1};
        m.type = EntityType::Person;
        m.entity = 0;
        a.mentions.append(m);
    }
    return a;
}

// FTS5's own consistency check of articles_fts against the articles it indexes.
bool ftsIsConsistent(const ArticleLibrary &library)
{
    QSqlQuery query(QSqlDatabase::database(library.connectionName(), false));
    return query.exec(u"INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')"_qs);
}

} // namespace

class TestArticleWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void entitySearchFindsNameParts_data();
    void entitySearchFindsNameParts();
    void batchIsIndexedForSearch();
    void batchStoresBinaryAnalysis();
    void entityWordsOfOlderLibraries();
    void importKeepsFileOrder();
};

void TestArticleWriter::entitySearchFindsNameParts_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");
    QTest::newRow("whole name") << u"Teodor Ilic Varga"_qs << true;
    QTest::newRow("short form") << u"Varga"_qs << true;
    QTest::newRow("first word") << u"Teodor"_qs << true;
    QTest::newRow("first two words") << u"Teodor Ilic"_qs << true;
    QTest::newRow("last two words") << u"Ilic Varga"_qs << true;
    QTest::newRow("other letter case") << u"teodor"_qs << true;
    QTest::newRow("spaces around") << u"  Ilic Varga "_qs << true;
    QTest::newRow("middle word alone") << u"Ilic"_qs << false;
    QTest::newRow("part of a word") << u"Varg"_qs << false;
    QTest::newRow("another name") << u"Teodora"_qs << false;
}

void TestArticleWriter::entitySearchFindsNameParts()
{
    QFETCH(QString, query);
    QFETCH(bool, found);
    QTemporaryDir dir;
    ArticleLibrary library;
    QVERIFY(library.open(dir.filePath(u"lib.sqlite"_qs)));
    QVERIFY(library.addArticle(
        makeDocument(u"Mayor visits the port"_qs, u"Teodor Ilic Varga toured the docks."_qs),
        personAnalysis(u"Teodor Ilic Varga"_qs, u"Varga"_qs)));
    QCOMPARE(library.searchEntity(query).size(), found ? 1 : 0);
}

// A batch's articles are indexed for full-text search by one statement before its commit; a
// text given twice in a batch is one article, indexed once.
void TestArticleWriter::batchIsIndexedForSearch()
{
    QTemporaryDir dir;
    ArticleLibrary library;
    QVERIFY(library.open(dir.filePath(u"lib.sqlite"_qs)));
    const QString first = u"A lantern festival filled the old town square."_qs;
    const QList<PreparedArticle> batch = {
        PreparedArticle::make(makeDocument(u"Lanterns"_qs, first), Analysis{}),
        PreparedArticle::make(makeDocument(u"Bridge"_qs, u"The lantern bridge reopened."_qs),
                              Analysis{}),
        PreparedArticle::make(makeDocument(u"Lanterns again"_qs, first), Analysis{}),
    };
    QCOMPARE(library.addArticles(batch), 2);
    QVERIFY(ftsIsConsistent(library));
    QCOMPARE(library.search(u"lantern"_qs).size(), 2);
    QCOMPARE(library.search(u"l*"_qs).size(), 2); // one-letter prefix index
    const QList<LibraryArticle> hits = library.search(u"festival"_qs);
    QCOMPARE(hits.size(), 1);
    QVERIFY2(hits.first().snippet.contains(u"[festival]"_qs), qPrintable(hits.first().snippet));

    QVERIFY(library.removeArticle(hits.first().id));
    QVERIFY(ftsIsConsistent(library));
    QCOMPARE(library.search(u"lantern"_qs).size(), 1);
}

// The cached analysis of an imported article is the binary one, encoded on the worker
// (PreparedArticle); the JSON table of schema 1 is no longer written.
void TestArticleWriter::batchStoresBinaryAnalysis()
{
    QTemporaryDir dir;
    ArticleLibrary library;
    QVERIFY(library.open(dir.filePath(u"lib.sqlite"_qs)));
    const Document document =
        makeDocument(u"Harbour"_qs, u"Teodor Ilic Varga met Varga's crew at the harbour."_qs);
    const PreparedArticle article =
        PreparedArticle::make(document, personAnalysis(u"Teodor Ilic Varga"_qs, u"Varga"_qs));
    QVERIFY(!article.cache.isEmpty());
    QCOMPARE(library.addArticles({article}), 1);
    const std::optional<Analysis> cached = AnalysisCache(library).find(document);
    QVERIFY(cached);
    QCOMPARE(cached->entities.size(), 1);
    QCOMPARE(cached->entities.first().name, u"Teodor Ilic Varga"_qs);
    QCOMPARE(cached->mentions.size(), 2);
    QSqlQuery query(QSqlDatabase::database(library.connectionName(), false));
    QVERIFY(query.exec(u"SELECT count(*) FROM analyses"_qs) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

// A library of schema 3 gets the entity words of the forms it holds when it is opened.
void TestArticleWriter::entityWordsOfOlderLibraries()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_qs);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"old"_qs);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (int v = 1; v <= 3; ++v)
            for (const QString &statement : SchemaMigrator::statements(v))
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        for (const QString &statement :
             {u"PRAGMA user_version = 3"_qs,
              u"INSERT INTO articles (id, hash, title, added, body) VALUES "
              "(1, 'h', 'Mayor', '2024-01-01', 'Teodor Ilic Varga toured the docks.')"_qs,
              u"INSERT INTO entities VALUES (1, 1, 'Teodor Ilic Varga', 'person', 2)"_qs,
              u"INSERT INTO entity_forms VALUES (1, 'Teodor Ilic Varga'), (1, 'Varga')"_qs})
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_qs);
    ArticleLibrary library;
    QVERIFY2(library.open(path), qPrintable(library.lastError()));
    QCOMPARE(library.searchEntity(u"Teodor"_qs).size(), 1);
    QCOMPARE(library.searchEntity(u"Ilic Varga"_qs).size(), 1);
    QCOMPARE(library.searchEntity(u"Ilic"_qs).size(), 0);
    QCOMPARE(library.search(u"docks"_qs).size(), 1); // the full-text index was rebuilt
    QVERIFY(ftsIsConsistent(library));
}

// Analysis runs on several threads ahead of the writer; articles are still stored in the
// order of the files, in whole batches.
void TestArticleWriter::importKeepsFileOrder()
{
    QTemporaryDir dir;
    QStringList files;
    QStringList titles;
    for (int i = 0; i < 7; ++i) {
        const QString path = dir.filePath(QStringLiteral("in/%1.txt").arg(i));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // Longer texts first, so later files tend to finish first.
        f.write(QStringLiteral("Notice %1\n\n").arg(i).toUtf8() +
                QByteArray("The ferry timetable changed again this week. ").repeated(40 - 5 * i));
        files.append(path);
        titles.append(QStringLiteral("Notice %1").arg(i));
    }
    ArticleLibrary library;
    QVERIFY(library.open(dir.filePath(u"lib.sqlite"_qs)));
    const Pipeline pipeline = Pipeline::standard(*Resources::shared());
    ArticleImporter importer(library, pipeline);
    importer.setThreadCount(4);
    importer.setBatchSize(2);
    QList<int> progress;
    const ImportReport report = importer.run(files, [&](int done, int) {
        progress.append(done);
        return true;
    });
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.added, 7);
    QCOMPARE(progress, (QList<int>{2, 4, 6, 7}));
    QStringList stored;
    for (const LibraryArticle &a : library.articles())
        stored.append(a.title);
    QCOMPARE(stored, titles);
    QVERIFY(ftsIsConsistent(library));
}

QTEST_GUILESS_MAIN(TestArticleWriter)
#include "tst_articlewriter.moc"
