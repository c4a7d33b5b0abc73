// SPDX-License-Identifier: GPL-3.0-or-later
// The passage's place (issue 13, round 25): a sentence that tells what someone did and names no
// place of its own takes the place of the sentences just before it. "Trump held a rally in
// Fort Wayne. Knight campaigned with him on Wednesday." "Hillary Clinton visited once while
// she was secretary of state."
#include "analysis/visits/visitcandidates.h"
#include "analysis/visits/visitcontext.h"
#include "analysis/visits/visitmodel.h"

#include <algorithm>

namespace lector {

namespace {

quint64 pairKey(int a, int b)
{
    return (quint64(quint32(a)) << 32) | quint32(b);
}

bool isActivity(const VisitWord *w)
{
    if (!w || w->cues.isEmpty())
        return false;
    const CueKind kind = w->cues.constFirst().kind;
    return kind == CueKind::Go || kind == CueKind::Visit || kind == CueKind::Meet ||
           kind == CueKind::Noun;
}

bool isPlacePreposition(QStringView w)
{
    for (QStringView p : {u"in", u"at", u"to", u"into", u"inside", u"outside", u"near"})
        if (w.compare(p, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

QList<int> VisitCandidateFinder::placesGoverned(const SentenceView &view, const Found &found) const
{
    // "held a rally in Fort Wayne", "flew to Oslo", "at the White House in Washington": a
    // place after a preposition of place (an article between), not one that names someone's
    // office or origin ("Indiana Gov. Mike Pence", "Ohio's economy").
    QList<int> places;
    for (int pm : view.placeMentions) {
        if (found.datelineMentions.contains(pm))
            continue;
        int k = m_context.firstToken(pm) - 1;
        if (k > view.first && VisitContext::isDeterminer(m_context.word(k)))
            --k;
        const int place = m_context.entityOf(pm, {EntityType::Place});
        if (k >= view.first && place >= 0 && isPlacePreposition(m_context.word(k)) &&
            !places.contains(place))
            places.append(place);
    }
    return places;
}

int VisitCandidateFinder::thereAdverb(const SentenceView &view) const
{
    // "Sharpton ate with Obama there": "there" after a word, not "there is", "there were".
    const Sentence &s = m_context.analysis().sentences[view.sentence];
    for (int k = s.firstToken + 1; k < s.endToken; ++k) {
        if (m_context.word(k) != u"there")
            continue;
        const VisitWord *next = k + 1 < s.endToken ? m_context.entry(k + 1) : nullptr;
        const QStringView after = k + 1 < s.endToken ? m_context.word(k + 1) : QStringView();
        if (!(next && (next->auxiliary || next->modal)) && after != u"is" && after != u"are" &&
            after != u"was" && after != u"were" && after != u"'s" && after != u"\u2019s" &&
            after != u"has" && after != u"have" && after != u"had" && after != u"will" &&
            after != u"would")
            return k;
    }
    return -1;
}

bool VisitCandidateFinder::inheritsPlace(const SentenceView &view) const
{
    for (int k : view.cues)
        if (isActivity(m_context.entry(k)))
            return true;
    return false;
}

void VisitCandidateFinder::pairPassage(SentenceView &view, Found &found) const
{
    const Analysis &a = m_context.analysis();
    const int back = view.sentence - found.passageSentence;
    const bool sameParagraph =
        a.sentences[view.sentence].paragraph == a.sentences[found.passageSentence].paragraph;
    const int there = thereAdverb(view);
    for (const Actor &actor : std::as_const(view.actors)) {
        if (a.entities[actor.entity].type != EntityType::Person)
            continue;
        // What the actor does here: the class of a cue they are the subject of, or "none".
        // A trip noun of someone else ("ahead of Bush's visit", "his visits") is not theirs.
        QStringView activity = u"none";
        int cue = -1;
        for (int k : std::as_const(view.cues)) {
            const VisitWord *w = m_context.entry(k);
            if (!isActivity(w) || (w->cues.constFirst().kind == CueKind::Noun &&
                                   (m_context.isGenitive(k - 1) || m_context.isPossessive(k - 1))))
                continue;
            // "during a visit to the mining town", "a tour of the region": a trip told with a
            // destination of its own, named or not, goes there, not to the passage's place.
            const QStringView next = m_context.word(k + 1);
            if (isPlacePreposition(next) || next == u"of")
                continue;
            if (m_context.subjectBefore(k, view.sentence) == actor.entity) {
                activity = cueKindName(w->cues.constFirst().kind);
                cue = k;
                break;
            }
        }
        // Only the subject of the sentence, who does something there.
        if (cue < 0 || !actor.subject)
            continue;
        for (int place : std::as_const(found.passagePlaces)) {
            if (place == actor.entity || view.seen.contains(pairKey(actor.entity, place)))
                continue;
            // Who else the passage's sentence put there: the actor ("Cruz spoke in P. He then
            // toured a factory"), another person of this sentence ("Trump held a rally in P.
            // Knight campaigned with Trump"), or nobody of this sentence.
            QStringView with = u"none";
            for (const Actor &other : std::as_const(view.actors)) {
                const auto it = found.byPair.constFind(pairKey(other.entity, place));
                if (it == found.byPair.cend())
                    continue;
                const QList<VisitOccurrence> &os = found.candidates[*it].occurrences;
                if (std::none_of(os.cbegin(), os.cend(), [&](const VisitOccurrence &o) {
                        return o.sentence == found.passageSentence;
                    }))
                    continue;
                with = other.entity == actor.entity ? u"self" : u"other";
                if (with == u"self")
                    break;
            }
            view.seen.insert(pairKey(actor.entity, place));
            VisitOccurrence o;
            o.sentence = view.sentence;
            o.cueToken = cue >= 0 ? cue : actor.first;
            o.cueEnd = cue >= 0 ? cue + 1 : actor.end;
            o.inherited = true;
            QList<quint64> &f = o.features;
            f.append(VisitModel::key(u"psg", back == 1 ? u"1" : u"2+"));
            f.append(VisitModel::key(u"psgp", sameParagraph ? u"same" : u"other"));
            f.append(VisitModel::key(u"psgk", activity));
            f.append(VisitModel::key(u"psgo", actor.subject ? u"subj" : u"other"));
            f.append(VisitModel::key(u"psgw", with));
            if (cue >= 0)
                f.append(VisitModel::key(u"psgc", m_context.word(cue)));
            if (there >= 0)
                f.append(VisitModel::key(u"psgthere"));
            if (actor.named != Named::Name)
                f.append(VisitModel::key(u"psgpron"));
            if (found.passagePlaces.size() > 1)
                f.append(VisitModel::key(u"psgn"));
            found.candidate(actor.entity, place).occurrences.append(o);
        }
    }
}

} // namespace lector
