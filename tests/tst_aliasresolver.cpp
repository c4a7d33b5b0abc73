// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/entities/aliasresolver.h"
#include "lexicon/resources.h"
#include "text/tokenizer.h"

#include <QTest>

using namespace lector;

namespace {

// A mention written as "[Name|type]" in the test text: the brackets are removed and the span
// recorded, so the input Analysis is built by hand, independently of the recogniser.
struct Marked
{
    QString text;
    QList<Mention> mentions;
};

EntityType typeOf(QStringView code)
{
    if (code == u"per")
        return EntityType::Person;
    if (code == u"loc")
        return EntityType::Place;
    if (code == u"org")
        return EntityType::Organization;
    return EntityType::Other;
}

Marked parseMarked(const QString &marked)
{
    Marked result;
    qsizetype i = 0;
    while (i < marked.size()) {
        if (marked[i] != u'[') {
            result.text.append(marked[i++]);
            continue;
        }
        const qsizetype bar = marked.indexOf(u'|', i);
        const qsizetype close = marked.indexOf(u']', bar);
        Mention mention;
        mention.span.begin = result.text.size();
        result.text.append(marked.mid(i + 1, bar - i - 1));
        mention.span.end = result.text.size();
        mention.type = typeOf(QStringView(marked).sliced(bar + 1, close - bar - 1));
        result.mentions.append(mention);
        i = close + 1;
    }
    return result;
}

} // namespace

class TestAliasResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void grouping_data();
    void grouping();
    void entityFields();
    void retyping_data();
    void retyping();

private:
    Analysis resolve(const QString &marked, Document *document = nullptr) const;
    std::shared_ptr<const Resources> m_resources;
};

void TestAliasResolver::initTestCase()
{
    m_resources = Resources::shared();
    QVERIFY2(m_resources->isValid(), qPrintable(m_resources->error()));
}

Analysis TestAliasResolver::resolve(const QString &marked, Document *out) const
{
    const Marked input = parseMarked(marked);
    Document document;
    document.text = input.text;
    Analysis analysis;
    analysis.tokens = Tokenizer::tokenize(document.text);
    analysis.mentions = input.mentions;
    AliasResolver(*m_resources).run(document, analysis);
    if (out)
        *out = document;
    return analysis;
}

void TestAliasResolver::grouping_data()
{
    QTest::addColumn<QString>("marked");
    // For each mention, in order: "entity name" (role if any after '/').
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("surname-first name")
        << u"[Wang Jianguo|per] arrived on Monday. [Wang|per] met farmers."_qs
        << QStringList{u"Wang Jianguo"_qs, u"Wang Jianguo"_qs};
    QTest::newRow("given-name-first name")
        << u"[Maria Kowalska|per] spoke first. Later [Kowalska|per] left."_qs
        << QStringList{u"Maria Kowalska"_qs, u"Maria Kowalska"_qs};
    QTest::newRow("title before name")
        << u"Trade Minister [Tomas Berg|per] said so. President [Berg|per] agreed."_qs
        << QStringList{u"Tomas Berg/Trade Minister"_qs, u"Tomas Berg/President"_qs};
    QTest::newRow("title inside the span is trimmed")
        << u"[Defence Minister Oskar Lind|per] landed."_qs
        << QStringList{u"Oskar Lind/Defence Minister"_qs};
    QTest::newRow("possessive") << u"[Ada Novak|per] won. [Novak's|per] rivals lost."_qs
                                << QStringList{u"Ada Novak"_qs, u"Ada Novak"_qs};
    QTest::newRow("acronym in brackets")
        << u"The [Northern Fisheries Board|org] ([NFB|org]) met. The [NFB|org] voted."_qs
        << QStringList{u"Northern Fisheries Board"_qs, u"Northern Fisheries Board"_qs,
                       u"Northern Fisheries Board"_qs};
    QTest::newRow("acronym by initials")
        << u"The [Coastal Mining Union|org] grew. Then the [CMU|org] split."_qs
        << QStringList{u"Coastal Mining Union"_qs, u"Coastal Mining Union"_qs};
    QTest::newRow("two people share a surname")
        << u"[John Carter|per] met [Jane Carter|per]. Mr. [Carter|per] spoke."_qs
        << QStringList{u"John Carter"_qs, u"Jane Carter"_qs, u"John Carter/Mr."_qs};
    QTest::newRow("ambiguous short form goes to the nearest")
        << u"[Paul Okafor|per] met [Ruth Okafor|per]. [Okafor|per] left."_qs
        << QStringList{u"Paul Okafor"_qs, u"Ruth Okafor"_qs, u"Ruth Okafor"_qs};
    QTest::newRow("gazetteer canonical")
        << u"The [U.S.|loc] and the [United States of America|loc] and [America|loc]."_qs
        << QStringList{u"United States"_qs, u"United States"_qs, u"United States"_qs};
    QTest::newRow("later full name explains a lone word")
        << u"[Haddad|per] spoke. [Sami Haddad|per] is a lawyer."_qs
        << QStringList{u"Sami Haddad"_qs, u"Sami Haddad"_qs};
    QTest::newRow("mistyped short form joins the person")
        << u"[Elena Moretti|per] won. [Moretti|org] thanked them."_qs
        << QStringList{u"Elena Moretti"_qs, u"Elena Moretti"_qs};
    QTest::newRow("different people stay apart")
        << u"[Ivan Petrov|per] and [Oleg Sidorov|per] met."_qs
        << QStringList{u"Ivan Petrov"_qs, u"Oleg Sidorov"_qs};
    QTest::newRow("short form after the name grew")
        << u"[Haddad|per] spoke. [Sami Haddad|per] is a lawyer. Later [Haddad|per] left."_qs
        << QStringList{u"Sami Haddad"_qs, u"Sami Haddad"_qs, u"Sami Haddad"_qs};
    QTest::newRow("initial and given name")
        << u"[J. Okoro|per] wrote first. [John Okoro|per] replied."_qs
        << QStringList{u"John Okoro"_qs, u"John Okoro"_qs};
    QTest::newRow("acronym after other organizations")
        << u"The [Coastal Mining Union|org] grew. The [Harbour Trust|org] and the "
           "[River Council|org] met. Then the [CMU|org] split."_qs
        << QStringList{u"Coastal Mining Union"_qs, u"Harbour Trust"_qs, u"River Council"_qs,
                       u"Coastal Mining Union"_qs};
}

void TestAliasResolver::grouping()
{
    QFETCH(QString, marked);
    QFETCH(QStringList, expected);
    const Analysis analysis = resolve(marked);
    QStringList got;
    for (const Mention &mention : analysis.mentions) {
        QVERIFY(mention.entity >= 0 && mention.entity < analysis.entities.size());
        QString item = analysis.entities[mention.entity].name;
        if (!mention.role.isEmpty())
            item += u'/' + mention.role;
        got.append(item);
    }
    QCOMPARE(got, expected);
}

void TestAliasResolver::entityFields()
{
    Document document;
    const Analysis analysis = resolve(u"Mrs. [Lena Fischer|per] met [Xavier Dubois|per] in "
                                      u"[Lima|loc]. [Fischer's|per] aide stayed."_qs,
                                      &document);
    QCOMPARE(analysis.entities.size(), 3);
    const Entity &lena = analysis.entities[0];
    QCOMPARE(lena.id, u"e1"_qs);
    QVERIFY(lena.type == EntityType::Person);
    QVERIFY(lena.gender == Gender::Female);
    QCOMPARE(lena.roles, QStringList{u"Mrs."_qs});
    QCOMPARE(lena.mentions, (QList<int>{0, 3}));
    QCOMPARE(lena.forms, (QStringList{u"Lena Fischer"_qs, u"Fischer"_qs}));
    // The possessive is cut from the span.
    const Span span = analysis.mentions[3].span;
    QCOMPARE(document.text.mid(span.begin, span.length()), u"Fischer"_qs);
    QCOMPARE(analysis.entities[1].id, u"e2"_qs);
    QVERIFY(analysis.entities[1].gender == Gender::Male); // from the given name
    QCOMPARE(analysis.entities[2].subtype, u"city"_qs);
    QVERIFY(analysis.entities[2].type == EntityType::Place);
}

void TestAliasResolver::retyping_data()
{
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QString>("types"); // one letter per mention: p(erson), l(ocation), o(rg), x

    QTest::newRow("nationality word tagged as a person")
        << u"[Chinese|per] officials met [Sara Lund|per]."_qs << u"xp"_qs;
    QTest::newRow("capital tagged as a person") << u"She flew to [Lima|per]."_qs << u"l"_qs;
    QTest::newRow("surname that is also a country stays a person")
        << u"[Tom Jordan|per] spoke. [Jordan|per] smiled."_qs << u"pp"_qs;
    QTest::newRow("ordinary word tagged as a person")
        << u"[Western|per] envoys met [Lars Dahl|per]."_qs << u"xp"_qs;
    QTest::newRow("surname that is also a word stays a person")
        << u"[Theresa May|per] spoke. [May|per] left."_qs << u"pp"_qs;
    QTest::newRow("a place keeps its type per mention")
        << u"Flights to [Chicago|loc] resumed. [Chicago|org] won 3-1."_qs << u"lo"_qs;
    QTest::newRow("one name, one type: the majority decides")
        << u"[Varnholm|loc] is quiet. Buses reach [Varnholm|loc] at noon. [Varnholm|per] has "
           u"two museums."_qs
        << u"lll"_qs;
    QTest::newRow("a titled person keeps the type against the majority")
        << u"[Orsk|loc] and [Orsk|loc] met Mayor [Orsk|per]."_qs << u"llp"_qs;
    QTest::newRow("a city written with diacritics the gazetteer lacks")
        << u"[\u0141\u00f3d\u017a|per] has a famous film school."_qs << u"l"_qs;
    QTest::newRow("a name the model took for a person, twice after \"in\", is a place")
        << u"Ferries stop in [Oskarvik|per] daily. Hotels in [Oskarvik|per] are cheap. "
           u"[Oskarvik|per] has a museum."_qs
        << u"lll"_qs;
    QTest::newRow("one person after \"from\" stays a person")
        << u"A letter from [Oskarvik|per] arrived. [Oskarvik|per] wrote it."_qs << u"pp"_qs;
    QTest::newRow("a name twice after \"near\" and \"at\" (lexicon words) is a place")
        << u"The camp lies near [Tovrenna|per]. We stopped at [Tovrenna|per] for water."_qs
        << u"ll"_qs;
    QTest::newRow("a capitalised \"From\" opening a line names a sender, not a place")
        << u"To Dad.\nFrom [Imogen|per].\nTo Mum.\nFrom [Imogen|per].\n[Imogen|per] wrote "
           u"the cards."_qs
        << u"ppp"_qs;
    QTest::newRow("short forms of a person are people")
        << u"[Ana Costa|per] and [Costa|org] and [Costa|per]"_qs << u"ppp"_qs;
    // Round 21 (nameparticles.tsv): a capitalised particle opening the name, typed a place.
    QTest::newRow("a capitalised surname particle typed a place is the person")
        << u"[Pieter van Aalst|per] spoke. [Van Aalst|loc], who arrived in May, smiled."_qs
        << u"pp"_qs;
    QTest::newRow("a capitalised particle before another surname stays a place")
        << u"[Pieter van Aalst|per] spoke. [Van Buren|loc] is far away."_qs << u"pl"_qs;
}

void TestAliasResolver::retyping()
{
    QFETCH(QString, marked);
    QFETCH(QString, types);
    QString got;
    for (const Mention &mention : resolve(marked).mentions)
        got.append(QLatin1Char("plox"[int(mention.type)]));
    QCOMPARE(got, types);
}

QTEST_GUILESS_MAIN(TestAliasResolver)
#include "tst_aliasresolver.moc"
