// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/pipeline.h"
#include "analysis/visits/visitcontext.h"
#include "analysis/visits/visitlexicon.h"
#include "analysis/visits/visitstructure.h"
#include "lexicon/resources.h"

#include <QTest>

using namespace lector;

// The clause reading the visit model's structure features come from (VisitStructure): who the
// travel cue's agent is and which place its preposition governs, one row per structure, in
// sentences written for this test. The decision itself is tested in tst_visitmodel.
class TestVisitStructure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roles_data();
    void roles();
};

void TestVisitStructure::roles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("actor"); ///< the first word of the actor's mention
    QTest::addColumn<QString>("place"); ///< the first word of the place's mention
    QTest::addColumn<QString>("agent");
    QTest::addColumn<QString>("destination");

    const QString talks = u"Thai Foreign Minister Somchai Rattana held talks in Bangkok on Monday "
                          "with Norwegian Fisheries Minister Lena Vogt."_qs;
    const QString met =
        u"Fisheries Minister Lena Vogt met Governor Ana Ruiz in Denver on Monday."_qs;
    const QString list =
        u"Fisheries Minister Lena Vogt visited Hanoi, Bangkok and Jakarta last week."_qs;
    const QString signal = u"Chancellor Greta Lindqvist arrived in Oslo and called the vote a "
                           "signal for Peru, Chile and Ecuador."_qs;
    QTest::newRow("agent: subject; destination: the cue's object over modifiers")
        << u"Fisheries Minister Lena Vogt flew on Monday to the southern town of Dalat."_qs
        << u"Lena"_qs << u"Dalat"_qs << u"subj"_qs << u"obj"_qs;
    QTest::newRow("agent: subject over a relative clause")
        << u"Ibrahim Kone, who would later become minister, visited Hanoi in 1990."_qs
        << u"Ibrahim"_qs << u"Hanoi"_qs << u"subj"_qs << u"obj"_qs;
    QTest::newRow("agent: possessor")
        << u"Fisheries Minister Lena Vogt's three-day visit to Hanoi ended on Monday."_qs
        << u"Lena"_qs << u"Hanoi"_qs << u"poss"_qs << u"obj"_qs;
    QTest::newRow("agent: a visit by X")
        << u"The deal was signed during a visit to Hanoi by Fisheries Minister Lena Vogt."_qs
        << u"Lena"_qs << u"Hanoi"_qs << u"by"_qs << u"obj"_qs;
    QTest::newRow("agent: companion of talks in P")
        << talks << u"Lena"_qs << u"Bangkok"_qs << u"with"_qs << u"obj"_qs;
    QTest::newRow("agent: subject of talks in P") //
        << talks << u"Somchai"_qs << u"Bangkok"_qs << u"subj"_qs << u"obj"_qs;
    QTest::newRow("agent: the object met in P") //
        << met << u"Ana"_qs << u"Denver"_qs << u"obj"_qs << u"obj"_qs;
    QTest::newRow("agent: subject of met X in P")
        << met << u"Lena"_qs << u"Denver"_qs << u"subj"_qs << u"obj"_qs;
    const QString rally = u"Mayor Clara Benning and Commissioner Piet Halvorsen held a rally in "
                          "Lyon on Monday."_qs;
    QTest::newRow("agent: the first of two coordinated subjects") //
        << rally << u"Clara"_qs << u"Lyon"_qs << u"subj"_qs << u"obj"_qs;
    QTest::newRow("agent: the second of two coordinated subjects") //
        << rally << u"Piet"_qs << u"Lyon"_qs << u"subj"_qs << u"obj"_qs;
    QTest::newRow("agent: subject after a fronted phrase")
        << u"Speaking in Kampala on Thursday, Fisheries Minister Lena Vogt said the fund would "
           "double."_qs
        << u"Lena"_qs << u"Kampala"_qs << u"front"_qs << u"none"_qs;
    QTest::newRow("agent: in another clause")
        << u"Fisheries Minister Lena Vogt stayed at home, but Governor Ana Ruiz flew to Denver."_qs
        << u"Lena"_qs << u"Denver"_qs << u"other"_qs << u"obj"_qs;
    QTest::newRow("destination: head of a list") //
        << list << u"Lena"_qs << u"Hanoi"_qs << u"subj"_qs << u"obj"_qs;
    QTest::newRow("destination: item of a list") //
        << list << u"Lena"_qs << u"Jakarta"_qs << u"subj"_qs << u"list"_qs;
    QTest::newRow("destination: the object of another preposition")
        << signal << u"Greta"_qs << u"Chile"_qs << u"subj"_qs << u"pp"_qs;
    QTest::newRow("destination: the cue's object before another phrase")
        << signal << u"Greta"_qs << u"Oslo"_qs << u"subj"_qs << u"obj"_qs;
    QTest::newRow("destination: the object of a relation word")
        << u"Fisheries Minister Lena Vogt's visit to Hanoi came after the Chinese blockade of "
           "Manila."_qs
        << u"Lena"_qs << u"Manila"_qs << u"poss"_qs << u"pp"_qs;
    QTest::newRow("destination: after a list item with its abbreviation")
        << u"Fisheries Minister Lena Vogt's visit to Hanoi is a signal for the European Union "
           "(EU) and Chile."_qs
        << u"Lena"_qs << u"Chile"_qs << u"poss"_qs << u"pp"_qs;
    QTest::newRow("destination: a modifier")
        << u"Fisheries Minister Lena Vogt met the Brazil delegation on Monday."_qs << u"Lena"_qs
        << u"Brazil"_qs << u"subj"_qs << u"mod"_qs;
    QTest::newRow("destination: a place's possessor")
        << u"Fisheries Minister Lena Vogt met Brazil's trade minister on Monday."_qs << u"Lena"_qs
        << u"Brazil"_qs << u"subj"_qs << u"poss"_qs;
    QTest::newRow("destination: before the cue")
        << u"Fisheries Minister Lena Vogt's Moscow visit ended on Monday."_qs << u"Lena"_qs
        << u"Moscow"_qs << u"poss"_qs << u"before"_qs;
}

void TestVisitStructure::roles()
{
    QFETCH(QString, text);
    QFETCH(QString, actor);
    QFETCH(QString, place);
    Document document;
    document.text = text;
    const Analysis a = Pipeline::shared()->run(document);
    const VisitLexicon lexicon(*Resources::shared());
    const VisitContext context(document, a, lexicon);
    QVERIFY(!a.sentences.isEmpty());
    const Sentence &s = a.sentences.constFirst();
    QList<int> cues, actors;
    int actorMention = -1, placeMention = -1;
    for (int k = s.firstToken; k < s.endToken; ++k) {
        const VisitWord *w = context.entry(k);
        if (w && !w->cues.isEmpty() && !context.isName(k))
            cues << k;
        const int m = context.mentionOf(k);
        if (m < 0 || context.firstToken(m) != k)
            continue;
        if (context.entityOf(m, {EntityType::Person, EntityType::Organization}) >= 0) {
            actors << k;
            if (context.word(k) == actor)
                actorMention = m;
        } else if (context.entityOf(m, {EntityType::Place}) >= 0 && context.word(k) == place) {
            placeMention = m;
        }
    }
    QVERIFY2(actorMention >= 0, "the actor is recognised");
    QVERIFY2(placeMention >= 0, "the place is recognised");
    const VisitStructure structure(context);
    const VisitStructure::Roles r = structure.roles(
        0,
        {context.entityOf(actorMention, {EntityType::Person, EntityType::Organization}),
         context.firstToken(actorMention), context.endToken(actorMention), false},
        context.firstToken(placeMention), context.endToken(placeMention), cues, actors);
    QTEST(VisitStructure::agentName(r.agent).toString(), "agent");
    QTEST(VisitStructure::destinationName(r.destination).toString(), "destination");
}

QTEST_GUILESS_MAIN(TestVisitStructure)
#include "tst_visitstructure.moc"
