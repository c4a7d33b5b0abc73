// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon/gazetteer.h"
#include "lexicon/resources.h"
#include "lexicon/titlematcher.h"
#include "text/tokenizer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lector;

class TestGazetteer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void longestMatch_data();
    void longestMatch();
    void entriesFor();
    void extraValues();
    void cityRegions_data();
    void cityRegions();
    void loadError();
    void shortRow_data();
    void shortRow();
    void loadsBundledResources();
    void titleViews();
    void titleWord_data();
    void titleWord();

private:
    std::shared_ptr<const Resources> m_resources;
};

void TestGazetteer::initTestCase()
{
    m_resources = Resources::shared();
    QVERIFY2(m_resources->isValid(), qPrintable(m_resources->error()));
    QVERIFY(m_resources->gazetteer().size() > 20000);
}

void TestGazetteer::longestMatch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("first"); // the word the match starts at
    QTest::addColumn<int>("tokens");    // 0: no match
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("minor");

    QTest::newRow("city") << u"She flew to Lima on Monday."_qs << u"Lima"_qs << 1 << u"Lima"_qs
                          << u"city"_qs;
    QTest::newRow("longest match wins")
        << u"Troops of the United States of America left."_qs << u"United"_qs << 4
        << u"United States"_qs << u"country"_qs;
    QTest::newRow("short form") << u"The United States said no."_qs << u"United"_qs << 2
                                << u"United States"_qs << u"country"_qs;
    QTest::newRow("initials") << u"The U.S. said no."_qs << u"U.S."_qs << 1 << u"United States"_qs
                              << u"country"_qs;
    QTest::newRow("official name") << u"The Russian Federation replied."_qs << u"Russian"_qs << 2
                                   << u"Russia"_qs << u"country"_qs;
    QTest::newRow("acronym of an organization")
        << u"Leaders of NATO met."_qs << u"NATO"_qs << 1 << u"North Atlantic Treaty Organization"_qs
        << u"international"_qs;
    QTest::newRow("demonym") << u"A Norwegian official spoke."_qs << u"Norwegian"_qs << 1
                             << u"Norway"_qs << u"demonym"_qs;
    QTest::newRow("plural demonym") << u"Many Americans agree."_qs << u"Americans"_qs << 1
                                    << u"United States"_qs << u"demonym"_qs;
    QTest::newRow("continent") << u"Trade with Africa grew."_qs << u"Africa"_qs << 1 << u"Africa"_qs
                               << u"continent"_qs;
    QTest::newRow("ALL-CAPS headline")
        << u"TALKS IN BEIJING END"_qs << u"BEIJING"_qs << 1 << u"Beijing"_qs << u"city"_qs;
    QTest::newRow("dateline in capitals")
        << u"Intro\nOSLO 2021-05-04 The talks"_qs << u"OSLO"_qs << 1 << u"Oslo"_qs << u"city"_qs;
    QTest::newRow("lone capitals in ordinary text")
        << u"It came from CHINA today."_qs << u"CHINA"_qs << 0 << QString() << QString();
    QTest::newRow("lower case is not a name")
        << u"Fine china plates."_qs << u"china"_qs << 0 << QString() << QString();
    QTest::newRow("ordinary capitalised word")
        << u"Police said so."_qs << u"Police"_qs << 0 << QString() << QString();
    QTest::newRow("no match across a line break")
        << u"He left New\nYork early."_qs << u"New"_qs << 0 << QString() << QString();
    QTest::newRow("preferred entry of a shared phrase")
        << u"He visited Georgia."_qs << u"Georgia"_qs << 1 << u"Georgia"_qs << u"country"_qs;
    // Round 14: the AP abbreviation of a US state, with its period, is a form of the state.
    QTest::newRow("state abbreviation with its period")
        << u"A storm hit Lansing, Mich., at noon."_qs << u"Mich"_qs << 2 << u"Michigan"_qs
        << u"region"_qs;
    QTest::newRow("state abbreviation of initials")
        << u"Voters in Nashua, N.H., lined up."_qs << u"N.H."_qs << 1 << u"New Hampshire"_qs
        << u"region"_qs;
    QTest::newRow("state abbreviation guard: the word without its period")
        << u"Pa said the barn needed paint."_qs << u"Pa"_qs << 0 << QString() << QString();
    QTest::newRow("postal code guard: no phrase of its own")
        << u"Call ME OR text me."_qs << u"ME"_qs << 0 << QString() << QString();
}

void TestGazetteer::longestMatch()
{
    QFETCH(QString, text);
    QFETCH(QString, first);
    QFETCH(int, tokens);
    QFETCH(QString, canonical);
    QFETCH(QString, minor);

    const QList<Token> list = Tokenizer::tokenize(text);
    int start = -1;
    for (int i = 0; i < list.size() && start < 0; ++i) {
        if (QStringView(text).sliced(list[i].span.begin, list[i].span.length()) == first)
            start = i;
    }
    QVERIFY(start >= 0);
    const Gazetteer &gazetteer = m_resources->gazetteer();
    const Gazetteer::Match match = gazetteer.longestMatch(text, list, start);
    QCOMPARE(match.tokens, tokens);
    if (tokens == 0) {
        QCOMPARE(match.entry, -1);
        return;
    }
    QCOMPARE(gazetteer.entry(match.entry).canonical, canonical);
    QCOMPARE(gazetteer.entry(match.entry).minor, minor);
}

void TestGazetteer::entriesFor()
{
    const Gazetteer &gazetteer = m_resources->gazetteer();
    const QList<int> georgia = gazetteer.entriesFor(u"Georgia");
    QVERIFY(georgia.size() >= 2);
    QCOMPARE(gazetteer.entry(georgia[0]).minor, u"country"_qs);
    QCOMPARE(gazetteer.entry(georgia[1]).minor, u"region"_qs);
    QVERIFY(gazetteer.entriesFor(u"Nowhere Land Of Nothing").isEmpty());
    const QList<int> us = gazetteer.entriesFor(u"US");
    QVERIFY(!us.isEmpty());
    QCOMPARE(gazetteer.entry(us[0]).canonical, u"United States"_qs);
}

void TestGazetteer::extraValues()
{
    const Gazetteer &gazetteer = m_resources->gazetteer();
    const QList<int> moscow = gazetteer.entriesFor(u"Moscow");
    QVERIFY(!moscow.isEmpty());
    // The most populous Moscow comes first.
    QCOMPARE(gazetteer.entry(moscow[0]).value(u"iso"), u"RU");
    QVERIFY(gazetteer.entry(moscow[0]).value(u"pop").toInt() > 1000000);
    QVERIFY(gazetteer.entry(moscow[0]).value(u"nothing").isEmpty());
}

void TestGazetteer::cityRegions_data()
{
    // Resources::cityRegions(): GeoNames' first-level division of each city (the admin1 key
    // of cities.tsv), named as subdivisions.tsv names it.
    QTest::addColumn<QString>("city");
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("liesIn");
    QTest::newRow("a US city in its state") << u"Seattle"_qs << u"Washington"_qs << true;
    QTest::newRow("a name several states share") << u"Springfield"_qs << u"Missouri"_qs << true;
    QTest::newRow("the same name in another state") << u"Springfield"_qs << u"Illinois"_qs << true;
    QTest::newRow("not in a state that has no city of the name")
        << u"Springfield"_qs << u"Texas"_qs << false;
    QTest::newRow("the ASCII spelling of a city") << u"Sao Paulo"_qs << u"São Paulo"_qs << true;
    QTest::newRow("a city named as a state lies in that state alone")
        << u"New York"_qs << u"New York"_qs << true;
    QTest::newRow("the capital is no town of Utah") << u"Washington"_qs << u"Utah"_qs << false;
    QTest::newRow("outside the US") << u"Lahore"_qs << u"Punjab"_qs << true;
    QTest::newRow("a city of another country's region") << u"Lahore"_qs << u"Florida"_qs << false;
    QTest::newRow("a place no city of the gazetteer has") << u"Zzqx"_qs << u"Florida"_qs << false;
}

void TestGazetteer::cityRegions()
{
    QFETCH(QString, city);
    QFETCH(QString, region);
    QFETCH(bool, liesIn);
    const QString regions = m_resources->cityRegions().value(city.toLower());
    const QStringList list = regions.split(Resources::regionSeparator, Qt::SkipEmptyParts);
    QVERIFY2(list.contains(region.toLower()) == liesIn, qPrintable(regions));
}

void TestGazetteer::loadError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"gazetteer"_qs));
    QFile file(dir.filePath(u"gazetteer/broken.tsv"_qs));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# a comment\nOslo\tOslo\tplace\tcity\t\nNowhere\tNowhere\tplanet\tcity\t\n");
    file.close();
    const auto resources = Resources::load(dir.path());
    QVERIFY(!resources->isValid());
    QVERIFY2(resources->error().contains(u"broken.tsv"), qPrintable(resources->error()));
    QVERIFY2(resources->error().contains(u"line 3"), qPrintable(resources->error()));
}

void TestGazetteer::shortRow_data()
{
    // Resources::minimumColumns(): a row with fewer fields than its table's reader needs is
    // an error naming the file and the line, not a row read with empty fields.
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<int>("badLine"); // 0: valid
    QTest::newRow("a lexicon row short of a column")
        << u"lexicon/titles.tsv"_qs << QByteArray("Cmdr.\tm\tmilitary\nGen.\tm\n") << 3;
    QTest::newRow("a gazetteer row without its minor type")
        << u"gazetteer/places.tsv"_qs << QByteArray("Harrowgate\tHarrowgate\tplace\n") << 2;
    QTest::newRow("a one-column row of a two-column list")
        << u"lexicon/stopnames.tsv"_qs << QByteArray("Police\tword\nAccording\n") << 3;
    QTest::newRow("an optional column left out: gender of quote_words")
        << u"lexicon/quote_words.tsv"_qs << QByteArray("whispered\tverb\n") << 0;
    QTest::newRow("an optional column left out: a gazetteer row's extra")
        << u"gazetteer/places.tsv"_qs << QByteArray("Harrowgate\tHarrowgate\tplace\tcity\n") << 0;
    QTest::newRow("a table no reader lists needs one column")
        << u"lexicon/notes.tsv"_qs << QByteArray("anything\n") << 0;
}

void TestGazetteer::shortRow()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, rows);
    QFETCH(int, badLine);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(file.section(u'/', 0, 0)));
    QFile out(dir.filePath(file));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("# test rows\n" + rows);
    out.close();
    const auto resources = Resources::load(dir.path());
    if (badLine == 0) {
        QVERIFY2(resources->isValid(), qPrintable(resources->error()));
        return;
    }
    QVERIFY(!resources->isValid());
    const QString error = resources->error();
    QVERIFY2(error.contains(file.section(u'/', 1)), qPrintable(error));
    QVERIFY2(error.contains(u"line %1:"_qs.arg(badLine)), qPrintable(error));
}

// How fast this is belongs to lector-bench --load (docs/performance.md), not to a timed test.
void TestGazetteer::loadsBundledResources()
{
    const auto resources = Resources::load();
    QVERIFY2(resources->isValid(), qPrintable(resources->error()));
}

// Round 23: titles.tsv has one reader, TitleTable; each step asks it for its view.
void TestGazetteer::titleViews()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"lexicon"_qs));
    QFile out(dir.filePath(u"lexicon/titles.tsv"_qs));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("# test rows\nDefence Minister\t-\tpolitical\nGen.\tm\tmilitary\n"
              "spokeswoman\tf\trole\nchief executive\t-\tbusiness\nMayor\t-\tpolitical\n");
    out.close();
    const auto resources = Resources::load(dir.path());
    const TitleTable table(*resources);
    QCOMPARE(table.titles().size(), 5);
    QCOMPARE(table.titles().at(2).gender, Gender::Female);
    QCOMPARE(table.words(), (QStringList{u"spokeswoman"_qs, u"Mayor"_qs}));
    QCOMPARE(table.lastWords(), (QStringList{u"Minister"_qs, u"Gen"_qs, u"spokeswoman"_qs,
                                             u"executive"_qs, u"Mayor"_qs}));
    QCOMPARE(table.lowerCaseTitles(), QStringList{u"chief executive"_qs});
}

void TestGazetteer::titleWord_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("title");
    QTest::newRow("a one-word title, lower case") << u"archbishop"_qs << true;
    QTest::newRow("a one-word title, capitalised") << u"Mayor"_qs << true;
    QTest::newRow("a one-word title, all capitals") << u"SPOKESWOMAN"_qs << true;
    QTest::newRow("an abbreviated title is no word") << u"Gen."_qs << false;
    QTest::newRow("the first word of a longer title alone") << u"prime"_qs << false;
    QTest::newRow("no title") << u"harbour"_qs << false;
}

void TestGazetteer::titleWord()
{
    QFETCH(QString, word);
    QFETCH(bool, title);
    // The review of round 23: TitleTable::isWord and TitleMatcher::isTitleWord were dead code;
    // the steps read words() (SpeechLexicon::isTitleWord).
    QCOMPARE(TitleTable(*m_resources).words().contains(word, Qt::CaseInsensitive), title);
}

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
