// SPDX-License-Identifier: GPL-3.0-or-later
// EntityGrouper: the person a mention names (findPerson()), and the lone words tagged as people
// that name none ("Swedish officials", "Western diplomats").
#include "analysis/entities/entitygrouper.h"

#include "lexicon/gazetteer.h"

namespace lector {

namespace {

bool gendersAgree(Gender a, Gender b)
{
    return a == Gender::Unknown || b == Gender::Unknown || a == b;
}

// "J." and "John", "J" and "John": an initial stands for any name with that first letter.
bool givenNamesAgree(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    auto initial = [](const QString &w) {
        return w.size() == 1 || (w.size() == 2 && w[1] == u'.');
    };
    return (initial(a) || initial(b)) && a.front() == b.front();
}

} // namespace

// "Swedish officials", "flew to Lima": a lone word tagged as a person that the gazetteer
// knows as a nationality, a country, a region or a large city, and that is no short form of
// a person already named, is not a person. Small towns share names with people, so they stay.
bool EntityGrouper::isPlaceOrNationality(const Facts &facts) const
{
    if (facts.entry < 0)
        return false;
    const GazetteerEntry &entry = m_gazetteer.entry(facts.entry);
    if (entry.major == EntityType::Person)
        return false;
    if (entry.minor == u"city" && !entry.isCityOf(Gazetteer::largeCity))
        return false;
    return !explainsPerson(facts);
}

// "Western diplomats": a lone capitalised ordinary word tagged as a person, with no title and
// no person it could be short for, is not a person.
bool EntityGrouper::isOrdinaryWord(const Facts &facts, const Mention &mention) const
{
    if (mention.type != EntityType::Person || facts.words.size() != 1 || !mention.role.isEmpty() ||
        !m_ordinaryWords.contains(facts.words.first()))
        return false;
    return !explainsPerson(facts);
}

// Whether some person group could take the mention (any rank, any gender).
bool EntityGrouper::explainsPerson(const Facts &facts) const
{
    QList<int> candidates;
    const QList<int> *sameForm = personCandidates(facts, candidates);
    for (int g : std::as_const(candidates)) {
        if (m_groups[g].person && personRank(g, facts, sameForm) > 0)
            return true;
    }
    return false;
}

// Every group personRank() could rank above 0, plus some it ranks 0 (callers check).
// Returns the groups that have the mention's surface as a form, or null.
const QList<int> *EntityGrouper::personCandidates(const Facts &facts, QList<int> &out) const
{
    auto collect = [&out](const QHash<QString, QList<int>> &index, const QString &key) {
        const auto it = index.constFind(key);
        if (it != index.cend())
            out.append(*it);
    };
    const auto sameForm = m_byForm.constFind(facts.surface);
    if (sameForm != m_byForm.cend())
        out.append(*sameForm);
    if (facts.words.size() == 1) {
        collect(m_byNameEnd, facts.words.first());
    } else if (facts.words.size() >= 2) {
        collect(m_byNameEnd, facts.words.last());
        collect(m_byLoneName, facts.words.first());
        if (facts.words.last() != facts.words.first())
            collect(m_byLoneName, facts.words.last());
    }
    return sameForm != m_byForm.cend() ? &*sameForm : nullptr;
}

// People, in order of preference: the same form; a full name that agrees ("Wang Jianguo" with
// an earlier "President Wang Jianguo"); for one word, the nearest earlier full name starting or
// ending with it ("Wang" -> "Wang Jianguo", "Kowalska" -> "Maria Kowalska"); for a full
// name, an earlier lone word it explains ("Smith said ... John Smith").
int EntityGrouper::findPerson(const Facts &facts) const
{
    if (facts.words.isEmpty())
        return -1;
    QList<int> candidates;
    const QList<int> *sameForm = personCandidates(facts, candidates);
    int best = -1;
    int bestRank = 0;
    for (int g : std::as_const(candidates)) {
        const Group &group = m_groups[g];
        if (!group.person || !gendersAgree(group.gender, facts.gender))
            continue;
        const int rank = personRank(g, facts, sameForm);
        // Equal ranks: the nearest preceding entity wins ("Smith" after two Smiths). Each
        // group's latest mention is unique, so the order of the candidates does not matter.
        if (rank > bestRank || (rank == bestRank && rank > 0 && group.last > m_groups[best].last)) {
            best = g;
            bestRank = rank;
        }
    }
    return best;
}

// 3: the same form; 2: a full name that agrees, or one word that starts or ends a full name;
// 1: a full name that explains an earlier lone word; 0: no match.
// `sameForm`: the groups that have the mention's surface as a form (personCandidates()).
int EntityGrouper::personRank(int index, const Facts &facts, const QList<int> *sameForm) const
{
    if (sameForm && sameForm->contains(index))
        return 3;
    const QStringList &name = m_groups[index].nameWords;
    const QStringList &words = facts.words;
    if (name.isEmpty())
        return 0;
    if (words.size() == 1 && name.size() >= 2)
        return name.first() == words.first() ||
                       (name.last() == words.first() && !endsWithPlace(name))
                   ? 2
                   : 0;
    if (words.size() >= 2 && name.size() >= 2)
        return name.last() == words.last() && (givenNamesAgree(name.first(), words.first()) ||
                                               endsWithParticleForm(name, words))
                   ? 2
                   : 0;
    if (words.size() >= 2 && name.size() == 1)
        return words.first() == name.first() || words.last() == name.first() ? 1 : 0;
    return 0;
}

// "Van Aalst" after "Pieter van Aalst", "Da Silva" after "Maria da Silva" (round 21): `words`
// open with a capitalised surname particle (nameparticles.tsv) and `name` ends with the same
// words, the particle in lower case, after a given name or more.
bool EntityGrouper::endsWithParticleForm(const QStringList &name, const QStringList &words) const
{
    const qsizetype n = words.size(), at = name.size() - n;
    if (n < 2 || at < 1 || !words.first().front().isUpper() || !name[at].front().isLower() ||
        name[at].compare(words.first(), Qt::CaseInsensitive) != 0 ||
        !m_nameParticles.contains(name[at]))
        return false;
    for (qsizetype k = 1; k < n; ++k) {
        if (name[at + k] != words[k])
            return false;
    }
    return true;
}

// "Kowalska" tagged as an organization after "Maria Kowalska": a lone word that is not
// in the gazetteer and ends or starts an earlier person's full name is that person; so is a
// name opening with a capitalised surname particle that ends an earlier person's full name
// ("Van Aalst, who arrived" typed a place after "Pieter van Aalst"; round 21).
int EntityGrouper::personByNameWord(const Facts &facts) const
{
    if (facts.words.size() >= 2 && facts.entry < 0) {
        int best = -1;
        const auto it = m_byNameEnd.constFind(facts.words.last());
        for (int g : it == m_byNameEnd.cend() ? QList<int>() : *it) {
            if (g > best && m_groups[g].person &&
                endsWithParticleForm(m_groups[g].nameWords, facts.words))
                best = g;
        }
        return best;
    }
    if (facts.words.size() != 1 || facts.entry >= 0 || !acronymLetters(facts.surface).isEmpty())
        return -1;
    const QString &word = facts.words.first();
    int best = -1;
    const auto it = m_byNameEnd.constFind(word);
    if (it == m_byNameEnd.cend())
        return -1;
    for (int g : *it) {
        const QStringList &name = m_groups[g].nameWords;
        if (g > best && m_groups[g].person && name.size() >= 2 &&
            (name.first() == word || (name.last() == word && !endsWithPlace(name))))
            best = g;
    }
    return best;
}

} // namespace lector
