// SPDX-License-Identifier: GPL-3.0-or-later
// The user's corrections in the library (CorrectionStore, in a QTemporaryDir), their JSON form,
// their surviving a fresh analysis of the same text, and `lector export` applying them
// (the real binary, LECTOR_BINARY).
#include "analysis/pipeline.h"
#include "corrections/correctionapplier.h"
#include "data/library/corrections.h"
#include "io/articlereader.h"
#include "lexicon/resources.h"
#include "library/articlelibrary.h"
#include "library/correctionstore.h"
#include "library/schemamigrator.h"

#include "data/library/pgtestserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lector;

Q_DECLARE_METATYPE(lector::Correction)

namespace {

// Written for this test; the names are invented.
const QString ArticleText =
    u"Nadia Ferreira, the mayor of Valmont, visited Oslo on Tuesday. Ferreira said the new "
    "harbour would open in May. The Northwind Trust paid for the harbour, Ferreira added."_qs;

Document makeDocument(const QString &text)
{
    return test::makeDocument(text, u"Harbour news"_qs);
}

using test::makeCorrection;

/// A type other than `type`, so that a change is visible.
EntityType otherType(EntityType type)
{
    return type == EntityType::Organization ? EntityType::Place : EntityType::Organization;
}

} // namespace

class TestCorrectionStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { PgTestServer::addBackendRows(); }
    void cleanupTestCase() { PgTestServer::instance().stop(); }
    void init();
    void cleanup();
    void addListRemove();
    void libraryWideReachesEveryArticle();
    void deletedArticleTakesItsCorrections();
    void libraryOfSchemaOneGainsCorrections();
    void survivesReanalysis();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void invalidJsonIsRejected_data();
    void invalidJsonIsRejected();
    void exportAppliesCorrections();
    void exportWithoutLibrary();
    void exportLeavesLibraryUntouched();

private:
    qint64 addArticle(const QString &text);
    QString runLector(const QStringList &arguments);

    QTemporaryDir m_dir;
    ArticleLibrary m_library;
};

void TestCorrectionStore::init()
{
    QVERIFY(m_dir.isValid());
    QFETCH_GLOBAL(QString, backend);
    const QString location = PgTestServer::location(backend, m_dir, u"library.sqlite"_qs);
    if (location.isEmpty())
        QSKIP(qPrintable(PgTestServer::instance().why()));
    QVERIFY2(m_library.open(location), qPrintable(m_library.lastError()));
}

void TestCorrectionStore::cleanup()
{
    m_library.close();
    QFile::remove(m_dir.filePath(u"library.sqlite"_qs));
}

qint64 TestCorrectionStore::addArticle(const QString &text)
{
    const std::optional<qint64> id = m_library.addArticle(makeDocument(text), Analysis());
    if (!id)
        qWarning("%s", qPrintable(m_library.lastError()));
    return id.value_or(0);
}

void TestCorrectionStore::addListRemove()
{
    const qint64 article = addArticle(ArticleText);
    QVERIFY(article > 0);
    CorrectionStore store(m_library);
    QVERIFY(store.corrections(article).isEmpty());
    Correction first = makeCorrection(CorrectionKind::MarkEntity, CorrectionScope::Mention,
                                      ArticleText, u"harbour"_qs, EntityType::Place);
    first.created = QDateTime(QDate(2025, 3, 5), QTime(10, 0), Qt::UTC);
    const Correction second = makeCorrection(CorrectionKind::RemoveEntity, CorrectionScope::Article,
                                             ArticleText, u"Oslo"_qs);
    const auto firstId = store.add(article, first);
    const auto secondId = store.add(article, second);
    QVERIFY2(firstId && secondId, qPrintable(store.lastError()));
    QVERIFY(*secondId > *firstId);

    const QList<Correction> stored = store.corrections(article);
    QCOMPARE(stored.size(), 2);
    first.id = *firstId;
    QVERIFY(!m_library.userName().isEmpty()); // who made it (schema 6)
    first.author = m_library.userName();
    QCOMPARE(stored[0], first); // every field, oldest first
    QCOMPARE(stored[1].id, *secondId);
    QCOMPARE(stored[1].kind, CorrectionKind::RemoveEntity);
    QVERIFY(stored[1].created.isValid()); // stamped when stored

    QVERIFY(!store.remove(*firstId, article + 1)); // another article's row is never removed
    QCOMPARE(store.corrections(article).size(), 2);
    QVERIFY(store.remove(*firstId, article));
    QCOMPARE(store.corrections(article).size(), 1);
    QVERIFY(!store.remove(*firstId, article)); // already gone: undo twice is an error
    QVERIFY(!store.lastError().isEmpty());
}

void TestCorrectionStore::libraryWideReachesEveryArticle()
{
    const qint64 one = addArticle(ArticleText);
    const qint64 two = addArticle(u"Ferreira opened the harbour in Valmont."_qs);
    QVERIFY(one > 0 && two > 0 && one != two);
    CorrectionStore store(m_library);
    QVERIFY(store.add(one, makeCorrection(CorrectionKind::ChangeType, CorrectionScope::Library,
                                          ArticleText, u"Valmont"_qs, EntityType::Place)));
    QVERIFY(store.add(one, makeCorrection(CorrectionKind::RemoveEntity, CorrectionScope::Article,
                                          ArticleText, u"Oslo"_qs)));
    QCOMPARE(store.corrections(one).size(), 2);
    const QList<Correction> other = store.corrections(two);
    QCOMPARE(other.size(), 1);
    QCOMPARE(other[0].scope, CorrectionScope::Library);
    QCOMPARE(other[0].text, u"Valmont"_qs);
    QCOMPARE(store.libraryCorrections(), other);
}

void TestCorrectionStore::deletedArticleTakesItsCorrections()
{
    const qint64 article = addArticle(ArticleText);
    CorrectionStore store(m_library);
    QVERIFY(store.add(article, makeCorrection(CorrectionKind::RemoveEntity,
                                              CorrectionScope::Mention, ArticleText, u"Oslo"_qs)));
    QVERIFY(m_library.removeArticle(article));
    const qint64 again = addArticle(ArticleText);
    QVERIFY(again > 0);
    QVERIFY(store.corrections(again).isEmpty());
}

namespace {

// A library written before corrections existed: only migration 1, one article.
void writeSchemaOneLibrary(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"schema1"_qs);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : SchemaMigrator::statements(1))
            QVERIFY2(query.exec(statement), qPrintable(statement));
        QVERIFY(query.exec(u"PRAGMA user_version = 1"_qs));
        query.prepare(u"INSERT INTO articles (hash, title, added, body) VALUES (?, ?, ?, ?)"_qs);
        query.addBindValue(ArticleLibrary::contentHash(ArticleText));
        query.addBindValue(u"Old"_qs);
        query.addBindValue(u"2024-01-01T00:00:00Z"_qs);
        query.addBindValue(ArticleText);
        QVERIFY(query.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(u"schema1"_qs);
}

int userVersion(const QString &path)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"version"_qs);
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (db.open() && query.exec(u"PRAGMA user_version"_qs) && query.next())
            version = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(u"version"_qs);
    return version;
}

} // namespace

void TestCorrectionStore::libraryOfSchemaOneGainsCorrections()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend != u"sqlite")
        QSKIP("an SQLite file of schema 1; a server's migrations are in tst_schemamigrator");
    const QString path = m_dir.filePath(u"schema1.sqlite"_qs);
    writeSchemaOneLibrary(path);
    if (QTest::currentTestFailed())
        return;
    ArticleLibrary old;
    QVERIFY2(old.open(path), qPrintable(old.lastError()));
    const std::optional<qint64> article = old.articleIdForText(ArticleText);
    QVERIFY(article);
    CorrectionStore store(old);
    QVERIFY2(store.add(*article, makeCorrection(CorrectionKind::RemoveEntity,
                                                CorrectionScope::Mention, ArticleText, u"Oslo"_qs)),
             qPrintable(store.lastError()));
    QCOMPARE(store.corrections(*article).size(), 1);
    QVERIFY(!old.articleIdForText(u"not in the library"_qs));
}

void TestCorrectionStore::survivesReanalysis()
{
    const auto resources = Resources::shared();
    QVERIFY2(resources->isValid(), qPrintable(resources->error()));
    const Document document = makeDocument(ArticleText);
    const Analysis before = Pipeline::standard(*resources).run(document);
    QVERIFY(!before.mentions.isEmpty());
    const Mention &first = before.mentions.first();
    const QString name = ArticleText.mid(first.span.begin, first.span.length());
    const EntityType wanted = otherType(first.type);

    const qint64 article = addArticle(ArticleText);
    CorrectionStore store(m_library);
    QVERIFY(store.add(article, makeCorrection(CorrectionKind::ChangeType, CorrectionScope::Mention,
                                              ArticleText, name, wanted)));
    QVERIFY(store.add(article, makeCorrection(CorrectionKind::MarkEntity, CorrectionScope::Article,
                                              ArticleText, u"harbour"_qs, EntityType::Place)));

    // A fresh analysis, as after an analyser upgrade; only the stored corrections carry over.
    const Analysis automatic = Pipeline::standard(*resources).run(document);
    QList<bool> applied;
    const Analysis corrected =
        CorrectionApplier::apply(document, automatic, store.corrections(article), &applied);
    QCOMPARE(applied, (QList<bool>{true, true}));
    const int m = corrected.mentionAt(first.span.begin);
    QVERIFY(m >= 0);
    QCOMPARE(corrected.entities[corrected.mentions[m].entity].type, wanted);
    int harbours = 0;
    for (const Mention &mention : corrected.mentions)
        if (ArticleText.mid(mention.span.begin, mention.span.length()) == u"harbour")
            harbours += mention.source == MentionSource::User ? 1 : 0;
    QCOMPARE(harbours, 2);
}

void TestCorrectionStore::jsonRoundTrip_data()
{
    QTest::addColumn<Correction>("correction");
    Correction mark = makeCorrection(CorrectionKind::MarkEntity, CorrectionScope::Mention,
                                     ArticleText, u"Northwind Trust"_qs, EntityType::Organization);
    mark.id = 7;
    mark.created = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    QTest::newRow("mark with id and time") << mark;
    Correction merge = makeCorrection(CorrectionKind::MergeEntities, CorrectionScope::Article,
                                      ArticleText, u"Ferreira"_qs);
    merge.target = {0, 14};
    merge.targetText = u"Nadia Ferreira"_qs;
    QTest::newRow("merge with a target") << merge;
    Correction date = makeCorrection(CorrectionKind::SetVisitDate, CorrectionScope::Mention,
                                     ArticleText, u"visited"_qs);
    date.value = u"2025-02"_qs;
    date.precision = DatePrecision::Month;
    QTest::newRow("visit date with precision") << date;
    QTest::newRow("library-wide type change")
        << makeCorrection(CorrectionKind::ChangeType, CorrectionScope::Library, ArticleText,
                          u"Valmont"_qs, EntityType::Person);
    Correction quote = makeCorrection(CorrectionKind::ReassignSpeaker, CorrectionScope::Mention,
                                      ArticleText, u"new harbour"_qs);
    QTest::newRow("unknown speaker") << quote;
}

void TestCorrectionStore::jsonRoundTrip()
{
    QFETCH(Correction, correction);
    const QJsonObject json = correctionToJson(correction);
    QVERIFY(!json.value(u"description").toString().isEmpty());
    const std::optional<Correction> back = correctionFromJson(json);
    QVERIFY(back);
    QCOMPARE(*back, correction);
    // The same through text, as in an export file.
    const QJsonDocument text = QJsonDocument::fromJson(QJsonDocument(json).toJson());
    QCOMPARE(correctionFromJson(text.object()), std::optional<Correction>(correction));
}

void TestCorrectionStore::invalidJsonIsRejected_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("unknown kind") << u"kind"_qs << QJsonValue(u"rename-entity"_qs);
    QTest::newRow("unknown scope") << u"scope"_qs << QJsonValue(u"planet"_qs);
    QTest::newRow("unknown type") << u"type"_qs << QJsonValue(u"animal"_qs);
    QTest::newRow("unknown precision") << u"precision"_qs << QJsonValue(u"fortnight"_qs);
    QTest::newRow("span ends before it begins")
        << u"span"_qs << QJsonValue(QJsonObject{{u"begin"_qs, 9}, {u"end"_qs, 3}});
    QTest::newRow("span without numbers") << u"span"_qs << QJsonValue(u"0-3"_qs);
    QTest::newRow("unreadable time") << u"created"_qs << QJsonValue(u"yesterday"_qs);
}

void TestCorrectionStore::invalidJsonIsRejected()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QJsonObject json = correctionToJson(makeCorrection(
        CorrectionKind::ChangeType, CorrectionScope::Mention, ArticleText, u"Oslo"_qs));
    QVERIFY(correctionFromJson(json)); // valid before the change
    json.insert(key, value);
    QVERIFY(!correctionFromJson(json));
}

QString TestCorrectionStore::runLector(const QStringList &arguments)
{
    const QString binary = qEnvironmentVariable("LECTOR_BINARY");
    if (binary.isEmpty() || !QFile::exists(binary))
        return u"LECTOR_BINARY does not name the lector program (run through ctest)."_qs;
    QProcess process;
    process.start(binary, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return u"lector failed: "_qs + QString::fromUtf8(process.readAllStandardError());
    return {};
}

void TestCorrectionStore::exportAppliesCorrections()
{
    const QString file = m_dir.filePath(u"harbour.txt"_qs);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(u"Harbour news\n\n"_qs.toUtf8() + ArticleText.toUtf8() + '\n');
    out.close();
    const ReadResult read = ArticleReader::readFile(file);
    QVERIFY(read.isOk());
    const auto resources = Resources::shared();
    const Analysis automatic = Pipeline::standard(*resources).run(read.document);
    QVERIFY(!automatic.entities.isEmpty());
    const Entity &entity = automatic.entities.first();
    const EntityType wanted = otherType(entity.type);

    const std::optional<qint64> article = m_library.addArticle(read.document, automatic);
    QVERIFY(article);
    const Mention &mention = automatic.mentions[entity.mentions.first()];
    Correction change;
    change.kind = CorrectionKind::ChangeType;
    change.span = mention.span;
    change.text = read.document.text.mid(mention.span.begin, mention.span.length());
    change.type = wanted;
    QVERIFY(CorrectionStore(m_library).add(*article, change));
    const QString library = m_library.path();
    m_library.close(); // the child process opens it

    const QString json = m_dir.filePath(u"harbour.json"_qs);
    const QString error = runLector(
        {u"export"_qs, u"--format"_qs, u"json"_qs, file, u"-o"_qs, json, u"--library"_qs, library});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile result(json);
    QVERIFY(result.open(QIODevice::ReadOnly));
    const QJsonObject exported = QJsonDocument::fromJson(result.readAll()).object();
    const QJsonArray corrections = exported.value(u"corrections").toArray();
    QCOMPARE(corrections.size(), 1);
    QCOMPARE(corrections[0].toObject().value(u"kind").toString(), u"change-type"_qs);
    QCOMPARE(corrections[0].toObject().value(u"text").toString(), change.text);
    bool found = false;
    for (const QJsonValue &e : exported.value(u"entities").toArray()) {
        if (e.toObject().value(u"name").toString() == entity.name) {
            QCOMPARE(e.toObject().value(u"type").toString(), entityTypeName(wanted));
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(entity.name));

    // The HTML export lists the correction in its "Corrections" section.
    const QString html = m_dir.filePath(u"harbour.html"_qs);
    const QString htmlError = runLector(
        {u"export"_qs, u"--format"_qs, u"html"_qs, file, u"-o"_qs, html, u"--library"_qs, library});
    QVERIFY2(htmlError.isEmpty(), qPrintable(htmlError));
    QFile page(html);
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString listed = QString::fromUtf8(page.readAll())
                               .section(u"id=\"corrections\""_qs, 1)
                               .section(u"</section>"_qs, 0, 0);
    QVERIFY2(listed.contains(describeCorrection(change).toHtmlEscaped()), qPrintable(listed));

    // So does the CSV of entities (its rows: name, type, forms, count).
    const QString csv = m_dir.filePath(u"harbour.csv"_qs);
    const QString csvError = runLector(
        {u"export"_qs, u"--format"_qs, u"csv"_qs, file, u"-o"_qs, csv, u"--library"_qs, library});
    QVERIFY2(csvError.isEmpty(), qPrintable(csvError));
    QFile table(csv);
    QVERIFY(table.open(QIODevice::ReadOnly));
    const QString rows = QString::fromUtf8(table.readAll());
    QVERIFY2(rows.contains(entity.name + u',' + entityTypeName(wanted) + u','), qPrintable(rows));
}

void TestCorrectionStore::exportWithoutLibrary()
{
    // A library that does not exist is not created: the export is the automatic analysis.
    QFETCH_GLOBAL(QString, backend);
    if (backend != u"sqlite")
        QSKIP("a missing SQLite file; a missing server database is in tst_libraryserver");
    const QString file = m_dir.filePath(u"plain.txt"_qs);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(ArticleText.toUtf8());
    out.close();
    const QString missing = m_dir.filePath(u"none/library.sqlite"_qs);
    const QString json = m_dir.filePath(u"plain.json"_qs);
    const QString error = runLector(
        {u"export"_qs, u"--format"_qs, u"json"_qs, file, u"-o"_qs, json, u"--library"_qs, missing});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!QFile::exists(missing));
    QFile result(json);
    QVERIFY(result.open(QIODevice::ReadOnly));
    const QJsonObject exported = QJsonDocument::fromJson(result.readAll()).object();
    QVERIFY(exported.value(u"corrections").isArray());
    QVERIFY(exported.value(u"corrections").toArray().isEmpty());
    QVERIFY(!exported.value(u"entities").toArray().isEmpty());
}

// Exporting only reads the library: an old one is neither migrated nor otherwise rewritten.
void TestCorrectionStore::exportLeavesLibraryUntouched()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend != u"sqlite")
        QSKIP("an SQLite file of schema 1");
    const QString path = m_dir.filePath(u"old.sqlite"_qs);
    writeSchemaOneLibrary(path);
    if (QTest::currentTestFailed())
        return;
    const QString file = m_dir.filePath(u"old.txt"_qs);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(ArticleText.toUtf8());
    out.close();
    const QString json = m_dir.filePath(u"old.json"_qs);
    const QString error = runLector(
        {u"export"_qs, u"--format"_qs, u"json"_qs, file, u"-o"_qs, json, u"--library"_qs, path});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(QFile::exists(json));
    QCOMPARE(userVersion(path), 1);
}

QTEST_GUILESS_MAIN(TestCorrectionStore)
#include "tst_correctionstore.moc"
