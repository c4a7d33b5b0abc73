// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/actorindex.h"
#include "library/analysiscache.h"
#include "library/articlelibrary.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lector;

namespace {

Document makeDocument(const QString &title, const QString &text, QDate published)
{
    Document doc;
    doc.title = title;
    doc.text = text;
    doc.source = u"test"_qs;
    doc.published = published;
    return doc;
}

Entity makeEntity(const QString &name, EntityType type, const QStringList &forms, int mentions)
{
    Entity e;
    e.id = u"e"_qs + name;
    e.name = name;
    e.type = type;
    e.forms = forms;
    for (int i = 0; i < mentions; ++i)
        e.mentions.append(i);
    return e;
}

// An analysis with a visitor (entity 0) who went to a place (entity 1) in the first sentence.
// Mention spans all sit at the start of the text: only their counts matter here.
Analysis visitAnalysis(const Entity &visitor, const QString &place, const QString &date,
                       DatePrecision precision, qsizetype sentenceEnd)
{
    Analysis a;
    a.entities = {visitor, makeEntity(place, EntityType::Place, {place}, 1)};
    for (int i = 0; i < int(visitor.mentions.size()); ++i)
        a.mentions.append({{i, i + 1}, visitor.type, MentionSource::Model, 0, {}, 1.0f});
    a.entities[1].mentions = {int(a.mentions.size())};
    a.mentions.append({{10, 11}, EntityType::Place, MentionSource::Model, 1, {}, 1.0f});
    a.sentences = {{{0, sentenceEnd}, 0, 0, 0}};
    Visit v;
    v.visitor = 0;
    v.place = 1;
    v.date = date;
    v.precision = precision;
    v.sentence = 0;
    v.evidence = {0, sentenceEnd};
    a.visits = {v};
    a.timeline = {0};
    return a;
}

const QString TextA = u"The envoy Maria Okafor arrived in Lisbon on Monday for talks."_qs;
const QString TextB = u"Okafor flew to Accra in November to meet trade officials there."_qs;
const QString TextC = u"The Okafor river burst its banks after a week of heavy rain."_qs;

} // namespace

class TestActorIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void otherArticles_data();
    void otherArticles();
    void visitsAcrossTheLibrary();
    void removedArticleTakesItsVisits();
    void cacheFindsTheStoredAnalysis();
    void cacheMisses_data();
    void cacheMisses();

private:
    void exec(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ArticleLibrary> m_library;
    qint64 m_idA = 0, m_idB = 0, m_idC = 0;
};

void TestActorIndex::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_library = std::make_unique<ArticleLibrary>();
    QVERIFY2(m_library->open(m_dir->filePath(u"lib.sqlite"_qs)),
             qPrintable(m_library->lastError()));
    const Entity full =
        makeEntity(u"Maria Okafor"_qs, EntityType::Person, {u"Maria Okafor"_qs, u"Okafor"_qs}, 2);
    const Entity surname = makeEntity(u"Okafor"_qs, EntityType::Person, {u"Okafor"_qs}, 3);
    const Entity river = makeEntity(u"Okafor"_qs, EntityType::Place, {u"Okafor"_qs}, 1);
    m_idA = m_library
                ->addArticle(makeDocument(u"Envoy in Lisbon"_qs, TextA, QDate(2024, 3, 5)),
                             visitAnalysis(full, u"Lisbon"_qs, u"2024-03-04"_qs, DatePrecision::Day,
                                           TextA.size()))
                .value_or(0);
    m_idB = m_library
                ->addArticle(makeDocument(u"Trade mission"_qs, TextB, QDate(2023, 12, 1)),
                             visitAnalysis(surname, u"Accra"_qs, u"2023-11"_qs,
                                           DatePrecision::Month, TextB.size()))
                .value_or(0);
    Analysis flood;
    flood.entities = {river};
    flood.mentions = {{{4, 10}, EntityType::Place, MentionSource::Model, 0, {}, 1.0f}};
    m_idC = m_library->addArticle(makeDocument(u"Flood"_qs, TextC, QDate(2024, 1, 9)), flood)
                .value_or(0);
    QVERIFY(m_idA > 0 && m_idB > 0 && m_idC > 0);
}

void TestActorIndex::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

void TestActorIndex::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_library->connectionName(), false));
    QVERIFY2(query.exec(sql), qPrintable(sql));
}

void TestActorIndex::otherArticles_data()
{
    QTest::addColumn<QStringList>("forms");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("exclude"); // 0: article A, 1: none
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QList<int>>("mentions");
    QTest::newRow("full name finds the surname-only article")
        << QStringList{u"Maria Okafor"_qs, u"Okafor"_qs} << int(EntityType::Person) << 0
        << QStringList{u"Trade mission"_qs} << QList<int>{3};
    QTest::newRow("forms match without case")
        << QStringList{u"okafor"_qs} << int(EntityType::Person) << 0
        << QStringList{u"Trade mission"_qs} << QList<int>{3};
    QTest::newRow("nothing excluded, newest first")
        << QStringList{u"Okafor"_qs} << int(EntityType::Person) << 1
        << QStringList{u"Envoy in Lisbon"_qs, u"Trade mission"_qs} << QList<int>{2, 3};
    QTest::newRow("same word as a place is another actor")
        << QStringList{u"Okafor"_qs} << int(EntityType::Place) << 1 << QStringList{u"Flood"_qs}
        << QList<int>{1};
    QTest::newRow("unknown form") << QStringList{u"Nobody"_qs} << int(EntityType::Person) << 1
                                  << QStringList{} << QList<int>{};
    QTest::newRow("no forms") << QStringList{u" "_qs} << int(EntityType::Person) << 1
                              << QStringList{} << QList<int>{};
}

void TestActorIndex::otherArticles()
{
    QFETCH(QStringList, forms);
    QFETCH(int, type);
    QFETCH(int, exclude);
    QFETCH(QStringList, titles);
    QFETCH(QList<int>, mentions);
    const QList<ActorArticle> found =
        ActorIndex(*m_library).otherArticles(forms, EntityType(type), exclude == 0 ? m_idA : 0);
    QStringList gotTitles;
    QList<int> gotMentions;
    for (const ActorArticle &a : found) {
        gotTitles.append(a.title);
        gotMentions.append(a.mentions);
        QVERIFY(a.published.isValid());
    }
    QCOMPARE(gotTitles, titles);
    QCOMPARE(gotMentions, mentions);
}

void TestActorIndex::visitsAcrossTheLibrary()
{
    const QList<ActorVisit> visits =
        ActorIndex(*m_library).visits({u"Maria Okafor"_qs, u"Okafor"_qs});
    QCOMPARE(visits.size(), 2);
    QCOMPARE(visits[0].place, u"Accra"_qs); // 2023-11 before 2024-03-04
    QCOMPARE(visits[0].date, u"2023-11"_qs);
    QCOMPARE(visits[0].precision, DatePrecision::Month);
    QCOMPARE(visits[0].articleId, m_idB);
    QCOMPARE(visits[0].articleTitle, u"Trade mission"_qs);
    QCOMPARE(visits[0].evidence, TextB);
    QCOMPARE(visits[1].place, u"Lisbon"_qs);
    QCOMPARE(visits[1].visitor, u"Maria Okafor"_qs);
    QCOMPARE(visits[1].precision, DatePrecision::Day);
    QVERIFY(ActorIndex(*m_library).visits({u"Lisbon"_qs}).isEmpty()); // places do not visit
}

void TestActorIndex::removedArticleTakesItsVisits()
{
    QVERIFY(m_library->removeArticle(m_idB));
    const QList<ActorVisit> visits = ActorIndex(*m_library).visits({u"Okafor"_qs});
    QCOMPARE(visits.size(), 1);
    QCOMPARE(visits[0].articleId, m_idA);
}

void TestActorIndex::cacheFindsTheStoredAnalysis()
{
    const AnalysisCache cache(*m_library);
    const Document doc = makeDocument(u"Any title"_qs, TextA, QDate(2024, 3, 5));
    QVERIFY(cache.isCurrent(m_idA, doc));
    const std::optional<Analysis> found = cache.find(doc);
    QVERIFY(found);
    QCOMPARE(found->entities.size(), 2);
    QCOMPARE(found->entities[0].forms, (QStringList{u"Maria Okafor"_qs, u"Okafor"_qs}));
    QCOMPARE(found->visits.size(), 1);
    QCOMPARE(found->visits[0].date, u"2024-03-04"_qs);
}

void TestActorIndex::cacheMisses_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QDate>("published");
    QTest::newRow("another publication date") << QString() << QDate(2024, 3, 6);
    QTest::newRow("no publication date") << QString() << QDate();
    QTest::newRow("older analyser version")
        << u"UPDATE analysis_cache SET analyser_version = '0.0.1'"_qs << QDate(2024, 3, 5);
    QTest::newRow("damaged blob") << u"UPDATE analysis_cache SET data = x'4c43414e0001'"_qs
                                  << QDate(2024, 3, 5);
    QTest::newRow("no entry") << u"DELETE FROM analysis_cache"_qs << QDate(2024, 3, 5);
}

// Every miss re-analyses; storing the new analysis makes the entry current again.
void TestActorIndex::cacheMisses()
{
    QFETCH(QString, sql);
    QFETCH(QDate, published);
    if (!sql.isEmpty())
        exec(sql);
    AnalysisCache cache(*m_library);
    const Document doc = makeDocument(u"Envoy in Lisbon"_qs, TextA, published);
    QVERIFY(!cache.find(doc));
    Analysis again;
    again.completed = {u"tokens"_qs};
    QVERIFY2(cache.store(m_idA, doc, again), qPrintable(cache.lastError()));
    QVERIFY(cache.isCurrent(m_idA, doc));
    QCOMPARE(cache.find(doc)->completed, QStringList{u"tokens"_qs});
    // The re-analysis has no visits: the article's old ones are gone from the library.
    QVERIFY(ActorIndex(*m_library).visits({u"Maria Okafor"_qs}).isEmpty());
    QCOMPARE(ActorIndex(*m_library).visits({u"Okafor"_qs}).size(), 1);
}

QTEST_GUILESS_MAIN(TestActorIndex)
#include "tst_actorindex.moc"
