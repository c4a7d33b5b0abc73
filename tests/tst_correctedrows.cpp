// SPDX-License-Identifier: GPL-3.0-or-later
// A user's corrections reach the library's entity and visit rows (CorrectedRows, through
// CorrectionStore): entity search and the library's actors follow a stored correction and its
// undo, a library-wide correction reaches every article that holds its words, and the analysis
// cache keeps the automatic analysis. Libraries live in a QTemporaryDir.
#include "analysis/pipeline.h"
#include "data/library/corrections.h"
#include "lexicon/resources.h"
#include "library/analysiscache.h"
#include "library/articlelibrary.h"
#include "library/correctionstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lector;

namespace {

// Written for this test; the names are invented.
const QString HarbourText =
    u"Nadia Ferreira, the mayor of Valmont, visited Oslo on Tuesday. Ferreira said the new "
    "harbour would open in May. The Northwind Trust paid for the harbour, Ferreira added."_qs;
const QString BridgeText =
    u"Engineers from Oslo inspected the old bridge in Valmont on Friday, officials said."_qs;

Document makeDocument(const QString &text)
{
    return test::makeDocument(text, u"Local news"_qs);
}

using test::makeCorrection;

} // namespace

class TestCorrectedRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void typeChangeReachesEntityRows();
    void removedEntityLeavesSearch();
    void markedEntityIsSearchable();
    void libraryWideReachesEveryArticle();
    void reanalysisKeepsCorrectedRows();
    void libraryWideReachesLaterArticles();

private:
    qint64 addAnalysed(const QString &text);
    /// The types of the article's entity rows named `name` ("" when there is none).
    QString rowType(qint64 article, const QString &name) const;

    QTemporaryDir m_dir;
    ArticleLibrary m_library;
};

void TestCorrectedRows::init()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_library.open(m_dir.filePath(u"library.sqlite"_qs)),
             qPrintable(m_library.lastError()));
}

void TestCorrectedRows::cleanup()
{
    m_library.close();
    QFile::remove(m_dir.filePath(u"library.sqlite"_qs));
}

qint64 TestCorrectedRows::addAnalysed(const QString &text)
{
    const Document document = makeDocument(text);
    const Analysis analysis = Pipeline::standard(*Resources::shared()).run(document);
    const std::optional<qint64> id = m_library.addArticle(document, analysis);
    if (!id)
        qWarning("%s", qPrintable(m_library.lastError()));
    return id.value_or(0);
}

QString TestCorrectedRows::rowType(qint64 article, const QString &name) const
{
    QSqlQuery query(QSqlDatabase::database(m_library.connectionName(), false));
    query.prepare(u"SELECT group_concat(type) FROM entities WHERE article_id = ? AND name = ?"_qs);
    query.addBindValue(article);
    query.addBindValue(name);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

void TestCorrectedRows::typeChangeReachesEntityRows()
{
    const qint64 article = addAnalysed(HarbourText);
    QVERIFY(article > 0);
    QCOMPARE(rowType(article, u"Oslo"_qs), entityTypeName(EntityType::Place));

    CorrectionStore store(m_library);
    const auto id =
        store.add(article, makeCorrection(CorrectionKind::ChangeType, CorrectionScope::Article,
                                          HarbourText, u"Oslo"_qs, EntityType::Organization));
    QVERIFY2(id, qPrintable(store.lastError()));
    QCOMPARE(rowType(article, u"Oslo"_qs), entityTypeName(EntityType::Organization));
    bool listed = false;
    for (const LibraryEntity &e : m_library.entities())
        listed |= e.name == u"Oslo" && e.type == EntityType::Organization;
    QVERIFY(listed); // `lector entities` shows the corrected type

    // The cache keeps the automatic analysis, on which corrections are applied again.
    const std::optional<Analysis> cached =
        AnalysisCache(m_library).find(article, makeDocument(HarbourText));
    QVERIFY(cached);
    const int oslo = cached->mentionAt(HarbourText.indexOf(u"Oslo"));
    QVERIFY(oslo >= 0);
    QCOMPARE(cached->mentions[oslo].type, EntityType::Place);

    QVERIFY2(store.remove(*id, article), qPrintable(store.lastError())); // undo
    QCOMPARE(rowType(article, u"Oslo"_qs), entityTypeName(EntityType::Place));
}

void TestCorrectedRows::removedEntityLeavesSearch()
{
    const qint64 article = addAnalysed(HarbourText);
    QCOMPARE(m_library.searchEntity(u"Oslo"_qs).size(), 1);
    CorrectionStore store(m_library);
    const auto id =
        store.add(article, makeCorrection(CorrectionKind::RemoveEntity, CorrectionScope::Mention,
                                          HarbourText, u"Oslo"_qs));
    QVERIFY2(id, qPrintable(store.lastError()));
    QVERIFY(m_library.searchEntity(u"Oslo"_qs).isEmpty());
    QVERIFY(rowType(article, u"Oslo"_qs).isEmpty());
    // The article's other entities stay searchable.
    QCOMPARE(m_library.searchEntity(u"Ferreira"_qs).size(), 1);
    QVERIFY(store.remove(*id, article));
    QCOMPARE(m_library.searchEntity(u"Oslo"_qs).size(), 1);
}

void TestCorrectedRows::markedEntityIsSearchable()
{
    const qint64 article = addAnalysed(HarbourText);
    QVERIFY(m_library.searchEntity(u"harbour"_qs).isEmpty());
    CorrectionStore store(m_library);
    QVERIFY(store.add(article, makeCorrection(CorrectionKind::MarkEntity, CorrectionScope::Article,
                                              HarbourText, u"harbour"_qs, EntityType::Place)));
    const QList<LibraryArticle> found = m_library.searchEntity(u"harbour"_qs);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].id, article);
    QCOMPARE(rowType(article, u"harbour"_qs), entityTypeName(EntityType::Place));
}

void TestCorrectedRows::libraryWideReachesEveryArticle()
{
    const qint64 harbour = addAnalysed(HarbourText);
    const qint64 bridge = addAnalysed(BridgeText);
    QVERIFY(harbour > 0 && bridge > 0 && harbour != bridge);
    QCOMPARE(m_library.searchEntity(u"Oslo"_qs).size(), 2);
    QCOMPARE(m_library.searchEntity(u"Valmont"_qs).size(), 2);

    CorrectionStore store(m_library);
    // Made while reading one article, it reaches the other too.
    const auto id =
        store.add(bridge, makeCorrection(CorrectionKind::RemoveEntity, CorrectionScope::Library,
                                         BridgeText, u"Oslo"_qs));
    QVERIFY2(id, qPrintable(store.lastError()));
    QVERIFY(m_library.searchEntity(u"Oslo"_qs).isEmpty());
    QCOMPARE(m_library.searchEntity(u"Valmont"_qs).size(), 2);
    QVERIFY(!store.remove(*id, bridge)); // stored for no article: this id is not the bridge's
    QVERIFY(store.remove(*id, 0));
    QCOMPARE(m_library.searchEntity(u"Oslo"_qs).size(), 2);

    // An article-scoped one stays in its article.
    QVERIFY(store.add(bridge, makeCorrection(CorrectionKind::RemoveEntity, CorrectionScope::Article,
                                             BridgeText, u"Oslo"_qs)));
    const QList<LibraryArticle> left = m_library.searchEntity(u"Oslo"_qs);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left[0].id, harbour);
}

void TestCorrectedRows::reanalysisKeepsCorrectedRows()
{
    // Kept with an empty analysis, as by a Lector that found nothing: no rows, and the
    // correction names nothing yet.
    const Document document = makeDocument(HarbourText);
    const qint64 article = m_library.addArticle(document, Analysis()).value_or(0);
    QVERIFY(article > 0);
    QVERIFY(CorrectionStore(m_library).add(
        article, makeCorrection(CorrectionKind::ChangeType, CorrectionScope::Article, HarbourText,
                                u"Oslo"_qs, EntityType::Organization)));
    QVERIFY(rowType(article, u"Oslo"_qs).isEmpty());
    // A new analysis replaces the cached one (as after an analyser upgrade): the rows are
    // made from it with the correction on top.
    AnalysisCache cache(m_library);
    QVERIFY2(cache.store(article, document, Pipeline::standard(*Resources::shared()).run(document)),
             qPrintable(cache.lastError()));
    QCOMPARE(rowType(article, u"Oslo"_qs), entityTypeName(EntityType::Organization));
    QCOMPARE(m_library.searchEntity(u"Ferreira"_qs).size(), 1);
}

void TestCorrectedRows::libraryWideReachesLaterArticles()
{
    const qint64 harbour = addAnalysed(HarbourText);
    QVERIFY(CorrectionStore(m_library).add(
        harbour, makeCorrection(CorrectionKind::ChangeType, CorrectionScope::Library, HarbourText,
                                u"Oslo"_qs, EntityType::Organization)));
    // Added after the correction, as by an import: its rows are corrected as it is written.
    const qint64 bridge = addAnalysed(BridgeText);
    QVERIFY(bridge > 0);
    QCOMPARE(rowType(bridge, u"Oslo"_qs), entityTypeName(EntityType::Organization));
    QCOMPARE(rowType(bridge, u"Valmont"_qs), entityTypeName(EntityType::Place));
    // An import of several articles in one transaction too.
    const QString third = u"Officials in Oslo praised the bridge in Valmont on Monday."_qs;
    const Document document = makeDocument(third);
    QCOMPARE(
        m_library.addArticles({{document, Pipeline::standard(*Resources::shared()).run(document)}}),
        1);
    const qint64 id = m_library.articleIdForText(third).value_or(0);
    QCOMPARE(rowType(id, u"Oslo"_qs), entityTypeName(EntityType::Organization));
    // The cache of that article keeps the automatic analysis: the correction is on the rows.
    const std::optional<Analysis> cached = AnalysisCache(m_library).find(document);
    QVERIFY(cached);
    const auto oslo = std::find_if(cached->entities.cbegin(), cached->entities.cend(),
                                   [](const Entity &e) { return e.name == u"Oslo"_qs; });
    QVERIFY(oslo != cached->entities.cend());
    QVERIFY(oslo->type != EntityType::Organization);
}

QTEST_GUILESS_MAIN(TestCorrectedRows)
#include "tst_correctedrows.moc"
