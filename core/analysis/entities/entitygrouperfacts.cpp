// SPDX-License-Identifier: GPL-3.0-or-later
// EntityGrouper: the facts of one mention before grouping (factsOf()): its words, its key and
// its gazetteer entry, read with the words around it ("HANOI" in a dateline, "Grand Rapids,
// Mich.", "Washington state", "Washington, D.C.").
#include "analysis/entities/entitygrouper.h"
#include "analysis/entities/mentionorder.h"

#include "lexicon/gazetteer.h"
#include "lexicon/titlematcher.h"

namespace lector {

EntityGrouper::Facts EntityGrouper::factsOf(int index) const
{
    const Mention &mention = m_analysis.mentions[index];
    Facts facts;
    facts.surface = m_text.mid(mention.span.begin, mention.span.length());
    for (int t = m_tokens.after(mention.span.begin);
         t < m_analysis.tokens.size() && m_analysis.tokens[t].span.begin < mention.span.end; ++t) {
        const Token &token = m_analysis.tokens[t];
        if (token.kind != TokenKind::Word)
            continue;
        // A one-word mention shares the surface's characters instead of copying them.
        if (token.span.begin == mention.span.begin && token.span.end == mention.span.end)
            facts.words.append(facts.surface);
        else
            facts.words.append(m_text.mid(token.span.begin, token.span.length()));
    }
    if (mention.type == EntityType::Person) {
        // "Bashar al-Assad", "Al-Assad", "Assad": a particle joined by a hyphen (nameparticles.tsv)
        // is set aside, so that the surname matches alone.
        for (QString &word : facts.words) {
            const qsizetype hyphen = word.indexOf(u'-');
            if (hyphen >= 2 && hyphen + 2 < word.size() && word[hyphen + 1].isUpper() &&
                m_nameParticles.contains(word.first(hyphen + 1).toLower()))
                word = word.mid(hyphen + 1);
        }
        if (facts.words.size() == 1 && mention.role.isEmpty())
            facts.entry = entryOf(facts.surface);
        facts.gender = m_titles.titleGender(mention.role);
        if (facts.gender == Gender::Unknown && facts.words.size() >= 2)
            facts.gender = m_titles.givenNameGender(facts.words.first());
        return facts;
    }
    facts.key = withoutArticle(facts.surface);
    facts.entry = entryOf(facts.key);
    // "HANOI" in a dateline, "Hanoi" in the text: one place. An ALL-CAPS name is looked up
    // as written in title case; a name the gazetteer lacks is keyed case-blind. A place of
    // three letters too where its line is written in capitals so far ("RYE, N.H. (AP)";
    // round 15), not an acronym in running text.
    if (facts.entry < 0 && isAllCaps(facts.key) &&
        (facts.key.size() > 3 || (facts.key.size() == 3 && mention.type == EntityType::Place &&
                                  inCapitalsLine(mention.span))))
        facts.entry = entryOf(titleCased(facts.key));
    // "Grand Rapids, Mich.": the mention ends before the period of the state's abbreviation,
    // which the gazetteer lists with it (UsStates::markStates()).
    if (facts.entry < 0 && mention.type == EntityType::Place && mention.span.end < m_text.size() &&
        m_text[mention.span.end] == u'.')
        facts.entry = entryOf(facts.key + u'.');
    // "Springfield, IL": a postal code the EntityRecogniser read after a city (its source is
    // the gazetteer; the model's "LA" may be Los Angeles).
    if (facts.entry < 0 && mention.type == EntityType::Place &&
        mention.source == MentionSource::Gazetteer)
        facts.entry = m_postalStates.value(facts.key, -1);
    // "N.Y.C.": an acronym with periods that the gazetteer lists without them ("NYC"; round 17).
    if (facts.entry < 0 && mention.type == EntityType::Place && facts.key.contains(u'.')) {
        const QString letters = acronymLetters(facts.key);
        if (!letters.isEmpty())
            facts.entry = entryOf(letters);
    }
    // "New York state", "upstate New York", "Georgia Gov. Nathan Deal": the state of that name,
    // not its city or country (round 16).
    if (facts.entry >= 0 && mention.type == EntityType::Place &&
        hasRegionCue(mention.span, m_gazetteer.entry(facts.entry).minor == u"country")) {
        facts.entry = regionEntry(facts.key, facts.entry);
        facts.definite = m_gazetteer.entry(facts.entry).minor == u"region";
    }
    // "Washington, D.C.": a place and the place after its comma that the gazetteer lists
    // together are that entry, both of them (round 17).
    if (mention.type == EntityType::Place) {
        const int whole = commaPhraseEntry(index);
        if (whole >= 0) {
            facts.entry = whole;
            facts.definite = true;
        }
    }
    if (facts.entry < 0)
        facts.key = facts.key.toCaseFolded();
    if (facts.entry >= 0) {
        const GazetteerEntry &entry = m_gazetteer.entry(facts.entry);
        // "Chinese" stays its own entity: a nationality word is not the country.
        if (entry.minor != u"demonym")
            facts.key = entry.canonical;
    }
    return facts;
}

// "RYE, N.H. (AP) \u2014", "STORM FLOODS RYE": no lower-case letter on the line before the end
// of `span`, so its capitals say nothing of the name.
bool EntityGrouper::inCapitalsLine(const Span &span) const
{
    for (qsizetype k = span.end - 1; k >= 0 && m_text[k] != u'\n'; --k) {
        if (m_text[k].isLower())
            return false;
    }
    return true;
}

// Whether a word of lexicon/regioncues.tsv, as written there, stands right before or right
// after the place's name ("upstate New York", "Washington state", "Georgia Gov."). For a
// country's name (`country`) only the cues marked so count: "Georgia state television" is the
// country's (review of round 16), "Georgia Gov." the state's.
bool EntityGrouper::hasRegionCue(const Span &span, bool country) const
{
    const QList<Token> &tokens = m_analysis.tokens;
    const auto wordAt = [&](int k) {
        return k >= 0 && k < tokens.size() && tokens[k].kind == TokenKind::Word
                   ? m_text.mid(tokens[k].span.begin, tokens[k].span.length())
                   : QString();
    };
    const auto counts = [&](const QString &word) {
        return !country || m_regionCues.overCountry.contains(word);
    };
    const QString after = wordAt(tokenAt(tokens, span.end));
    const QString before = wordAt(tokenAt(tokens, span.begin) - 1);
    return (m_regionCues.after.contains(after) && counts(after)) ||
           (m_regionCues.before.contains(before) && counts(before));
}

// The first state or province (gazetteer minor type "region") of the phrase's entries, else
// `entry`.
int EntityGrouper::regionEntry(const QString &phrase, int entry) const
{
    for (const int e : m_gazetteer.entriesFor(phrase)) {
        if (m_gazetteer.entry(e).minor == u"region")
            return e;
    }
    return entry;
}

// "Washington, D.C.": the gazetteer place of the text from the mention before a comma to the
// place mention after it, when `index` is either of the two; else -1.
int EntityGrouper::commaPhraseEntry(int index) const
{
    const QList<Mention> &mentions = m_analysis.mentions;
    for (int first = index - 1; first <= index; ++first) {
        if (first < 0 || first + 1 >= mentions.size() ||
            mentions[first].type != EntityType::Place ||
            mentions[first + 1].type != EntityType::Place)
            continue;
        const Span a = mentions[first].span;
        const Span b = mentions[first + 1].span;
        if (QStringView(m_text).sliced(a.end, b.begin - a.end) != u", ")
            continue;
        // the gazetteer writes the abbreviation with its period ("D.C.", "Mich.")
        qsizetype end = b.end;
        if (end < m_text.size() && m_text[end] == u'.' && m_text[end - 1] != u'.')
            ++end;
        const int entry = entryOf(m_text.mid(a.begin, end - a.begin));
        if (entry >= 0 && m_gazetteer.entry(entry).major == EntityType::Place)
            return entry;
    }
    return -1;
}

// Whether the group is another place than the one the mention names for sure: "Washington,
// D.C." (the city) and "Washington state" (the state) share their canonical name (round 17).
bool EntityGrouper::otherPlace(int group, const Facts &facts) const
{
    const QString &minor = m_groups[group].definiteMinor;
    return facts.definite && !minor.isEmpty() && minor != m_gazetteer.entry(facts.entry).minor;
}

int EntityGrouper::entryOf(const QString &phrase) const
{
    auto it = m_entryOf.constFind(phrase);
    if (it == m_entryOf.cend()) {
        const QList<int> entries = m_gazetteer.entriesFor(phrase);
        it = m_entryOf.insert(phrase, entries.isEmpty() ? -1 : entries.first());
    }
    return *it;
}

} // namespace lector
