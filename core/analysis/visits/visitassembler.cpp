// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/visits/visitassembler.h"

#include "analysis/time/timexresolver.h"
#include "analysis/visits/visitmodel.h"

#include <QSet>

#include <algorithm>

namespace lector {

bool VisitAssembler::isCalledOff(int sentence, int cueToken) const
{
    // "cancelled her trip to", "called off a visit" (travelcues.tsv, class calledoff); after
    // the cue on to the end of its clause ("X's slated visit to P was cancelled": the word
    // that calls it off wins over the planned one; review of round 19), not past a relation
    // word ("visited P after the rally was cancelled") or another clause.
    const Sentence &s = m_context.analysis().sentences[sentence];
    const auto callsOff = [this](int k) {
        const VisitWord *w = m_context.entry(k);
        return w && w->calledOff &&
               (w->calledOffAfter.isEmpty() ||
                m_context.word(k - 1).startsWith(w->calledOffAfter, Qt::CaseInsensitive));
    };
    for (int k = std::max(s.firstToken, cueToken - 6); k < s.endToken && k <= cueToken + 3; ++k)
        if (callsOff(k))
            return true;
    // After the cue only a passive calls the trip off ("was cancelled", "has been called
    // off"): "flew to P to discuss the cancelled contract" was no cancelled trip (review of
    // round 20). The auxiliaries are travelcues.tsv's class auxiliary.
    const auto passive = [this](int k) {
        const VisitWord *w = m_context.entry(k);
        const int before = k - (w && !w->calledOffAfter.isEmpty() ? 2 : 1);
        const VisitWord *aux = m_context.entry(before);
        return aux && aux->auxiliary;
    };
    for (int k = cueToken + 1; k < s.endToken && k <= cueToken + CalledOffReach; ++k) {
        if (callsOff(k) && passive(k))
            return true;
        const VisitWord *w = m_context.entry(k);
        if (m_context.isPunctuation(k) || (w && (w->relation || w->boundary || w->relative ||
                                                 w->tense == VisitWord::Tense::Clause)))
            break;
    }
    return false;
}

bool VisitAssembler::pointsBack(int time) const
{
    // "earlier this week", "last week", "two days ago": the expression tells a time already
    // past, so its words ("this week") are no tense words of the trip.
    for (int k = m_context.firstTimeToken(time); k < m_context.endTimeToken(time); ++k) {
        const QStringView w = m_context.word(k);
        for (QStringView back : {u"earlier", u"last", u"ago", u"past", u"previous"})
            if (w.compare(back, Qt::CaseInsensitive) == 0)
                return true;
    }
    return false;
}

bool VisitAssembler::closesPeriodAhead(int token) const
{
    // "in the weeks ahead", "in the days ahead": a planned word right after a plural unit of
    // time (lexicon/temporal_units.tsv).
    return m_context.lexicon().isPluralTimeUnit(m_context.word(token - 1));
}

VisitStatus VisitAssembler::tenseOf(int sentence, int cue, int cueEnd) const
{
    // "will visit", "is to travel", "plans a trip", "could visit": planned or hypothetical;
    // "has arrived", "is visiting": under way. The trip's clause ends at a reported clause after
    // the cue ("told supporters that he would win"). After the cue only a time expression
    // still ahead of the publication date says when ("visits Hanoi next week"): "arrived ahead
    // of talks", "flew there to meet the president", "met him the next day" stay past. A name
    // ("Will Carter") is no tense word.
    const Sentence &s = m_context.analysis().sentences[sentence];
    // "JOHANNESBURG (Reuters) - ... Y was due to arrive on Wednesday": a pair of the dateline's
    // place has the visitor's name for its cue in this sentence, or a cue in another; the words
    // after the name are the clause's predicate, and every tense word of it tells the trip.
    if (cue < s.firstToken || cue >= s.endToken ||
        m_context.entityOf(m_context.mentionOf(cue),
                           {EntityType::Person, EntityType::Organization}) >= 0)
        cue = cueEnd = s.endToken;
    const QDate published = m_context.document().published;
    // Without a publication date, a past form of the trip's verb ("travelled", "flew") tells
    // the tense that no later time expression can move.
    const bool pastVerb = m_context.isPastVerb(cue);
    const auto stillAhead = [&](int k) {
        const int t = m_context.timeOf(k);
        if (t < 0)
            return false;
        QDate date;
        DatePrecision precision = DatePrecision::None;
        const QString &value = m_context.analysis().times[t].value;
        if (!published.isValid())
            return !pastVerb; // "travelled to Kabul the next year": the verb says past
        return !TimexResolver::parseValue(value, &date, &precision) || date > published;
    };
    bool ongoing = false;
    bool hypothetical = false;
    // "He said the group would be met by X, who travelled with him on his trip to Havana": a
    // relative clause that opens before the cue and is still open there holds the trip, so
    // the tense words before it tell of another event.
    // "X, who was in Tallinn for a summit, is expected to visit Riga": that relative clause
    // ends at its comma (not one of a list of places, "who toured Riga, Tartu and Narva"), and
    // the tense words after it are the main clause's, another trip's.
    int from = s.firstToken, end = s.endToken;
    if (m_context.relativeClauseAround(sentence, cue, &from, &end))
        ++from;
    // "Rubio will stay in Maine, while Cruz has already travelled to Ohio", "met her in Kazan
    // and will fly to Moscow": a clause of its own opened before the cue holds the trip, and
    // the tense words before it are another clause's; one opened after the cue ("flew to
    // Kazan on Monday and will travel to Moscow next week") tells another event.
    // "X will meet Y in Washington on Thursday, the first visit since President Garnier's trip
    // on Monday": a trip noun whose possessor follows a relation word tells another event than
    // the clause before it; its tense words are its own phrase's.
    if (cue < s.endToken)
        for (int k = cue - 1; k > from && k >= cue - 3; --k) {
            if (!m_context.isGenitive(k))
                continue;
            int j = k - 1;
            while (j > from && !m_context.word(j).isEmpty() && m_context.word(j).front().isUpper())
                --j;
            if (const VisitWord *w = m_context.entry(j); w && w->relation)
                from = k + 1;
            break;
        }
    for (int k = cue - 1; cue < s.endToken && k > from; --k)
        if (m_context.opensOwnClause(k)) {
            from = k + 1;
            break;
        }
    for (int k = std::max(cueEnd, from); k < end; ++k)
        if (m_context.opensOwnClause(k)) {
            end = k;
            break;
        }
    for (int k = from; k < end; ++k) {
        // "X, who would later become minister, visited Hanoi": a relative clause before the
        // cue, closed by a comma, tells of another event.
        if (k < cue && m_context.opensRelativeClause(k)) {
            int close = k + 2;
            while (close < cue && m_context.word(close) != u",")
                ++close;
            if (close < cue) {
                k = close;
                continue;
            }
        }
        const VisitWord *w = m_context.entry(k);
        // "X, speaking in P on Monday, said Y would visit Q next week": a speech verb after
        // the cue opens the reported clause, whose tense is another trip's.
        if (!w && k > cue && m_context.lexicon().isSaying(m_context.word(k)))
            break;
        if (!w) {
            // "she'll", "they’ll": the tokenizer splits off only "'s", so a contraction is
            // read by its ending ("'ll" in travelcues.tsv).
            const QStringView word = m_context.word(k);
            const qsizetype apostrophe =
                std::max(word.lastIndexOf(u'\''), word.lastIndexOf(u'\u2019'));
            if (apostrophe > 0 && apostrophe + 1 < word.size())
                w = m_context.lexicon().find(QString(u"'"_qs + word.sliced(apostrophe + 1)));
        }
        if (!w || w->tense == VisitWord::Tense::None || m_context.isName(k))
            continue;
        // "Ahead of the summit, X flew to P": a relation word that opens a preposition with
        // "of" names another event, no tense of the trip ("in the weeks ahead" keeps it).
        if (w->relation && m_context.word(k + 1).compare(u"of", Qt::CaseInsensitive) == 0)
            continue;
        // "'... not allowing the MPs time to speak,' she told a rally in P on Monday": the
        // words of a quotation that does not tell the trip are no tense words of it.
        if (m_dater.inOtherQuote(k, cue))
            continue;
        if (w->tense == VisitWord::Tense::Clause) {
            if (k > cue)
                break;
            continue;
        }
        // The cue's own words ("is in", "is on") are no later words of the clause. "In the
        // weeks ahead" after the trip is still ahead with no date of its own.
        if (k >= cueEnd && !stillAhead(k) && !closesPeriodAhead(k))
            continue;
        if (const int t = m_context.timeOf(k); t >= 0 && pointsBack(t))
            continue;
        // "arrived in Oslo on Thursday for next month's budget vote": after a past verb of the
        // trip, a time in the genitive dates the event the trip is made for, not the trip.
        if (const int t = m_context.timeOf(k);
            t >= 0 && k >= cueEnd && pastVerb && m_context.timeInGenitive(t))
            continue;
        if (!w->tenseAfter.isEmpty()) {
            const QStringView before = k > s.firstToken ? m_context.word(k - 1) : QStringView();
            if (std::none_of(w->tenseAfter.cbegin(), w->tenseAfter.cend(), [&](const QString &a) {
                    return before.compare(a, Qt::CaseInsensitive) == 0;
                }))
                continue;
        }
        // "had been visiting her sister": the past perfect tells a stay that is over.
        const auto had = [&](int j) {
            return j >= s.firstToken && m_context.word(j).compare(u"had", Qt::CaseInsensitive) == 0;
        };
        if (w->tense == VisitWord::Tense::Ongoing && (had(k - 1) || had(k - 2)))
            continue;
        // "who was visiting Oslo from Bergen told me": the past progressive tells a stay that
        // was under way then, not at the publication date.
        // Unless it is reported speech said on the publication day ("Vogt said Monday she
        // was visiting Hanoi", published on Monday): the saying's present, under way then.
        if (w->tense == VisitWord::Tense::Ongoing && k > s.firstToken &&
            (m_context.word(k - 1).compare(u"was", Qt::CaseInsensitive) == 0 ||
             m_context.word(k - 1).compare(u"were", Qt::CaseInsensitive) == 0)) {
            const int said = m_dater.sayingTime(k);
            if (!published.isValid() || said < 0 ||
                m_context.analysis().times[said].value != published.toString(Qt::ISODate))
                continue;
        }
        if (w->tense == VisitWord::Tense::Planned) {
            // "must have met", "would have visited": a modal before the perfect tells no plan (not
            // "will have talks", "is to have talks").
            if (k + 2 < s.endToken &&
                m_context.word(k + 1).compare(u"have", Qt::CaseInsensitive) == 0) {
                const QStringView done = m_context.word(k + 2);
                if (done == u"been" || done.endsWith(u"ed") || done.endsWith(u"en") ||
                    m_context.isIrregularPast(done))
                    continue;
            }
            // "agreed to the quotas": "to" before a noun phrase is no infinitive.
            if (!w->tenseAfter.isEmpty() &&
                m_context.word(k).compare(u"to", Qt::CaseInsensitive) == 0 && k + 1 < s.endToken &&
                (VisitContext::isDeterminer(m_context.word(k + 1)) || m_context.isName(k + 1)))
                continue;
            return VisitStatus::Planned;
        }
        hypothetical = hypothetical || w->tense == VisitWord::Tense::Hypothetical;
        ongoing = ongoing || w->tense == VisitWord::Tense::Ongoing;
    }
    return hypothetical ? VisitStatus::Hypothetical
           : ongoing    ? VisitStatus::Ongoing
                        : VisitStatus::Past;
}

bool VisitAssembler::isUnderWayOn(const Visit &v) const
{
    // "arrived in Beijing on Thursday for a four-day visit", published on Friday: the stay
    // covers the publication date.
    const QDate published = m_context.document().published;
    const int days = VisitDater::durationDays(v.duration);
    if (!published.isValid() || v.date.size() != 10 || days <= 0)
        return false;
    const QDate from = QDate::fromString(v.date, Qt::ISODate);
    return from.isValid() && from <= published && published < from.addDays(days);
}

bool VisitAssembler::isOverBefore(const Visit &v) const
{
    // Only a date told in a sentence of the trip itself (not one of the paragraph or of a
    // later event, which may be another occasion's).
    const Analysis &a = m_context.analysis();
    const QDate published = m_context.document().published;
    if (!published.isValid() || v.time < 0 || v.time >= a.times.size())
        return false;
    const int told = a.sentenceAt(a.times[v.time].span.begin);
    if (told != v.sentence && !v.sentences.contains(told))
        return false;
    // Only an expression that says itself that its time is past ("last week", "two days ago"):
    // a weekday or a date without a year is resolved by the tense words, and a trip told as
    // ahead of an earlier moment is rarer than a weekday read the wrong way.
    if (!pointsBack(v.time))
        return false;
    return endsBefore(v.date);
}

bool VisitAssembler::endsBefore(const QString &value) const
{
    // A decade or a century says nothing of this trip's tense (no last day).
    const QDate published = m_context.document().published;
    const QDate last = TimexResolver::lastDay(value);
    return published.isValid() && last.isValid() && last < published;
}

bool VisitAssembler::startsAfter(const QString &value) const
{
    const QDate published = m_context.document().published;
    QDate from;
    DatePrecision precision = DatePrecision::None;
    return published.isValid() && TimexResolver::parseValue(value, &from, &precision) &&
           from.isValid() && from > published;
}

bool VisitAssembler::hasMovedOn(const Visit &v, const QList<Visit> &visits) const
{
    // "addressed students in Oslo on Tuesday", "reached Bergen on Thursday", published on
    // Friday: the visitor left Oslo, whatever the trip's duration. Only a stay that took
    // place counts (not "will fly to Stockholm on Friday evening"), and only a place the
    // gazetteer puts in a country (review of round 16: "toured Tiananmen Square on Thursday"
    // is a sight of Beijing, not a move away from it) other than the row's own region.
    const QDate published = m_context.document().published;
    const QString until = published.toString(Qt::ISODate);
    return std::any_of(visits.cbegin(), visits.cend(), [&](const Visit &w) {
        return w.visitor == v.visitor && w.place != v.place && w.place != v.region &&
               (w.status == VisitStatus::Past || w.status == VisitStatus::Ongoing) &&
               w.date.size() == 10 && w.date > v.date && w.date <= until &&
               !m_context.countryOfPlace(w.place).isEmpty();
    });
}

bool VisitAssembler::isAside(const VisitCandidate &candidate) const
{
    // "Li's visit to Russia is an important signal for the US, the EU and Ukraine": every
    // sentence with a cue in reach makes the place the object of a preposition that names no
    // destination ("for", "between": travelcues.tsv, argument aside) or of a relation word
    // ("after the invasion of P"), and no cue pattern matches. Sentences with no cue in reach
    // say nothing either way; at least one must have such a cue.
    bool aside = false;
    for (const VisitOccurrence &o : candidate.occurrences) {
        if (o.pattern || (o.destination != VisitStructure::Destination::None &&
                          o.destination != VisitStructure::Destination::OtherPhrase))
            return false;
        if (o.destination == VisitStructure::Destination::None)
            continue;
        if (!m_context.putsAside(o.preposition))
            return false;
        aside = true;
    }
    return aside;
}

bool VisitAssembler::saysPresence(const VisitOccurrence &o, int place) const
{
    // A cue pattern or the dateline (its occurrence points at the actor) places the visitor;
    // otherwise the place must stand where someone is or goes ("met the mayor in Oslo"), not
    // as the object of another verb ("Berg praised Oslo in 2015").
    if (o.pattern ||
        m_context.entityOf(m_context.mentionOf(o.cueToken), {EntityType::Place}) != place)
        return true;
    // Another place of the same country does not count ("X, who toured Porto in 2015, said
    // Lisbon must act" dates another trip; review of round 10).
    return m_dater.placesThere(o.sentence, o.cueToken);
}

bool VisitAssembler::laterEventDate(Visit &visit) const
{
    // "At the conference in Moscow, Li said ... On Tuesday, Li said ...": a dated event of the
    // visitor told a little later, with no other place in between, happens during the stay.
    const Analysis &a = m_context.analysis();
    const int from = visit.sentences.isEmpty() ? visit.sentence : visit.sentences.constLast();
    const QString country = m_context.countryOfPlace(visit.place);
    for (int t = from + 1; t < a.sentences.size() && t <= from + LaterEventWindow; ++t) {
        // The visitor has moved on when another accepted visit of theirs, not in the same
        // country, is told in the sentence.
        for (int p : m_visitsIn.value(pairKey(visit.visitor, t)))
            if (p != visit.place && (country.isEmpty() || m_context.countryOfPlace(p) != country))
                return false;
        const int subjectToken =
            m_context.actorToken(t, visit.visitor, VisitContext::ActorScan::FirstActor);
        if (subjectToken < 0)
            continue;
        Visit other = visit;
        other.sentence = t;
        if (m_dater.addOwnDate(other, subjectToken)) {
            visit.date = other.date;
            visit.time = other.time;
            visit.precision = other.precision;
            return true;
        }
    }
    return false;
}

VisitAssembler::VisitAssembler(const Document &document, const Analysis &analysis,
                               const VisitLexicon &lexicon, const VisitModel &model)
    : m_model(model)
    , m_context(document, analysis, lexicon)
    , m_patterns(m_context)
    , m_dater(m_context)
    , m_finder(m_context, m_patterns)
{}

VisitAssembler::Scored VisitAssembler::score(const VisitModel &model,
                                             const VisitCandidate &candidate)
{
    Scored out;
    const QList<VisitOccurrence> &occurrences = candidate.occurrences;
    out.sentences.reserve(occurrences.size());
    // "Zelenskyy has warned that Ukraine could lose ground": a sentence that names the place as
    // a reported clause's subject tells what the speaker speaks of, no trip there.
    for (const VisitOccurrence &o : occurrences)
        out.sentences.append(o.reportedSubject ? ReportedSubjectScore : model.score(o.features));
    const auto [best, top] = bestOccurrence<float>(
        occurrences.size(), [&](qsizetype i) { return out.sentences[i]; },
        [&](qsizetype i) { return occurrences[i].pattern; });
    out.best = best;
    out.total = model.score(candidate.features) + (best >= 0 ? top : 0.0f);
    return out;
}

Visit VisitAssembler::build(const VisitCandidate &candidate, const Scored &scored,
                            const QList<Visit> &earlier) const
{
    const Analysis &a = m_context.analysis();
    const int best = scored.best;
    const QList<float> &scores = scored.sentences;
    const VisitOccurrence &b = candidate.occurrences[best];
    Visit v;
    v.visitor = candidate.visitor;
    v.place = candidate.place;
    v.sentence = b.sentence;
    v.evidence = a.sentences[b.sentence].span;
    // "X will meet Y in P on Thursday, the first visit since Z's trip on Monday": a sentence
    // that names the visitor only as the possessor of a trip noun tells the visitor's trip
    // there, whatever cue the pair took; its date and tense are the noun's.
    int cue = b.cueToken, cueEnd = b.cueEnd;
    if (const int noun = possessedTrip(b.sentence, v.visitor); noun >= 0) {
        cue = noun;
        cueEnd = noun + 1;
    }
    v.cueSpan = Span{a.tokens[cue].span.begin, a.tokens[std::max(cueEnd - 1, cue)].span.end};
    for (qsizetype i = 0; i < candidate.occurrences.size(); ++i) {
        const VisitOccurrence &o = candidate.occurrences[i];
        if (i == best || scores[i] > 0.0f) {
            v.sentences.append(o.sentence);
            if (v.host < 0)
                v.host = o.host;
            for (int m : o.metWith)
                if (m != v.visitor && !v.metWith.contains(m))
                    v.metWith.append(m);
        }
    }
    // Sorted and unique, so that a pair named in many sentences costs n log n, not n^2 (the
    // growth check of lector-bench, round 22).
    std::sort(v.sentences.begin(), v.sentences.end());
    v.sentences.erase(std::unique(v.sentences.begin(), v.sentences.end()), v.sentences.end());
    m_dater.addDuration(v, cue);
    // The date of its own sentence, else of another sentence of the same trip (an event
    // during the stay), else of the paragraph or an earlier mention.
    if (!m_dater.addOwnDate(v, cue)) {
        for (qsizetype i = 0; i < candidate.occurrences.size(); ++i) {
            const VisitOccurrence &o = candidate.occurrences[i];
            if (i == best ||
                !std::binary_search(v.sentences.cbegin(), v.sentences.cend(), o.sentence) ||
                !saysPresence(o, v.place))
                continue;
            Visit other = v;
            other.sentence = o.sentence;
            if (m_dater.addOwnDate(other, o.cueToken)) {
                v.date = other.date;
                v.time = other.time;
                v.precision = other.precision;
                break;
            }
        }
        const bool ownUndated = v.date.isEmpty();
        if (v.date.isEmpty())
            laterEventDate(v);
        if (v.date.isEmpty())
            m_dater.addDate(v, cue, earlier);
        // A trip's own tense decides which date of another sentence it may take: "Berg met her
        // counterpart in Copenhagen on May 2. She will travel to Oslo.": a planned trip takes no
        // past date, unless the plan is told in the past ("learned that X would campaign in P":
        // it may be over by the publication date, and a later "in P on March 1" dates it); "X
        // will hold a rally in Manchester on Monday. Y campaigned in Columbia instead.": a past
        // trip takes no date that begins after the publication date.
        if (ownUndated && !v.date.isEmpty()) {
            const VisitStatus tense = tenseOf(v.sentence, cue, cueEnd);
            if ((tense == VisitStatus::Planned && endsBefore(v.date) &&
                 !reportedBefore(v.sentence, cue)) ||
                (tense == VisitStatus::Past && startsAfter(v.date))) {
                v.date.clear();
                v.time = -1;
                v.precision = DatePrecision::None;
            }
        }
    }
    // "toured Chile from 3 to 7 April": the range is the stay's duration.
    m_dater.addRange(v);
    return v;
}

int VisitAssembler::possessedTrip(int sentence, int visitor) const
{
    // "Garnier's trip", "Luc Garnier's recent visit": the visitor's one mention in the
    // sentence, then "'s", at most two lower-case words, and a trip noun (travelcues.tsv, class
    // noun). -1 when the sentence names the visitor otherwise or more than once, by a name or
    // a subject pronoun.
    const Sentence &s = m_context.analysis().sentences[sentence];
    int noun = -1;
    int mentions = 0;
    for (int k = s.firstToken; k < s.endToken; ++k) {
        const int m = m_context.mentionOf(k);
        // Review B of round 26: "Berg's visit to Oslo last month was a success, and she will
        // travel to Bergen": a pronoun of the visitor names them again.
        if (const VisitWord *w = m < 0 ? m_context.entry(k) : nullptr;
            w && w->pronoun == PronounKind::Subject &&
            m_context.resolvePronoun(k, sentence) == visitor) {
            ++mentions;
            continue;
        }
        if (m < 0 ||
            m_context.entityOf(m, {EntityType::Person, EntityType::Organization}) != visitor)
            continue;
        ++mentions;
        while (k + 1 < s.endToken && m_context.mentionOf(k + 1) == m)
            ++k;
        if (!m_context.isGenitive(k + 1))
            continue;
        for (int j = k + 2; j < s.endToken && j <= k + 4; ++j) {
            const VisitWord *w = m_context.entry(j);
            if (w && std::any_of(w->cues.cbegin(), w->cues.cend(),
                                 [](const TravelCue &c) { return c.kind == CueKind::Noun; })) {
                noun = j;
                break;
            }
            const QStringView word = m_context.word(j);
            if (word.isEmpty() || !word.front().isLower() || m_context.timeOf(j) >= 0)
                break;
        }
    }
    return mentions == 1 ? noun : -1;
}

bool VisitAssembler::reportedBefore(int sentence, int cue) const
{
    // A past verb, then a past modal before the cue: "learned that X would campaign", "were
    // told she was to fly", "confirmed he was going to visit". Not a past form alone ("is
    // expected to travel", "has agreed to visit", "After she signed the accord, she will").
    const Sentence &s = m_context.analysis().sentences[sentence];
    bool past = false;
    for (int k = s.firstToken; k < cue; ++k) {
        if (past && m_context.pastPlanAt(k, cue))
            return true;
        past = past || m_context.isPastVerb(k);
    }
    return false;
}

VisitAssembler::Verdict VisitAssembler::verdict(const VisitCandidate &c, const Scored &scored) const
{
    // "a signal for the US and P": the place is never where the trip goes, nor where someone
    // moved ("fled to P"). The host of a visit is at home there; a travel-cue pattern away from
    // home is a visit the model may have missed (a pronoun or a rare cue).
    if (isAside(c) || c.migration || c.occurrences[scored.best].hostOfVisit)
        return Verdict::Never;
    const bool home = c.atHome();
    const bool pattern =
        std::any_of(c.occurrences.cbegin(), c.occurrences.cend(),
                    [](const VisitOccurrence &o) { return o.pattern && !o.hostOfVisit; });
    // A pattern decides for a person; an organization after a travel cue ("the agency sent
    // inspectors to P", "the Cabinet met in P") is left to the model.
    const bool person = m_context.analysis().entities[c.visitor].type == EntityType::Person;
    return pattern && !home && person ? Verdict::Always : Verdict::Score;
}

QList<Visit> VisitAssembler::visits(const QList<VisitCandidate> &candidates) const
{
    struct Accepted
    {
        const VisitCandidate *candidate;
        Scored scored;
    };
    QList<Accepted> accepted;
    for (const VisitCandidate &c : candidates) {
        if (c.occurrences.isEmpty())
            continue;
        Scored scored = score(m_model, c);
        const Verdict v = verdict(c, scored);
        if (v == Verdict::Always || (v == Verdict::Score && scored.total > 0.0f))
            accepted.append({&c, std::move(scored)});
    }
    // Which visitor travels where in which sentence, for laterEventDate().
    m_visitsIn.clear();
    for (const Accepted &x : std::as_const(accepted))
        for (qsizetype i = 0; i < x.candidate->occurrences.size(); ++i)
            if (x.scored.sentences[i] > 0.0f)
                m_visitsIn[pairKey(x.candidate->visitor, x.candidate->occurrences[i].sentence)]
                    .append(x.candidate->place);
    // In text order of their first sentence, so a later mention can take an earlier date.
    std::stable_sort(accepted.begin(), accepted.end(), [](const Accepted &x, const Accepted &y) {
        return x.candidate->occurrences.constFirst().sentence <
               y.candidate->occurrences.constFirst().sentence;
    });
    QList<Visit> out;
    for (const Accepted &x : std::as_const(accepted)) {
        const VisitCandidate *c = x.candidate;
        Visit v = build(*c, x.scored, out);
        // "will visit", "has arrived": the tense of the visit's sentence.
        const Analysis &a = m_context.analysis();
        const int cue = a.tokenAfter(v.cueSpan.begin);
        int cueEnd = cue + 1;
        while (cueEnd < a.tokens.size() && a.tokens[cueEnd].span.end <= v.cueSpan.end)
            ++cueEnd;
        v.status = tenseOf(v.sentence, cue, cueEnd);
        // "The debate will be held in P on Tuesday. ... X has prepared for the debate": an
        // event's pair whose own sentence tells no plan takes the tense of the sentence that
        // placed the event, read up to the later of its noun and place (review of round 22).
        // Not a pair its own dating puts before the publication date ("X attended a debate in
        // Detroit last month. She spoke at the debate."; review of round 23).
        if (const VisitOccurrence &b = c->occurrences[x.scored.best];
            b.event && b.placedIn >= 0 && v.status == VisitStatus::Past && !endsBefore(v.date) &&
            tenseOf(b.placedIn, b.placedCue, b.placedCue + 1) == VisitStatus::Planned)
            v.status = VisitStatus::Planned;
        // "As X continues his visit": under way on the publication date.
        if (m_context.document().published.isValid() && m_dater.isUnderWay(v.sentence, cue))
            v.status = VisitStatus::Ongoing;
        // "cancelled her trip to", "called off a visit": too rare in the gold set to learn.
        if (isCalledOff(v.sentence, cue))
            v.status = VisitStatus::Cancelled;
        out.append(v);
    }
    mergeDestinations(out);
    // After the merge: a city's row may take its country's date and duration ("began a
    // two-day visit to Vietnam" for "Hanoi"). A planned trip dated before the publication
    // date took place ("would campaign in P on March 1", published on March 12).
    for (Visit &v : out)
        if (v.status == VisitStatus::Planned && isOverBefore(v))
            v.status = VisitStatus::Past;
    for (Visit &v : out)
        if (v.status == VisitStatus::Past && isUnderWayOn(v) && !hasMovedOn(v, out))
            v.status = VisitStatus::Ongoing;
    // The story's lead dates a trip told just after it (undated, or dated by a sentence
    // farther away than the lead that is none of the trip's own); last, so that neither the
    // merge of a city with its state (same day) nor the status reads that date.
    for (Visit &v : out)
        m_dater.addLeadDate(v, m_context.analysis().tokenAfter(v.cueSpan.begin));
    std::stable_sort(out.begin(), out.end(),
                     [](const Visit &x, const Visit &y) { return x.sentence < y.sentence; });
    return out;
}

} // namespace lector
