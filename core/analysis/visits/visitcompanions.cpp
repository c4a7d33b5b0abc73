// SPDX-License-Identifier: GPL-3.0-or-later
// Companions (issue 13, round 25): who travels with someone goes where they go. "Senator Ann
// Reyes held a rally in Fort Wayne on Monday. Coach Bob Miller campaigned with Reyes on
// Wednesday." "The queen will visit Kenya in May. She will be accompanied by her husband."
#include "analysis/visits/visitcandidates.h"
#include "analysis/visits/visitcontext.h"
#include "analysis/visits/visitmodel.h"

#include <algorithm>

namespace lector {

namespace {

constexpr int CompanionReach = 6; ///< words from the companion word to its preposition
constexpr int NameReach = 4;      ///< words from the preposition to the companion's name
constexpr int PassageReach = 3;   ///< sentences back a place is inherited from

quint64 pairKey(int a, int b)
{
    return (quint64(quint32(a)) << 32) | quint32(b);
}

QStringView distanceBucket(int n)
{
    return n == 0 ? QStringView(u"0") : n == 1 ? QStringView(u"1") : QStringView(u"2+");
}

} // namespace

void VisitCandidateFinder::pairCompanions(SentenceView &view, Found &found) const
{
    const Analysis &a = m_context.analysis();
    const Sentence &s = a.sentences[view.sentence];
    for (int k = s.firstToken; k < s.endToken; ++k) {
        const VisitWord *w = m_context.entry(k);
        if (!w || w->companion.isEmpty() || m_context.isName(k))
            continue;
        // "campaigned on Friday with Y", "was joined by Y": the word's preposition a few words
        // after it, in the same clause.
        int preposition = -1;
        for (int j = k + 1; j < s.endToken && j <= k + CompanionReach; ++j) {
            const QStringView t = m_context.word(j);
            if (t == u";" || t == u":" || m_context.isName(j))
                break;
            if (t.compare(w->companion, Qt::CaseInsensitive) == 0) {
                preposition = j;
                break;
            }
        }
        if (preposition < 0)
            continue;
        const int lead = m_context.subjectBefore(k, view.sentence);
        if (lead < 0 || a.entities[lead].type != EntityType::Person)
            continue;
        // The first person named after the preposition ("by her husband Prince X"), and one
        // joined to it by "and" ("with X and Y"); not a name further on ("joined by X, the
        // daughter of Z").
        int last = -1;
        for (const Actor &actor : std::as_const(view.actors)) {
            if (actor.first <= preposition || actor.entity == lead ||
                a.entities[actor.entity].type != EntityType::Person)
                continue;
            if (last < 0 ? actor.first > preposition + NameReach
                         : !(actor.first == last + 1 && m_context.word(last) == u"and"))
                break;
            inheritPlaces(actor.entity, lead, k, false, view, found);
            // "X campaigned with Y": X goes where Y goes too; not "X was joined by Y".
            if (w->companion == u"with")
                inheritPlaces(lead, actor.entity, k, true, view, found);
            last = actor.end;
        }
    }
}

void VisitCandidateFinder::inheritPlaces(int visitor, int other, int word, bool lead,
                                         SentenceView &view, Found &found) const
{
    // The places `other` is paired with in this sentence or the few before it, by a sentence of
    // their own (not one inherited), and how near the nearest such sentence is.
    struct Place
    {
        int place;
        int back;
        bool pattern;
    };
    QList<Place> places;
    for (const VisitCandidate &c : std::as_const(found.candidates)) {
        if (c.visitor != other || c.place == visitor)
            continue;
        for (const VisitOccurrence &o : c.occurrences) {
            const int back = view.sentence - o.sentence;
            if (o.inherited || back < 0 || back > PassageReach)
                continue;
            auto it = std::find_if(places.begin(), places.end(),
                                   [&](const Place &p) { return p.place == c.place; });
            if (it == places.end())
                places.append({c.place, back, o.pattern});
            else if (back < it->back)
                *it = {c.place, back, o.pattern};
        }
    }
    const VisitWord *w = m_context.entry(word);
    for (const Place &p : std::as_const(places)) {
        if (view.seen.contains(pairKey(visitor, p.place)))
            continue;
        view.seen.insert(pairKey(visitor, p.place));
        VisitOccurrence o;
        o.sentence = view.sentence;
        o.cueToken = word;
        o.cueEnd = word + 1;
        o.inherited = true;
        QList<quint64> &f = o.features;
        f.append(VisitModel::key(u"cmp", w->companion));
        f.append(VisitModel::key(u"cmpl", lead ? u"lead" : u"companion"));
        f.append(VisitModel::key(u"cmpd", distanceBucket(p.back)));
        f.append(VisitModel::key(u"cmpw", m_context.word(word)));
        if (p.pattern)
            f.append(VisitModel::key(u"cmpr"));
        found.candidate(visitor, p.place).occurrences.append(o);
    }
}

} // namespace lector
