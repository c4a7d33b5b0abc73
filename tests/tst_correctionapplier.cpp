// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/visits/timelinebuilder.h"
#include "corrections/correctionapplier.h"
#include "data/correctionfixture.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

using namespace lector;

Q_DECLARE_METATYPE(lector::Correction)
Q_DECLARE_METATYPE(lector::Span)

using namespace lector::test;

class TestCorrectionApplier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixtureIsSound();
    void apply_data();
    void apply();
    void correctionsApplyInOrder();
    void noCorrectionsChangeNothing();
    void visitOfSharedCue_data();
    void visitOfSharedCue();
    void visitWithoutCueNamedBySentence();
    void anySequenceKeepsInvariants();

private:
    static void verifyInvariants(const Analysis &a, const QString &text);
};

void TestCorrectionApplier::verifyInvariants(const Analysis &a, const QString &text)
{
    qsizetype previousEnd = 0;
    for (int m = 0; m < a.mentions.size(); ++m) {
        const Mention &mention = a.mentions[m];
        QVERIFY2(mention.span.begin >= previousEnd && !mention.span.isEmpty(), "mentions sorted");
        QVERIFY(mention.span.end <= text.size());
        previousEnd = mention.span.end;
        QVERIFY(mention.entity >= 0 && mention.entity < a.entities.size());
        QVERIFY(a.entities[mention.entity].mentions.contains(m));
        QCOMPARE(mention.type, a.entities[mention.entity].type);
    }
    qsizetype listed = 0;
    int previousFirst = -1;
    for (int e = 0; e < a.entities.size(); ++e) {
        const Entity &entity = a.entities[e];
        QCOMPARE(entity.id, QStringLiteral("e%1").arg(e + 1));
        QVERIFY2(!entity.mentions.isEmpty(), "no entity without mentions");
        QVERIFY2(entity.mentions.first() > previousFirst, "entities in order of first mention");
        previousFirst = entity.mentions.first();
        QVERIFY(std::is_sorted(entity.mentions.cbegin(), entity.mentions.cend()));
        QVERIFY(!entity.forms.isEmpty());
        QCOMPARE(entity.forms.first(), entity.name);
        for (int m : entity.mentions) {
            QCOMPARE(a.mentions[m].entity, e);
            const Span s = a.mentions[m].span;
            QVERIFY(entity.forms.contains(text.mid(s.begin, s.length())));
        }
        listed += entity.mentions.size();
    }
    QCOMPARE(listed, a.mentions.size());
    for (const Quote &q : a.quotes) {
        QVERIFY(q.speaker >= -1 && q.speaker < a.entities.size());
        QCOMPARE(q.speaker >= 0 ? a.entities[q.speaker].name : QString(), q.speakerName);
        if (q.speakerMention >= 0)
            QCOMPARE(a.mentions[q.speakerMention].entity, q.speaker);
    }
    const auto valid = [&](int e) { return e >= 0 && e < a.entities.size(); };
    for (const Visit &v : a.visits) {
        QVERIFY(valid(v.visitor) && valid(v.place));
        QVERIFY(v.host == -1 || valid(v.host));
        QVERIFY(std::all_of(v.metWith.cbegin(), v.metWith.cend(), valid));
    }
    QList<int> timeline = a.timeline;
    std::sort(timeline.begin(), timeline.end());
    QCOMPARE(timeline.size(), a.visits.size());
    for (int i = 0; i < timeline.size(); ++i)
        QCOMPARE(timeline[i], i);
}

void TestCorrectionApplier::fixtureIsSound()
{
    const Fixture &f = fixture();
    verifyInvariants(f.analysis, f.document.text);
    QCOMPARE(visitsOf(f.analysis), u"Kestrel>Porto@2024-05, Amara Okafor>Lisbon@ with Vance"_qs);
}

void TestCorrectionApplier::apply_data()
{
    QTest::addColumn<Correction>("correction");
    QTest::addColumn<bool>("applied");
    QTest::addColumn<QString>("entities"); // name:type:mentions, in order of first mention
    QTest::addColumn<QString>("quotes");   // speakers, "?" when unknown
    QTest::addColumn<QString>("visits");   // in timeline order
    QTest::addColumn<int>("userMentions");

    using K = CorrectionKind;
    using S = CorrectionScope;
    const QString okafor = u"Amara Okafor:person:2, Lisbon:place:1, "_qs;
    const QString tern = u"Tern:place:2, "_qs;
    const QString vances = u"Mira Vance:person:1, Vance:person:1, "_qs;
    const QString rest = u"Kestrel:person:2, Porto:place:1, Jo Carter:person:2"_qs;
    const QString speakers = u"Amara Okafor, Kestrel"_qs;
    const QString visits = u"Kestrel>Porto@2024-05, Amara Okafor>Lisbon@ with Vance"_qs;
    const QString bank = u"Harbour Bank:organization:1, "_qs;

    QTest::newRow("mark a missed organization")
        << withType(make(K::MarkEntity, S::Mention, u"Harbour Bank"_qs), EntityType::Organization)
        << true << okafor + tern + vances + bank + rest << speakers << visits << 1;
    QTest::newRow("remove a false person")
        << make(K::RemoveEntity, S::Article, u"Kestrel"_qs) << true
        << okafor + tern + vances + u"Porto:place:1, Jo Carter:person:2"_qs << u"Amara Okafor, ?"_qs
        << u"Amara Okafor>Lisbon@ with Vance"_qs << 0;
    QTest::newRow("remove one mention keeps its actor")
        << make(K::RemoveEntity, S::Mention, u"Kestrel"_qs, 1) << true
        << okafor + tern + vances + u"Kestrel:person:1, Porto:place:1, Jo Carter:person:2"_qs
        << speakers << visits << 0;
    QTest::newRow("change type of every mention")
        << withType(make(K::ChangeType, S::Mention, u"Tern"_qs, 1), EntityType::Organization)
        << true << okafor + u"Tern:organization:2, "_qs + vances + rest << speakers << visits << 1;
    QTest::newRow("merge surname into full name")
        << withTarget(make(K::MergeEntities, S::Mention, u"Vance"_qs, 1), u"Mira Vance"_qs) << true
        << okafor + tern + u"Mira Vance:person:2, "_qs + rest << speakers
        << u"Kestrel>Porto@2024-05, Amara Okafor>Lisbon@ with Mira Vance"_qs << 0;
    QTest::newRow("split a shared surname")
        << make(K::SplitEntity, S::Mention, u"Carter"_qs, 1) << true
        << okafor + tern + vances +
               u"Kestrel:person:2, Porto:place:1, Jo Carter:person:1, Carter:person:1"_qs
        << speakers << visits << 1;
    QTest::newRow("reassign a quote")
        << withTarget(make(K::ReassignSpeaker, S::Mention, u"finish the bridge"_qs),
                      u"Mira Vance"_qs)
        << true << okafor + tern + vances + rest << u"Mira Vance, Kestrel"_qs << visits << 0;
    QTest::newRow("unknown speaker")
        << withTarget(make(K::ReassignSpeaker, S::Mention, u"The road stays shut"_qs), {}) << true
        << okafor + tern + vances + rest << u"Amara Okafor, ?"_qs << visits << 0;
    Correction redate = make(K::SetVisitDate, S::Mention, u"flew"_qs);
    redate.value = u"2024-04-30"_qs;
    redate.precision = DatePrecision::Day;
    QTest::newRow("redate a visit")
        << redate << true << okafor + tern + vances + rest << speakers
        << u"Amara Okafor>Lisbon@2024-04-30 with Vance, Kestrel>Porto@2024-05"_qs << 0;
    Correction undate = make(K::SetVisitDate, S::Mention, u"visited"_qs);
    QTest::newRow("undate a visit") << undate << true << okafor + tern + vances + rest << speakers
                                    << u"Amara Okafor>Lisbon@ with Vance, Kestrel>Porto@"_qs << 0;
    Correction stale = make(K::RemoveEntity, S::Mention, u"Lisbon"_qs);
    stale.span = {stale.span.begin + 1, stale.span.end + 1};
    QTest::newRow("stale span is skipped")
        << stale << false << okafor + tern + vances + rest << speakers << visits << 0;
    QTest::newRow("name that is not a mention is skipped")
        << make(K::SplitEntity, S::Article, u"Analysts"_qs) << false
        << okafor + tern + vances + rest << speakers << visits << 0;
    Correction library =
        withType(make(K::MarkEntity, S::Library, u"Harbour Bank"_qs), EntityType::Organization);
    library.span = {0, 3}; // a span in another article
    QTest::newRow("library scope matches by text")
        << library << true << okafor + tern + vances + bank + rest << speakers << visits << 1;
    QTest::newRow("article scope changes every mention written so")
        << withType(make(K::ChangeType, S::Article, u"Tern"_qs), EntityType::Organization) << true
        << okafor + u"Tern:organization:2, "_qs + vances + rest << speakers << visits << 2;
    QTest::newRow("split every mention written so keeps quotes and visits")
        << make(K::SplitEntity, S::Article, u"Kestrel"_qs) << true << okafor + tern + vances + rest
        << speakers << visits << 2;
    QTest::newRow("mark inside a longer name takes its place")
        << withType(make(K::MarkEntity, S::Mention, u"Vance"_qs), EntityType::Person) << true
        << okafor + tern + u"Vance:person:2, "_qs + rest << speakers
        << u"Kestrel>Porto@2024-05, Amara Okafor>Lisbon@ with Vance"_qs << 1;
    QTest::newRow("article-wide mark leaves a longer name alone")
        << withType(make(K::MarkEntity, S::Article, u"Vance"_qs), EntityType::Person) << true
        << okafor + tern + vances + rest << speakers << visits << 1;
    QTest::newRow("library-wide mark leaves a longer name alone")
        << withType(make(K::MarkEntity, S::Library, u"Vance"_qs), EntityType::Person) << true
        << okafor + tern + vances + rest << speakers << visits << 1;
    QTest::newRow("library-wide merge finds its target by text")
        <<
        [&] {
            Correction c =
                withTarget(make(K::MergeEntities, S::Library, u"Vance"_qs, 1), u"Mira Vance"_qs);
            c.span = {1, 2};
            c.target = {3, 4};
            return c;
        }()
        << true << okafor + tern + u"Mira Vance:person:2, "_qs + rest << speakers
        << u"Kestrel>Porto@2024-05, Amara Okafor>Lisbon@ with Mira Vance"_qs << 0;
    QTest::newRow("speaker that is no actor is skipped")
        << withTarget(make(K::ReassignSpeaker, S::Mention, u"finish the bridge"_qs), u"Analysts"_qs)
        << false << okafor + tern + vances + rest << speakers << visits << 0;
    QTest::newRow("mark replaces an overlapping mention")
        << withType(make(K::MarkEntity, S::Mention, u"Tern staff"_qs), EntityType::Other) << true
        << okafor + u"Tern:place:1, Tern staff:other:1, "_qs + vances + rest << speakers << visits
        << 1;
}

void TestCorrectionApplier::apply()
{
    QFETCH(Correction, correction);
    QFETCH(bool, applied);
    const Fixture &f = fixture();
    QList<bool> flags;
    const Analysis corrected =
        CorrectionApplier::apply(f.document, f.analysis, {correction}, &flags);
    verifyInvariants(corrected, f.document.text);
    QCOMPARE(flags, QList<bool>{applied});
    QTEST(entitiesOf(corrected), "entities");
    QTEST(quotesOf(corrected), "quotes");
    QTEST(visitsOf(corrected), "visits");
    QTEST(userMentions(corrected), "userMentions");
}

void TestCorrectionApplier::correctionsApplyInOrder()
{
    // Marking a name and then removing it leaves no trace; the other order removes nothing.
    const Fixture &f = fixture();
    const Correction mark =
        withType(make(CorrectionKind::MarkEntity, CorrectionScope::Mention, u"Harbour Bank"_qs),
                 EntityType::Organization);
    Correction remove = mark;
    remove.kind = CorrectionKind::RemoveEntity;
    QList<bool> flags;
    const Analysis both = CorrectionApplier::apply(f.document, f.analysis, {mark, remove}, &flags);
    verifyInvariants(both, f.document.text);
    QCOMPARE(flags, (QList<bool>{true, true}));
    QCOMPARE(entitiesOf(both), entitiesOf(f.analysis));
    const Analysis reversed =
        CorrectionApplier::apply(f.document, f.analysis, {remove, mark}, &flags);
    QCOMPARE(flags, (QList<bool>{false, true}));
    QVERIFY(entitiesOf(reversed).contains(u"Harbour Bank:organization:1"));
}

void TestCorrectionApplier::noCorrectionsChangeNothing()
{
    const Fixture &f = fixture();
    QList<bool> flags{true};
    const Analysis same = CorrectionApplier::apply(f.document, f.analysis, {}, &flags);
    QVERIFY(flags.isEmpty());
    QCOMPARE(entitiesOf(same), entitiesOf(f.analysis));
    QCOMPARE(same.mentions.size(), f.analysis.mentions.size());
}

void TestCorrectionApplier::visitOfSharedCue_data()
{
    QTest::addColumn<QString>("place");
    QTest::addColumn<Span>("target");
    QTest::addColumn<bool>("applied");
    QTest::addColumn<QString>("visits");
    const QString text = fixture().document.text;
    const QString kestrel = u", Kestrel>Porto@2024-05"_qs;
    QTest::newRow("place at the target span")
        << u"Porto"_qs << spanOf(text, u"Porto"_qs) << true
        << u"Amara Okafor>Lisbon@, Amara Okafor>Porto@2024-04-30"_qs + kestrel;
    QTest::newRow("other place of the same cue")
        << u"Lisbon"_qs << spanOf(text, u"Lisbon"_qs) << true
        << u"Amara Okafor>Lisbon@2024-04-30, Amara Okafor>Porto@"_qs + kestrel;
    QTest::newRow("place found by its words when the span moved")
        << u"Porto"_qs << Span{0, 5} << true
        << u"Amara Okafor>Lisbon@, Amara Okafor>Porto@2024-04-30"_qs + kestrel;
    QTest::newRow("stored without a place: the first visit of the cue")
        << QString() << Span{} << true
        << u"Amara Okafor>Lisbon@2024-04-30, Amara Okafor>Porto@"_qs + kestrel;
    QTest::newRow("place of no visit of the cue is skipped")
        << u"Tern"_qs << spanOf(text, u"Tern"_qs) << false
        << u"Amara Okafor>Lisbon@, Amara Okafor>Porto@"_qs + kestrel;
}

void TestCorrectionApplier::visitOfSharedCue()
{
    QFETCH(QString, place);
    QFETCH(Span, target);
    // "flew" tells of a second visit too, to Porto: one cue, two visits.
    Fixture f = fixture();
    Visit porto = f.analysis.visits.constFirst();
    porto.place = 6;
    porto.metWith.clear();
    f.analysis.visits.append(porto);
    TimelineBuilder().run(f.document, f.analysis);
    Correction redate = make(CorrectionKind::SetVisitDate, CorrectionScope::Mention, u"flew"_qs);
    redate.value = u"2024-04-30"_qs;
    redate.precision = DatePrecision::Day;
    redate.target = target;
    redate.targetText = place;
    QList<bool> flags;
    const Analysis corrected = CorrectionApplier::apply(f.document, f.analysis, {redate}, &flags);
    verifyInvariants(corrected, f.document.text);
    QTEST(flags.value(0), "applied");
    QStringList visits;
    for (const Visit &v : corrected.visits)
        visits << corrected.entities[v.visitor].name + u'>' + corrected.entities[v.place].name +
                      u'@' + v.date;
    visits.sort();
    QTEST(visits.join(u", "), "visits");
}

void TestCorrectionApplier::visitWithoutCueNamedBySentence()
{
    // The extractor recorded no cue for Kestrel's visit: the menu names it by its sentence.
    Fixture f = fixture();
    const QString sentence = u"Kestrel visited Porto."_qs;
    Visit &porto = f.analysis.visits[1];
    porto.cueSpan = {};
    porto.evidence = spanOf(f.document.text, sentence);
    Correction redate;
    redate.kind = CorrectionKind::SetVisitDate;
    redate.span = porto.evidence;
    redate.text = sentence;
    redate.value = u"2024-06-01"_qs;
    redate.precision = DatePrecision::Day;
    QList<bool> flags;
    const Analysis corrected = CorrectionApplier::apply(f.document, f.analysis, {redate}, &flags);
    QCOMPARE(flags, QList<bool>{true});
    QVERIFY(visitsOf(corrected).contains(u"Kestrel>Porto@2024-06-01"));
}

void TestCorrectionApplier::anySequenceKeepsInvariants()
{
    // Sequences of corrections drawn from the article's words (seeded, so a failure repeats):
    // whatever they say, in whatever order, the result is a sound analysis.
    const Fixture &f = fixture();
    QList<Span> words;
    for (qsizetype i = 0; i < f.document.text.size();) {
        qsizetype end = i;
        while (end < f.document.text.size() && f.document.text[end].isLetter())
            ++end;
        if (end > i)
            words.append({i, end});
        i = end + 1;
    }
    for (const Mention &m : f.analysis.mentions)
        words.append(m.span);
    QRandomGenerator random(20251129);
    const auto pick = [&] { return words[random.bounded(int(words.size()))]; };
    for (int round = 0; round < 300; ++round) {
        QList<Correction> corrections;
        for (int n = random.bounded(1, 7); n > 0; --n) {
            Correction c;
            c.kind = CorrectionKind(random.bounded(7));
            c.scope = CorrectionScope(random.bounded(3));
            c.type = EntityType(random.bounded(4));
            c.span = pick();
            c.text = f.document.text.mid(c.span.begin, c.span.length());
            if (random.bounded(3) > 0) {
                c.target = pick();
                c.targetText = f.document.text.mid(c.target.begin, c.target.length());
            }
            c.value = random.bounded(2) ? u"2024-06-01"_qs : QString();
            c.precision = DatePrecision::Day;
            corrections.append(c);
        }
        QList<bool> flags;
        const Analysis corrected =
            CorrectionApplier::apply(f.document, f.analysis, corrections, &flags);
        QCOMPARE(flags.size(), corrections.size());
        verifyInvariants(corrected, f.document.text);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("round %1").arg(round)));
    }
}

QTEST_GUILESS_MAIN(TestCorrectionApplier)
#include "tst_correctionapplier.moc"
