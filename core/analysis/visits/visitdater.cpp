// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/visits/visitdater.h"

#include "analysis/time/timexresolver.h"
#include "analysis/visits/visitcontext.h"
#include "text/tokenizer.h"

#include <algorithm>
#include <iterator>

namespace lector {

namespace {

DatePrecision precisionOfValue(const QString &value)
{
    switch (value.size()) {
    case 4:
        return DatePrecision::Year;
    case 7:
        return DatePrecision::Month;
    case 10:
        return DatePrecision::Day;
    default:
        return value.size() > 10 ? DatePrecision::Time : DatePrecision::None;
    }
}

} // namespace

int VisitDater::durationDays(const QString &value)
{
    if (value.size() < 3 || !value.startsWith(u'P'))
        return 0;
    bool ok = false;
    const int n = QStringView(value).mid(1, value.size() - 2).toInt(&ok);
    if (!ok)
        return 0;
    if (value.endsWith(u'D'))
        return n;
    return value.endsWith(u'W') ? 7 * n : 0;
}

bool VisitDater::looksLikeYear(QStringView word)
{
    // "1992/93", "1994-95", "2012": four digits from 1900 to 2099 at the start.
    return word.size() >= 4 && (word.startsWith(u"19") || word.startsWith(u"20")) &&
           word[2].isDigit() && word[3].isDigit() && (word.size() == 4 || !word[4].isDigit());
}

bool VisitDater::crossesClause(int from, int to) const
{
    for (int k = from; k < to; ++k) {
        const QStringView w = m_context.word(k);
        if (w == u"," || w == u";" || w == u":")
            return true;
    }
    return false;
}

void VisitDater::addDuration(Visit &visit, int cueToken) const
{
    const Analysis &a = m_context.analysis();
    const Sentence &s = a.sentences[visit.sentence];
    int best = -1;
    int bestDistance = 0;
    for (int k = s.firstToken; k < s.endToken; ++k) {
        const int t = m_context.timeOf(k);
        if (t < 0 || a.times[t].type != TimexType::Duration || a.times[t].value.isEmpty())
            continue;
        const int first = m_context.firstTimeToken(t);
        const int end = m_context.endTimeToken(t);
        k = end - 1;
        // "flew to Hanoi after two days of talks": the duration after a relation word
        // (travelcues.tsv) is another event's.
        if (const VisitWord *before = m_context.entry(first - 1); before && before->relation)
            continue;
        // "a six-day visit" (just before the cue) or "stayed in Minsk for three days" (after).
        const int distance = end <= cueToken ? cueToken - end : first - cueToken - 1;
        const bool near = end <= cueToken ? distance <= 2 : distance <= 8;
        const bool sameClause =
            end <= cueToken ? !crossesClause(end, cueToken) : !crossesClause(cueToken, first);
        if (near && sameClause && (best < 0 || distance < bestDistance)) {
            best = t;
            bestDistance = distance;
        }
    }
    if (best >= 0)
        visit.duration = a.times[best].value;
}

void VisitDater::addRange(Visit &visit) const
{
    const Analysis &a = m_context.analysis();
    if (!visit.duration.isEmpty() || visit.time < 0 || visit.time >= a.times.size() ||
        visit.date.size() != 10)
        return;
    const int end = m_context.endTimeToken(visit.time);
    const int sentence = a.sentenceAt(a.times[visit.time].span.begin);
    if (sentence < 0 || end + 1 >= a.sentences[sentence].endToken)
        return;
    const QStringView joint = m_context.word(end);
    if (joint != u"to" && joint != u"until" && joint != u"through" && joint != u"-" &&
        joint != u"\u2013")
        return;
    const int next = m_context.timeOf(end + 1);
    if (next < 0 || m_context.firstTimeToken(next) != end + 1 || !isCalendarDate(next) ||
        a.times[next].value.size() != 10)
        return;
    const QDate from = QDate::fromString(visit.date, Qt::ISODate);
    const QDate to = QDate::fromString(a.times[next].value, Qt::ISODate);
    const qint64 days = from.isValid() && to.isValid() ? from.daysTo(to) + 1 : 0;
    if (days >= 2 && days <= 366)
        visit.duration = u"P%1D"_qs.arg(days);
}

bool VisitDater::isCalendarDate(int time) const
{
    const TimeExpression &t = m_context.analysis().times[time];
    return (t.type == TimexType::Date || t.type == TimexType::Time) && t.value.size() >= 4 &&
           t.value.front().isDigit();
}

bool VisitDater::namesAttendedPeriod(int time) const
{
    // "in Oslo for this week's party congress", "at this month's summit", "attended next
    // year's fair": a genitive period after "for" or "at", or as the object of "attend", names
    // the event the trip is made for, which lasts the stay. Only a week, month or year that has
    // begun by the publication date: a day ("for Tuesday's vote") names one event of the stay,
    // and a period still ahead ("for next month's talks") is not the trip's own time.
    const TimeExpression &t = m_context.analysis().times[time];
    QDate date;
    DatePrecision precision = DatePrecision::None;
    if (!TimexResolver::parseValue(t.value, &date, &precision) ||
        (precision != DatePrecision::Week && precision != DatePrecision::Month &&
         precision != DatePrecision::Year))
        return false;
    const QDate published = m_context.document().published;
    if (!published.isValid() || date > published)
        return false;
    const int before = m_context.firstTimeToken(time) - 1;
    if (before < 0)
        return false;
    const QStringView w = m_context.word(before);
    for (const char16_t *word : {u"for", u"at", u"attend", u"attends", u"attended", u"attending"})
        if (w.compare(QStringView(word), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool VisitDater::commaBetween(int from, int to) const
{
    for (int k = from; k < to; ++k)
        if (m_context.word(k) == u",")
            return true;
    return false;
}

bool VisitDater::visitorsPlaceClause(int comma, int visitor, int sentence) const
{
    // "He then travelled to Da Nang, where he met business leaders on Monday": a clause of the
    // place whose subject is the visitor tells an event of the stay.
    const VisitWord *relative = m_context.entry(comma + 1);
    if (visitor < 0 || !relative || !relative->relativePlace)
        return false;
    const int subject = comma + 2;
    if (const int m = m_context.mentionOf(subject); m >= 0)
        return m_context.firstToken(m) == subject &&
               m_context.entityOf(m, {EntityType::Person, EntityType::Organization}) == visitor;
    const VisitWord *w = m_context.entry(subject);
    return w && w->pronoun == PronounKind::Subject &&
           m_context.resolvePronoun(subject, sentence) == visitor;
}

bool VisitDater::datesOtherEvent(int time, int cueToken, int visitor, int sentence) const
{
    // "his second visit to Moscow after the invasion last year": a relation word between the
    // cue and the date, or just before the date, makes it the date of another event.
    const int first = m_context.firstTimeToken(time);
    const int from = std::min(first, cueToken + 1);
    const int to = std::max(first, cueToken);
    for (int k = from; k < to; ++k) {
        const VisitWord *w = m_context.entry(k);
        if (w && w->relation)
            return true;
        // "Chile, where she arrived next, ... for their countries, where the May 7 floods
        // killed 257": a relative clause opened after the cue tells another event; unless its
        // subject is the visitor at the place (visitorsPlaceClause()) and the date stands in
        // it ("Mexico, where he met the president, reminds me of a trip in 1985": another).
        if (first > cueToken && m_context.opensRelativeClause(k) &&
            !(visitorsPlaceClause(k, visitor, sentence) && !commaBetween(k + 1, first)))
            return true;
    }
    // Not back across the cue: "since Garnier's trip last month" dates the trip itself.
    const int stop = first > cueToken ? cueToken + 1 : 0;
    for (int k = first - 1; k >= stop && k >= first - 4 && !m_context.isPunctuation(k); --k) {
        const VisitWord *w = m_context.entry(k);
        if (w && w->relation)
            return true;
    }
    // "Dahl, who was born in 1960, will travel to Oslo": a relative clause that opens before
    // the date and closes before the cue tells another event.
    if (first < cueToken) {
        for (int k = first - 1; k >= 0 && k >= first - 8; --k) {
            if (m_context.opensRelativeClause(k)) {
                if (commaBetween(m_context.endTimeToken(time), cueToken))
                    return true;
                break;
            }
            if (m_context.isPunctuation(k))
                break;
        }
    }
    return false;
}

bool VisitDater::datesMainVerb(int time, int cueToken) const
{
    // "critics urged the council on Monday to cancel X's visit to Oslo", "faulted X on May 3
    // for staying at home instead of making a visit": a date before a trip noun
    // that stands in the complement of another verb ("to block", "for continuing") dates that
    // verb. Not "is due Monday to begin a visit" (travelcues.tsv: "to begin" tells the trip),
    // nor after a travel verb ("arrived Monday for a visit").
    const VisitWord *cue = m_context.entry(cueToken);
    const int first = m_context.firstTimeToken(time);
    if (first > cueToken || !cue || cue->cues.isEmpty() ||
        cue->cues.constFirst().kind != CueKind::Noun)
        return false;
    const Sentence &s = m_context.analysis().sentences[m_context.analysis().sentenceAt(
        m_context.analysis().tokens[cueToken].span.begin)];
    for (int k = s.firstToken; k < first; ++k) {
        const VisitWord *w = m_context.entry(k);
        if (w && !w->cues.isEmpty() && w->cues.constFirst().kind != CueKind::Noun)
            return false;
    }
    for (int k = m_context.endTimeToken(time); k + 1 < cueToken; ++k) {
        const QStringView w = m_context.word(k);
        const QStringView next = m_context.word(k + 1);
        if (next.isEmpty() || !next.front().isLower() || m_context.isName(k + 1))
            continue;
        const VisitWord *e = m_context.entry(k + 1);
        if (e && !e->cues.isEmpty())
            continue;
        const bool tellsTrip =
            e && e->tense == VisitWord::Tense::Planned && e->tenseAfter.contains(u"to"_qs);
        if (w.compare(u"to", Qt::CaseInsensitive) == 0 && !tellsTrip &&
            !VisitContext::isDeterminer(next))
            return true;
        if (w.compare(u"for", Qt::CaseInsensitive) == 0 && next.endsWith(u"ing"))
            return true;
    }
    return false;
}

void VisitDater::setTime(Visit &visit, int time) const
{
    const TimeExpression &t = m_context.analysis().times[time];
    visit.time = time;
    visit.date = t.value;
    visit.precision = t.precision != DatePrecision::None ? t.precision : precisionOfValue(t.value);
}

int VisitDater::conjunctStart(int sentence, int cueToken) const
{
    // "was discharged in 2001 and travelled to Kabul the next year": an "and" or "but" before
    // the cue, with no punctuation between, opens the cue's own conjunct when a lower-case
    // word follows it (not "Dahl and Berg flew").
    const Sentence &s = m_context.analysis().sentences[sentence];
    for (int k = cueToken - 1; k > s.firstToken && !m_context.isPunctuation(k); --k) {
        const QStringView w = m_context.word(k);
        if (w != u"and" && w != u"but")
            continue;
        const QStringView next = m_context.word(k + 1);
        return !next.isEmpty() && next.front().isLower() && !m_context.isName(k + 1) ? k : -1;
    }
    return -1;
}

bool VisitDater::tellsPast(int first, int end) const
{
    for (int k = first; k < end; ++k) {
        const VisitWord *w = m_context.entry(k);
        if (!w || m_context.isName(k) ||
            (w->tense != VisitWord::Tense::Planned && w->tense != VisitWord::Tense::Ongoing))
            continue;
        const QStringView before = m_context.word(k - 1);
        if (w->tenseAfter.isEmpty() ||
            std::any_of(w->tenseAfter.cbegin(), w->tenseAfter.cend(), [&](const QString &a) {
                return before.compare(a, Qt::CaseInsensitive) == 0;
            }))
            return false;
    }
    return true;
}

bool VisitDater::fitsConjunctTense(int time, int clauseFirst, int cueToken) const
{
    const QDate published = m_context.document().published;
    const QString &value = m_context.analysis().times[time].value;
    if (!published.isValid())
        return true;
    if (!tellsPast(clauseFirst, cueToken + 2)) {
        // A clause told from a past moment may lie before the publication date: a plan ("in
        // March and would later travel to Oslo", "and was due to fly") or a past progressive
        // ("when Mr. X was visiting P"): "would", "was" or "were" anywhere before the cue (wider
        // than VisitContext::pastPlanAt(), which VisitAssembler::reportedBefore() reads).
        for (int k = clauseFirst; k < cueToken; ++k) {
            const QStringView w = m_context.word(k);
            for (const char16_t *past : {u"would", u"was", u"were"})
                if (w.compare(past, Qt::CaseInsensitive) == 0)
                    return true;
        }
        const QDate last = TimexResolver::lastDay(value);
        return !last.isValid() || last >= published;
    }
    QDate from;
    DatePrecision precision = DatePrecision::None;
    return !TimexResolver::parseValue(value, &from, &precision) || from <= published;
}

bool VisitDater::ownDate(Visit &visit, int cueToken) const
{
    const Sentence &s = m_context.analysis().sentences[visit.sentence];
    // A date of the conjunct before the cue's ("in 2001" above) dates that conjunct's event:
    // it counts only when the cue's own conjunct has none.
    const int conjunct = conjunctStart(visit.sentence, cueToken);
    // The clause of its own that opens after the cue ("and met", "but will"), or -1; looked for
    // only when a date stands after the cue (the growth check of lector-bench).
    int later = -2;
    const auto opensAfter = [&]() {
        for (int k = cueToken + 1; later == -2 && k < s.endToken; ++k)
            if (m_context.opensOwnClause(k))
                later = k;
        if (later == -2)
            later = -1;
        return later;
    };
    // "X, who was in Tallinn for a summit, will visit Riga next week": a date still ahead of
    // the publication date outside the relative clause that tells a past trip is the main
    // clause's plan ("X, who is in Iowa, said on Monday" keeps Monday; "X, who is in Riga for
    // two days, will meet Y on Friday" keeps Friday: the trip is still under way then).
    int clauseFirst = -1, clauseEnd = -1;
    const QDate published = m_context.document().published;
    if (published.isValid() &&
        (!m_context.relativeClauseAround(visit.sentence, cueToken, &clauseFirst, &clauseEnd) ||
         !tellsPast(clauseFirst, std::min(cueToken + 2, clauseEnd))))
        clauseFirst = clauseEnd = -1;
    const auto aheadOutside = [&](int t) {
        if (clauseFirst < 0 ||
            (m_context.firstTimeToken(t) >= clauseFirst && m_context.endTimeToken(t) <= clauseEnd))
            return false;
        QDate date;
        DatePrecision precision = DatePrecision::None;
        return TimexResolver::parseValue(m_context.analysis().times[t].value, &date, &precision) &&
               date > published;
    };
    int best = -1;
    int bestDistance = 0;
    int bestRank = 0;
    for (int k = s.firstToken; k < s.endToken; ++k) {
        const int t = m_context.timeOf(k);
        if (t < 0)
            continue;
        k = m_context.endTimeToken(t) - 1;
        if (aheadOutside(t))
            continue;
        if (!isCalendarDate(t) || datesOtherEvent(t, cueToken, visit.visitor, visit.sentence) ||
            datesMainVerb(t, cueToken))
            continue;
        if (m_context.firstTimeToken(t) > cueToken && namesEventAhead(t, cueToken))
            continue;
        // The date of a saying counts only when the sentence has no other; so does a date in
        // the genitive, which names a noun's event ("who needs a win in Tuesday's primary,
        // won the governor's backing on Friday"; "flew to Oslo for Tuesday's summit" keeps it),
        // unless it names the period of the event the trip is made for ("in Oslo for this
        // week's party congress, was criticised in a letter on Saturday": the week).
        const bool saying = datesSaying(t, cueToken) ||
                            (m_context.timeInGenitive(t) && !m_context.genitiveNamesTrip(t) &&
                             !namesAttendedPeriod(t));
        const bool otherConjunct = conjunct >= 0 && m_context.endTimeToken(t) <= conjunct;
        // "met Marin in Kazan on Monday and will fly to Moscow", "will fly to Moscow and met
        // Marin in Kazan on Monday": a date of another conjunct dates the trip only when it
        // fits the trip's own tense (a plan takes no day already past, a trip told in the
        // past no day still ahead). One after the cue keeps its rank ("visited Oslo and met
        // the king on Monday" dates the stay).
        const int first = m_context.firstTimeToken(t);
        if ((otherConjunct || (first > cueToken && opensAfter() >= 0 && first > later)) &&
            !fitsConjunctTense(t, conjunct >= 0 ? conjunct + 1 : s.firstToken, cueToken))
            continue;
        const int rank = (saying ? 2 : 0) + (otherConjunct ? 1 : 0);
        const int distance = std::abs(m_context.firstTimeToken(t) - cueToken);
        if (best < 0 || rank < bestRank || (rank == bestRank && distance < bestDistance)) {
            best = t;
            bestDistance = distance;
            bestRank = rank;
        }
    }
    if (best < 0)
        return false;
    // "on Sunday and Monday": a stay of two named days is dated by the first (GUIDELINES.md:
    // the start).
    const int first = m_context.firstTimeToken(best);
    if (first - 2 >= s.firstToken && m_context.word(first - 1) == u"and") {
        const int before = m_context.timeOf(first - 2);
        if (before >= 0 && isCalendarDate(before) &&
            m_context.analysis().times[before].value.size() ==
                m_context.analysis().times[best].value.size())
            best = before;
    }
    setTime(visit, best);
    return true;
}

bool VisitDater::isOngoing(int sentence, int cueToken) const
{
    // "As Li continues his visit, he met ..." (before the cue) or "the visit, now in its third
    // day" (just after it); not "... is a signal if the war continues" later in the sentence.
    const Sentence &s = m_context.analysis().sentences[sentence];
    for (int k = s.firstToken; k < s.endToken && k <= cueToken + 4; ++k) {
        if (k > cueToken && m_context.isPunctuation(k) && m_context.word(k) != u",")
            return false;
        const VisitWord *w = m_context.entry(k);
        if (w && w->ongoing)
            return true;
    }
    return false;
}

bool VisitDater::ongoingDate(Visit &visit, int cueToken) const
{
    const QDate published = m_context.document().published;
    if (!published.isValid())
        return false;
    if (!isOngoing(visit.sentence, cueToken))
        return false;
    // "As X continues his six-day visit" published on the 17th: the trip began between the
    // 12th and the 17th, so only the month is known; without a duration the day itself is.
    const int days = durationDays(visit.duration);
    const QDate start = published.addDays(-std::max(days - 1, 0));
    if (start == published) {
        visit.date = published.toString(Qt::ISODate);
        visit.precision = DatePrecision::Day;
    } else if (start.month() == published.month() && start.year() == published.year()) {
        visit.date = published.toString(u"yyyy-MM"_qs);
        visit.precision = DatePrecision::Month;
    } else if (start.year() == published.year()) {
        visit.date = published.toString(u"yyyy"_qs);
        visit.precision = DatePrecision::Year;
    } else {
        return false;
    }
    return true;
}

bool VisitDater::namesEventAhead(int time, int cueToken) const
{
    // "arrived in Oslo for next month's budget vote": after a past verb of the trip, a date in
    // the genitive still ahead of the publication date is the vote's, not the trip's
    // (VisitAssembler::tenseOf() reads it so; review of round 23).
    const QDate published = m_context.document().published;
    if (!published.isValid() || !m_context.timeInGenitive(time) || !m_context.isPastVerb(cueToken))
        return false;
    QDate date;
    DatePrecision precision = DatePrecision::None;
    return TimexResolver::parseValue(m_context.analysis().times[time].value, &date, &precision) &&
           date > published;
}

bool VisitDater::governingDate(Visit &visit) const
{
    const Analysis &a = m_context.analysis();
    const int cueToken = a.tokenAfter(visit.cueSpan.begin);
    const int paragraph = a.sentences[visit.sentence].paragraph;
    for (int p = visit.sentence - 1; p >= 0 && a.sentences[p].paragraph == paragraph; --p) {
        const Sentence &s = a.sentences[p];
        for (int k = s.endToken - 1; k >= s.firstToken; --k) {
            const int t = m_context.timeOf(k);
            if (t >= 0 && isCalendarDate(t) && !namesEventAhead(t, cueToken)) {
                setTime(visit, t);
                return true;
            }
        }
    }
    return false;
}

bool VisitDater::sameTripDate(Visit &visit, const QList<Visit> &earlier) const
{
    const auto key = [](const Visit &v) {
        return (quint64(quint32(v.visitor)) << 32) | quint32(v.place);
    };
    for (; m_indexed < earlier.size(); ++m_indexed) {
        if (!earlier[m_indexed].date.isEmpty())
            m_lastDated.insert(key(earlier[m_indexed]), m_indexed);
    }
    const auto it = m_lastDated.constFind(key(visit));
    if (it == m_lastDated.cend())
        return false;
    const Visit &same = earlier[*it];
    visit.time = same.time;
    visit.date = same.date;
    visit.precision = same.precision;
    return true;
}

bool VisitDater::placesThere(int sentence, int placeToken) const
{
    // The place must be where someone is or goes: right after a preposition that does not
    // put it aside ("spoke in Phoenix", "flew to Lima") or a travel cue ("toured Lima"); not
    // "praised Paris in 2015", which dates something else (review of round 8), nor the
    // modifier of another noun ("signed with an Oslo shipyard in 2015"; review of round 9).
    const Sentence &s = m_context.analysis().sentences[sentence];
    if (m_context.modifiesNoun(placeToken))
        return false;
    int k = placeToken - 1; // over an article ("in the United States")
    if (k > s.firstToken && VisitContext::isDeterminer(m_context.word(k)))
        --k;
    const VisitWord *before = k >= s.firstToken ? m_context.entry(k) : nullptr;
    // Or the second name of "DES MOINES, Iowa, Aug. 10" (a dateline, "Minsk, Belarus").
    const bool afterName = k > s.firstToken && m_context.word(k) == u"," && m_context.isName(k - 1);
    const bool located =
        before && ((before->preposition && !m_context.putsAside(k)) || !before->cues.isEmpty());
    // "his Oslo visit", "a Raleigh rally": the place names the trip's destination.
    const int mention = m_context.mentionOf(placeToken);
    const int after = mention >= 0 ? m_context.endToken(mention) : placeToken + 1;
    const VisitWord *noun = after < s.endToken ? m_context.entry(after) : nullptr;
    // Only where a place preposition or a travel cue governs the phrase ("during his Oslo
    // visit"); not "recalled his Oslo visit in 2015", which dates another event (review of
    // round 10).
    int g = placeToken - 1;
    if (g > s.firstToken &&
        (VisitContext::isDeterminer(m_context.word(g)) || m_context.isPossessive(g)))
        --g;
    const VisitWord *governor = g >= s.firstToken ? m_context.entry(g) : nullptr;
    const bool governed = m_context.word(g).compare(u"during", Qt::CaseInsensitive) == 0 ||
                          (governor && ((governor->preposition && !m_context.putsAside(g)) ||
                                        !governor->cues.isEmpty()));
    const bool tripNoun = governed && noun &&
                          std::any_of(noun->cues.cbegin(), noun->cues.cend(),
                                      [](const TravelCue &c) { return c.kind == CueKind::Noun; });
    return afterName || located || tripNoun || m_context.hostsVisitor(sentence, placeToken);
}

bool VisitDater::pairSentenceDate(Visit &visit) const
{
    // Another sentence naming both the visitor and the place, the nearest first (within
    // PairWindow sentences, so long texts stay linear): "Gonzalez arrived in the United States
    // April 2", "he spoke in Phoenix on Wednesday night" date the row told by another sentence.
    const Analysis &a = m_context.analysis();
    QList<QPair<int, int>> near; // (sentence, first token of the place's mention there)
    const QList<int> &mentions = a.entities[visit.place].mentions; // in text order
    const qsizetype from = a.sentences[std::max(visit.sentence - PairWindow, 0)].span.begin;
    const qsizetype to =
        a.sentences[std::min(visit.sentence + PairWindow, int(a.sentences.size()) - 1)].span.end;
    auto it = std::partition_point(mentions.cbegin(), mentions.cend(),
                                   [&](int m) { return a.mentions[m].span.begin < from; });
    for (; it != mentions.cend() && a.mentions[*it].span.begin < to; ++it) {
        const qsizetype begin = a.mentions[*it].span.begin;
        const int s = a.sentenceAt(begin);
        if (s >= 0 && s != visit.sentence && (near.isEmpty() || near.constLast().first != s))
            near.append({s, a.tokenAfter(begin)});
    }
    std::stable_sort(near.begin(), near.end(), [&](const auto &x, const auto &y) {
        return std::abs(x.first - visit.sentence) < std::abs(y.first - visit.sentence);
    });
    for (const auto &[s, token] : std::as_const(near)) {
        if (!placesThere(s, token))
            continue;
        Visit other = visit;
        other.sentence = s;
        if (ownDate(other, token) &&
            m_context.actorToken(s, visit.visitor, VisitContext::ActorScan::Anywhere) >= 0) {
            setTime(visit, other.time);
            return true;
        }
    }
    return false;
}

bool VisitDater::tellsOtherTime(int sentence, int cueToken) const
{
    const Sentence &s = m_context.analysis().sentences[sentence];
    for (int k = s.firstToken; k < s.endToken; ++k) {
        const VisitWord *w = m_context.entry(k);
        if (!w)
            continue;
        // "She often visits Columbus", "has repeatedly flown to P": a habit, not the story's
        // trip (GUIDELINES.md: no anchor, no date); in the cue's clause, near it.
        if (w->habitual && std::abs(k - cueToken) <= HabitReach &&
            !crossesClause(std::min(k, cueToken), std::max(k, cueToken)))
            return true;
        // "She visited Oslo as a child", "in her youth", "years ago", "as a young aide": a trip
        // of another time of her life than the story's (travelcues.tsv, class lifetime; an
        // argument of several words stands so in the text: "as a" before "young", not "as
        // young voters gathered").
        for (const QString &before : w->lifetimeAfter) {
            const QList<QStringView> words = QStringView(before).split(u' ');
            for (int j = std::max(s.firstToken, k - LifeReach); j + words.size() <= k; ++j) {
                bool match = true;
                for (qsizetype i = 0; i < words.size() && match; ++i)
                    match = m_context.word(j + int(i)).compare(words[i], Qt::CaseInsensitive) == 0;
                if (match)
                    return true;
            }
        }
    }
    return false;
}

void VisitDater::addDate(Visit &visit, int cueToken, const QList<Visit> &earlier) const
{
    if (ownDate(visit, cueToken) || ongoingDate(visit, cueToken))
        return;
    // "Whitcomb first visited Akron as a child", "often visits P": a trip of another time than
    // the story's takes no date of another sentence (the paragraph's, an earlier mention's, the
    // pair's; review of round 23).
    if (tellsOtherTime(visit.sentence, cueToken))
        return;
    if (governingDate(visit) || sameTripDate(visit, earlier))
        return;
    pairSentenceDate(visit);
}

} // namespace lector
