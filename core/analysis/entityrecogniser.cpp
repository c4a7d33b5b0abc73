// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/entityrecogniser.h"

#include "analysis/sequencemodel.h"
#include "analysis/viterbi.h"
#include "lexicon/gazetteer.h"
#include "lexicon/resources.h"

#include <algorithm>

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
    std::vector<float> scored;   ///< candidates x labels
    std::vector<float> emissions;
    std::vector<float> scores;
    std::vector<int> back;
    std::vector<int> labels;
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
// words leading up to it (at most three) form the role.
int roleBefore(const std::vector<NerTokenFacts> &facts, int first)
{
    if (first == 0 || !(facts[size_t(first - 1)].flags & NerFeatures::TitleWord))
        return first;
    int start = first - 1;
    while (start > 0 && start > first - 4 &&
           (facts[size_t(start - 1)].flags & NerFeatures::InitialCapital) &&
           !(facts[size_t(start)].flags & NerFeatures::LineStart))
        --start;
    return start;
}

} // namespace

EntityRecogniser::EntityRecogniser(const Resources &resources,
                                   std::shared_ptr<const SequenceModel> model, Decoding decoding)
    : m_features(resources)
    , m_gazetteer(&resources.gazetteer())
    , m_model(model ? std::move(model) : SequenceModel::shared())
    , m_decoding(decoding)
{
    for (const TsvTable::Row &row : resources.table(QStringLiteral("demonyms")).rows())
        m_nationalities.insert(NerFeatures::hashLower(row.fields.first()));
    for (const TsvTable::Row &row : resources.table(QStringLiteral("stopnames")).rows())
        m_stopNames.insert(NerFeatures::hashLower(row.fields.first()));
}

EntityRecogniser::~EntityRecogniser() = default;

void EntityRecogniser::tagSentence(const std::vector<NerTokenFacts> &facts, int first, int end,
                                   std::vector<int> &out) const
{
    Scratch &s = scratch();
    const int n = end - first;
    out.assign(size_t(n), 0);
    // Only tokens that may be part of a name are scored; the others are O for certain
    // ("the talks ended" between "Paris" and "London").
    s.candidates.clear();
    for (int i = first; i < end; ++i) {
        if (NerFeatures::isCandidate(facts, first, end, i) &&
            !(facts[size_t(i)].flags & NerFeatures::TimeWord))
            s.candidates.push_back(i);
    }
    if (s.candidates.empty())
        return;
    const int m = int(s.candidates.size());
    s.keys.resize(size_t(m) * NerFeatures::perToken);
    for (int c = 0; c < m; ++c)
        NerFeatures::extractToken(facts, first, end, s.candidates[size_t(c)],
                                  s.keys.data() + size_t(c) * NerFeatures::perToken);
    s.scored.resize(size_t(m) * labels);
    m_model->scoreSequence(s.keys.data(), m, NerFeatures::perToken, s.scored.data());
    // "on Monday", "in August 2023": the temporal tagger already owns these words, so they are
    // O like every token that was not scored.
    s.emissions.assign(size_t(n) * labels, SequenceModel::forbidden);
    for (int i = 0; i < n; ++i)
        s.emissions[size_t(i) * labels] = 0.0f;
    for (int c = 0; c < m; ++c)
        std::copy_n(s.scored.data() + size_t(c) * labels, labels,
                    s.emissions.data() + size_t(s.candidates[size_t(c)] - first) * labels);
    if (m_decoding == Decoding::Greedy)
        Viterbi::decodeGreedy(s.emissions.data(), n, labels, m_model->transitions(), out.data());
    else
        Viterbi::decode(s.emissions.data(), n, labels, m_model->transitions(), out.data(), s.scores,
                        s.back);
}

void EntityRecogniser::run(const Document &document, Analysis &analysis) const
{
    analysis.mentions.clear();
    if (m_model->isEmpty() || m_model->featureVersion() != NerFeatures::version)
        return;
    Scratch &s = scratch();
    m_features.describe(document.text, analysis.tokens, analysis.times, s.facts);
    std::vector<int> &tags = s.labels;
    for (const Sentence &sentence : analysis.sentences) {
        const int first = sentence.firstToken;
        tagSentence(s.facts, first, sentence.endToken, tags);
        const int n = sentence.endToken - first;
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
            addMention(document, analysis, s.facts, first + i, first + j, type);
            i = j;
        }
    }
    addGazetteerPlaces(document, analysis, s.facts);
}

// "Talks resumed in Kyrgyzstan": a country or a city of a million people named in the gazetteer
// is a place even when the model, unsure of a rare word, left it out.
void EntityRecogniser::addGazetteerPlaces(const Document &document, Analysis &analysis,
                                          const std::vector<NerTokenFacts> &facts) const
{
    const QList<Token> &tokens = analysis.tokens;
    const qsizetype modelMentions = analysis.mentions.size();
    qsizetype next = 0; // the first model mention that does not end before the token
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
        const GazetteerEntry &entry = m_gazetteer->entry(match.entry);
        const bool confident =
            entry.major == EntityType::Place &&
            (entry.minor == u"country" ||
             (entry.minor == u"city" && entry.value(u"pop").toLongLong() >= 1000000));
        const bool free = next >= modelMentions || !analysis.mentions[next].span.overlaps(span);
        if (confident && free) {
            Mention mention;
            mention.span = span;
            mention.type = EntityType::Place;
            mention.source = MentionSource::Gazetteer;
            analysis.mentions.append(mention);
        }
        i += match.tokens;
    }
    std::stable_sort(analysis.mentions.begin(), analysis.mentions.end(),
                     [](const Mention &a, const Mention &b) { return a.span < b.span; });
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
    // "Chinese", "Belarusians": a nationality word names no person.
    if (mention.type == EntityType::Person && end - nameStart == 1 &&
        m_nationalities.contains(facts[size_t(nameStart)].lower))
        mention.type = EntityType::Other;
    const int roleStart = nameStart > first ? first : roleBefore(facts, first);
    if (roleStart < nameStart && mention.type == EntityType::Person)
        mention.role =
            document.text.mid(tokens[roleStart].span.begin,
                              tokens[nameStart - 1].span.end - tokens[roleStart].span.begin);
    mention.span = {tokens[nameStart].span.begin, tokens[end - 1].span.end};
    analysis.mentions.append(mention);
}

} // namespace lector
