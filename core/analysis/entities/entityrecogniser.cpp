// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/entities/entityrecogniser.h"
#include "analysis/entities/mentionorder.h"

#include "analysis/entities/citationauthors.h"
#include "analysis/entities/peopleagreement.h"
#include "analysis/entities/predictionhistory.h"
#include "analysis/entities/sequencemodel.h"
#include "analysis/entities/termacronyms.h"
#include "analysis/entities/viterbi.h"
#include "analysis/entities/wordweightcache.h"
#include "lexicon/gazetteer.h"
#include "lexicon/resources.h"
#include "lexicon/titlematcher.h"

#include <algorithm>
#include <utility>

namespace lector {

namespace {

constexpr int labels = SequenceModel::labelCount;

// Per-thread scratch, reused across sentences and documents so that decoding allocates only
// when a longer sentence than any before comes along.
struct Scratch
{
    std::vector<NerTokenFacts> facts;
    std::vector<quint64> keys;
    std::vector<int> candidates; ///< sentence tokens that are scored
    std::vector<qint32> base;    ///< candidates x labels: summed weights of the word keys
    std::vector<float> scored;   ///< candidates x labels
    std::vector<float> emissions;
    std::vector<float> scores;
    std::vector<int> back;
    std::vector<int> labels;
    std::vector<std::pair<int, int>> mentionTokens; ///< per model mention: first, end token
    std::vector<const qint32 *> rows;               ///< sentence tokens: their WordWeightCache sums
    WordWeightCache words;
    PredictionHistory history; ///< the labels of the document's earlier sentences
    /// Per PredictionHistory summary: the summed weights of its keys (labels raw weights),
    /// computed on first use for historyModel.
    std::vector<qint32> historySums;
    std::vector<char> historyKnown;
    std::shared_ptr<const SequenceModel> historyModel;
};

Scratch &scratch()
{
    thread_local Scratch s;
    return s;
}

bool isPossessive(const QString &text, Span span)
{
    return span.length() == 2 && (text[span.begin] == u'\'' || text[span.begin] == u'\u2019');
}

// "Foreign Minister Wang": when a title word stands right before the name, the capitalised
// words leading up to it (at most three) form the role. "Mr. Tedeschi": the period of an
// abbreviated title may stand between the title and the name. "New Zealand Rugby chief executive
// Mark Pollard" (round 21): a title of titles.tsv of two words or more written in lower case
// (`lowerTitles`) ends there: the role is all of it ("chief executive", was "executive"), and the
// capitalised words before it name the employer, not the role.
int roleBefore(const std::vector<NerTokenFacts> &facts, int first, const QSet<QString> &lowerTitles)
{
    constexpr quint32 period = NerFeatures::Punctuation | NerFeatures::HasPeriod;
    int title = first - 1;
    if (title > 0 && (facts[size_t(title)].flags & period) == period)
        --title;
    if (title < 0 || !(facts[size_t(title)].flags & NerFeatures::TitleWord))
        return first;
    if (!(facts[size_t(title)].flags & NerFeatures::InitialCapital)) {
        int start = title;
        QString phrase = facts[size_t(title)].word.toString();
        for (int k = title - 1; k >= 0 && k > title - 3; --k) {
            phrase.prepend(facts[size_t(k)].word + u' ');
            if (lowerTitles.contains(phrase))
                start = k;
        }
        if (start < title)
            return start;
    }
    int start = title;
    while (start > 0 && start > title - 3 &&
           (facts[size_t(start - 1)].flags & NerFeatures::InitialCapital) &&
           !(facts[size_t(start)].flags & NerFeatures::LineStart))
        --start;
    return start;
}

// "NGOs", "LLMs", "CFLs": capitals and a plural s, the plural of an acronym, names a kind of
// thing, never one person, place or organization.
bool isAcronymPlural(QStringView word)
{
    if (word.size() < 3 || word.back() != u's')
        return false;
    for (qsizetype i = 0; i + 1 < word.size(); ++i) {
        if (!word[i].isUpper())
            return false;
    }
    return true;
}

// The hash of "of", as NerTokenFacts::lower holds it.
quint64 ofWord()
{
    static const quint64 hash = NerFeatures::hashLower(u"of");
    return hash;
}

bool hasTitleWord(const std::vector<NerTokenFacts> &facts, int first, int end)
{
    for (int i = first; i < end; ++i) {
        if (facts[size_t(i)].flags & NerFeatures::TitleWord)
            return true;
    }
    return false;
}

} // namespace

EntityRecogniser::EntityRecogniser(const Resources &resources,
                                   std::shared_ptr<const SequenceModel> model, Decoding decoding)
    : m_features(resources)
    , m_gazetteer(&resources.gazetteer())
    , m_model(model ? std::move(model) : SequenceModel::shared())
    , m_usStates(resources)
    , m_decoding(decoding)
{
    for (const TsvTable::Row &row : resources.table(QStringLiteral("demonyms")).rows())
        m_nationalities.insert(NerFeatures::hashLower(row.fields.first()));
    for (const QString &word : resources.stopNames())
        m_stopNames.insert(NerFeatures::hashLower(word));
    for (const QString &word : resources.wordSet(QStringLiteral("placepreps")))
        m_prepositions.insert(NerFeatures::hashLower(word));
    for (const QString &word : resources.wordSet(QStringLiteral("partymembers")))
        m_partyMembers.insert(NerFeatures::hashLower(word));
    for (const TsvTable::Row &row : resources.table(QStringLiteral("mediumwords")).rows())
        m_mediumPhrases.append(row.fields.first().split(u' ', Qt::SkipEmptyParts));
    loadTravelCues(resources);
    loadPlaceWords(resources);
    loadOrganizationCues(resources);
    loadForeignHeads(resources);
    for (const QString &title : resources.titleTable().lowerCaseTitles())
        m_lowerTitles.insert(title);
    for (const TitleTable::Title &title : resources.titleTable().titles()) {
        if (title.title.contains(u" of "))
            m_officeHeads.insert(NerFeatures::hashLower(title.title.section(u' ', 0, 0)));
    }
    for (const TsvTable::Row &row : resources.table(QStringLiteral("orgwords")).rows()) {
        if (row.fields.value(1) == u"company" && row.fields.value(2) == u"end")
            m_companyHeads.insert(NerFeatures::hashLower(row.fields.first()));
    }
    for (const TsvTable::Row &row : resources.table(QStringLiteral("nobletitles")).rows()) {
        NobleTitle title;
        for (QStringView word : QStringView(row.fields.first()).tokenize(u' ', Qt::SkipEmptyParts))
            title.words.append(NerFeatures::hashLower(word));
        title.afterThe = row.fields.value(2) == u"the";
        if (!title.words.isEmpty())
            m_nobleTitles.append(title);
    }
    for (const QString &word : resources.wordSet(QStringLiteral("worknouns")))
        m_workNouns.insert(NerFeatures::hashLower(word));
    for (const QString &word : resources.wordSet(QStringLiteral("vesselnouns")))
        m_vesselNouns.insert(NerFeatures::hashLower(word));
    for (const QString &word : resources.wordSet(QStringLiteral("nameparticles")))
        m_nameParticles.insert(NerFeatures::hashLower(word));
    std::stable_sort(
        m_nobleTitles.begin(), m_nobleTitles.end(),
        [](const NobleTitle &a, const NobleTitle &b) { return a.words.size() > b.words.size(); });
    for (const QString &word : resources.wordSet(QStringLiteral("namejoins")))
        m_joinedNameParts.insert(NerFeatures::hashLower(word));
    // usgivennames.tsv: one row per initial letter, its names separated by spaces.
    for (const TsvTable::Row &row : resources.table(QStringLiteral("usgivennames")).rows()) {
        for (QStringView name : QStringView(row.fields.value(1)).tokenize(u' ', Qt::SkipEmptyParts))
            m_usGivenNames.insert(NerFeatures::hashLower(name));
    }
    m_confidentPlace.resize(size_t(m_gazetteer->size()));
    for (int e = 0; e < m_gazetteer->size(); ++e) {
        const GazetteerEntry &entry = m_gazetteer->entry(e);
        m_confidentPlace[size_t(e)] =
            entry.major == EntityType::Place &&
            (entry.minor == u"country" || entry.isCityOf(Gazetteer::millionCity));
    }
}

EntityRecogniser::~EntityRecogniser() = default;

// Scores the candidate tokens of the sentence [first, end) into scratch().scored: the word and
// neighbour keys come summed from the WordWeightCache, the pair keys from the model.
void EntityRecogniser::scoreCandidates(const std::vector<NerTokenFacts> &facts, int first,
                                       int end) const
{
    Scratch &s = scratch();
    const int m = int(s.candidates.size());
    constexpr int pairs = NerFeatures::pairKeys;
    s.words.makeRoom(end - first + 2);
    s.rows.assign(size_t(end - first), nullptr);
    const qint32 *before = s.words.sums(NerFeatures::outside(true));
    const qint32 *after = s.words.sums(NerFeatures::outside(false));
    const auto row = [&](int j, NerFeatures::Role role) {
        const qint32 *sums = j < first ? before : j >= end ? after : s.rows[size_t(j - first)];
        if (!sums)
            sums = s.rows[size_t(j - first)] = s.words.sums(facts[size_t(j)]);
        return sums + role * labels;
    };
    s.base.resize(size_t(m) * labels);
    s.keys.resize(size_t(m) * pairs);
    for (int c = 0; c < m; ++c) {
        const int i = s.candidates[size_t(c)];
        const qint32 *self = row(i, NerFeatures::Self), *p = row(i - 1, NerFeatures::Previous),
                     *n = row(i + 1, NerFeatures::Next),
                     *pp = row(i - 2, NerFeatures::BeforePrevious),
                     *nn = row(i + 2, NerFeatures::AfterNext);
        qint32 *base = s.base.data() + size_t(c) * labels;
        for (int y = 0; y < labels; ++y)
            base[y] = self[y] + p[y] + n[y] + pp[y] + nn[y];
        // What the earlier sentences made of the word changes during the document, so its
        // keys are added per token, not cached per word; their weights depend on the
        // history's summary alone (a few hundred), summed once each.
        const NerTokenFacts &f = facts[size_t(i)];
        if (PredictionHistory::takesPart(f)) {
            const PredictionHistory::Counts *counts = s.history.counts(f.lower);
            const int summary = counts ? PredictionHistory::summary(*counts) : -1;
            if (summary >= 0) {
                qint32 *sums = s.historySums.data() + size_t(summary) * labels;
                if (!s.historyKnown[size_t(summary)]) {
                    quint64 history[PredictionHistory::keyCount];
                    PredictionHistory::keysOf(summary, history);
                    std::fill_n(sums, labels, 0);
                    m_model->addWeights(history, PredictionHistory::keyCount, sums);
                    s.historyKnown[size_t(summary)] = 1;
                }
                for (int y = 0; y < labels; ++y)
                    base[y] += sums[y];
            }
        }
        NerFeatures::extractPairKeys(facts, first, end, i, s.keys.data() + size_t(c) * pairs);
    }
    s.scored.resize(size_t(m) * labels);
    m_model->scoreSequence(s.keys.data(), m, pairs, s.base.data(), s.scored.data());
}

// Tokens that are not scored are O for certain, so the best sequence splits at them: each
// stretch of consecutive candidates is decoded alone, starting from the O row (or the start row
// at the sentence start) and ending in a transition to O (none at the sentence end).
void EntityRecogniser::decodeStretches(int first, int end, std::vector<int> &out) const
{
    Scratch &s = scratch();
    const int m = int(s.candidates.size());
    const float *transitions = m_model->transitions();
    for (int c = 0; c < m;) {
        int d = c + 1;
        while (d < m && s.candidates[size_t(d)] == s.candidates[size_t(d - 1)] + 1)
            ++d;
        const int from = s.candidates[size_t(c)], to = s.candidates[size_t(d - 1)] + 1;
        const float *start = transitions + (from == first ? size_t(labels) * labels : 0);
        Viterbi::decodeStretch(s.scored.data() + size_t(c) * labels, d - c, labels, transitions,
                               start, to < end ? 0 : -1, out.data() + (from - first), s.scores,
                               s.back);
        c = d;
    }
}

void EntityRecogniser::tagSentence(const std::vector<NerTokenFacts> &facts, int first, int end,
                                   std::vector<int> &out) const
{
    Scratch &s = scratch();
    const int n = end - first;
    out.assign(size_t(n), 0);
    // Only tokens that may be part of a name are scored; the others are O for certain
    // ("the talks ended" between "Paris" and "London"), and so are words of time expressions
    // ("on Monday", "in August 2023"), which the temporal tagger already owns.
    s.candidates.clear();
    for (int i = first; i < end; ++i) {
        if (NerFeatures::isCandidate(facts, first, end, i) &&
            !(facts[size_t(i)].flags & NerFeatures::TimeWord))
            s.candidates.push_back(i);
    }
    if (s.candidates.empty())
        return;
    scoreCandidates(facts, first, end);
    if (m_decoding == Decoding::Viterbi) {
        decodeStretches(first, end, out);
        return;
    }
    s.emissions.assign(size_t(n) * labels, SequenceModel::forbidden);
    for (int i = 0; i < n; ++i)
        s.emissions[size_t(i) * labels] = 0.0f;
    for (size_t c = 0; c < s.candidates.size(); ++c)
        std::copy_n(s.scored.data() + c * labels, labels,
                    s.emissions.data() + size_t(s.candidates[c] - first) * labels);
    Viterbi::decodeGreedy(s.emissions.data(), n, labels, m_model->transitions(), out.data());
}

void EntityRecogniser::run(const Document &document, Analysis &analysis) const
{
    analysis.mentions.clear();
    if (m_model->isEmpty() || m_model->featureVersion() != NerFeatures::version)
        return;
    Scratch &s = scratch();
    m_features.describe(document.text, analysis.tokens, analysis.times, s.facts);
    s.words.use(m_model);
    s.history.clear();
    if (s.historyModel != m_model) {
        s.historyModel = m_model;
        s.historySums.assign(size_t(PredictionHistory::summaries) * labels, 0);
        s.historyKnown.assign(size_t(PredictionHistory::summaries), 0);
    }
    s.mentionTokens.clear();
    std::vector<int> &tags = s.labels;
    for (const Sentence &sentence : analysis.sentences) {
        const int first = sentence.firstToken;
        tagSentence(s.facts, first, sentence.endToken, tags);
        const int n = sentence.endToken - first;
        for (int i = 0; i < n; ++i) {
            if (PredictionHistory::takesPart(s.facts[size_t(first + i)]))
                s.history.record(s.facts[size_t(first + i)].lower,
                                 PredictionHistory::code(tags.data(), i, n));
        }
        for (int i = 0; i < n;) {
            if (tags[size_t(i)] == 0) {
                ++i;
                continue;
            }
            // A stray I-t after O is read as B-t: the Viterbi constraints forbid it, greedy
            // decoding and quantisation cannot.
            const int type = (tags[size_t(i)] - 1) / 2;
            int j = i + 1;
            while (j < n && tags[size_t(j)] == 2 + 2 * type)
                ++j;
            if (s.facts[size_t(first + i)].flags & NerFeatures::TitleCaseLine)
                addHeadlineMention(document, analysis, s.facts, first + i, first + j, type);
            else if (!splitAtPartyMember(document, analysis, s.facts, first + i, first + j) &&
                     !splitAtLowerWord(document, analysis, s.facts, first + i, first + j, type))
                addMention(document, analysis, s.facts, first + i, first + j, type);
            i = j;
        }
    }
    placesAfterTravelCues(analysis, s.facts, s.mentionTokens);
    titledPeople(document, analysis, s.facts, s.mentionTokens);
    PeopleAgreement::fullNamesTypedOther(analysis, s.facts, s.mentionTokens, m_placeHeadsEnd);
    PeopleAgreement::agreeOnSurnames(analysis, s.facts, s.mentionTokens, *m_gazetteer,
                                     m_confidentPlace);
    PeopleAgreement::addNameWords(analysis, s.facts, s.mentionTokens, m_stopNames);
    PeopleAgreement::dropCommonWords(analysis, s.facts);
    CitationAuthors::addAuthors(analysis, s.facts);
    addGazetteerPlaces(document, analysis, s.facts);
    TermAcronyms::dropNames(document.text, analysis, s.facts);
    firmsAfterCues(analysis, s.facts);
    firmsBeforeOwnedWords(document.text, analysis, s.facts);
    if (document.text.contains(u'&'))
        ampersandNames(analysis, s.facts);
    foreignHeadNames(analysis, s.facts);
    namesByHeadWord(analysis, s.facts);
    possessiveNames(analysis, s.facts);
    namesAfterAbbreviations(analysis, s.facts);
    peopleNamedLikePlaces(analysis, s.facts);
    placesAfterOfficeOf(analysis, s.facts);
    titlesBeforePeople(analysis, s.facts);
    titledNamesLeftOut(analysis, s.facts);
    nobleTitledPeople(analysis, s.facts);
    worksAfterMakers(analysis, s.facts);
    officesOfDomains(document.text, analysis, s.facts);
    m_usStates.markStates(document.text, analysis, s.facts);
}

// "Floods Close Roads Across Bavaria": in a title-case headline the capitals join common words
// into one long name. The words the article writes in lower case elsewhere split the mention;
// a piece stays a name only if the gazetteer lists it or the article capitalises it
// mid-sentence, unless no word of the mention was seen in lower case. Ordinary dictionary words
// that open the mention and end with a place preposition right before a name the gazetteer
// lists ("Flights Across Europe") split it too, unless they name a title, an organization's
// head word or a given name, or the article capitalises them mid-sentence.
void EntityRecogniser::addHeadlineMention(const Document &document, Analysis &analysis,
                                          const std::vector<NerTokenFacts> &facts, int first,
                                          int end, int type) const
{
    constexpr quint32 nameWord =
        NerFeatures::ProperWord | NerFeatures::SeenCapitalMid | NerFeatures::GivenName;
    constexpr quint32 nameLike = nameWord | NerFeatures::TitleWord | NerFeatures::OrgWord;
    // "By Anna Berg, Chief Correspondent": a person of dictionary words alone is a job title.
    if (EntityType(type) == EntityType::Person &&
        std::all_of(facts.cbegin() + first, facts.cbegin() + end, [](const NerTokenFacts &f) {
            return (f.flags & NerFeatures::CommonWord) && f.matchTokens <= 0 &&
                   !(f.flags & nameWord);
        }))
        return;
    // Round 25: "Baltic Airlines Cancels Flights To Riga", "President Vogt Visits Hanoi": the
    // name ends before a verb of the present's third person (an ordinary word: a common word of
    // the dictionary ending in one "s", longer than three letters, no preposition nor joining
    // word, inside no phrase of the gazetteer: not "United States") after an organization's
    // head word, or before such a word that is a travel verb whose object is the destination
    // (travelcues.tsv class visit); of the rest only a piece the gazetteer lists whole is a
    // name. Not "Major League Baseball", "Bay Co Building Authority".
    // Round 26: "Airbus Wins Indian Order", "Bank Of America Raises Rates": such a verb also
    // ends the name when the article writes it in lower case and never capitalised mid-sentence
    // ("the planemaker wins most orders"), when it follows an organization the gazetteer lists
    // whole, or a name that opens with an organization's head word and "Of" and ends with a
    // phrase of the gazetteer.
    int phraseEnd = first; // the end of the gazetteer's phrases that open before the word
    int orgEnd = -1;       // the end of the last organization phrase that opens before it
    for (int i = first + 1; i < end; ++i) {
        const NerTokenFacts &before = facts[size_t(i - 1)];
        if (before.matchTokens > 0) {
            phraseEnd = std::max(phraseEnd, i - 1 + before.matchTokens);
            if (m_gazetteer->entry(before.matchEntry).major == EntityType::Organization)
                orgEnd = i - 1 + before.matchTokens;
        }
        const NerTokenFacts &f = facts[size_t(i)];
        const bool verb = (f.flags & NerFeatures::CommonWord) && !(f.flags & nameLike) &&
                          f.matchTokens <= 0 && f.word.size() > 3 && endsInOneS(f.word) &&
                          phraseEnd <= i && !m_prepositions.contains(f.lower) &&
                          !m_placeJoins.contains(f.lower);
        const bool headOf = i - first >= 3 && phraseEnd == i &&
                            (facts[size_t(first)].flags & NerFeatures::OrgWord) &&
                            facts[size_t(first + 1)].lower == ofWord();
        // Review B of round 26: "Marlow Hills Council Backs Plan": a plural noun the body
        // writes in lower case before an organization's or a place's head word is the name's.
        const bool headNext = i + 1 < end && ((facts[size_t(i + 1)].flags & NerFeatures::OrgWord) ||
                                              m_placeHeadsEnd.contains(facts[size_t(i + 1)].lower));
        const bool seenLower = (f.flags & NerFeatures::SeenLower) &&
                               !(f.flags & NerFeatures::SeenCapitalMid) && !headNext;
        if (!verb || !((before.flags & NerFeatures::OrgWord) || m_travelCues.contains(f.lower) ||
                       seenLower || orgEnd == i || headOf))
            continue;
        addHeadlineMention(document, analysis, facts, first, i, type);
        addGazetteerPieces(document, analysis, facts, i + 1, end);
        return;
    }
    int lead = first; // the opening common words
    while (lead + 1 < end && (facts[size_t(lead)].flags & NerFeatures::CommonWord) &&
           !(facts[size_t(lead)].flags & nameLike) && facts[size_t(lead)].matchTokens <= 0)
        ++lead;
    // Only when a place preposition stands right before the name: "Stony Brook University",
    // "Real Madrid", "Sporting Lisbon" open with ordinary words too.
    if (lead == first || facts[size_t(lead)].matchTokens <= 0 ||
        !m_prepositions.contains(facts[size_t(lead - 1)].lower))
        lead = first;
    // Round 26: a phrase of the gazetteer inside the mention ("Bank of America Raises Rates":
    // the body writes "of" in lower case too) is not split, nor is "Of" after an organization's
    // head word ("Bank Of Canada", which the gazetteer, matching "of" as written, misses).
    int wholeFrom = end, wholeEnd = end;
    for (int i = lead; i < end; ++i) {
        const int m = facts[size_t(i)].matchTokens;
        if (m > 1 && i + m <= end) {
            wholeFrom = i;
            wholeEnd = i + m;
            break;
        }
    }
    const auto ordinary = [&facts, lead, end, wholeFrom, wholeEnd](int i) {
        const quint32 fl = facts[size_t(i)].flags;
        // "Bank Of America", "Ministry Of Defence": "Of" after an organization's head word.
        const bool headOf = i > lead && i + 1 < end && facts[size_t(i)].lower == ofWord() &&
                            (facts[size_t(i - 1)].flags & NerFeatures::OrgWord);
        return i < lead || ((fl & NerFeatures::SeenLower) && !(fl & NerFeatures::SeenCapitalMid) &&
                            (i < wholeFrom || i >= wholeEnd) && !headOf);
    };
    bool split = false;
    for (int i = first; i < end && !split; ++i)
        split = ordinary(i);
    if (!split) {
        addMention(document, analysis, facts, first, end, type);
        return;
    }
    for (int i = first; i < end;) {
        if (ordinary(i)) {
            ++i;
            continue;
        }
        int j = i + 1;
        while (j < end && !ordinary(j))
            ++j;
        bool known = false;
        for (int k = i; k < j && !known; ++k)
            known = facts[size_t(k)].matchTokens > 0 ||
                    (facts[size_t(k)].flags & NerFeatures::SeenCapitalMid);
        // A piece the gazetteer lists whole ("Bavaria") takes the gazetteer's type: the
        // model typed the run of capitals, not the piece.
        const NerTokenFacts &f = facts[size_t(i)];
        const int pieceType =
            f.matchTokens == j - i ? int(m_gazetteer->entry(f.matchEntry).major) : type;
        if (known)
            addMention(document, analysis, facts, i, j, pieceType);
        i = j;
    }
}

// "Talks resumed in Kyrgyzstan": a country or a city of a million people named in the gazetteer
// is a place even when the model, unsure of a rare word, left it out.
void EntityRecogniser::addGazetteerPlaces(const Document &document, Analysis &analysis,
                                          const std::vector<NerTokenFacts> &facts) const
{
    const QList<Token> &tokens = analysis.tokens;
    const qsizetype modelMentions = analysis.mentions.size();
    qsizetype next = 0; // the first model mention that does not end before the token
    bool added = false;
    for (int i = 0; i < tokens.size();) {
        while (next < modelMentions && analysis.mentions[next].span.end <= tokens[i].span.begin)
            ++next;
        const quint32 flags = facts[size_t(i)].flags;
        if (!(flags & NerFeatures::InitialCapital) || (flags & NerFeatures::TimeWord)) {
            ++i;
            continue;
        }
        const NerTokenFacts &f = facts[size_t(i)];
        const Gazetteer::Match match = f.matchTokens >= 0
                                           ? Gazetteer::Match{f.matchTokens, f.matchEntry}
                                           : m_gazetteer->longestMatch(document.text, tokens, i);
        if (match.tokens <= 0) {
            ++i;
            continue;
        }
        const Span span{tokens[i].span.begin, tokens[i + match.tokens - 1].span.end};
        const bool confident = m_confidentPlace[size_t(match.entry)];
        const bool free = next >= modelMentions || !analysis.mentions[next].span.overlaps(span);
        if (confident && free) {
            added = true;
            Mention mention;
            mention.span = span;
            mention.type = EntityType::Place;
            mention.source = MentionSource::Gazetteer;
            analysis.mentions.append(mention);
        }
        i += match.tokens;
    }
    if (added)
        sortMentions(analysis.mentions);
}

// The token "of" of "Josh Shapiro of Pennsylvania" (a person of two words or more before it) or
// "in" of "Madison Square Garden in New York City" (a place), when the gazetteer lists the rest
// of the mention as a place; else -1.
int EntityRecogniser::splitBeforePlace(const std::vector<NerTokenFacts> &facts, int first, int end,
                                       EntityType type) const
{
    const QStringView joint = type == EntityType::Person  ? u"of"
                              : type == EntityType::Place ? u"in"
                                                          : QStringView();
    const int least = type == EntityType::Person ? 2 : 1;
    for (int k = first + least; k + 1 < end && !joint.isEmpty(); ++k) {
        if (facts[size_t(k)].word != joint)
            continue;
        const NerTokenFacts &rest = facts[size_t(k + 1)];
        return rest.matchTokens == end - k - 1 &&
                       m_gazetteer->entry(rest.matchEntry).major == EntityType::Place
                   ? k
                   : -1;
    }
    return -1;
}

void EntityRecogniser::addMention(const Document &document, Analysis &analysis,
                                  const std::vector<NerTokenFacts> &facts, int first, int end,
                                  int type) const
{
    const QList<Token> &tokens = analysis.tokens;
    Mention mention;
    mention.type = EntityType(type);
    mention.source = MentionSource::Model;
    // "Trade Minister Anna Berg": the title words before the name are its role, not its
    // name. The last title word inside a person mention ends the role.
    int nameStart = first;
    if (mention.type == EntityType::Person) {
        for (int i = first; i < end - 1; ++i) {
            if (facts[size_t(i)].flags & NerFeatures::TitleWord)
                nameStart = i + 1;
        }
    }
    // "Mr. Tedeschi": the period of an abbreviated title is not part of the name either.
    while (nameStart < end && (facts[size_t(nameStart)].flags & NerFeatures::Punctuation))
        ++nameStart;
    // "Britain's", "(Reuters)": a possessive or punctuation never ends a name.
    while (end > nameStart && ((facts[size_t(end - 1)].flags & NerFeatures::Punctuation) ||
                               isPossessive(document.text, tokens[end - 1].span)))
        --end;
    // "The Ministry of Agriculture said": a short capitalised function word opening the
    // sentence, and written in lower case elsewhere in the article, is not part of the name,
    // unless the gazetteer lists the whole phrase ("The Hague"). Longer stop names ("Police
    // Department") and initials ("A. Smith") stay.
    if (nameStart == first && end - first > 1 && tokens[first].span.length() <= 3 &&
        (facts[size_t(first)].flags & NerFeatures::SeenLower) &&
        !(facts[size_t(first + 1)].flags & NerFeatures::Punctuation) &&
        (facts[size_t(first)].flags & NerFeatures::AfterSentenceEnd) &&
        m_stopNames.contains(facts[size_t(first)].lower) &&
        m_gazetteer->longestMatch(document.text, tokens, first).tokens != end - first)
        ++nameStart;
    if (end <= nameStart)
        return;
    // "Many NGOs said": a person, place or organization that ends with the plural of an acronym
    // is none ("ADRs" may stay "other", as CoNLL-2003 marks them). After a lower-case word of
    // the name it is part of the name ("the Association of MBAs", "the Network of NGOs").
    if (mention.type != EntityType::Other && isAcronymPlural(facts[size_t(end - 1)].word) &&
        std::none_of(
            facts.cbegin() + nameStart, facts.cbegin() + (end - 1),
            [](const NerTokenFacts &f) { return !f.word.isEmpty() && f.word[0].isLower(); }))
        return;
    // "Vietnam (AP)": a bracket ends a name; an agency or organization the gazetteer knows in
    // the brackets is a mention of its own, never part of the place.
    for (int k = nameStart + 1; k < end; ++k) {
        if (facts[size_t(k)].word != u"(")
            continue;
        int close = k + 1;
        while (close < end && facts[size_t(close)].word != u")")
            ++close;
        const NerTokenFacts &inner = facts[size_t(std::min(k + 1, end - 1))];
        const bool known = k + 1 < close && inner.matchTokens == close - k - 1 &&
                           m_gazetteer->entry(inner.matchEntry).major == EntityType::Organization;
        addMention(document, analysis, facts, first, k, type);
        if (known)
            addMention(document, analysis, facts, k + 1, close, int(EntityType::Organization));
        return;
    }
    // "Gov. Josh Shapiro of Pennsylvania", "a rally at Madison Square Garden in New York City":
    // a full name before "of", or a place before "in", and a place the gazetteer lists after
    // it are two names ("Catherine of Aragon", one word before "of", stays one).
    if (const int split = splitBeforePlace(facts, nameStart, end, mention.type); split > 0) {
        addMention(document, analysis, facts, first, split, type);
        addMention(document, analysis, facts, split + 1, end, int(EntityType::Place));
        return;
    }
    // Round 26: "Prime Minister of Great Britain Tom Hale" (a title-case headline cut at its
    // lower-case "of", or the model's person after the title): the place of the title that
    // opens the person is a place of its own, and the name after it, opening with a given
    // name, the person (not "President of Texas Tech Lawrence Schovanec"; review B).
    if (mention.type == EntityType::Person) {
        const bool ofInside = facts[size_t(nameStart)].lower == ofWord() && nameStart > first &&
                              (facts[size_t(nameStart - 1)].flags & NerFeatures::TitleWord);
        const bool ofBefore = nameStart >= 2 && facts[size_t(nameStart - 1)].lower == ofWord() &&
                              (facts[size_t(nameStart - 2)].flags & NerFeatures::TitleWord);
        const int at = ofInside ? nameStart + 1 : nameStart;
        const int places = at < end ? facts[size_t(at)].matchTokens : 0;
        if ((ofInside || ofBefore) && places > 0 && at + places < end &&
            m_gazetteer->entry(facts[size_t(at)].matchEntry).major == EntityType::Place &&
            (facts[size_t(at + places)].flags & NerFeatures::InitialCapital) &&
            (facts[size_t(at + places)].flags & NerFeatures::GivenName)) {
            addMention(document, analysis, facts, at, at + places, int(EntityType::Place));
            addMention(document, analysis, facts, at + places, end, type);
            return;
        }
    }
    // "Chinese", "Belarusians": a nationality word names no person.
    if (mention.type == EntityType::Person && end - nameStart == 1 &&
        m_nationalities.contains(facts[size_t(nameStart)].lower))
        mention.type = EntityType::Other;
    const bool digitsAfter =
        size_t(end) >= facts.size() || (facts[size_t(end)].flags & NerFeatures::HasDigit);
    // "posted it on Reddit", "shared via WhatsApp", "according to Statista": a phrase of
    // lexicon/mediumwords.tsv right before a web site or a medium (review of round 19:
    // "visited Delphi", "from Westminster to Vauxhall" are places that share a brand's name).
    const auto mediumBefore = [&](const QStringList &phrase) {
        const int n = int(phrase.size());
        if (n == 0 || nameStart < n)
            return false;
        for (int j = 0; j < n; ++j) {
            const QStringView word = facts[size_t(nameStart - n + j)].word;
            if (j == n - 1 ? word != phrase[j] : word.compare(phrase[j], Qt::CaseInsensitive) != 0)
                return false;
        }
        return true;
    };
    const bool mediumContext =
        std::any_of(m_mediumPhrases.cbegin(), m_mediumPhrases.cend(), mediumBefore);
    mention.type = typeFromLexicon(facts[size_t(nameStart)], end - nameStart, mention.type,
                                   digitsAfter, mediumContext);
    // Round 26: "pilots at Brandt Aviation", "the contract went to Halden Cement": two
    // capitalised words or more ending in a company's head word (orgwords.tsv) name a company,
    // not a place or a person, unless the gazetteer lists the name, or its last word, as a
    // place, or the last word is a given name.
    if ((mention.type == EntityType::Place || mention.type == EntityType::Person) &&
        end - nameStart >= 2) {
        const NerTokenFacts &last = facts[size_t(end - 1)];
        const NerTokenFacts &head = facts[size_t(nameStart)];
        const bool listedPlace = (head.matchTokens == end - nameStart &&
                                  m_gazetteer->entry(head.matchEntry).major == EntityType::Place) ||
                                 (last.matchTokens > 0 &&
                                  m_gazetteer->entry(last.matchEntry).major == EntityType::Place);
        // Review B of round 26: "West Indies great Michael Holding", "singer Aaron Lines": a
        // person whose name opens with a given name stays a person.
        const bool givenFirst =
            mention.type == EntityType::Person && (head.flags & NerFeatures::GivenName);
        if (m_companyHeads.contains(last.lower) && (last.flags & NerFeatures::InitialCapital) &&
            (head.flags & (NerFeatures::InitialCapital | NerFeatures::AllCapitals)) &&
            !(last.flags & NerFeatures::GivenName) && !listedPlace && !givenFirst)
            mention.type = EntityType::Organization;
    }
    // The role is the title inside the model's mention ("Dr. Anna Berg"), else the title just
    // before the name; never the lone period of "Mr." that the model put in the mention.
    const int roleStart =
        hasTitleWord(facts, first, nameStart) ? first : roleBefore(facts, nameStart, m_lowerTitles);
    if (roleStart < nameStart && mention.type == EntityType::Person)
        mention.role =
            document.text.mid(tokens[roleStart].span.begin,
                              tokens[nameStart - 1].span.end - tokens[roleStart].span.begin);
    mention.span = {tokens[nameStart].span.begin, tokens[end - 1].span.end};
    analysis.mentions.append(mention);
    scratch().mentionTokens.emplace_back(nameStart, end);
}

} // namespace lector
