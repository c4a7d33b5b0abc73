// SPDX-License-Identifier: GPL-3.0-or-later
// Names outside the training domain (issue 14): companies, headlines in title case and
// capitals, products, agency credits in datelines, case variants of one place. The sentences
// are written for this test; the people and firms in them are made up or well known.
#include "analysis/entities/aliasresolver.h"
#include "analysis/entities/entityrecogniser.h"
#include "analysis/entities/nerfeatures.h"
#include "analysis/entities/peopleagreement.h"
#include "analysis/pipeline.h"
#include "analysis/textanalysers.h"
#include "analysis/time/temporaltagger.h"
#include "lexicon/resources.h"
#include "text/tokenizer.h"

#include <algorithm>

#include <QTest>

using namespace lector;

class TestEntityGeneralisation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void typed_data();
    void typed();
    void notAPerson_data();
    void notAPerson();
    void agencyCredit();
    void workTitleSpeaker_data();
    void workTitleSpeaker();
    void laterMentionTyped_data();
    void laterMentionTyped();
    void definedAcronym_data();
    void definedAcronym();
    void caseVariantsOfOnePlace();
    void fullNameAndSurnameOnePerson();
    void stateAbbreviationIsTheState();
    void stateAfterCityIsTheState_data();
    void stateAfterCityIsTheState();
    void capitalsOnlyPlace_data();
    void capitalsOnlyPlace();
    void partyStateTag_data();
    void partyStateTag();
    void dropCommonWords_data();
    void dropCommonWords();
    void notTyped_data();
    void notTyped();
    void placeNamed_data();
    void placeNamed();
    void entityNamed_data();
    void entityNamed();
    void roleOfPerson_data();
    void roleOfPerson();
    void personSubtype();
    void workHasNoPlaceSubtype_data();
    void workHasNoPlaceSubtype();
    void repeatedNames_data();
    void repeatedNames();

private:
    Analysis analyse(const QString &text) const;
    const Mention *mentionAt(const QString &text, const Analysis &analysis,
                             const QString &name) const;
    const Mention *lastMentionAt(const QString &text, const Analysis &analysis,
                                 const QString &name) const;

    std::shared_ptr<const Resources> m_resources;
};

void TestEntityGeneralisation::initTestCase()
{
    m_resources = Resources::shared();
    QVERIFY2(m_resources->isValid(), qPrintable(m_resources->error()));
}

Analysis TestEntityGeneralisation::analyse(const QString &text) const
{
    Document document;
    document.text = text;
    Analysis analysis;
    Tokenizer().run(document, analysis);
    SentenceAnalyser(*m_resources).run(document, analysis);
    TemporalTagger(*m_resources).run(document, analysis);
    EntityRecogniser(*m_resources).run(document, analysis);
    AliasResolver(*m_resources).run(document, analysis);
    return analysis;
}

// The mention that overlaps the first occurrence of `name`, or null.
const Mention *TestEntityGeneralisation::mentionAt(const QString &text, const Analysis &analysis,
                                                   const QString &name) const
{
    const qsizetype at = text.indexOf(name);
    for (const Mention &m : analysis.mentions) {
        if (m.span.overlaps({at, at + name.size()}))
            return &m;
    }
    return nullptr;
}

// The last mention of a person, place or organization that overlaps the last occurrence of
// `name`, or null.
const Mention *TestEntityGeneralisation::lastMentionAt(const QString &text,
                                                       const Analysis &analysis,
                                                       const QString &name) const
{
    const qsizetype at = text.lastIndexOf(name);
    const Mention *found = nullptr;
    for (const Mention &m : analysis.mentions) {
        if (m.span.overlaps({at, at + name.size()}) && m.type != EntityType::Other)
            found = &m;
    }
    return found;
}

void TestEntityGeneralisation::typed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::newRow("gazetteer company: airline")
        << u"Passengers of Aer Lingus waited for six hours at the gate on Friday."_qs
        << u"Aer Lingus"_qs << u"organization"_qs;
    // Round 26: a lower-case verb inside a span of the model splits it
    // (EntityRecogniser::splitAtLowerWord).
    QTest::newRow("headline in sentence case: the verb ends the person's name")
        << u"Whitcomb cancels Florida swing as storm nears\n\nSenator Joan Whitcomb called off "
           "two events on Friday."_qs
        << u"Whitcomb"_qs << u"person"_qs;
    QTest::newRow("headline in sentence case: the place after the verb")
        << u"Whitcomb cancels Florida swing as storm nears\n\nSenator Joan Whitcomb called off "
           "two events on Friday."_qs
        << u"Florida"_qs << u"place"_qs;
    QTest::newRow("lower-case verb between two people's names")
        << u"Analyst Tomas Brink assesses Helena Varga's chances in the runoff."_qs
        << u"Helena Varga"_qs << u"person"_qs;
    // Round 26: a state and a party's member (partymembers.tsv) are a place and a word.
    QTest::newRow("state before a party's member: the place (was a person)")
        << u"Sen. Mark Ellis, a Texas Republican, spoke on Monday."_qs << u"Texas"_qs
        << u"place"_qs;
    QTest::newRow("state before a party's member: a state of two words")
        << u"Sen. Ann Voss, a New Hampshire Democrat, said the bill would pass."_qs
        << u"New Hampshire"_qs << u"place"_qs;
    // Review B of round 26: a person whose name opens with a given name is no company.
    QTest::newRow("company head word guard: a person's surname like a sector word")
        << u"West Indies great Michael Holding flew to Barbados on Monday."_qs
        << u"Michael Holding"_qs << u"person"_qs;
    QTest::newRow("gazetteer company: low-cost airline")
        << u"The fare war began when Ryanair cut its prices again."_qs << u"Ryanair"_qs
        << u"organization"_qs;
    // Round 18: one-word brands of web sites and media (gazetteer/org_brands.tsv, simple-icons).
    QTest::newRow("web firm: a video site the model missed")
        << u"She posted the video on YouTube last week."_qs << u"YouTube"_qs << u"organization"_qs;
    QTest::newRow("web firm guard: a river that is also a firm's name")
        << u"The boat sailed up the Amazon for three days before the rain came."_qs << u"Amazon"_qs
        << u"place"_qs;
    QTest::newRow("web firm guard: a given name that is also a brand")
        << u"Conan told the crowd a long joke about his dog and his neighbours."_qs << u"Conan"_qs
        << u"person"_qs;
    // Round 18: a street's "St." inside a name; a firm's place named by dictionary words.
    QTest::newRow("street abbreviation: the street opens the name")
        << u"A spokesman for the Main St. Police said two cars were hit on the bridge."_qs
        << u"Main St. Police"_qs << u"organization"_qs;
    QTest::newRow("street abbreviation guard: a sentence opener before a saint's name")
        << u"The St. Paul City Council met on Monday and voted on the budget for parks."_qs
        << u"St. Paul City Council"_qs << u"organization"_qs;
    QTest::newRow("possessive: a firm's store of dictionary words is the firm's name")
        << u"She bought new shoes at Macy's Department Store on Friday, then went home."_qs
        << u"Macy's Department Store"_qs << u"organization"_qs;
    QTest::newRow("possessive guard: a place named after a firm's possessive")
        << u"Engineers at Google's Mountain View campus wrote the code, and it shipped in May."_qs
        << u"Mountain View"_qs << u"place"_qs;
    QTest::newRow("gazetteer company: defence firm")
        << u"The contract went to Northrop Grumman after a long review."_qs
        << u"Northrop Grumman"_qs << u"organization"_qs;
    QTest::newRow("gazetteer company: university")
        << u"She teaches chemistry at Delta State University in the spring."_qs
        << u"Delta State University"_qs << u"organization"_qs;
    // Made-up names that no list under resources/ holds: the model's own judgement, not a
    // look-up.
    QTest::newRow("company as person: made-up firm with a suffix")
        << u"Shares of Brandolt Logistics Inc. fell after the firm cut its forecast."_qs
        << u"Brandolt Logistics Inc"_qs << u"organization"_qs;
    QTest::newRow("company as person: made-up bank")
        << u"Customers of Kesselring Bank queued outside its branches on Monday."_qs
        << u"Kesselring Bank"_qs << u"organization"_qs;
    // A capitalised common word opening the sentence ("Fans of", "Workers of") is not part of
    // the unseen name after it: the dictionary writes it in lower case.
    QTest::newRow("sentence opener: made-up club")
        << u"Fans of Orlitz United sang until the early morning."_qs << u"Orlitz United"_qs
        << u"organization"_qs;
    QTest::newRow("sentence opener: made-up shipping firm")
        << u"Workers of Dranholm Shipping went on strike on Friday."_qs << u"Dranholm Shipping"_qs
        << u"organization"_qs;
    QTest::newRow("sentence opener: made-up carmaker")
        << u"Owners of Feldmark Motors met the regulator on Tuesday."_qs << u"Feldmark Motors"_qs
        << u"organization"_qs;
    QTest::newRow("sentence opener before a titled person")
        << u"Critics of Senator Talvik Oranu say the plan is too costly."_qs << u"Talvik Oranu"_qs
        << u"person"_qs;
    QTest::newRow("title-case headline keeps its place")
        << u"Floods Close Roads Across Munich As Rivers Rise\nAfter three days of rain the "
           u"rivers rise and floods close roads across the south as the police warn drivers."_qs
        << u"Munich"_qs << u"place"_qs;
    // A US-style dateline ends with a dash; a city named there is the place, not its team.
    QTest::newRow("dateline with a dash: the city, not its team")
        << u"MILWAUKEE \u2014 Governor Dana Pruitt opened a new bridge on Monday, her office "
           u"said."_qs
        << u"MILWAUKEE"_qs << u"place"_qs;
    // Round 8 rules (typeFromLexicon, placesAfterTravelCues); both rows were wrong before.
    QTest::newRow("company as person: two joined capitalised words")
        << u"DaimlerChrysler said on Tuesday it would cut 6,000 jobs."_qs << u"DaimlerChrysler"_qs
        << u"organization"_qs;
    // Round 8 review: both were wrong with the first version of those rules. Round 10: the
    // round 9 model types "AbdulAziz" an organization (its shape, two joined capitalised parts,
    // is a company's in the training text); typeFromLexicon() makes a lone organization or
    // place of joined parts whose first is a name element of namejoins.tsv a person (fails
    // without).
    QTest::newRow("joined name: a given name and another name, not a company")
        << u"AbdulAziz told reporters on Monday that talks would resume."_qs << u"AbdulAziz"_qs
        << u"person"_qs;
    // Review of round 10: a joined given name is also a brand; only a name element of
    // namejoins.tsv makes the model's organization a person.
    QTest::newRow("joined name guard: a given name joined to another word, a firm")
        << u"MorganStanley cut its forecast for the year on Tuesday."_qs << u"MorganStanley"_qs
        << u"organization"_qs;
    QTest::newRow("travel verb: attended an institution, not a place")
        << u"She attended Oxford before joining the bank in 2004."_qs << u"Oxford"_qs
        << u"organization"_qs;
    QTest::newRow("travel verb: the city, not its team")
        << u"The president visited Milwaukee last week and met factory workers."_qs
        << u"Milwaukee"_qs << u"place"_qs;
    // ... unless the sentence reads like sport: a score, or another organization (the team that
    // went there). Both fail when placesAfterTravelCues() drops that exception.
    QTest::newRow("travel verb in a sport sentence: a score keeps the team")
        << u"The champions went to Newcastle and won 3-1."_qs << u"Newcastle"_qs
        << u"organization"_qs;
    QTest::newRow("travel verb in a sport sentence: another team keeps the team")
        << u"Liverpool went to Newcastle on Saturday."_qs << u"Newcastle"_qs << u"organization"_qs;
    // A club whose name opens with an ordinary word keeps it ("Real", "Sporting").
    QTest::newRow("title-case headline: club opening with an ordinary word")
        << u"Real Madrid Beat Barcelona In Cup Final\nThe holders scored twice after the "
           u"break."_qs
        << u"Real Madrid"_qs << u"organization"_qs;
    // The article never writes "across": the dictionary says it is an ordinary word.
    QTest::newRow("title-case headline: preposition before a place")
        << u"Strikes Ground Flights Across Europe Next Week\nUnions said pilots would stop "
           u"work on Monday."_qs
        << u"Europe"_qs << u"place"_qs;
    // Made-up firms, a church and a town that no list under resources/ holds and no training
    // text has: the model's context features alone (round 8; the round 7 rows used names of
    // GUM train text, which the word clusters had seen). Rows "studio" and "town" were wrong
    // with the model trained on the clean Brown clusters of round 8 (not shipped).
    QTest::newRow("unseen name: company as person (studio)")
        << u"Shares of Vantrell fell after the studio said its streaming losses had widened."_qs
        << u"Vantrell"_qs << u"organization"_qs;
    QTest::newRow("unseen name: company as person (publisher)")
        << u"The journal is published by Halbrecht, a company that also owns several other "
           u"titles."_qs
        << u"Halbrecht"_qs << u"organization"_qs;
    QTest::newRow("unseen name: company after 'at'")
        << u"Staff at Quorvane voted to strike over pay."_qs << u"Quorvane"_qs
        << u"organization"_qs;
    QTest::newRow("unseen name: church as person")
        << u"Former members said the Church of Velantis had kept their passports."_qs
        << u"Church of Velantis"_qs << u"organization"_qs;
    QTest::newRow("unseen name: town as person")
        << u"The ferry from Port Akundi reaches the island twice a week."_qs << u"Port Akundi"_qs
        << u"place"_qs;
    // Round 9 (titledPeople): a title and a word of a person's name of the article is that
    // person; the round 9 model reads "Premier Xi" as an organization ("xi" is also a Greek
    // letter of fraternity names). Fails without the rule.
    QTest::newRow("title and surname: the person named in full later (was an organization)")
        << u"Premier Xi has accused the West of meddling. Xi Ruolan was speaking in Minsk on "
           u"Monday."_qs
        << u"Xi"_qs << u"person"_qs;
    // Round 9: the word clusters of pretrained vectors (wordclusters.tsv) know real names that no
    // training text holds, by the company they keep in 6 billion words of text. Each row was
    // wrong with the same model trained without the clusters. No gazetteer listed them then;
    // dictwords.tsv lists "Atari", "Nintendo" and "Ericsson" as capitalised words (a name, of
    // no type), and since round 10 org_companies_world.tsv lists "Nintendo" and "Wipro" (the
    // rows pass with and without that file). "Embraer", "Brembo" and "Kowalczyk" are in no
    // list at all.
    QTest::newRow("clusters: unseen firm as the subject (was missed)")
        << u"Analysts expect Wipro to report higher profits."_qs << u"Wipro"_qs
        << u"organization"_qs;
    QTest::newRow("clusters: unseen planemaker (was missed)")
        << u"Embraer delivered its first jet to the airline."_qs << u"Embraer"_qs
        << u"organization"_qs;
    QTest::newRow("clusters: unseen games firm (was a person)")
        << u"Atari released the game in 1980."_qs << u"Atari"_qs << u"organization"_qs;
    QTest::newRow("clusters: unseen console maker (was a person)")
        << u"Nintendo sold ten million consoles."_qs << u"Nintendo"_qs << u"organization"_qs;
    QTest::newRow("clusters: unseen firm after 'at' (was a person with 'at')")
        << u"Staff at Ericsson were told of the cuts by email."_qs << u"Ericsson"_qs
        << u"organization"_qs;
    QTest::newRow("clusters: unseen parts maker after 'of' (was a place)")
        << u"Shares of Brembo fell on Monday."_qs << u"Brembo"_qs << u"organization"_qs;
    QTest::newRow("clusters: unseen surname as the subject (was missed)")
        << u"Kowalczyk scored the winning goal in the last minute."_qs << u"Kowalczyk"_qs
        << u"person"_qs;
    // Round 10: the round 9 model's clusters put these firms among people's names, places or
    // common nouns ("alstom" and "danone" among other firms, but the model typed them a person;
    // "panasonic" among camera brands). org_companies_world.tsv (large listed companies of the
    // world's exchanges, FinanceDatabase) lists them; each row was wrong before that file.
    QTest::newRow("world company: rail maker opening a sentence (was a person)")
        << u"Alstom won the contract to build the trains."_qs << u"Alstom"_qs << u"organization"_qs;
    QTest::newRow("world company: food group opening a sentence (was a person)")
        << u"Danone said its yoghurt sales fell in China."_qs << u"Danone"_qs << u"organization"_qs;
    QTest::newRow("world company: electronics maker after 'and' (was missed)")
        << u"Sony and Panasonic both reported losses."_qs << u"Panasonic"_qs << u"organization"_qs;
    // Round 11: training text of other kinds than news (LitBank's novels, the Broad Twitter
    // Corpus; resources/README.md). Each row was wrong with the round 10 model. The first is
    // right only with the new text (the round 10 recipe retrained on the same code misses it
    // too); the other two are right with that retrained control as well, and with all three
    // training seeds of the new model.
    QTest::newRow("fiction: a name in direct address (was missed)")
        << u"Hush, Pip, they will hear us."_qs << u"Pip"_qs << u"person"_qs;
    QTest::newRow("conversation: a name after 'thanks to' (was missed)")
        << u"Thanks so much to Priya for sending this question in."_qs << u"Priya"_qs
        << u"person"_qs;
    QTest::newRow("travel guide: a city, not its team (was an organization)")
        << u"Buses leave Cardiff every hour for the airport."_qs << u"Cardiff"_qs << u"place"_qs;
    // Round 12, rules after the model. CitationAuthors: the capitalised words of a dated
    // citation in brackets are surnames, however ordinary the word.
    QTest::newRow("citation: a surname that is an ordinary word (was missed)")
        << u"This finding has been replicated (Street, 2009; Price & Fowler, 2014)."_qs
        << u"Price"_qs << u"person"_qs;
    // Review of round 12: a place the model found in a dated bracket keeps its type (only
    // missing names are added); the row passes without the mend too, the model typing the
    // unlisted towns of such brackets people itself.
    QTest::newRow("citation guard: a place in a dated bracket stays a place")
        << u"The survey covered the coastal towns (Hadibo, 2010; Dhamar, 2012)."_qs << u"Dhamar"_qs
        << u"place"_qs;
    // EntityGrouper::agreeInLists(): the names of one list are of one kind.
    QTest::newRow("list: the last of four cities (was a person)")
        << u"The cities of Tempe, Peoria, Chandler and Gilbert grew fast in the nineties."_qs
        << u"Gilbert"_qs << u"place"_qs;
    // PeopleAgreement::addNameWords(): a given name after a comma stands mid-sentence; it was
    // read as a sentence opener (NerFeatures::AfterSentenceEnd follows any punctuation).
    QTest::newRow("given name after a comma (was missed)")
        << u"I asked my cousin, Gloria, to help with the boxes."_qs << u"Gloria"_qs << u"person"_qs;
    // EntityRecogniser::firmsAfterCues() (lexicon/orgcues.tsv): after "shares of", "employees
    // of", "a spokeswoman for", an unknown capitalised name is an organization; a person or a
    // listed place stays one (guards, which pass without the rule too).
    QTest::newRow("organization cue: a spokeswoman for a firm (was a place)")
        << u"A spokeswoman for Dranholm declined to comment."_qs << u"Dranholm"_qs
        << u"organization"_qs;
    QTest::newRow("organization cue: employees of a firm (was missed)")
        << u"Employees of Quorvane voted to strike over pay."_qs << u"Quorvane"_qs
        << u"organization"_qs;
    // EntityRecogniser::namesByHeadWord() (lexicon/placewords.tsv): a capitalised phrase the
    // model left out that ends in a place's head word, or opens with one before "of", is a
    // place.
    QTest::newRow("place head word: a cemetery (was missed)")
        << u"He was buried in a common grave of the Varnholt Cemetery outside the town."_qs
        << u"Varnholt Cemetery"_qs << u"place"_qs;
    QTest::newRow("place head word: a temple named with 'of' (was missed)")
        << u"Two monks kept the Temple of the Silver Lake until 1840."_qs
        << u"Temple of the Silver Lake"_qs << u"place"_qs;
    // Round 13, EntityRecogniser::namesByHeadWord() (lexicon/orgwords.tsv): a capitalised
    // phrase the model left out with an organization's head word before "of" or "for" is an
    // organization.
    QTest::newRow("organization head word: an office named with 'of the' (was missed)")
        << u"The permit was signed by the Office of the Harbour Master on Friday."_qs
        << u"Office of the Harbour Master"_qs << u"organization"_qs;
    // Round 14, PeopleAgreement::fullNamesTypedOther(): a full name the model typed "other"
    // whose first word is a given name, or whose last word names a person of the article.
    QTest::newRow("full name typed other: a surname that is an ordinary word (was other)")
        << u"Melania Trump waved from the stage in Reno."_qs << u"Melania Trump"_qs << u"person"_qs;
    QTest::newRow("full name typed other: the surname alone later (was other)")
        << u"Donald Trump campaigned in Reno. Trump told the crowd he would return."_qs
        << u"Donald Trump"_qs << u"person"_qs;
    // Round 14, EntityGrouper::agreeOnTypes(): "at Trump's rally" is no place evidence.
    QTest::newRow("person after 'at' with a possessive (was a place)")
        << u"Hats were sold at Trump's rally in Phoenix. Fans cheered at Trump's speech. Donald "
           "Trump spoke for an hour."_qs
        << u"Trump"_qs << u"person"_qs;
    // Round 14, UsStates::markStates() (EntityRecogniser): the AP abbreviation of a US state after
    // a city and a comma, or in brackets, is the state, and the city a place.
    QTest::newRow("state abbreviation after a city")
        << u"Flooding closed two roads near Grand Rapids, Mich., on Sunday."_qs << u"Mich"_qs
        << u"place"_qs;
    QTest::newRow("state abbreviation: the city before it (was an organization)")
        << u"Grand Rapids, Mich., opened a new library this week."_qs << u"Grand Rapids"_qs
        << u"place"_qs;
    QTest::newRow("state abbreviation in brackets after a senator (was missed)")
        << u"Sen. Rand Paul (Ky.) voted against the bill."_qs << u"Ky"_qs << u"place"_qs;
    // Round 14, EntityRecogniser::splitBeforePlace(): "of" after a full name and "in" after a
    // place, before a place the gazetteer lists, join two names.
    QTest::newRow("full name 'of' a state: two names (was one person)")
        << u"Gov. Josh Shapiro of Pennsylvania signed the budget on Friday."_qs
        << u"Josh Shapiro"_qs << u"person"_qs;
    QTest::newRow("place 'in' a city: two names (was one place)")
        << u"Republican nominee Donald Trump held a rally at Madison Square Garden in New York "
           "City."_qs
        << u"Madison Square Garden"_qs << u"place"_qs;
    QTest::newRow("full name 'of' a place guard: one name before 'of'")
        << u"The chronicle praised William of Orange and his fleet."_qs << u"William of Orange"_qs
        << u"person"_qs;
    // Round 15, UsStates: guards of the abbreviations that are no place elsewhere.
    QTest::newRow("state abbreviation guard: Indiana after a city")
        << u"The plant in Kokomo, Ind., closed last spring."_qs << u"Ind"_qs << u"place"_qs;
    QTest::newRow("state abbreviation guard: Delaware after a city")
        << u"The plant near Dover, Del., hired forty workers."_qs << u"Del"_qs << u"place"_qs;
    // The review of round 15: the party label and the title read too widely.
    QTest::newRow("state abbreviation guard: Indiana in brackets after a city")
        << u"The steel mill in Kokomo (Ind.) laid off three hundred workers."_qs << u"Ind"_qs
        << u"place"_qs;
    QTest::newRow("state abbreviation guard: Delaware joined to another state")
        << u"Voters in Md. and Del. Tom Carper said the vote was close."_qs << u"Del"_qs
        << u"place"_qs;
    QTest::newRow("state abbreviation guard: a surname opening the next sentence")
        << u"Clinton won Pa. and Del. Trump won Ohio."_qs << u"Del"_qs << u"place"_qs;
    // Round 15, peopleNamedLikePlaces(): a title, a given name and a country's name.
    QTest::newRow("title, given name and a country's name: the person (was the place)")
        << u"Sen. Paul Ireland voted against the bill."_qs << u"Paul Ireland"_qs << u"person"_qs;
    QTest::newRow("person named like a place guard: a country after 'of'")
        << u"King Hamid of Jordan spoke at the summit."_qs << u"Jordan"_qs << u"place"_qs;
    QTest::newRow("person named like a place guard: a country after a titled full name")
        << u"Officials met Sen. Lena Ortiz in Jordan on Monday."_qs << u"Jordan"_qs << u"place"_qs;
    QTest::newRow("title before a person guard: the person after the title")
        << u"A spokeswoman for Mrs. Okafor said the talks had stalled."_qs << u"Okafor"_qs
        << u"person"_qs;
    QTest::newRow("title before a person guard: an organization opening with a title word")
        << u"The General Assembly met on Monday."_qs << u"General Assembly"_qs
        << u"organization"_qs;
    // Round 15, titledNamesLeftOut(): a titled name the model left out, its last word a title
    // word too ("King").
    QTest::newRow("titled name left out: a surname that is a title word (was missed)")
        << u"Reporters waited for Rep. Tom King, who arrived late."_qs << u"Tom King"_qs
        << u"person"_qs;
    // Round 16: a given name of the US given names (usgivennames.tsv, the Social Security
    // Administration's lists) that the hand-written givennames.tsv lacks.
    QTest::newRow("titled name left out: a nickname as the given name (was missed)")
        << u"Gov. Butch Otter signed the bill on Friday."_qs << u"Butch Otter"_qs << u"person"_qs;
    QTest::newRow("titled name left out: a rarer given name before a party tag (was missed)")
        << u"Sen. Angus King, I-Maine, said the vote was close."_qs << u"Angus King"_qs
        << u"person"_qs;
    QTest::newRow("title, a rarer given name and a country's name: the person (was the place)")
        << u"Gov. Pat Ireland signed the bill on Friday."_qs << u"Pat Ireland"_qs << u"person"_qs;
    QTest::newRow("titled name: the surname alone, the given name left out (was the surname)")
        << u"State Rep. Rio Tanaka said the bill would fail."_qs << u"Rio Tanaka"_qs
        << u"person"_qs;
    QTest::newRow("titled name: an initial before the surname (was the surname)")
        << u"Democrat Sen. Benjamin L. Okafor voted against the bill."_qs
        << u"Benjamin L. Okafor"_qs << u"person"_qs;
    QTest::newRow("a state and a title before a person: the state (was a person 'Vermont Sen')")
        << u"Vermont Sen. Ellen Marsh is making an appeal to voters."_qs << u"Vermont"_qs
        << u"place"_qs;
    QTest::newRow("a place and a title before a person guard: a name ending in a title word")
        << u"Tennis great Billie Jean King remembered Ali as fun to be around."_qs
        << u"Billie Jean King"_qs << u"person"_qs;
    QTest::newRow("a place and a title before a person guard: a sentence ends after the title")
        << u"They fought against the Islamic State.\n\nClinton suggested a plan."_qs
        << u"Islamic State"_qs << u"organization"_qs;
    QTest::newRow("a city and a title before a person, no period: the city (was an organization)")
        << u"Earlier, former New York Mayor Rudy Giuliani spoke."_qs << u"New York"_qs
        << u"place"_qs;
    QTest::newRow("titled name left out guard: the next name's title ends the name")
        << u"Backers include former Rep. Helen Marsh and Gov. Tom Reyes."_qs << u"Helen Marsh"_qs
        << u"person"_qs;
    QTest::newRow("plural title guard: a hockey team's nickname")
        << u"The Sens beat the Leafs 3-2 in Ottawa on Saturday."_qs << u"Sens"_qs
        << u"organization"_qs;
    QTest::newRow("postal code after a city (was missed)")
        << u"The letter came from Rhinelander, WI."_qs << u"WI"_qs << u"place"_qs;
    QTest::newRow("organization cue guard: a person after 'spokesman for'")
        << u"A spokesman for Obama said the talks would go on."_qs << u"Obama"_qs << u"person"_qs;
    QTest::newRow("organization cue guard: a listed place after 'shares in'")
        << u"Shares in Asia fell on Monday."_qs << u"Asia"_qs << u"place"_qs;
    // Round 17, EntityRecogniser::possessiveNames() and namesAfterAbbreviations(): a possessive
    // inside a name, and "St.", "Mt.", "Ft." opening one.
    QTest::newRow("possessive inside a name: a saint's cathedral (was 'Cathedral')")
        << u"Crowds filled St. Paul's Cathedral for the Easter service."_qs
        << u"St. Paul's Cathedral"_qs << u"place"_qs;
    // Round 19, typeFromLexicon(): one word the gazetteer knows only as a web site or a medium
    // (org_brands.tsv) is no place, unless a place preposition stands before it or a comma and
    // a capitalised word after it (small towns the gazetteer does not list).
    QTest::newRow("brand after 'on': a web site (was a place)")
        << u"Voters argued all week. She posted the video on Reddit and shared it with friends."_qs
        << u"Reddit"_qs << u"organization"_qs;
    // The two-word phrase of mediumwords.tsv: without it the model's place stays.
    QTest::newRow("brand after 'according to': a web site (a place without the phrase)")
        << u"Voters argued all week. The figures rose, according to Statista."_qs << u"Statista"_qs
        << u"organization"_qs;
    QTest::newRow("brand guard: a town named like a brand, with its state")
        << u"Voters argued all week. The nurse, a Neptune, N.J., native, moved west in 2010."_qs
        << u"Neptune"_qs << u"place"_qs;
    QTest::newRow("brand guard: a town named like a brand, after 'near'")
        << u"Voters argued all week. The bus crashed near Steinberg on Monday."_qs
        << u"Steinberg"_qs << u"place"_qs;
    // Round 19: "Church" heads a place only after a saint's possessive (placewords.tsv, saint).
    QTest::newRow("possessive inside a name: a saint's church (was the place 'St. John')")
        << u"The storm had passed by noon. The choir of St. John's Church sang at the funeral."_qs
        << u"St. John's Church"_qs << u"place"_qs;
    QTest::newRow("possessive inside a name: a saint's church the model typed an organization")
        << u"The storm had passed by noon. Mourners gathered at St. Mary's Church in Dayton."_qs
        << u"St. Mary's Church"_qs << u"place"_qs;
    QTest::newRow("brand guard: a town named like a brand, after a travel verb")
        << u"Voters argued all week. Prime Minister Kyriakos Mitsotakis visited Delphi on Monday "
           "for the annual economic forum."_qs
        << u"Delphi"_qs << u"place"_qs;
    QTest::newRow("saint's church guard: a church that is an organization")
        << u"The storm had passed by noon. Leaders of the Catholic Church met in Rome."_qs
        << u"Catholic Church"_qs << u"organization"_qs;
    QTest::newRow("possessive inside a name: a children's hospital (was the place 'St')")
        << u"The boy was treated at St. Jude Children's Research Hospital last spring."_qs
        << u"St. Jude Children's Research Hospital"_qs << u"place"_qs;
    QTest::newRow("possessive inside a name: a saint's college (was the place 'St. Brendan')")
        << u"She teaches history at St. Brendan\u2019s College in the autumn."_qs
        << u"St. Brendan\u2019s College"_qs << u"organization"_qs;
    QTest::newRow("an abbreviation opens a name: a fort (was no mention)")
        << u"The brigade left Ft. Bragg in June."_qs << u"Ft. Bragg"_qs << u"place"_qs;
    QTest::newRow("possessive guard: a person's brother")
        << u"Paul's brother Tom arrived late for dinner."_qs << u"Paul"_qs << u"person"_qs;
    QTest::newRow("possessive guard: the brother named after him")
        << u"Paul's brother Tom arrived late for dinner."_qs << u"Tom"_qs << u"person"_qs;
    QTest::newRow("possessive guard: a country's party keeps its own name")
        << u"Britain's Labour Party chose a new leader on Saturday."_qs << u"Labour Party"_qs
        << u"organization"_qs;
    // Round 17, titledNamesLeftOut(): a given name that is also a common word, after a title,
    // opens the person's name even when the model made the surname and the state one name.
    QTest::newRow("common-word given name after a title (was the organization 'Hurd of Texas')")
        << u"Republican Rep. Will Hurd of Texas opposed it."_qs << u"Will Hurd"_qs << u"person"_qs;
    QTest::newRow("common-word given name after a title: the state after 'of'")
        << u"Republican Rep. Will Hurd of Texas opposed it."_qs << u"Texas"_qs << u"place"_qs;
    QTest::newRow("common-word given name guard: a title and a surname alone")
        << u"Sen. Smith will vote against the bill on Tuesday."_qs << u"Smith"_qs << u"person"_qs;
    // Round 21, ampersandNames(): capitalised words on both sides of "&" are one firm's name
    // (the round 20 reader's "Pratt & Whitney", two people).
    QTest::newRow("ampersand: two surnames joined are one firm (was two people)")
        << u"The engines were built by Pratt & Whitney at a plant in the north, and the first "
           "deliveries came late."_qs
        << u"Pratt & Whitney"_qs << u"organization"_qs;
    QTest::newRow("ampersand: a made-up furniture maker (was a place and a person)")
        << u"Workers at Halvorsen & Brandt, a small furniture maker, went on strike over pay "
           "last week."_qs
        << u"Halvorsen & Brandt"_qs << u"organization"_qs;
    QTest::newRow("ampersand: an accounting firm (was two people)")
        << u"The audit was done by Ernst & Young, which declined to comment on the findings."_qs
        << u"Ernst & Young"_qs << u"organization"_qs;
    QTest::newRow("ampersand guard: a couple, a given name before '&'")
        << u"Anna & Peter Kovacs opened their bakery in the old town last spring, and it is "
           "busy every day."_qs
        << u"Anna"_qs << u"person"_qs;
    QTest::newRow("ampersand guard: two full names")
        << u"The song was written by Tom Hale & Anna Berg during a long winter in the "
           "mountains."_qs
        << u"Tom Hale"_qs << u"person"_qs;
    QTest::newRow("ampersand guard: two places")
        << u"Trains between Oslo & Bergen were stopped because of the snow on the line."_qs
        << u"Oslo"_qs << u"place"_qs;
    // Round 21, orgcues.tsv's `firm` rows: a cue that never takes a person, and a phrase only a
    // firm owns after its possessive (the round 20 reader's "Analysts at Bernstein said").
    QTest::newRow("organization slot: analysts at a firm (was a person)")
        << u"Analysts at Bernstein said the deal would lift profits next year."_qs
        << u"Bernstein"_qs << u"organization"_qs;
    QTest::newRow("organization slot: economists at a firm (was a place)")
        << u"Economists at Nordvik expect the central bank to cut rates in the spring."_qs
        << u"Nordvik"_qs << u"organization"_qs;
    QTest::newRow("organization slot: a firm's chief executive (was a person)")
        << u"Vantorix's chief executive said the company would cut two hundred jobs."_qs
        << u"Vantorix"_qs << u"organization"_qs;
    QTest::newRow("organization slot guard: a person of the article after 'analysts at'")
        << u"Leah Bernstein runs a small fund in the city. Analysts at Bernstein said the fund "
           "would grow."_qs
        << u"Leah Bernstein"_qs << u"person"_qs;
    // Round 21, foreignHeadNames(): a name of another language opening with its head word
    // (lexicon/foreignheads.tsv; the round 20 reader's "Estadio" and a person).
    QTest::newRow("foreign head word: a stadium (was an organization and a person)")
        << u"The match will be played at the Estadio Jose Amalfitani on Saturday evening, "
           "officials said."_qs
        << u"Estadio Jose Amalfitani"_qs << u"place"_qs;
    QTest::newRow("foreign head word: a theatre (was an organization)")
        << u"The opera season opened at the Teatro Colon with a new production of an old "
           "work."_qs
        << u"Teatro Colon"_qs << u"place"_qs;
    QTest::newRow("foreign head word: a palace named with 'de la' (was missed)")
        << u"The president received the visitors at the Palacio de la Moneda in the "
           "afternoon."_qs
        << u"Palacio de la Moneda"_qs << u"place"_qs;
    QTest::newRow("foreign head word guard: a surname that is a head word")
        << u"The former president Pedro Castillo said he would appeal against the ruling."_qs
        << u"Pedro Castillo"_qs << u"person"_qs;
    // Round 21 mend (review finding 6): a whole name of the model stands, a person's when a
    // personal pronoun follows it (the head word is a surname there).
    QTest::newRow("foreign head word: a whole name typed a person, 'he' after it (was a place)")
        << u"Castillo Terrones said he would appeal."_qs << u"Castillo Terrones"_qs << u"person"_qs;
    QTest::newRow("foreign head word: a whole name typed other (was an organization)")
        << u"The Club World Cup final will be played in Miami."_qs << u"Club World Cup"_qs
        << u"other"_qs;
    // Round 21 mend (review finding 2): a title of titles.tsv ends the run of a foreign head
    // word or of the words after "&"; the person after the firm stays one (AP style).
    QTest::newRow("foreign head word: a title ends the bank's name (was one organization)")
        << u"Banco Santander Chairman Ana Botin said profits rose."_qs << u"Banco Santander"_qs
        << u"organization"_qs;
    QTest::newRow("foreign head word: the person after the bank's title (was the organization)")
        << u"Banco Santander Chairman Ana Botin said profits rose."_qs << u"Ana Botin"_qs
        << u"person"_qs;
    QTest::newRow("foreign head word: a coach after a university (was the organization)")
        << u"Universidad de Chile Coach Tom Hale resigned."_qs << u"Tom Hale"_qs << u"person"_qs;
    QTest::newRow("ampersand: a title ends the firm's name (was one organization)")
        << u"Pratt & Whitney President Hale said the engine was safe."_qs << u"Pratt & Whitney"_qs
        << u"organization"_qs;
    // Round 21 mend (review finding 8): what a person owns too is no firm's phrase after the
    // possessive (orgcues.tsv).
    QTest::newRow("owned phrase: a person's shares (was an organization)")
        << u"Brennan's shares in the club were sold last year."_qs << u"Brennan"_qs << u"person"_qs;
    QTest::newRow("owned phrase: a person's annual report letter (was an organization)")
        << u"Buffett's annual report letter is widely read."_qs << u"Buffett"_qs << u"person"_qs;
    QTest::newRow("owned phrase: a person's subsidiary (was an organization)")
        << u"Okafor's subsidiary, a small farm, went bankrupt."_qs << u"Okafor"_qs << u"person"_qs;
    // Round 22: a gazetteer place after a title word and "of" is the office's place, not a
    // person (EntityRecogniser::placesAfterOfficeOf; the round 21 reader's "mayor of Kiel").
    QTest::newRow("office of: a port town (was a person)")
        << u"The mayor of Kiel said on Monday that the new ferry terminal would open in May."_qs
        << u"Kiel"_qs << u"place"_qs;
    QTest::newRow("office of: a German city (was a person)")
        << u"The mayor of Kassel said on Monday that the budget vote would be delayed."_qs
        << u"Kassel"_qs << u"place"_qs;
    QTest::newRow("office of: a US city named like a person (was a person)")
        << u"The mayor of Reno said on Monday that the budget vote would be delayed."_qs
        << u"Reno"_qs << u"place"_qs;
    QTest::newRow("office of guard: a kinship word is no title")
        << u"The daughter of Eugene said on Monday that the wedding would be small."_qs
        << u"Eugene"_qs << u"person"_qs;
    // Round 26: the sector words that end company names (orgwords.tsv, generated part, by
    // tools/make_orgwords.py) and the rule after the model that reads them.
    QTest::newRow("company head word: an airline after 'with' (was missed)")
        << u"Travellers flying with Akasa Air from Pune were told to arrive three hours early."_qs
        << u"Akasa Air"_qs << u"organization"_qs;
    QTest::newRow("company head word: a made-up aviation firm (was a place)")
        << u"Pilots at Brandt Aviation voted to strike on Thursday."_qs << u"Brandt Aviation"_qs
        << u"organization"_qs;
    QTest::newRow("company head word: a made-up cement maker (was a place)")
        << u"The contract went to Halden Cement, which beat two rivals from Poland."_qs
        << u"Halden Cement"_qs << u"organization"_qs;
    QTest::newRow("company head word: an energy firm in a list (was a place)")
        << u"Orders at Kestrel Energy and Marlow Capital rose in the third quarter."_qs
        << u"Kestrel Energy"_qs << u"organization"_qs;
    QTest::newRow("company head word guard: a town the gazetteer lists")
        << u"Residents of Bon Air lost power during the storm on Sunday."_qs << u"Bon Air"_qs
        << u"place"_qs;
    QTest::newRow("company head word guard: a known firm of several head words")
        << u"Boeing said on Monday that Polish Airlines Holdings wins a discount."_qs
        << u"Polish Airlines Holdings"_qs << u"organization"_qs;
    // Round 26: a verb of a title-case headline ends the name before it.
    QTest::newRow("title-case headline verb: after a firm the gazetteer lists (was one name)")
        << u"Boeing Wins Polish Order As Airbus Waits"_qs << u"Boeing"_qs << u"organization"_qs;
    QTest::newRow("title-case headline verb: the firm after it is its own name")
        << u"Boeing Wins Polish Order As Airbus Waits"_qs << u"Airbus"_qs << u"organization"_qs;
    QTest::newRow("title-case headline verb: 'Of' after a head word, seen in lower case (was two)")
        << u"Bank Of Canada Raises Rates Again\n\nThe Bank of Canada raises its key rate for the "
           "third time this year."_qs
        << u"Bank Of Canada"_qs << u"organization"_qs;
    QTest::newRow("title-case headline verb guard: a firm and a verb the body writes in lower case")
        << u"Toyota Raises Forecast As Yen Weakens\n\nThe carmaker raises its forecast for the "
           "second time."_qs
        << u"Toyota"_qs << u"organization"_qs;
    QTest::newRow("title-case headline verb guard: a team's plural the body capitalises")
        << u"Harbor Giants Sign Striker\n\nThe Giants said the fee was a record."_qs
        << u"Harbor Giants"_qs << u"organization"_qs;
    // Round 26: the place of a title before a name ("Prime Minister of Great Britain Tom Hale")
    // is a place of its own.
    QTest::newRow("title's place before a name: title-case headline (was one person)")
        << u"Crowds Greet President of France Anna Berg In Dakar"_qs << u"Anna Berg"_qs
        << u"person"_qs;
    QTest::newRow("title's place before a name: the place (was part of the person)")
        << u"Crowds Greet President of France Anna Berg In Dakar"_qs << u"France"_qs << u"place"_qs;
    QTest::newRow("title's place before a name: a governor in a headline (was one person)")
        << u"Tributes Paid As Governor of Texas Dan Cole Retires"_qs << u"Dan Cole"_qs
        << u"person"_qs;
    QTest::newRow("title's place before a name guard: the same in a sentence")
        << u"The Prime Minister of Great Britain Tom Hale met farmers in Devon on Thursday."_qs
        << u"Tom Hale"_qs << u"person"_qs;
}

void TestEntityGeneralisation::typed()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, type);
    const Analysis analysis = analyse(text);
    const Mention *m = mentionAt(text, analysis, name);
    // One comparison per row, so that an expected failure covers a missed name, a wrong span
    // and a wrong type alike.
    const QString got =
        m ? text.mid(m->span.begin, m->span.length()) + u" ("_qs + entityTypeName(m->type) + u')'
          : u"no mention"_qs;
    // A known gap: "published by X" reads like an author's byline to the model (a person until
    // round 10, a place for the round 11 model).
    QEXPECT_FAIL("unseen name: company as person (publisher)", "typed as a person", Continue);
    // A known gap of the round 9 model (clusters of pretrained vectors, default training
    // seed): a made-up firm after "at" reads as a place ("staff at the port"). The row passes
    // with the same model trained with seed 7, and with the model without clusters.
    QEXPECT_FAIL("unseen name: company after 'at'", "typed as a place by the round 9 model",
                 Continue);
    // Round 11: every model retrained on the round 11 code, the round 10 recipe included (the
    // control of docs/quality.md), gets these rows wrong; they passed with the round 9 model
    // that the rows were written against. Round 12: the third, "Shares of Vantrell fell",
    // passes again by EntityRecogniser::firmsAfterCues() ("shares of" an unknown name).
    QEXPECT_FAIL("joined name guard: a given name joined to another word, a firm",
                 "missed by every model retrained since round 10", Continue);
    QEXPECT_FAIL("title and surname: the person named in full later (was an organization)",
                 "the title joins the name in every retrained model", Continue);
    // Round 11: the price of the tweets of the Broad Twitter Corpus, whose capitals say less
    // than a newspaper's (round 12: "Shares of Brembo fell" passes again by firmsAfterCues()) (GUM
    // train CV +0.025, CoNLL-2003 dev -0.006 against the control; docs/quality.md). The control got
    // these rows right (through lector-train --model, which runs the same recogniser and alias
    // resolver). A made-up or rare firm in a short sentence is missed or read as a place, and a
    // football city after a travel verb as the place.
    QEXPECT_FAIL("sentence opener: made-up shipping firm", "a place in the round 11 model",
                 Continue);
    QEXPECT_FAIL("clusters: unseen firm after 'at' (was a person with 'at')",
                 "a place in the round 11 model", Continue);
    QEXPECT_FAIL("travel verb in a sport sentence: a score keeps the team",
                 "the place in the round 11 model", Continue);
    QEXPECT_FAIL("travel verb in a sport sentence: another team keeps the team",
                 "the place in the round 11 model", Continue);
    // Round 18: "Atari" passes by org_brands.tsv.
    QCOMPARE(got, name + u" ("_qs + type + u')');
}

// Words that must not come out as people.
void TestEntityGeneralisation::notAPerson_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("found"); // a name the same text must still yield, or empty
    QTest::newRow("title-case headline: job title")
        << u"Airline Safety Officer Warns Of Skipped Maintenance Checks\nThe warning came in a memo."_qs
        << u"Officer"_qs << QString();
    QTest::newRow("title-case headline: common noun")
        << u"Airline Safety Officer Warns Of Skipped Maintenance Checks\nThe warning came in a memo."_qs
        << u"Maintenance"_qs << QString();
    QTest::newRow("title-case headline: words of the article")
        << u"Floods Close Roads Across Munich As Rivers Rise\nAfter three days of rain the "
           u"rivers rise and floods close roads across the south as the police warn drivers."_qs
        << u"Floods Close"_qs << u"Munich"_qs;
    QTest::newRow("byline: job title")
        << u"Harbour Talks Resume After The Storm\nBy Anna Berg, Chief Correspondent\nTalks on "
           u"the new harbour resumed on Monday."_qs
        << u"Chief Correspondent"_qs << u"Anna Berg"_qs;
    QTest::newRow("all-caps headline")
        << u"CHAPTER ONE: THE LONG WINTER\nSnow fell on the village for weeks."_qs << u"CHAPTER"_qs
        << QString();
    // Review of round 17: "St." before a person's name made "St. John" a person, and the
    // article's other John one with him.
    QTest::newRow("saint's abbreviation before a given name")
        << u"The choir of St. John's sang at the service. Mary's husband John sang too."_qs
        << u"St."_qs << u"John sang"_qs;
    QTest::newRow("company as person: carmaker")
        << u"Shares of Lockheed Martin rose while General Motors fell."_qs << u"Lockheed"_qs
        << u"General Motors"_qs;
    // Round 9 (addMention): the plural of an acronym names a kind of thing; this row was
    // "Many NGOs", a person.
    QTest::newRow("acronym plural")
        << u"Many NGOs left the region in May."_qs << u"NGOs"_qs << QString();
    QTest::newRow("acronym plural inside a name")
        << u"The Association of MBAs accredited the school in May."_qs << u"MBAs"_qs
        << u"Association of MBAs"_qs;
    // Round 12 (CitationAuthors): a month or an organization in a dated citation is no
    // surname.
    QTest::newRow("citation guard: a month")
        << u"The survey ran for a year (June 2007; Open Science Foundation, 2015)."_qs << u"June"_qs
        << QString();
    QTest::newRow("citation guard: an organization cited by name")
        << u"The survey ran for a year (June 2007; Open Science Foundation, 2015)."_qs
        << u"Open Science Foundation"_qs << u"Open Science Foundation"_qs;
    // PeopleAgreement: a capitalised word after a comma that is no given name stays out.
    QTest::newRow("given name after a comma guard: a word that is no given name")
        << u"After the storm, Harbourside was quiet."_qs << u"Harbourside"_qs << QString();
    // Review of round 12 (CitationAuthors): a film and its year in brackets, with no
    // ampersand, no "et al.", no second name and no second dated bracket, is no citation.
    QTest::newRow("citation guard: a film title with its year")
        << u"She liked the thriller (Heat, 1995) more than any other film of the decade."_qs
        << u"Heat"_qs << QString();
    // EntityGrouper::agreeInLists(): a name that ends in an organization's head word
    // (orgwords.tsv) keeps its type in a list of people.
    QTest::newRow("list guard: a record label among singers")
        << u"The album features Drake, Rihanna, Kendrick Lamar and Atlantic Records."_qs
        << u"Atlantic Records"_qs << u"Kendrick Lamar"_qs;
    // PeopleAgreement::dropCommonWords(): a lone capitalised word the article writes in lower
    // case twice is a thing (the round 12 model leaves this one out by itself).
    QTest::newRow("common word: a herb opening a sentence")
        << u"Basil needs warm air and plenty of light. Pinch the basil tips often, and the "
           u"basil will grow bushy."_qs
        << u"Basil"_qs << QString();
    QTest::newRow("product name")
        << u"He bought a new MacBook and an iPhone at the store on Main Street."_qs << u"MacBook"_qs
        << u"Main Street"_qs;
    // Round 24 guards (engineer nwn): the kinds of issue 14's headline errors in new sentences,
    // right with the shipped model; the WordNet class features tried against them did not ship
    // (docs/quality.md, "Round 24: WordNet classes for the recogniser").
    QTest::newRow("title-case headline guard: job title of a council")
        << u"Council Treasurer Resigns Over Missing Funds\nThe treasurer left on Friday after "
           u"auditors found gaps in the accounts."_qs
        << u"Treasurer"_qs << QString();
    QTest::newRow("title-case headline guard: job title of a museum")
        << u"Museum Curator Says Painting Is A Forgery\nThe curator told reporters the canvas "
           u"was too new."_qs
        << u"Curator"_qs << QString();
    QTest::newRow("title-case headline guard: a common noun of work")
        << u"Plumbing Repairs Delay Opening Of City Library\nWorkers found old pipes under the "
           u"floor."_qs
        << u"Plumbing"_qs << QString();
    QTest::newRow("title-case headline guard: a job title, the person named below")
        << u"Police Sergeant Praised For Calm At Flooded Station\nSergeant Tom Hale led forty "
           u"people to safety."_qs
        << u"Police Sergeant Praised"_qs << u"Tom Hale"_qs;
}

void TestEntityGeneralisation::notAPerson()
{
    QFETCH(QString, text);
    QFETCH(QString, word);
    QFETCH(QString, found);
    const Analysis analysis = analyse(text);
    // Not an empty result passing for a right one: the names around the word are still found.
    if (!found.isEmpty())
        QVERIFY2(mentionAt(text, analysis, found), qPrintable(u"no mention of "_qs + found));
    const Mention *m = mentionAt(text, analysis, word);
    if (m)
        QVERIFY2(m->type != EntityType::Person,
                 qPrintable(text.mid(m->span.begin, m->span.length()) + u" typed as a person"_qs));
}

// Round 11 (TermAcronyms): an acronym defined in brackets after lower-case words whose
// initials spell it names a thing, not an organization ("fluid catalytic cracker (FCC)"); the
// round 10 model typed the acronym's later mentions an organization in each "term" row. An
// acronym spelled out in capitals is a name and keeps its type (guards; they pass without the
// rule too). `type` is the last mention's expected type, "none" for no person, place or
// organization there.
void TestEntityGeneralisation::definedAcronym_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("acronym");
    QTest::addColumn<QString>("type");
    QTest::newRow("term acronym: a machine (was an organization)")
        << u"The refinery shut its fluid catalytic cracker (FCC) for repairs.\n"
           u"The FCC will restart on Monday."_qs
        << u"FCC"_qs << u"none"_qs;
    QTest::newRow("term acronym: a hyphenated word in the phrase (was an organization)")
        << u"The team built a remotely-operated vehicle (ROV) for the dive.\n"
           u"The ROV reached the wreck at noon."_qs
        << u"ROV"_qs << u"none"_qs;
    QTest::newRow("term acronym: an index (was an organization)")
        << u"Prices are tracked by the producer price index (PPI).\nThe PPI rose in May."_qs
        << u"PPI"_qs << u"none"_qs;
    QTest::newRow("named acronym guard: a body spelled out in capitals")
        << u"The World Health Organization (WHO) issued new advice.\nThe WHO said cases fell."_qs
        << u"WHO"_qs << u"organization"_qs;
    QTest::newRow("named acronym guard: an agency spelled out in capitals")
        << u"The Korean Central News Agency (KCNA) said the test had succeeded.\n"
           u"KCNA gave no date."_qs
        << u"KCNA"_qs << u"organization"_qs;
    // Review of round 11: a body's name written in lower case ends on an organization's head
    // word (lexicon/orgwords.tsv); the first version of the rule dropped its acronym.
    QTest::newRow("named acronym guard: a body spelled out in lower case")
        << u"Farmers marched against the national grain union (NGU) in Leeds.\n"
           u"The NGU said it would appeal."_qs
        << u"NGU"_qs << u"organization"_qs;
}

void TestEntityGeneralisation::definedAcronym()
{
    QFETCH(QString, text);
    QFETCH(QString, acronym);
    QFETCH(QString, type);
    const Analysis analysis = analyse(text);
    const Mention *m = lastMentionAt(text, analysis, acronym);
    if (type == u"none") {
        QVERIFY2(!m, m ? qPrintable(acronym + u" typed "_qs + entityTypeName(m->type)) : "");
        return;
    }
    QVERIFY2(m, qPrintable(u"no mention of "_qs + acronym));
    QCOMPARE(entityTypeName(m->type), type);
}

// "TALLINN, Estonia (AP) -": the agency credit is never part of the place, nor one entity with
// it.
// Prediction history (NerFeatures 6): a name typed right in its first sentence keeps its type
// in later sentences whose own words say less ("Kessler said"). Each row's last mention was
// wrong with the same model retrained without the history (lector-train --no-history).
void TestEntityGeneralisation::laterMentionTyped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::newRow("history: firm's short name opening a sentence (was a person)")
        << u"Kessler Motors, the carmaker, recalled 10,000 vehicles on Wednesday.\n"
           u"Kessler said no one had been hurt."_qs
        << u"Kessler"_qs << u"organization"_qs;
    // The round 9 model types the third "Marrick" a person (with seeds 7 and 99 too); since
    // round 10 EntityGrouper::firmShortForms() makes it the short name of "Marrick Foods"
    // (fails without).
    QTest::newRow("history: firm's short name, third sentence (was a person)")
        << u"Workers at Marrick Foods, the biscuit maker, went on strike on Friday.\n"
           u"Marrick Foods said talks would resume.\nMarrick also makes crackers."_qs
        << u"Marrick"_qs << u"organization"_qs;
    // An outcome guard for firmShortForms(): a founder's surname that also opens her firm's name
    // stays the person when the article names her in full. It passes without the rule's word
    // guards too (the grouper joins the lone surname to the full name and makes it a person);
    // the last-word guard is for a full name the model put inside an organization mention.
    QTest::newRow("firm short name guard: the founder named in full stays a person")
        << u"Ilse Vandrell founded Vandrell Freight in 1990.\n"
           u"Vandrell Freight now has 400 trucks.\nVandrell said she would retire."_qs
        << u"Vandrell"_qs << u"person"_qs;
    // Review of round 10: the rule made the person of an invented sentence an organization.
    QTest::newRow("firm short name guard: a personal pronoun follows")
        << u"Shares of Dyson Holdings fell on Monday.\nDyson told the BBC he was "
           u"disappointed."_qs
        << u"Dyson"_qs << u"person"_qs;
    // Round 12 (EntityGrouper, PeopleAgreement): the word after "of" that ends a person's
    // name is the place the person is named after, not a surname, so a lone mention of it is
    // not that person; a surname before "of" still is (guard, passes without the rule too).
    QTest::newRow("named after a place: the place alone (was a person)")
        << u"Abbot Gerard of Kellsmoor ruled the abbey for thirty years. Gerard of Kellsmoor "
           u"died in 1190, and the monks of Kellsmoor buried him there."_qs
        << u"Kellsmoor"_qs << u"place"_qs;
    QTest::newRow("named after a place guard: a surname before 'of'")
        << u"Maria Castell of Barcelona won the race. Castell said she was tired."_qs
        << u"Castell"_qs << u"person"_qs;
    // Round 12's PlaceAgreement (a written name the model tagged a place elsewhere in the
    // article is a place where the model left it out) was removed in round 13: without it
    // gum-other-dev rose from 0.752 to 0.756 (CoNLL-2003 dev and gum-news-dev unchanged). It
    // mended no sentence of our own through the recogniser (the model tags a made-up place
    // consistently in short texts, so its rows drove the pass with given mentions); these rows,
    // its sentences, pass with the model alone.
    QTest::newRow("place named again at a sentence opening")
        << u"Buses run from the airport to Hadibo. Hadibo has four small hotels."_qs << u"Hadibo"_qs
        << u"place"_qs;
    QTest::newRow("place named again after an opening word")
        << u"Trains to Kelvarra leave every hour. Although Kelvarra is small, it has a "
           u"harbour. Kelvarra was home to monks."_qs
        << u"Kelvarra"_qs << u"place"_qs;
    QTest::newRow("place named again inside a longer name")
        << u"Buses run to Hadibo. Hadibo Bay is calm in winter."_qs << u"Hadibo Bay"_qs
        << u"place"_qs;
    QTest::newRow("history: suburb as a subject (was a person)")
        << u"Thousands of people live in Kelvarra, a suburb north of the city.\n"
           u"Kelvarra has two schools.\nKelvarra voted against the plan."_qs
        << u"Kelvarra"_qs << u"place"_qs;
    // PeopleAgreement::dropCommonWords() guard: a given name stays a person, however often
    // the article writes it in lower case.
    QTest::newRow("common word guard: a given name written in lower case twice")
        << u"Rose Miller opened the shop. Rose said she grew a rose by the gate and a white "
           u"rose by the door."_qs
        << u"Rose"_qs << u"person"_qs;
    // Review of round 22: placesAfterOfficeOf() leaves a word that ends another person's name of
    // the article ("the lawyer of Tyler": titles.tsv holds job roles too), and a possessive.
    QTest::newRow("office of guard: the surname of the article's person")
        << u"The actor Steven Tyler appeared in court on Friday.\n"
           u"The lawyer of Tyler said on Monday that he would appeal."_qs
        << u"Tyler"_qs << u"person"_qs;
    QTest::newRow("office of guard: a possessive after the name")
        << u"Senator Elizabeth Warren spoke to voters in Iowa on Sunday.\n"
           u"The head of Warren's campaign said on Monday that the tour would go on."_qs
        << u"Warren"_qs << u"person"_qs;
    // Round 23 (fixes): a title of nobility or a monarch's with "of" and a place is one person's
    // name (nobletitles.tsv), not a person "of Edinburgh" nor a place of its own.
    QTest::newRow("noble title: the Duke of a city")
        << u"The Duke of Edinburgh said the tour of the shipyards was a success."_qs
        << u"Duke of Edinburgh"_qs << u"person"_qs;
    QTest::newRow("noble title: the Princess of a country")
        << u"The Princess of Wales arrived in Nairobi on Tuesday for a three-day visit."_qs
        << u"Princess of Wales"_qs << u"person"_qs;
    QTest::newRow("noble title: a crown prince of two words and a country of two words")
        << u"The Crown Prince of Saudi Arabia flew to Cairo on Monday."_qs
        << u"Crown Prince of Saudi Arabia"_qs << u"person"_qs;
    QTest::newRow("noble title: an earl")
        << u"The Earl of Wessex opened the new hospital wing in Leeds."_qs << u"Earl of Wessex"_qs
        << u"person"_qs;
    QTest::newRow("noble title: the queen of a country with an article")
        << u"The Queen of the Netherlands arrived in Jakarta on Monday for a state visit."_qs
        << u"Queen of the Netherlands"_qs << u"person"_qs;
    QTest::newRow("noble title guard: a surname before of")
        << u"Rep. Peter T. King of New York said the bill would pass."_qs << u"New York"_qs
        << u"place"_qs;
    QTest::newRow("noble title guard: an office in apposition")
        << u"Alexander III, King of Scotland, died in a fall from his horse."_qs << u"Scotland"_qs
        << u"place"_qs;
    // Round 23 (fixes): worksAfterMakers() leaves an office's city and a region (the rows of the
    // work titles are notTyped's).
    QTest::newRow("work title guard: the mayor of a city")
        << u"The mayor of Selma said the bridge would reopen in May."_qs << u"Selma"_qs
        << u"place"_qs;
    QTest::newRow("work title guard: a region after director")
        << u"The director of Africa at the ministry said aid would rise."_qs << u"Africa"_qs
        << u"place"_qs;
    QTest::newRow("noble title guard: an ambiguous title after the article")
        << u"The Count of Flanders rode into Ghent with his knights."_qs << u"Count of Flanders"_qs
        << u"person"_qs;
    QTest::newRow("noble title guard: a given name that is a title only with of")
        << u"Earl Woods flew to Paris on Monday to watch the final."_qs << u"Earl Woods"_qs
        << u"person"_qs;
    // Round 24: a given name after the title's place opens the holder's name (with the
    // particles of nameparticles.tsv: "bin"); the place stays a place. After a noun of a
    // vessel's kind (vesselnouns.tsv) the title with its place is the vessel's name (notTyped).
    QTest::newRow("noble title with the holder's name: the name")
        << u"Crown Prince of Bahrain Salman bin Hamad met the prime minister in London on "
           "Monday."_qs
        << u"Salman bin Hamad"_qs << u"person"_qs;
    QTest::newRow("noble title with the holder's name: the country")
        << u"Crown Prince of Bahrain Salman bin Hamad met the prime minister in London on "
           "Monday."_qs
        << u"Bahrain"_qs << u"place"_qs;
    QTest::newRow("noble title with the holder's name: a word and a particle")
        << u"Crown Prince of Oman Theyazin bin Haitham flew to Rome on Monday."_qs
        << u"Theyazin bin Haitham"_qs << u"person"_qs;
    QTest::newRow("noble title with the holder's name: one word")
        << u"King of Jordan Abdullah said the talks went well."_qs << u"Abdullah"_qs
        << u"person"_qs;
    // Review of round 24: guards of the name's end (a common word that is a name's too, a
    // particle in a title-case line).
    QTest::newRow("noble title with the holder's name: a surname the dictionary has both ways")
        << u"Crown Prince of Oman Hamid Baker flew to Rome on Monday."_qs << u"Hamid Baker"_qs
        << u"person"_qs;
    QTest::newRow("noble title with the holder's name: the name the model found")
        << u"The Sultan of Brunei Hassanal Bolkiah met Japanese officials in Osaka."_qs
        << u"Hassanal Bolkiah"_qs << u"person"_qs;
    QTest::newRow("noble title with the holder's name: a particle in a title-case headline")
        << u"Crown Prince Of Bahrain Salman Bin Hamad Meets Traders In Tokyo\n\nThe talks "
           "lasted an hour."_qs
        << u"Salman Bin Hamad"_qs << u"person"_qs;
    QTest::newRow("vessel guard: the title as the subject")
        << u"The Queen of the Netherlands arrived in Lima on Monday by ship."_qs
        << u"Queen of the Netherlands"_qs << u"person"_qs;
    // Round 25 (mend): in a title-case headline a name ends before a verb of the present
    // after an organization's head word, or before a travel verb.
    QTest::newRow("title-case headline: a firm before its verb (was 'Fjordline Airlines Cancels')")
        << u"Fjordline Airlines Cancels Flights To Oslo\n\nThe carrier blamed the storms."_qs
        << u"Fjordline Airlines"_qs << u"organization"_qs;
    QTest::newRow("title-case headline: a person before a travel verb (was 'Vogt Visits Hanoi')")
        << u"President Vogt Visits Hanoi\n\nThe talks lasted two days."_qs << u"Vogt"_qs
        << u"person"_qs;
    QTest::newRow("title-case headline: the place after the travel verb")
        << u"President Vogt Visits Hanoi\n\nThe talks lasted two days."_qs << u"Hanoi"_qs
        << u"place"_qs;
    QTest::newRow("title-case headline guard: a plural inside a name of the gazetteer")
        << u"United States Sends Aid To Haiti\n\nThe aid arrived on Monday."_qs
        << u"United States"_qs << u"place"_qs;
    // Round 25 (mend): an office's title keeps the place before it, and one in its domain.
    QTest::newRow("office of a domain guard: the state before the title")
        << u"Ohio Secretary of State Mara Voss said the count was over."_qs << u"Ohio"_qs
        << u"place"_qs;
    QTest::newRow("office of a place: the state after the title (was 'of Texas Ana Brill')")
        << u"Governor of Texas Ana Brill said the roads would reopen."_qs << u"Texas"_qs
        << u"place"_qs;
    QTest::newRow("office of a domain guard: a region in the domain")
        << u"Assistant Secretary for Near East Affairs Mara Voss flew to Amman on Monday."_qs
        << u"Near East"_qs << u"place"_qs;
    // Round 25 (mend): a name the dictionary writes only capitalised, or one the model joined
    // to the place, opens the holder's name after the title's place; a regnal number ends it.
    QTest::newRow("noble title with the holder's name: a name the dictionary capitalises")
        << u"King of Spain Felipe toured the harbour in Naples on Friday."_qs << u"Felipe"_qs
        << u"person"_qs;
    QTest::newRow("noble title with the holder's name: the place before such a name")
        << u"King of Spain Felipe toured the harbour in Naples on Friday."_qs << u"Spain"_qs
        << u"place"_qs;
    QTest::newRow("noble title with the holder's name: a name the model joined to the place")
        << u"Emir of Qatar Tamim opened the trade fair in Lyon on Tuesday."_qs << u"Tamim"_qs
        << u"person"_qs;
    QTest::newRow("noble title with the holder's name: a regnal number")
        << u"King of Jordan Abdullah II thanked the nurses in Vienna on Monday."_qs
        << u"Abdullah II"_qs << u"person"_qs;
    QTest::newRow("noble title with the holder's name: a queen left out by the model")
        << u"Queen of Denmark Margrethe visited the shipyard in Oslo."_qs << u"Margrethe"_qs
        << u"person"_qs;
    QTest::newRow("noble title guard: a hospital named after the title")
        << u"Prince of Wales Hospital nurses went on strike in Sydney."_qs << u"Wales Hospital"_qs
        << u"place"_qs;
}

// The mention at the last occurrence of the name.
void TestEntityGeneralisation::laterMentionTyped()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, type);
    const Analysis analysis = analyse(text);
    const Mention *m = lastMentionAt(text, analysis, name);
    QVERIFY2(m, qPrintable(u"no mention of "_qs + name));
    QCOMPARE(text.mid(m->span.begin, m->span.length()), name);
    QCOMPARE(entityTypeName(m->type), type);
}

// Round 23 (fixes): "The director of Selma said": the speaker is the director, not the film.
void TestEntityGeneralisation::workTitleSpeaker_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("speaker");
    QTest::newRow("guard: a work's title the gazetteer knows as a city")
        << u"The director of Selma said the film would open in the autumn."_qs
        << u"The director of Selma"_qs;
    QTest::newRow("a work's title no mention holds")
        << u"The author of Dune said the sequel was almost finished."_qs
        << u"The author of Dune"_qs;
}

void TestEntityGeneralisation::workTitleSpeaker()
{
    QFETCH(QString, text);
    QFETCH(QString, speaker);
    Document document;
    document.text = text;
    const Analysis analysis = Pipeline::shared()->run(document);
    QCOMPARE(analysis.quotes.size(), 1);
    const Span s = analysis.quotes.constFirst().speakerSpan;
    QCOMPARE(document.text.mid(s.begin, s.length()), speaker);
}

void TestEntityGeneralisation::agencyCredit()
{
    const QString text = u"TALLINN, Estonia (AP) \u2014 The harbour in Tallinn reopened on "
                         u"Tuesday after the storm, officials in Estonia said."_qs;
    const Analysis analysis = analyse(text);
    const Mention *estonia = mentionAt(text, analysis, u"Estonia"_qs);
    QVERIFY(estonia);
    QCOMPARE(text.mid(estonia->span.begin, estonia->span.length()), u"Estonia"_qs);
    const qsizetype ap = text.indexOf(u"AP"_qs);
    for (const Mention &m : analysis.mentions) {
        if (!m.span.overlaps({ap, ap + 2}))
            continue;
        QVERIFY(m.type != EntityType::Place);
        QVERIFY(m.entity != estonia->entity);
    }
}

// "TALLINN" in the dateline and "Tallinn" in the text are one place.
void TestEntityGeneralisation::caseVariantsOfOnePlace()
{
    const QString text = u"TALLINN, Estonia (AP) \u2014 The harbour in Tallinn reopened on "
                         u"Tuesday after the storm, officials in Estonia said."_qs;
    const Analysis analysis = analyse(text);
    const Mention *caps = mentionAt(text, analysis, u"TALLINN"_qs);
    const qsizetype at = text.indexOf(u"Tallinn"_qs);
    const Mention *plain =
        mentionAt(text.mid(0, at) + u"#"_qs + text.mid(at + 1), analysis, u"#allinn"_qs);
    QVERIFY(caps);
    QVERIFY(plain);
    QCOMPARE(caps->type, EntityType::Place);
    QCOMPARE(caps->entity, plain->entity);
    QCOMPARE(analysis.entities[caps->entity].name, u"Tallinn"_qs);
}

// Round 14 (PeopleAgreement::fullNamesTypedOther): the full name the model typed "other" and
// the lone surname it typed a person are one person, one row of the Actors panel.
void TestEntityGeneralisation::fullNameAndSurnameOnePerson()
{
    const QString text =
        u"Donald Trump campaigned in Reno. Trump told the crowd he would return."_qs;
    const Analysis analysis = analyse(text);
    const Mention *full = mentionAt(text, analysis, u"Donald Trump"_qs);
    const Mention *surname = lastMentionAt(text, analysis, u"Trump"_qs);
    QVERIFY(full);
    QVERIFY(surname);
    QVERIFY(full != surname);
    QCOMPARE(full->type, EntityType::Person);
    QCOMPARE(full->entity, surname->entity);
    QCOMPARE(analysis.entities[full->entity].name, u"Donald Trump"_qs);
}

// Round 14 (UsStates, EntityGrouper::factsOf): "Mich." after a city and "Michigan"
// are one place, Michigan. The mention ends before the period, as the model's mentions do (a
// period inside it cost the visit CV 0.009: docs/quality.md).
void TestEntityGeneralisation::stateAbbreviationIsTheState()
{
    const QString text = u"Michigan voters waited for hours. In Flint, Mich., the lines "
                         u"stretched around the block."_qs;
    const Analysis analysis = analyse(text);
    const Mention *full = mentionAt(text, analysis, u"Michigan"_qs);
    const Mention *abbreviation = mentionAt(text, analysis, u"Mich."_qs);
    QVERIFY(full);
    QVERIFY(abbreviation);
    QCOMPARE(text.mid(abbreviation->span.begin, abbreviation->span.length()), u"Mich"_qs);
    QCOMPARE(abbreviation->type, EntityType::Place);
    QCOMPARE(abbreviation->entity, full->entity);
    QCOMPARE(analysis.entities[full->entity].name, u"Michigan"_qs);
    // The postal code after a city likewise (the iso column's US-MI).
    const QString postal = u"Michigan voters waited. In Flint, MI, the lines were long."_qs;
    const Analysis second = analyse(postal);
    const Mention *state = mentionAt(postal, second, u"Michigan"_qs);
    const Mention *code = mentionAt(postal, second, u"MI,"_qs);
    QVERIFY(state);
    QVERIFY(code);
    QCOMPARE(code->entity, state->entity);
}

// Round 15 (UsStates): a state written after a city and a comma is one place with the state
// named in full, Michigan, whatever follows it.
void TestEntityGeneralisation::stateAfterCityIsTheState_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("postal code the model typed a place, before a word (was a place 'MI')")
        << u"Families in Lansing, MI have waited months for repairs. Michigan officials blamed "
           "the budget."_qs
        << u"MI"_qs;
    QTest::newRow("abbreviation before a word")
        << u"Families in Lansing, Mich. have waited months for repairs. Michigan officials "
           "blamed the budget."_qs
        << u"Mich"_qs;
}

void TestEntityGeneralisation::stateAfterCityIsTheState()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    const Analysis analysis = analyse(text);
    const Mention *state = mentionAt(text, analysis, written);
    const Mention *full = mentionAt(text, analysis, u"Michigan"_qs);
    QVERIFY(state);
    QVERIFY(full);
    QCOMPARE(text.mid(state->span.begin, state->span.length()), written);
    QCOMPARE(state->type, EntityType::Place);
    QCOMPARE(analysis.entities[state->entity].name, u"Michigan"_qs);
    QCOMPARE(state->entity, full->entity);
}

// Round 15 (EntityGrouper): a place the article writes only in capitals, in a dateline, is
// named in title case, the gazetteer's name where it lists one; written again in title case
// later, it is one place with that mention ("HANOI" and "Hanoi" were one already, a name of
// three letters was not).
void TestEntityGeneralisation::capitalsOnlyPlace_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("later"); // the same place in title case later, or empty
    QTest::newRow("dateline place of three letters and the place later (were two places)")
        << u"ELY, England (AP) \u2014 Floods closed roads around Ely on Monday."_qs << u"ELY"_qs
        << u"Ely"_qs << u"Ely"_qs;
    QTest::newRow("dateline place the gazetteer lists (was named in capitals)")
        << u"ADA, Okla. (AP) \u2014 Storms knocked out power on Monday."_qs << u"ADA"_qs
        << u"Ada"_qs << QString();
    QTest::newRow("dateline place the gazetteer lacks (was named in capitals)")
        << u"MAPLEFORD, Vt. (AP) \u2014 Storms knocked out power on Monday."_qs << u"MAPLEFORD"_qs
        << u"Mapleford"_qs << QString();
    // The review of round 15: "Dc".
    QTest::newRow("guard: an acronym of two letters in a capitals headline stays as written")
        << u"STORM HITS NYC AND DC\n\nHeavy snow fell on Monday (AP)."_qs << u"DC"_qs << u"DC"_qs
        << QString();
}

void TestEntityGeneralisation::capitalsOnlyPlace()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QFETCH(QString, name);
    QFETCH(QString, later);
    const Analysis analysis = analyse(text);
    const Mention *caps = mentionAt(text, analysis, written);
    QVERIFY(caps);
    QCOMPARE(caps->type, EntityType::Place);
    QCOMPARE(analysis.entities[caps->entity].name, name);
    if (!later.isEmpty()) {
        const Mention *plain = lastMentionAt(text, analysis, later);
        QVERIFY(plain);
        QVERIFY(plain != caps);
        QCOMPARE(plain->entity, caps->entity);
    }
    // The agency's credit stays its own.
    const qsizetype ap = text.indexOf(u"(AP)"_qs) + 1;
    for (const Mention &m : analysis.mentions) {
        if (m.span.overlaps({ap, ap + 2}))
            QVERIFY(m.entity != caps->entity);
    }
}

// Round 15: a party and a state after a lawmaker's name ("(R-Fla.)", "D-Calif.") change
// neither the person's name nor add a person or a place.
void TestEntityGeneralisation::partyStateTag_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("person");
    QTest::newRow("party-state tag in brackets")
        << u"Rep. Tomas Ferreira (R-Fla.) voted against the bill."_qs << u"Tomas Ferreira"_qs;
    QTest::newRow("party-state tag between commas")
        << u"Rep. Tomas Ferreira, D-Calif., voted against the bill."_qs << u"Tomas Ferreira"_qs;
    QTest::newRow("party-state tag of an independent")
        << u"Sen. Ellen Marsh (I-Vt.) voted against the bill."_qs << u"Ellen Marsh"_qs;
    QTest::newRow("party-state tag with a two-part state (was Virginia)")
        << u"Sen. Carla Brooks (D-W.Va.) voted against the bill."_qs << u"Carla Brooks"_qs;
    // Round 16: a party's label alone, which partylabels.tsv need not list (it matches no
    // state).
    QTest::newRow("party label alone: a letter")
        << u"Rep. Tomas Ferreira (D) voted against the bill."_qs << u"Tomas Ferreira"_qs;
    QTest::newRow("party label alone: an abbreviation")
        << u"Rep. Tomas Ferreira (Dem.) voted against the bill."_qs << u"Tomas Ferreira"_qs;
    QTest::newRow("party label alone: after a surname")
        << u"Voters backed Marsh (R) over the incumbent on Monday."_qs << u"Marsh"_qs;
}

void TestEntityGeneralisation::partyStateTag()
{
    QFETCH(QString, text);
    QFETCH(QString, person);
    const Analysis analysis = analyse(text);
    QStringList names;
    for (const Entity &e : analysis.entities) {
        if (e.type != EntityType::Other)
            names.append(e.name + u" ("_qs + entityTypeName(e.type) + u')');
    }
    QCOMPARE(names, QStringList{person + u" (person)"_qs});
}

// Round 12 (PeopleAgreement::dropCommonWords): a lone "person" the article also writes in
// lower case twice or more is a thing. The model does not make such words people in short
// sentences of our own, so the pass is given a person mention on the first occurrence of
// `name`; `type` is what the pass must leave it.
void TestEntityGeneralisation::dropCommonWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::newRow("common word: a herb written in lower case twice")
        << u"Basil needs warm air. Pinch the basil tips often, and the basil will grow."_qs
        << u"Basil"_qs << u"other"_qs;
    QTest::newRow("common word guard: written in lower case once")
        << u"Basil needs warm air. Pinch the basil tips often."_qs << u"Basil"_qs << u"person"_qs;
    QTest::newRow("common word guard: a given name")
        << u"Rose opened the shop. She grew a rose by the gate and a rose by the door."_qs
        << u"Rose"_qs << u"person"_qs;
}

void TestEntityGeneralisation::dropCommonWords()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, type);
    Document document;
    document.text = text;
    Analysis analysis;
    Tokenizer().run(document, analysis);
    SentenceAnalyser(*m_resources).run(document, analysis);
    std::vector<NerTokenFacts> facts;
    NerFeatures(*m_resources).describe(text, analysis.tokens, analysis.times, facts);
    Mention person;
    person.span = {text.indexOf(name), text.indexOf(name) + name.size()};
    person.type = EntityType::Person;
    person.source = MentionSource::Model;
    analysis.mentions.append(person);
    PeopleAgreement::dropCommonWords(analysis, facts);
    QCOMPARE(analysis.mentions.size(), 1);
    QCOMPARE(entityTypeName(analysis.mentions.first().type), type);
}

// Capitalised words that must not come out as a name of the row's type. Round 12
// (placesByHeadWord, round 13 namesByHeadWord): the sentence opener is no word of the name, so
// one head word alone stays out (fails when the opener is kept); round 13: a title before "of"
// is no organization's head word.
void TestEntityGeneralisation::notTyped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("type");
    // Round 18: "St." (or "Mt.", "Ft.") alone is never a name, even where the model tags it.
    QTest::newRow("saint's abbreviation alone: no place")
        << u"They met at St. Patrick's Cathedral in Dublin."_qs << u"St"_qs << u"place"_qs;
    QTest::newRow("place head word guard: an opener and a lone head word")
        << u"The Cemetery was closed for a week after the storm."_qs << u"Cemetery"_qs
        << u"place"_qs;
    // Round 14, PeopleAgreement::fullNamesTypedOther(): what the model typed "other" and the
    // pass must leave so.
    QTest::newRow("full name guard: a given name that is an ordinary word")
        << u"Roman Catholic bishops gathered in Krakow on Sunday."_qs << u"Roman Catholic"_qs
        << u"person"_qs;
    QTest::newRow("full name guard: a trophy named after a person")
        << u"Tickets for the Stanley Cup final sold out in minutes."_qs << u"Stanley Cup"_qs
        << u"person"_qs;
    QTest::newRow("full name guard: a party word before the surname")
        << u"Voters in Ohio backed Republican Trump. Trump won easily."_qs << u"Republican"_qs
        << u"person"_qs;
    // Round 14, UsStates::markStates(): an AP abbreviation that is also an ordinary word is no
    // place away from a city; a postal code is never a place alone.
    QTest::newRow("state abbreviation guard: a father")
        << u"I drove home to see Pa. He was tired after the harvest."_qs << u"Pa"_qs << u"place"_qs;
    QTest::newRow("state abbreviation guard: a verb opening a sentence")
        << u"Wash. the dishes first, then sweep the porch."_qs << u"Wash"_qs << u"place"_qs;
    QTest::newRow("state abbreviation guard: a church service")
        << u"They walked home together after Mass. The bells rang."_qs << u"Mass"_qs << u"place"_qs;
    QTest::newRow("postal code guard: capitals in a headline")
        << u"STORM HITS TOWNS IN OHIO\nThe storm hit on Monday."_qs << u"IN"_qs << u"place"_qs;
    QTest::newRow("postal code guard: a word after it")
        << u"He moved to Portland, OR last year."_qs << u"OR"_qs << u"place"_qs;
    QTest::newRow("postal code guard: no place before it")
        << u"Stop asking me about Kessler, OK?"_qs << u"OK"_qs << u"place"_qs;
    // Review of round 14: US news writes a lawmaker's state after the name, and a foreign
    // city's country code looks like a postal code.
    QTest::newRow("state abbreviation guard: senators' states after their names")
        << u"Republican Sens. Kelly Ayotte, N.H., and Ron Johnson, Wis., voted no."_qs
        << u"Kelly Ayotte"_qs << u"place"_qs;
    QTest::newRow("postal code guard: a foreign city and its country code")
        << u"Macri spoke in Buenos Aires, AR, on Monday."_qs << u"AR"_qs << u"place"_qs;
    // Round 15, UsStates: what US political news writes with a state's abbreviation that is no
    // place.
    QTest::newRow("party label in brackets: Independent (was Indiana)")
        << u"Sen. Maria Olsen (Ind.) cast the only vote against the bill."_qs << u"Ind"_qs
        << u"place"_qs;
    QTest::newRow("title before a full name: Delegate (was Delaware)")
        << u"Del. Marisol Tanaka asked the committee for more time."_qs << u"Del"_qs << u"place"_qs;
    QTest::newRow("party-state tag: the end of W.Va. (was Virginia)")
        << u"Sen. Carla Brooks (D-W.Va.) voted against the bill."_qs << u"Va"_qs << u"place"_qs;
    // Round 15, titles.tsv: a plural title before the names of lawmakers.
    QTest::newRow("plural title: senators (was an organization)")
        << u"Several Republicans, including Sens. Lena Ortiz (Ariz.) and Paul Weber (Ohio), voted "
           "no."_qs
        << u"Sens"_qs << u"organization"_qs;
    // Round 15, titlesBeforePeople(): a title the model made a name of its own before the
    // person's.
    QTest::newRow("title before a person: after 'a spokeswoman for' (was an organization)")
        << u"A spokeswoman for Mrs. Okafor said the talks had stalled."_qs << u"Mrs"_qs
        << u"organization"_qs;
    // Round 16: a US given name after a title is a person only after a title and its period,
    // and not in a line of capitals.
    QTest::newRow("titled name left out guard: a headline in capitals")
        << u"GOV. BUTCH OTTER SIGNS THE BILL\nThe bill passed on Friday."_qs << u"BUTCH"_qs
        << u"person"_qs;
    QTest::newRow("a state and a title before a person: the title is no person (was Vermont Sen)")
        << u"Vermont Sen. Ellen Marsh is making an appeal to voters."_qs << u"Sen"_qs
        << u"person"_qs;
    QTest::newRow("a title of two words before a person: no person (was 'Chief Justice')")
        << u"The court led by Chief Justice Maria Olsen ruled on Monday."_qs << u"Chief Justice"_qs
        << u"person"_qs;
    QTest::newRow("common-word given name guard: 'will' after a surname")
        << u"Sen. Smith will vote against the bill on Tuesday."_qs << u"will"_qs << u"person"_qs;
    QTest::newRow("titled name left out guard: a soft drink, one word after the title")
        << u"She drank a Dr. Pepper with her lunch."_qs << u"Pepper"_qs << u"person"_qs;
    // "Professor" is no head word of orgwords.tsv, so the old guard "a Professor of Rhetoric"
    // could not fail; a novel's title with one ("Chamber") is what the rule must not take.
    QTest::newRow("organization head word guard: a novel's title")
        << u"She reread Harriet Vale and the Chamber of Whispers, her favourite novel, on the "
           "long train ride home."_qs
        << u"Chamber"_qs << u"organization"_qs;
    // Round 23 (fixes): a city after a noun that names a person by a work and "of" is the work's
    // title (worknouns.tsv), no place (the guards are laterMentionTyped's).
    QTest::newRow("work title: the director of a film named like a city")
        << u"The director of Selma said the film would open in the autumn."_qs << u"Selma"_qs
        << u"place"_qs;
    QTest::newRow("work title: the star of a musical named like a city")
        << u"The star of Chicago arrived in London on Monday for the premiere."_qs << u"Chicago"_qs
        << u"place"_qs;
    // Review of round 23: the noble-title rule took places, events and sentence starts.
    QTest::newRow("noble title: a town of the gazetteer named with a title")
        << u"Shoppers filled the King of Prussia mall on Saturday afternoon."_qs
        << u"King of Prussia"_qs << u"person"_qs;
    QTest::newRow("noble title: an ambiguous title with no article")
        << u"Count of Ohio ballots went on through the night in Columbus."_qs << u"Count of Ohio"_qs
        << u"person"_qs;
    QTest::newRow("noble title: a capitalised word after the place")
        << u"She was taken to the Prince of Wales Hospital in Sydney on Friday."_qs
        << u"Prince of Wales"_qs << u"person"_qs;
    QTest::newRow("noble title: a cup named after a title")
        << u"Fans packed the stadium for the Emir of Qatar Cup final on Friday."_qs
        << u"Emir of Qatar"_qs << u"person"_qs;
    // Round 24: a vessel's name after a noun of its kind (vesselnouns.tsv) is no person.
    QTest::newRow("vessel: a ship named with a title")
        << u"The ship Queen of the Pacific ran aground near Seattle."_qs
        << u"Queen of the Pacific"_qs << u"person"_qs;
    QTest::newRow("vessel: a liner")
        << u"The liner Empress of Ireland sank in the St. Lawrence River in 1914."_qs
        << u"Empress of Ireland"_qs << u"person"_qs;
    QTest::newRow("noble title with the holder's name: no person of the title")
        << u"Crown Prince of Bahrain Salman bin Hamad met the prime minister in London on "
           "Monday."_qs
        << u"Crown Prince"_qs << u"person"_qs;
    // Review of round 24: the holder's name took every capitalised word after the given name.
    QTest::newRow("noble title with the holder's name: a title-case headline")
        << u"Queen of Denmark Ingrid Greets Farmers In Odense\n\nThe queen toured three farms on "
           "Monday."_qs
        << u"Greets"_qs << u"person"_qs;
    QTest::newRow("noble title with the holder's name: a garden named after the title")
        << u"The Princess of Wales Rose Garden opened in Bath on Sunday."_qs << u"Garden"_qs
        << u"person"_qs;
    // Carried over from round 23: the model's person "of Kuwait Sabah Al-Ahmad" (a name after
    // the place that opens with no given name), "of Edinburgh" (no name after the place).
    QTest::newRow("noble title with the holder's name: the model's person over the name")
        << u"The Sultan of Brunei Hassanal Bolkiah met Japanese officials in Osaka."_qs
        << u"of Brunei"_qs << u"person"_qs;
    QTest::newRow("noble title before an award: the model's person after the title")
        << u"Teachers praised the Duke of Edinburgh Award winners at the school on Friday."_qs
        << u"of Edinburgh"_qs << u"person"_qs;
    QTest::newRow("noble title with the holder's name: a museum named after the title")
        << u"The Duke of Kent Jane Austen Museum reopened on Monday after repairs."_qs
        << u"Museum"_qs << u"person"_qs;
    // Round 25 (mend): the model's place over the title's place and the holder's name.
    QTest::newRow("noble title with the holder's name: no place over the name")
        << u"King of Spain Felipe toured the harbour in Naples on Friday."_qs << u"Felipe"_qs
        << u"place"_qs;
    QTest::newRow("noble title guard: a cup named after the title")
        << u"The Emir of Qatar Cup final drew a big crowd in Doha."_qs << u"Cup"_qs << u"person"_qs;
}

void TestEntityGeneralisation::notTyped()
{
    QFETCH(QString, text);
    QFETCH(QString, word);
    QFETCH(QString, type);
    const Analysis analysis = analyse(text);
    const Mention *m = mentionAt(text, analysis, word);
    QEXPECT_FAIL("organization head word guard: a novel's title",
                 "namesByHeadWord takes a title with an organization's head word before 'of' for "
                 "an organization: this layer has no signal of a title",
                 Continue);
    if (m)
        QVERIFY2(entityTypeName(m->type) != type,
                 qPrintable(text.mid(m->span.begin, m->span.length()) + u" typed "_qs + type));
}

// Round 16 (EntityGrouper): the place entity a mention of US news joins, by the name and the
// gazetteer type of that entity (the last occurrence of `written`).
void TestEntityGeneralisation::placeNamed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("name");
    QTest::newRow("state abbreviation after a city, the city named before (was New York City)")
        << u"New York officials praised the marchers. Hundreds gathered in Binghamton, N.Y., on "
           "Monday."_qs
        << u"N.Y."_qs << u"New York (region)"_qs;
    QTest::newRow("state abbreviation after a city, after the city and its state (was New York "
                  "City)")
        << u"She grew up in New York, N.Y., and later taught in Ithaca, N.Y., for a decade."_qs
        << u"N.Y."_qs << u"New York (region)"_qs;
    QTest::newRow("guard: the city written with its state")
        << u"She grew up in New York, N.Y., and later taught in Ithaca, N.Y., for a decade."_qs
        << u"New York,"_qs << u"New York City (city)"_qs;
    QTest::newRow("guard: the city's acronym")
        << u"Tourists crowded New York on Friday, and hotels in NYC were full."_qs << u"NYC"_qs
        << u"New York City (city)"_qs;
    QTest::newRow("the state written after the name (was New York City)")
        << u"Lawmakers in New York state passed the budget on Friday."_qs << u"New York"_qs
        << u"New York (region)"_qs;
    QTest::newRow("upstate before the name (was New York City)")
        << u"Heavy snow fell across upstate New York on Monday."_qs << u"New York"_qs
        << u"New York (region)"_qs;
    QTest::newRow("the state written after a name that is also a city's (was the city)")
        << u"Wildfires burned in Washington state for a week."_qs << u"Washington"_qs
        << u"Washington (region)"_qs;
    QTest::newRow(
        "a governor's title after a state that is also a country's name (was the country)")
        << u"Georgia Gov. Tom Reyes signed the bill in Atlanta."_qs << u"Georgia"_qs
        << u"Georgia (region)"_qs;
    QTest::newRow("guard: the country of that name")
        << u"The president of Georgia met the envoy in Tbilisi."_qs << u"Georgia"_qs
        << u"Georgia (country)"_qs;
    QTest::newRow("guard: a country's state television is the country's")
        << u"Georgia state television said the minister had resigned. Tbilisi was calm on "
           "Monday."_qs
        << u"Georgia"_qs << u"Georgia (country)"_qs;
    QTest::newRow("guard: a comma between the city and 'state'")
        << u"Rents rose in New York, state officials said."_qs << u"New York"_qs
        << u"New York City (city)"_qs;
    // Round 17 (EntityGrouper): an acronym with periods, and two places of one name.
    QTest::newRow("an acronym with periods (was a place of its own)")
        << u"Rents in N.Y.C. rose again this year."_qs << u"N.Y.C."_qs
        << u"New York City (city)"_qs;
    QTest::newRow("the capital and the state in one article: the state (was the city)")
        << u"She flew from Washington, D.C., to Seattle. Wildfires burned in Washington state "
           "for a week."_qs
        << u"Washington state"_qs << u"Washington (region)"_qs;
    QTest::newRow("the capital and the state in one article: the capital")
        << u"Wildfires burned in Washington state for a week. She flew to Washington, D.C., on "
           "Monday."_qs
        << u"Washington, D.C."_qs << u"Washington (city)"_qs;
    QTest::newRow("the capital's abbreviation joins the capital (was a place of its own)")
        << u"She flew from Washington, D.C., to Seattle. Wildfires burned in Washington state "
           "for a week."_qs
        << u"D.C."_qs << u"Washington (city)"_qs;
    QTest::newRow("guard: the name alone later joins the latest place of that name")
        << u"She flew to Washington, D.C., on Monday. In Washington she met the senator."_qs
        << u"Washington"_qs << u"Washington (city)"_qs;
}

void TestEntityGeneralisation::placeNamed()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QFETCH(QString, name);
    const Analysis analysis = analyse(text);
    const Mention *m = lastMentionAt(text, analysis, written);
    QVERIFY(m);
    QCOMPARE(m->type, EntityType::Place);
    const Entity &entity = analysis.entities[m->entity];
    QCOMPARE(entity.name + u" ("_qs + entity.subtype + u')', name);
}

// Round 17 (AliasResolver): the entity a mention joins, by its name and type (the last
// occurrence of `written`).
void TestEntityGeneralisation::entityNamed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("name");
    QTest::newRow("an acronym after ', or' is the organization before it")
        << u"The kidney came through the United Network for Organ Sharing, or UNOS, on Friday. "
           "A board member of UNOS said the list grew."_qs
        << u"UNOS"_qs << u"United Network for Organ Sharing (organization)"_qs;
    QTest::newRow("an acronym after ', or': the organization's name")
        << u"Data from the United Network for Organ Sharing, or UNOS, show the gap."_qs
        << u"United Network"_qs << u"United Network for Organ Sharing (organization)"_qs;
    // Round 21: a surname particle capitalised at the start of a sentence (nameparticles.tsv).
    QTest::newRow("surname particle capitalised: the person named in full (was apart)")
        << u"Pieter van Aalst, the new director of the museum, said the collection would travel "
           "abroad. Van Aalst, who arrived in the city last month, has run two other museums."_qs
        << u"Van Aalst"_qs << u"Pieter van Aalst (person)"_qs;
    QTest::newRow("surname particle capitalised: a Portuguese name (was apart)")
        << u"The court heard from Maria da Silva on Monday. Da Silva told the judge that she had "
           "never seen the letter."_qs
        << u"Da Silva"_qs << u"Maria da Silva (person)"_qs;
    QTest::newRow("surname particle guard: another surname after the particle")
        << u"The court heard from Maria da Silva on Monday. Da Costa told the judge that he had "
           "never seen the letter."_qs
        << u"Da Costa"_qs << u"Da Costa (person)"_qs;
    // Round 26: a particle joined by a hyphen (nameparticles.tsv, "al-"), and an acronym the
    // article spells out otherwise than the gazetteer.
    QTest::newRow("hyphen particle: the surname alone names the person (was apart)")
        << u"Prime Minister Karim al-Hadid arrived in Amman on Monday. Hadid met the king on "
           "Tuesday."_qs
        << u"Hadid"_qs << u"Karim al-Hadid (person)"_qs;
    QTest::newRow("hyphen particle: capitalised at the start (was apart)")
        << u"Prime Minister Karim al-Hadid arrived in Amman on Monday. Al-Hadid met the king on "
           "Tuesday."_qs
        << u"Al-Hadid"_qs << u"Karim al-Hadid (person)"_qs;
    QTest::newRow("acronym spelt out by the article: its own name (was Reporters Without Borders)")
        << u"Fighters of the Rapid Support Forces (RSF) entered the town. The RSF said it would "
           "leave."_qs
        << u"RSF"_qs << u"Rapid Support Forces (organization)"_qs;
    QTest::newRow("acronym guard: another name of the gazetteer's entry spelt out")
        << u"Doctors of Médecins Sans Frontières (MSF) reached the camp on Monday. MSF said it "
           "needed more staff."_qs
        << u"MSF"_qs << u"Doctors Without Borders (organization)"_qs;
    QTest::newRow("acronym guard: the gazetteer's own name spelt out")
        << u"Ministers of the North Atlantic Treaty Organization (NATO) met in Oslo. NATO said "
           "the talks went well."_qs
        << u"NATO"_qs << u"North Atlantic Treaty Organization (organization)"_qs;
    // Round 26: an airline's short form that is a place or a proper word of English
    // (tools/make_org_gazetteer.py), and China's provinces without "Sheng" (make_resources.py).
    QTest::newRow("airline short form: a region's adjective is no airline (was Baltic Airlines)")
        << u"The minister said the Baltic states had asked for more air defence."_qs << u"Baltic"_qs
        << u"Baltic (place)"_qs;
    QTest::newRow("airline short form: a province is no airline (was Sichuan Airlines)")
        << u"An earthquake struck Sichuan on Monday, and rescuers arrived from Chengdu."_qs
        << u"Sichuan"_qs << u"Sichuan (place)"_qs;
    QTest::newRow("Chinese province named as English news names it (was Yunnan Airlines)")
        << u"Rescue teams from Yunnan reached the valley on Tuesday."_qs << u"Yunnan"_qs
        << u"Yunnan (place)"_qs;
    QTest::newRow("airline short form guard: the full name is the airline")
        << u"Sichuan Airlines cancelled all flights to Lhasa on Monday."_qs
        << u"Sichuan Airlines"_qs << u"Sichuan Airlines (organization)"_qs;
}

void TestEntityGeneralisation::entityNamed()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QFETCH(QString, name);
    const Analysis analysis = analyse(text);
    const Mention *m = lastMentionAt(text, analysis, written);
    QVERIFY2(m, qPrintable(u"no mention of "_qs + written));
    const Entity &entity = analysis.entities[m->entity];
    QCOMPARE(entity.name + u" ("_qs + entityTypeName(entity.type) + u')', name);
}

// Round 21: the role written before a person's name (Mention::role).
void TestEntityGeneralisation::roleOfPerson_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("role");
    QTest::newRow("a lower-case title of two words after an employer (was 'executive')")
        << u"New Zealand Rugby chief executive Mark Pollard said the tour would go ahead as "
           "planned."_qs
        << u"Mark Pollard"_qs << u"chief executive"_qs;
    QTest::newRow("role guard: a capitalised title keeps the words before it")
        << u"The talks ended when Foreign Minister Anna Berg said the offer was too small."_qs
        << u"Anna Berg"_qs << u"Foreign Minister"_qs;
    // Round 25 (mend): an office's title with "of" and its domain is the whole role.
    QTest::newRow("office of a domain: a title whose last word is a title's (was 'State')")
        << u"Secretary of State Daniel Park said the talks would resume in June."_qs
        << u"Daniel Park"_qs << u"Secretary of State"_qs;
    QTest::newRow("office of a domain: a domain of one word (was 'of Defense Laura Kim')")
        << u"Secretary of Defense Laura Kim said the troops would stay until spring."_qs
        << u"Laura Kim"_qs << u"Secretary of Defense"_qs;
    QTest::newRow("office of a domain: a domain of two words (was no role)")
        << u"Minister of Foreign Affairs Tomas Riva said he was pleased with the visit."_qs
        << u"Tomas Riva"_qs << u"Minister of Foreign Affairs"_qs;
    QTest::newRow("office of a domain: the model's organization (was 'Health Rose Adler')")
        << u"Minister of Health Rose Adler said the clinics would open on Monday."_qs
        << u"Rose Adler"_qs << u"Minister of Health"_qs;
    QTest::newRow("office of a domain: a title of titles.tsv with of (was 'Staff')")
        << u"Chief of Staff Mark Lund said the plan was ready."_qs << u"Mark Lund"_qs
        << u"Chief of Staff"_qs;
    QTest::newRow("office of a domain: a surname alone after the title (was 'State')")
        << u"The talks ended on Friday, Secretary of State Vogel said."_qs << u"Vogel"_qs
        << u"Secretary of State"_qs;
    QTest::newRow("office of a domain: the country before the title")
        << u"U.S. Secretary of Defense Laura Kim flew to Manila on Monday."_qs << u"Laura Kim"_qs
        << u"U.S. Secretary of Defense"_qs;
}

void TestEntityGeneralisation::roleOfPerson()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, role);
    const Analysis analysis = analyse(text);
    const Mention *m = mentionAt(text, analysis, name);
    QVERIFY2(m, qPrintable(u"no mention of "_qs + name));
    QCOMPARE(text.mid(m->span.begin, m->span.length()), name);
    QCOMPARE(m->role, role);
}

// Round 21: a person named like a town of the gazetteer ("Anna") is shown without the town's
// subtype "city" (the round 20 reader's people with subtype city).
void TestEntityGeneralisation::personSubtype()
{
    const QString text = u"Anna said she would open the bakery in the old town next spring, and "
                         "her brother agreed to help."_qs;
    const Analysis analysis = analyse(text);
    const Mention *m = mentionAt(text, analysis, u"Anna"_qs);
    QVERIFY(m);
    QCOMPARE(m->type, EntityType::Person);
    QCOMPARE(analysis.entities[m->entity].subtype, QString());
}

// Review of round 23: a work named like a city ("Selma", type other) has no place's subtype;
// guard: the city of an office keeps it.
void TestEntityGeneralisation::workHasNoPlaceSubtype_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("subtype");
    QTest::newRow("a film named like a city")
        << u"The director of Selma said the film would open in the autumn."_qs << u"Selma"_qs
        << QString();
    QTest::newRow("guard: the mayor of a city")
        << u"The mayor of Selma said the bridge would reopen in May."_qs << u"Selma"_qs
        << u"city"_qs;
}

void TestEntityGeneralisation::workHasNoPlaceSubtype()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, subtype);
    const Analysis analysis = analyse(text);
    const Mention *m = mentionAt(text, analysis, name);
    QVERIFY(m);
    QVERIFY(m->entity >= 0);
    QCOMPARE(analysis.entities[m->entity].subtype, subtype);
}

// Round 21 mend (review finding 1): a text of thousands of one sentence gets each of its names
// right, and the mentions stay in text order, after the passes that join names in pieces and
// retype the organizations' slots. Each replacement sorted all mentions again and each name
// looked through all of them: quadratic, a megabyte of such sentences took 8 to 60 seconds (0.7
// now). Not a timed test: the old code gets the right names too, in some seconds for these rows.
void TestEntityGeneralisation::repeatedNames_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::newRow("ampersand: one firm in each sentence")
        << u"Workers at Halvorsen & Brandt went on strike over pay at the plant last week. "_qs
        << u"Halvorsen & Brandt"_qs << u"organization"_qs;
    QTest::newRow("foreign head word: one stadium in each sentence")
        << u"The match will be played at the Estadio Jose Amalfitani on Saturday evening, "
           "officials said. "_qs
        << u"Estadio Jose Amalfitani"_qs << u"place"_qs;
    QTest::newRow("organization slot: one firm after 'analysts at' in each sentence")
        << u"Analysts at Bernstein said the deal would lift profits next year. "_qs
        << u"Bernstein"_qs << u"organization"_qs;
    QTest::newRow("organization slot: one firm's chief executive in each sentence")
        << u"Vantorix's chief executive said the company would cut two hundred jobs. "_qs
        << u"Vantorix"_qs << u"organization"_qs;
}

void TestEntityGeneralisation::repeatedNames()
{
    QFETCH(QString, sentence);
    QFETCH(QString, name);
    QFETCH(QString, type);
    constexpr int repeats = 3000;
    const QString text = sentence.repeated(repeats);
    const Analysis analysis = analyse(text);
    int right = 0;
    for (const Mention &m : analysis.mentions)
        right += text.mid(m.span.begin, m.span.length()) == name && entityTypeName(m.type) == type;
    QCOMPARE(right, repeats);
    QVERIFY(std::is_sorted(analysis.mentions.cbegin(), analysis.mentions.cend(),
                           [](const Mention &a, const Mention &b) { return a.span < b.span; }));
}

QTEST_GUILESS_MAIN(TestEntityGeneralisation)
#include "tst_entitygeneralisation.moc"
