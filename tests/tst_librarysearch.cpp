// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of a team library's search made by Lector rather than by the server: the loosened
// query the GIN index answers for a phrase, and the snippet made from a result's body.
#include "library/searchsnippet.h"
#include "library/tsquerytranslator.h"

#include <QElapsedTimer>
#include <QTest>

using namespace lector;

class TestLibrarySearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loosened_data();
    void loosened();
    void pairLoosened_data();
    void pairLoosened();
    void snippet_data();
    void snippet();
    void longTextStaysQuick();
};

void TestLibrarySearch::loosened_data()
{
    QTest::addColumn<QString>("query"); // as typed in the Library dock
    QTest::addColumn<QString>("loose");
    QTest::newRow("word") << u"Lisbon"_qs << u"'Lisbon'"_qs;
    QTest::newRow("phrase") << u"\"the talks\""_qs << u"('the' & 'talks')"_qs;
    QTest::newRow("NEAR")
        << u"NEAR(port strike, 1)"_qs
        << u"('port' & 'strike' | 'strike' & 'port' | 'port' & 'strike' | 'strike' & 'port')"_qs;
    QTest::newRow("phrase and prefix")
        << u"\"fish ma\"* OR boats"_qs << u"(('fish' & 'ma':*) | 'boats')"_qs;
    // Made an AND under a NOT, a phrase would exclude more: the query is kept as it is.
    QTest::newRow("NOT phrase") << u"boats NOT \"the port\""_qs
                                << u"('boats' & !('the' <-> 'port'))"_qs;
    QTest::newRow("quote in a word is no operator")
        << u"\"O'Neil <- x\""_qs << u"('O' & 'Neil' & 'x')"_qs;
}

void TestLibrarySearch::loosened()
{
    QFETCH(QString, query);
    QFETCH(QString, loose);
    QCOMPARE(TsQueryTranslator::loosened(TsQueryTranslator::translate(query)), loose);
}

// On the query as the server normalised it (to_tsquery(...)::text), each phrase's pairs of
// adjacent words are required too, as the lexemes '~a b' of a schema-7 team library's index.
void TestLibrarySearch::pairLoosened_data()
{
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<QString>("loose");
    QTest::newRow("word") << u"'lisbon'"_qs << u"'lisbon'"_qs;
    QTest::newRow("phrase") << u"'the' <-> 'talks'"_qs
                            << u"'the' & ( '~the talks' | '~*' ) & 'talks'"_qs;
    QTest::newRow("three words")
        << u"'the' <-> 'port' <-> 'strike'"_qs
        << u"'the' & ( '~the port' | '~*' ) & 'port' & ( '~port strike' | '~*' ) & 'strike'"_qs;
    QTest::newRow("last word a prefix")
        << u"'fish' <-> 'ma':*"_qs << u"'fish' & ( '~fish ma':* | '~*' ) & 'ma':*"_qs;
    QTest::newRow("first word a prefix: no pair")
        << u"'fi':* <-> 'market'"_qs << u"'fi':* & 'market'"_qs;
    QTest::newRow("OR keeps its place")
        << u"'boats' | 'fish' <-> 'market'"_qs
        << u"'boats' | 'fish' & ( '~fish market' | '~*' ) & 'market'"_qs;
    QTest::newRow("distance: no pair") << u"( 'port' <2> 'strike' | 'strike' <2> 'port' )"_qs
                                       << u"( 'port' & 'strike' | 'strike' & 'port' )"_qs;
    QTest::newRow("phrase inside NEAR")
        << u"'a' <-> 'b' <3> 'c'"_qs << u"'a' & ( '~a b' | '~*' ) & 'b' & 'c'"_qs;
    QTest::newRow("NOT: as it is")
        << u"'boats' & !( 'the' <-> 'port' )"_qs << u"'boats' & !( 'the' <-> 'port' )"_qs;
    QTest::newRow("quote inside a lexeme")
        << u"'o''neil' <-> 'x'"_qs << u"'o''neil' & ( '~o''neil x' | '~*' ) & 'x'"_qs;
    QTest::newRow("empty") << QString() << QString();
}

void TestLibrarySearch::pairLoosened()
{
    QFETCH(QString, normalised);
    QFETCH(QString, loose);
    QCOMPARE(TsQueryTranslator::pairLoosened(normalised), loose);
}

void TestLibrarySearch::snippet_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("words");
    QTest::addColumn<QString>("snippet");
    QTest::newRow("word in the middle")
        << u"harbour"_qs
        << u"One two three four five six seven the harbour of the town was quiet at dawn and "
           "the boats stayed in."_qs
        << 8 << u"…seven the [harbour] of the town was quiet…"_qs;
    QTest::newRow("the stretch with most hits")
        << u"boats OR harbour"_qs
        << u"Boats came. Then nothing happened for a long while in the town, until the harbour "
           "filled with boats and more boats."_qs
        << 6 << u"…until the [harbour] filled with [boats]…"_qs;
    QTest::newRow("case, accents and prefix")
        << u"sao* CAFE"_qs << u"In São Paulo the café opened.\nLines formed."_qs << 12
        << u"In [São] Paulo the [café] opened. Lines formed"_qs;
    QTest::newRow("no hit in the body: its start")
        << u"headline"_qs << u"The body never says the word of the title at all."_qs << 4
        << u"The body never says…"_qs;
    QTest::newRow("empty body") << u"x"_qs << QString() << 12 << QString();
}

void TestLibrarySearch::snippet()
{
    QFETCH(QString, query);
    QFETCH(QString, text);
    QFETCH(int, words);
    QFETCH(QString, snippet);
    QCOMPARE(SearchSnippet(TsQueryTranslator::translate(query)).make(text, words), snippet);
}

// The server sends up to 100,000 characters of each of up to 200 bodies.
void TestLibrarySearch::longTextStaysQuick()
{
    const QString text = QString(u"lorem ipsum dolor "_qs).repeated(6000) + u"target"_qs;
    QElapsedTimer timer;
    timer.start();
    const QString s = SearchSnippet(TsQueryTranslator::translate(u"target"_qs)).make(text);
    QVERIFY(s.endsWith(u"[target]"_qs));
    QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestLibrarySearch)
#include "tst_librarysearch.moc"
