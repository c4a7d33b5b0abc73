// SPDX-License-Identifier: GPL-3.0-or-later
// VisitDater, part 3: the story's lead dates the trips told after it (addLeadDate).
#include "analysis/visits/visitdater.h"

#include "analysis/visits/visitcontext.h"

#include <algorithm>
#include <cstdlib>

namespace lector {

bool VisitDater::toldTrip(int sentence) const
{
    // "The king began a visit to Oslo on Monday": a travel verb or a trip noun.
    const Sentence &s = m_context.analysis().sentences[sentence];
    for (int k = s.firstToken; k < s.endToken; ++k) {
        const VisitWord *w = m_context.entry(k);
        if (w && std::any_of(w->cues.cbegin(), w->cues.cend(), [](const TravelCue &c) {
                return c.kind == CueKind::Go || c.kind == CueKind::Visit || c.kind == CueKind::Noun;
            }))
            return true;
    }
    return false;
}

bool VisitDater::leadElsewhere(int sentence, const Visit &visit) const
{
    // "Fishery ministers agreed in Oslo on Tuesday to cut quotas. Dahl flew to Bergen": a lead
    // that tells an event in another place is about another event than the trip (review of
    // round 19). A place of the lead that is the trip's place, its region, or holds it or lies
    // in it ("Ohio" for "Dayton", a country for its city) makes the lead the trip's; a lead that
    // names no place is left as it was.
    const Analysis &a = m_context.analysis();
    const QString name = a.entities[visit.place].name;
    const QString country = m_context.countryOfPlace(visit.place);
    const Sentence &s = a.sentences[sentence];
    bool other = false;
    for (int k = s.firstToken; k < s.endToken; ++k) {
        const int m = m_context.mentionOf(k);
        if (m < 0)
            continue;
        k = m_context.endToken(m) - 1;
        const int place = m_context.entityOf(m, {EntityType::Place});
        if (place < 0)
            continue;
        const QString there = a.entities[place].name;
        const bool sameCountry = !country.isEmpty() && m_context.countryOfPlace(place) == country;
        if (place == visit.place || place == visit.region ||
            m_context.lexicon().liesInState(name, there) ||
            m_context.lexicon().liesInState(there, name) ||
            (sameCountry && (m_context.isCountry(place) || m_context.isCountry(visit.place))))
            return false;
        other = true;
    }
    return other;
}

bool VisitDater::addLeadDate(Visit &visit, int cueToken) const
{
    // "NOVYE ATAGI, Russia - Russian and rebel commanders met in Chechnya on Tuesday for talks.
    // General Tikhomirov arrived at Novye Atagi for discussions with ...": the lead of a news
    // story tells its event and its day, and the sentences right after it tell of that event.
    // Only a day of the week up to the publication date (the story's day), only for a trip
    // told within LeadReach sentences after the lead, and not when the trip's own sentence has
    // a date or a year the tagger did not resolve ("who toured Australia in 1992/93") or places
    // the trip against another event or before the story ("had visited"), nor for a trip told
    // in the words of a quotation, nor when the lead tells another traveller's trip or dates a
    // saying ("said on Monday that"), nor for a trip planned, called off or imagined (review of
    // round 19).
    const QDate published = m_context.document().published;
    if (!published.isValid())
        return false;
    if (visit.status != VisitStatus::Past && visit.status != VisitStatus::Ongoing)
        return false;
    const Analysis &a = m_context.analysis();
    // A visit dated by a sentence that is not one of its own (another sentence naming the
    // visitor and the place, a paragraph's date, an earlier mention of the trip, a later event
    // of the stay) takes the lead's day instead when the lead is nearer to it than that
    // sentence ("Dahl had surgery in Oslo on Monday. Doctors in Oslo found ... She will return
    // to Oslo next week": Monday, not next week), but not the day of a saying (below).
    int datedBy = -1;
    if (!visit.date.isEmpty()) {
        if (visit.time < 0 || visit.time >= a.times.size())
            return false;
        datedBy = a.sentenceAt(a.times[visit.time].span.begin);
        if (datedBy < 0 || datedBy == visit.sentence || visit.sentences.contains(datedBy))
            return false;
    }
    if (const int q = quoteAt(cueToken); q >= 0 && a.quotes[q].kind != QuoteKind::Indirect)
        return false;
    const Sentence &own = a.sentences[visit.sentence];
    for (int k = own.firstToken; k < own.endToken; ++k) {
        // "She had visited Columbus as a young lawyer": a trip before the story's time.
        if (k < cueToken && m_context.word(k) == u"had")
            return false;
        const int t = m_context.timeOf(k);
        // A date in the genitive in another clause ("..., and said next year's budget")
        // names a noun's event, not the trip's.
        const bool nounsDate = t >= 0 && m_context.timeInGenitive(t) &&
                               !m_context.genitiveNamesTrip(t) &&
                               crossesClause(std::min(k, cueToken), std::max(k, cueToken));
        if ((t >= 0 && a.times[t].type != TimexType::Duration && !nounsDate) ||
            looksLikeYear(m_context.word(k)))
            return false;
        // "After the visit, Dahl flew to Oslo": the trip is placed against another event.
        const VisitWord *w = m_context.entry(k);
        if (k < cueToken && w && w->relation)
            return false;
    }
    if (tellsOtherTime(visit.sentence, cueToken))
        return false;
    // The lead: the first sentence of LeadWords words or more (not a headline, byline or
    // dateline line) among the first LeadSentences that holds a calendar date.
    for (int p = 0; p < a.sentences.size() && p < LeadSentences && p <= visit.sentence; ++p) {
        const Sentence &s = a.sentences[p];
        if (s.endToken - s.firstToken < LeadWords)
            continue;
        for (int k = s.firstToken; k < s.endToken; ++k) {
            const int t = m_context.timeOf(k);
            if (t < 0 || !isCalendarDate(t))
                continue;
            const QDate day = QDate::fromString(a.times[t].value, Qt::ISODate);
            if (!day.isValid() || day > published || day < published.addDays(-6) ||
                visit.sentence - p > LeadReach)
                return false;
            if (datedBy >= 0 && std::abs(datedBy - visit.sentence) <= visit.sentence - p)
                return false;
            // "Kessler said on Monday that ...": the day of a saying, not of an event; unless
            // the lead names the visitor, whose words the trip's sentence places ("Dahl said on
            // Monday that ... Dahl, who spoke during a visit to Oslo, ..."), and the visit has no
            // date yet: a saying's day does not replace the date of an event of the stay ("Dahl
            // said on Wednesday ... The conference in Oslo ended on Monday with a speech by
            // Dahl": Monday).
            const bool namesVisitor =
                m_context.actorToken(p, visit.visitor, VisitContext::ActorScan::Anywhere) >= 0;
            for (int j = s.firstToken; j < s.endToken && !(namesVisitor && datedBy < 0); ++j)
                if (sayingTime(j) == t)
                    return false;
            // A lead that does not name the visitor and tells another traveller's trip or an
            // event in another place dates that, not this trip.
            if (!namesVisitor && (toldTrip(p) || leadElsewhere(p, visit)))
                return false;
            setTime(visit, t);
            return true;
        }
    }
    return false;
}

} // namespace lector
