// SPDX-License-Identifier: GPL-3.0-or-later
// VisitContext, who a word names: pronouns, role nouns ("the general") and plural subjects
// ("they", "Both candidates"); split from visitcontext.cpp (round 23's second read).
#include "analysis/visits/visitcontext.h"

#include <algorithm>

namespace lector {

bool VisitContext::isCompatible(int mention, const VisitWord &pronoun) const
{
    const Mention &m = m_analysis.mentions[mention];
    if (m.entity < 0 || m.entity >= m_analysis.entities.size())
        return false;
    const Entity &e = m_analysis.entities[m.entity];
    if (pronoun.gender == Gender::Unknown)
        return e.type == EntityType::Person ||
               (e.type == EntityType::Organization && !isSite(mention));
    return e.type == EntityType::Person &&
           (e.gender == Gender::Unknown || e.gender == pronoun.gender);
}

int VisitContext::firstCompatible(int from, int to, const VisitWord &pronoun,
                                  bool notPossessor) const
{
    for (int k = from; k < to; ++k) {
        const int m = mentionOf(k);
        if (m >= 0 && isCompatible(m, pronoun) && !(notPossessor && isGenitive(endToken(m))))
            return m_analysis.mentions[m].entity;
    }
    return -1;
}

int VisitContext::quoteSpeaker(int token) const
{
    // Quotes are sorted and do not overlap, and each one's span lies within its outer span:
    // only the last quote opening at or before pos can hold it.
    const qsizetype pos = m_analysis.tokens[token].span.begin;
    const auto after =
        std::upper_bound(m_analysis.quotes.cbegin(), m_analysis.quotes.cend(), pos,
                         [](qsizetype p, const Quote &q) { return p < q.outer.begin; });
    if (after == m_analysis.quotes.cbegin() || !std::prev(after)->span.contains(pos))
        return -1;
    return std::prev(after)->speaker;
}

int VisitContext::resolvePronoun(int token, int sentence) const
{
    const VisitWord *w = entry(token);
    if (!w)
        return -1;
    if (w->pronoun == PronounKind::Speaker || w->pronoun == PronounKind::SpeakerPossessive)
        return quoteSpeaker(token);
    const Sentence &s = m_analysis.sentences[sentence];
    // "The defendants said they travelled": a plural pronoun after a plural noun subject of
    // its clause is of them, of nobody named (travelcues.tsv class group, pronoun).
    if (m_lexicon.groupOpener(word(token)) == VisitLexicon::GroupOpener::Pronoun &&
        pluralSubjectBefore(token, s.firstToken))
        return -1;
    for (int k = token - 1; k >= s.firstToken; --k) {
        const int m = mentionOf(k);
        if (m >= 0 && isCompatible(m, *w))
            return m_analysis.mentions[m].entity;
    }
    // "During his visit to Minsk, the minister Li said ...": a possessive in a fronted phrase
    // points forward to the subject after the comma.
    if (w->pronoun == PronounKind::Possessive && token > s.firstToken) {
        int comma = token + 1;
        while (comma < s.endToken && word(comma) != u",")
            ++comma;
        const int e = firstCompatible(comma, s.endToken, *w);
        if (e >= 0)
            return e;
    }
    // The previous sentences' first compatible name, usually their subject; a possessor
    // ("After the Slepian's shooting, Kopp had travelled") only when no other name is there.
    for (int p = sentence - 1; p >= 0 && p >= sentence - 3; --p) {
        const Sentence &ps = m_analysis.sentences[p];
        if (const int e = sentenceSubject(p, *w); e != NoSubject)
            return e;
        const int e = firstCompatible(ps.firstToken, ps.endToken, *w, true);
        if (e >= 0)
            return e;
        if (const int possessor = firstCompatible(ps.firstToken, ps.endToken, *w); possessor >= 0)
            return possessor;
    }
    return -1;
}

int VisitContext::sentenceSubject(int sentence, const VisitWord &pronoun) const
{
    // "He was due to head to P. He also planned to travel to Q": a sentence opening with a
    // pronoun of the same kind is of the person that pronoun stands for (resolved in turn,
    // a few sentences deep). "After meeting Milosevic, Kornblum flew to Zagreb": a sentence
    // opening with a phrase of no name, then a comma, then a name before a verb, is of that
    // name, not of the name inside the phrase.
    const Sentence &ps = m_analysis.sentences[sentence];
    const int first = ps.firstToken;
    if (first >= ps.endToken)
        return NoSubject;
    if (const VisitWord *w = entry(first);
        w && w->pronoun == PronounKind::Subject && w->gender == pronoun.gender && !isName(first)) {
        if (m_pronounDepth >= 3)
            return NoSubject;
        ++m_pronounDepth;
        const int e = resolvePronoun(first, sentence);
        --m_pronounDepth;
        return e >= 0 ? e : NoSubject;
    }
    if (isName(first) || mentionOf(first) >= 0)
        return NoSubject;
    for (int k = first + 1; k < ps.endToken && k < first + 12; ++k) {
        if (word(k) != u",")
            continue;
        const int m = mentionOf(k + 1);
        if (m < 0 || !isCompatible(m, pronoun) || isGenitive(endToken(m)) ||
            !followsSubject(endToken(m)))
            return NoSubject;
        return m_analysis.mentions[m].entity;
    }
    return NoSubject;
}

bool VisitContext::followsSubject(int token) const
{
    if (token < 0 || token >= m_analysis.tokens.size())
        return false;
    const QStringView w = word(token);
    if (w == u",")
        return true;
    if (isPunctuation(token) || isName(token) || w.isEmpty() || !w.front().isLower())
        return false;
    if (const VisitWord *e = entry(token);
        e && (!e->cues.isEmpty() || e->modal || e->auxiliary || e->tense != VisitWord::Tense::None))
        return true;
    return m_lexicon.followsSubject(w) || m_lexicon.isSaying(w) ||
           (w.size() > 4 && w.endsWith(u"ed"));
}

void VisitContext::readRoles() const
{
    m_rolesRead = true;
    for (int e = 0; e < m_analysis.entities.size(); ++e) {
        if (m_analysis.entities[e].type != EntityType::Person)
            continue;
        for (const QString &role : m_analysis.entities[e].roles) {
            // The role's last word, read in place: no copy but of a new word.
            QStringView r = role;
            while (r.endsWith(u' '))
                r.chop(1);
            if (r.isEmpty())
                continue;
            const QStringView last = r.sliced(r.lastIndexOf(u' ') + 1);
            if (last.size() < 3)
                continue;
            if (last.size() < 64)
                m_roleLengths |= quint64(1) << last.size();
            // Folded as VisitLexicon does (U+2019 as '); two words of one hash (never seen)
            // would count as a role several people hold.
            const quint64 h = VisitLexicon::foldedHash(last);
            auto it = m_roleOwner.find(h);
            if (it == m_roleOwner.end())
                m_roleOwner.insert(
                    h, {last.toString().toLower().replace(QChar(0x2019), u'\''), int(e)});
            else if (it->holder != e || !VisitLexicon::equalsFolded(last, it->word))
                it->holder = -2;
        }
    }
    // Each token's holder, looked up when first asked (roleAt()).
    m_roleAt.fill(UnknownRole, m_analysis.tokens.size());
}

int VisitContext::roleAt(int token) const
{
    int &owner = m_roleAt[token];
    if (owner == UnknownRole) {
        // Most words are of no role's length: no look-up; and the look-up makes no copy.
        const QStringView v = word(token);
        owner = -1;
        if (v.size() < 64 && ((m_roleLengths >> v.size()) & 1)) {
            const auto it = m_roleOwner.constFind(VisitLexicon::foldedHash(v));
            if (it != m_roleOwner.cend() && VisitLexicon::equalsFolded(v, it->word))
                owner = it->holder;
        }
    }
    return owner;
}

bool VisitContext::isRoleWord(int entity, QStringView w) const
{
    for (const QString &role : m_analysis.entities[entity].roles)
        for (QStringView part : QStringView(role).split(u' ', Qt::SkipEmptyParts))
            if (part.compare(w, Qt::CaseInsensitive) == 0)
                return true;
    return false;
}

int VisitContext::roleHolder(int token, int *end) const
{
    // The cheap tests first: this is asked of nearly every word.
    const QStringView w = word(token);
    if (w.size() != 3 || (w.front() != u't' && w.front() != u'T') ||
        w.compare(u"the", Qt::CaseInsensitive) != 0)
        return -1;
    if (!m_rolesRead)
        readRoles();
    if (m_roleOwner.isEmpty())
        return -1;
    // "the general", "the Defense Secretary": up to two words of the role before its last.
    for (int j = token + 1; j <= token + 3 && j < m_analysis.tokens.size(); ++j) {
        if (isName(j) || isPunctuation(j))
            return -1;
        const int owner = roleAt(j);
        if (owner >= 0 && followsSubject(j + 1)) {
            for (int k = token + 1; k < j; ++k)
                if (!isRoleWord(owner, word(k)))
                    return -1;
            *end = j + 1;
            return owner;
        }
        if (owner == -2)
            return -1;
    }
    return -1;
}

QList<int> VisitContext::personList(int from, int to) const
{
    // Person names joined by "and" or commas, a few words of title between ("Ted Cruz and
    // Ohio Gov. John Kasich"); the list needs an "and" ("X, Y" is an apposition).
    QList<int> best, run;
    bool joined = false;
    int lastEnd = -1;
    const auto close = [&] {
        if (run.size() >= 2 && joined)
            best = run;
        run.clear();
        joined = false;
    };
    for (int k = from; k < to; ++k) {
        const int m = mentionOf(k);
        const int e = m >= 0 ? entityOf(m, {EntityType::Person}) : -1;
        if (e < 0)
            continue;
        bool link = false, conjunction = false;
        if (!run.isEmpty() && k - lastEnd <= MaxListGap) {
            link = true;
            for (int g = lastEnd; g < k && link; ++g) {
                const QStringView w = word(g);
                if (w == u"and" || w == u"&")
                    conjunction = true;
                else if (w != u"," && (isPunctuation(g) || isName(g) || w.isEmpty() ||
                                       (entry(g) && !entry(g)->cues.isEmpty())))
                    link = false;
            }
            link = link && (conjunction || word(lastEnd) == u",");
        }
        if (!link)
            close();
        joined = joined || (link && conjunction);
        if (!run.contains(e))
            run.append(e);
        lastEnd = endToken(m);
        k = lastEnd - 1;
    }
    close();
    return best;
}

QList<int> VisitContext::peopleOf(int sentence) const
{
    QList<int> out;
    if (sentence < 0 || sentence >= m_analysis.sentences.size())
        return out;
    const Sentence &s = m_analysis.sentences[sentence];
    for (int k = s.firstToken; k < s.endToken; ++k) {
        const int m = mentionOf(k);
        int e = -1;
        if (m >= 0) {
            e = entityOf(m, {EntityType::Person});
            k = endToken(m) - 1;
        } else if (const VisitWord *w = entry(k); w && (w->pronoun == PronounKind::Subject ||
                                                        w->pronoun == PronounKind::Possessive)) {
            // "his streak ... the gap with Clinton": a person a pronoun stands for counts too
            if (const int r = resolvePronoun(k, sentence);
                r >= 0 && m_analysis.entities[r].type == EntityType::Person)
                e = r;
        }
        if (e >= 0 && !out.contains(e))
            out.append(e);
    }
    return out;
}

QList<int> VisitContext::groupAt(int token, int sentence, int *end) const
{
    // The words that open a plural are travelcues.tsv's class group ("they", "the", "all",
    // "both").
    const VisitLexicon::GroupOpener opener = m_lexicon.groupOpener(word(token));
    if (opener == VisitLexicon::GroupOpener::None)
        return {};
    const Sentence &s = m_analysis.sentences[sentence];
    const Sentence *before = sentence > 0 ? &m_analysis.sentences[sentence - 1] : nullptr;
    if (opener == VisitLexicon::GroupOpener::Pronoun) {
        *end = token + 1;
        QList<int> list = personList(s.firstToken, token);
        // The sentence before only for a "they" no name comes before ("France and Italy said
        // they would" is of the countries) and no plural noun is the subject of its clause
        // ("The defendants said they travelled").
        bool named = false;
        for (int k = s.firstToken; k < token && !named; ++k)
            named = isName(k);
        if (list.isEmpty() && before && !named && !pluralSubjectBefore(token, s.firstToken))
            list = personList(before->firstToken, before->endToken);
        return list;
    }
    // A number word opening a clause: "Both candidates", "The two men", "All three"; also
    // after a saying verb or "that" ("police say the three were arrested").
    int k = token + 1;
    const QStringView number =
        opener == VisitLexicon::GroupOpener::Before ? word(k++) : word(token);
    const int n = m_lexicon.groupSize(number);
    if (n == 0 || k >= s.endToken)
        return {};
    if (token != s.firstToken && word(token - 1) != u"," &&
        word(token - 1).compare(u"that", Qt::CaseInsensitive) != 0 &&
        !m_lexicon.isSaying(word(token - 1)))
        return {};
    if (word(k) == u"of" && word(k + 1) == u"them")
        k += 2;
    // A noun after the number must name people ("candidates", "men"; travelcues.tsv class
    // group): "the two countries" is no group of people.
    if (!followsSubject(k)) {
        if (!m_lexicon.isPeopleNoun(word(k)) || !followsSubject(k + 1))
            return {};
        ++k;
    }
    *end = k;
    QList<int> list = personList(s.firstToken, token);
    if (list.size() != n && before)
        list = personList(before->firstToken, before->endToken);
    if (list.size() != n)
        list = peopleOf(sentence - 1);
    if (list.size() != n)
        list = peopleOf(sentence + 1);
    return list.size() == n ? list : QList<int>{};
}

bool VisitContext::pluralSubjectBefore(int token, int from) const
{
    // Back to the clause's start (a comma or the sentence's): a plural noun of people of
    // travelcues.tsv class group ("the men"), or a lower-case word ending in a single "s"
    // after "the", "a" or "an" ("The defendants"), with a verb or comma after it.
    for (int k = token - 1; k > from; --k) {
        const QStringView w = word(k);
        if (w == u",")
            return false;
        if (isName(k) || w.size() < 3 || !w.front().isLower())
            continue;
        const bool plural = m_lexicon.isPeopleNoun(w) ||
                            (isDeterminer(word(k - 1)) && w.endsWith(u's') && !w.endsWith(u"ss"));
        if (plural && followsSubject(k + 1))
            return true;
    }
    return false;
}

} // namespace lector
