// SPDX-License-Identifier: GPL-3.0-or-later
// EntityGrouper::agreeOnTypes(): the one type vote over a document's mentions, before grouping.
#include "analysis/entities/entitygrouper.h"

#include "lexicon/gazetteer.h"
#include "text/tokenizer.h"

#include <algorithm>
#include <array>

namespace lector {

// "Tulsa" a place twelve times and a person five: the same name written the same way names
// the same thing throughout an article, so a person, place or organization mention takes the
// type most of its namesakes have, when one type has more than every other. A person with a
// title ("Mayor Tulsa") keeps its type. This is the only vote that changes a mention's type;
// entityOf() gives the entity the type most of its mentions have and changes none of them (a
// per-entity vote written back to the mentions cost CoNLL-2003 dev 0.006 exact: "Chicago" the
// city and "Chicago" the team share a key).
void EntityGrouper::agreeOnTypes()
{
    QHash<QStringView, std::array<int, 4>> counts; // per type; [3]: people after "in", "at"...
    const auto kept = [](EntityType type) { return int(type) <= int(EntityType::Organization); };
    const auto surface = [&](const Mention &m) {
        return QStringView(m_text).sliced(m.span.begin, m.span.length());
    };
    const QString &text = m_text;
    const auto afterIn = [&](const Mention &m) {
        qsizetype end = m.span.begin;
        while (end > 0 && text[end - 1] == u' ')
            --end;
        qsizetype begin = end;
        while (begin > 0 && text[begin - 1].isLetter())
            --begin;
        if (begin == end || !text[begin].isLower())
            return false;
        // A handful of words: compared in place, without making a string per mention.
        const QStringView word = QStringView(text).sliced(begin, end - begin);
        for (const QString &preposition : m_placePrepositions) {
            if (word == preposition)
                return true;
        }
        return false;
    };
    const auto possessiveAfter = [&](const Mention &m) {
        const QStringView after = QStringView(text)
                                      .sliced(m.span.end)
                                      .first(std::min<qsizetype>(2, text.size() - m.span.end));
        return Tokenizer::isPossessiveEnding(after);
    };
    for (const Mention &m : std::as_const(m_analysis.mentions)) {
        if (!kept(m.type))
            continue;
        std::array<int, 4> &c = counts[surface(m)];
        ++c[size_t(m.type)];
        // "hats at Trump's rally": a possessive names the owner of what follows, no place.
        if (m.type == EntityType::Person && m.role.isEmpty() && afterIn(m) && !possessiveAfter(m))
            ++c[3];
    }
    for (Mention &m : m_analysis.mentions) {
        if (!kept(m.type) || !m.role.isEmpty())
            continue;
        const std::array<int, 4> &c = counts[surface(m)];
        int best = 0;
        for (int t = 1; t < 3; ++t) {
            if (c[size_t(t)] > c[size_t(best)])
                best = t;
        }
        bool unique = true;
        for (int t = 0; t < 3; ++t)
            unique = unique && (t == best || c[size_t(t)] < c[size_t(best)]);
        if (unique)
            m.type = EntityType(best);
        // "ferries stop in Oskarvik ... hotels in Oskarvik": a one-word name the model took
        // for a person that stands after a word of lexicon/placepreps.tsv ("in", "near", "at")
        // twice or more, and in a third of its mentions, is a place. The words count in lower
        // case only: "From Judy" opening a gift tag names a sender (case-blind: CV -0.001).
        if (m.type == EntityType::Person && c[3] >= 2 && 3 * c[3] >= c[0] + c[1] + c[2] &&
            !surface(m).contains(u' '))
            m.type = EntityType::Place;
    }
}

// "the cities of Tempe, Peoria, Chandler and Gilbert", "Zeus, Hera, Poseidon and Athena": the
// names of one list, written one after the other with commas and an "and", "or" or "&", are of
// one kind. In a list of three names or more, a person, place or organization takes the type
// that more than half of them have (two at least), unless the gazetteer lists its name with
// other types only ("Lattice Lab, CNRS, France" is an address, with no "and"), or unless its
// last word is the head word of an organization or a place ("Atlantic Records").
void EntityGrouper::agreeInLists()
{
    QList<Mention> &mentions = m_analysis.mentions;
    const auto kept = [](EntityType type) { return int(type) <= int(EntityType::Organization); };
    // What stands between two names of a list: ", ", " and ", ", and ", " or ", " & ".
    const auto separator = [this](const Mention &a, const Mention &b, bool &conjunction) {
        QStringView gap = QStringView(m_text).sliced(a.span.end, b.span.begin - a.span.end);
        if (gap.contains(u'\n'))
            return false;
        gap = gap.trimmed();
        if (gap.startsWith(u','))
            gap = gap.sliced(1).trimmed();
        if (gap.isEmpty())
            return true;
        conjunction = gap == u"and" || gap == u"or" || gap == u"&";
        return conjunction;
    };
    for (qsizetype first = 0; first < mentions.size();) {
        qsizetype end = first + 1;
        bool conjunction = false;
        while (end < mentions.size() && kept(mentions[end - 1].type) && kept(mentions[end].type) &&
               separator(mentions[end - 1], mentions[end], conjunction))
            ++end;
        if (end - first < 3 || !conjunction || !kept(mentions[first].type)) {
            first = end;
            continue;
        }
        int votes[3] = {0, 0, 0};
        for (qsizetype m = first; m < end; ++m)
            ++votes[int(mentions[m].type)];
        const int best = int(std::max_element(votes, votes + 3) - votes);
        if (votes[best] >= 2 && 2 * votes[best] > end - first) {
            for (qsizetype m = first; m < end; ++m) {
                Mention &mention = mentions[m];
                if (int(mention.type) == best)
                    continue;
                // "Drake, Rihanna, Kendrick Lamar and Atlantic Records": a name that ends in
                // an organization's or a place's head word keeps its type (review of round 12).
                const QStringView surface =
                    QStringView(m_text).sliced(mention.span.begin, mention.span.length());
                if (m_headWords.contains(
                        surface.sliced(surface.lastIndexOf(u' ') + 1).toString().toLower()))
                    continue;
                const QList<int> entries =
                    m_gazetteer.entriesFor(m_text.mid(mention.span.begin, mention.span.length()));
                const bool listed = std::any_of(entries.cbegin(), entries.cend(), [&](int e) {
                    return int(m_gazetteer.entry(e).major) == best;
                });
                if (entries.isEmpty() || listed) {
                    mention.type = EntityType(best);
                    mention.role.clear();
                }
            }
        }
        first = end;
    }
}

// "Marrick Foods said ... Marrick also makes crackers": a lone word typed a person, with no
// title, that opens an organization's name of two words or more in the same article, and that
// is no word of a person's name of two words or more there, no last word of any longer name
// ("Johnson & Johnson") and no gazetteer phrase, is that organization's short name.
bool EntityGrouper::pronounFollows(const Mention &m) const
{
    const int sentence = m_analysis.sentenceAt(m.span.begin);
    if (sentence < 0)
        return false;
    const qsizetype last = std::min<qsizetype>(sentence + 1, m_analysis.sentences.size() - 1);
    static constexpr QStringView personal[] = {u"he", u"she", u"his", u"her", u"him"};
    for (int k = m_analysis.sentences[sentence].firstToken; k < m_analysis.sentences[last].endToken;
         ++k) {
        const Span t = m_analysis.tokens[k].span;
        if (t.begin < m.span.end)
            continue;
        const QStringView w = QStringView(m_text).sliced(t.begin, t.length());
        for (QStringView p : personal) {
            if (w.compare(p, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

void EntityGrouper::firmShortForms()
{
    QSet<QStringView> firstWords, personWords;
    const auto surface = [&](const Mention &m) {
        return QStringView(m_text).sliced(m.span.begin, m.span.length());
    };
    for (const Mention &m : std::as_const(m_analysis.mentions)) {
        const QStringView s = surface(m);
        const qsizetype space = s.indexOf(u' ');
        if (space <= 0)
            continue;
        if (m.type == EntityType::Organization)
            firstWords.insert(s.first(space));
        if (m.type == EntityType::Person) {
            for (QStringView word : s.tokenize(u' ', Qt::SkipEmptyParts))
                personWords.insert(word);
        }
        // The last word of any longer name may be a surname the model put in the wrong name
        // ("team owner Woody Johnson" as an organization, then "Johnson & Johnson").
        personWords.insert(s.sliced(s.lastIndexOf(u' ') + 1));
    }
    if (firstWords.isEmpty())
        return;
    for (Mention &m : m_analysis.mentions) {
        if (m.type != EntityType::Person || !m.role.isEmpty())
            continue;
        const QStringView s = surface(m);
        // Not a word the gazetteer lists ("Tempe" of "Tempe Center for the Arts" is the city),
        // nor a name a personal pronoun follows in its sentence or the next ("Dyson told the
        // BBC he was disappointed"; review of round 10).
        if (!s.contains(u' ') && firstWords.contains(s) && !personWords.contains(s) &&
            m_gazetteer.entriesFor(s).isEmpty() && !pronounFollows(m))
            m.type = EntityType::Organization;
    }
}

} // namespace lector
