// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/visits/visitevents.h"

#include "analysis/visits/visitcandidates.h"
#include "analysis/visits/visitcontext.h"
#include "analysis/visits/visitmodel.h"

#include <algorithm>
#include <cstdlib>

namespace lector {

namespace {

constexpr int BeforeReach = 3; ///< tokens between a place and the event noun after it
constexpr int AfterReach = 8;  ///< tokens from the event noun to "in P" / "at P"

quint64 pairKey(int a, int b)
{
    return (quint64(quint32(a)) << 32) | quint32(b);
}

QStringView distanceBucket(int n)
{
    return n <= 1 ? QStringView(u"1") : n <= 3 ? QStringView(u"2-3") : QStringView(u"4+");
}

/// Whether a word between the person [first, end) and the event's noun nearest it (the first
/// of the class `kind` after the person, else the last before) says the person took no part
/// ("X, who was not invited to the debate"; VisitLexicon::deniesPart()). A word in a relative
/// clause that does not hold the noun is another clause's ("X, who never ran before, won the
/// debate").
bool tookNoPart(const VisitContext &context, int sentence, int first, int end, int noun,
                const QString &kind)
{
    const Sentence &s = context.analysis().sentences[sentence];
    for (int k = end; k < s.endToken; ++k)
        if (context.lexicon().eventClass(context.word(k)) == kind) {
            noun = k;
            break;
        }
    if (noun < first)
        for (int k = first - 1; k > noun; --k)
            if (context.lexicon().eventClass(context.word(k)) == kind) {
                noun = k;
                break;
            }
    const int from = end <= noun ? end : noun + 1;
    const int to = end <= noun ? noun : first;
    for (int k = from; k < to; ++k) {
        if (!context.lexicon().deniesPart(context.word(k)))
            continue;
        int open = -1, close = -1;
        if (context.relativeClauseAround(sentence, k, &open, &close) &&
            (noun < open || noun >= close))
            continue;
        return true;
    }
    return false;
}

/// Whether the person at `first` is a source of what the sentence tells, not one of the
/// event's people ("according to X", "a poll by pollster X"; VisitLexicon::sourceBefore()),
/// titles before the name aside; "by" keeps a passive's agent ("was moderated by X") and a
/// visit's or host's ("attended by X").
bool namedAsSource(const VisitContext &context, int first)
{
    int k = first - 1;
    for (int n = 0; n < 3 && k > 0 && context.lexicon().isPost(context.word(k)); ++n)
        --k;
    const auto kind = context.lexicon().sourceBefore(context.word(k - 1), context.word(k));
    if (kind != VisitLexicon::SourceKind::Agent)
        return kind == VisitLexicon::SourceKind::Source;
    if (const VisitWord *w = context.entry(k - 1))
        for (const TravelCue &cue : w->cues)
            if (cue.kind == CueKind::Visit || cue.kind == CueKind::Host)
                return false;
    const VisitWord *aux = context.entry(k - 2);
    return !(aux && aux->auxiliary);
}

} // namespace

VisitEvents::VisitEvents(const VisitContext &context, int dateline)
    : m_context(context)
    , m_dateline(dateline)
{
    QList<Span> quotes;
    for (const Quote &q : context.analysis().quotes)
        if (q.kind == QuoteKind::Direct)
            quotes.append(q.outer);
    std::sort(quotes.begin(), quotes.end(),
              [](const Span &x, const Span &y) { return x.begin < y.begin; });
    qsizetype furthest = -1;
    for (const Span &q : std::as_const(quotes)) {
        furthest = std::max(furthest, q.end);
        m_quoteBegin.append(q.begin);
        m_quoteEnd.append(furthest);
    }
}

bool VisitEvents::inDirectQuote(int token) const
{
    // The last quote opened at or before the token: some quote holds it when the furthest end
    // of the quotes opened so far lies after it.
    const qsizetype pos = m_context.analysis().tokens[token].span.begin;
    const auto after = std::upper_bound(m_quoteBegin.cbegin(), m_quoteBegin.cend(), pos);
    return after != m_quoteBegin.cbegin() && m_quoteEnd[after - m_quoteBegin.cbegin() - 1] > pos;
}

bool VisitEvents::definite(int noun, int sentence) const
{
    // "the debate", "the main debate stage", "Tuesday's debate", "last night's convention".
    const int first = m_context.analysis().sentences[sentence].firstToken;
    for (int k = noun - 1; k >= first && k >= noun - 4; --k) {
        const QStringView w = m_context.word(k);
        if (w.compare(u"the", Qt::CaseInsensitive) == 0 ||
            w.compare(u"this", Qt::CaseInsensitive) == 0 || m_context.isGenitive(k) ||
            m_context.isPossessive(k))
            return true;
        if (w.compare(u"a", Qt::CaseInsensitive) == 0 ||
            w.compare(u"an", Qt::CaseInsensitive) == 0 || m_context.isPunctuation(k))
            return false;
    }
    return false;
}

bool VisitEvents::placesItself(const QList<int> &placeMentions) const
{
    for (int pm : placeMentions) {
        const QStringView w = m_context.word(m_context.firstToken(pm) - 1);
        for (QStringView p : {u"in", u"at", u"to", u"into", u"near", u"outside", u"inside"})
            if (w.compare(p, Qt::CaseInsensitive) == 0)
                return true;
    }
    return false;
}

int VisitEvents::placeOf(int noun, int sentence, const QList<int> &placeMentions,
                         QStringView *how) const
{
    const Sentence &s = m_context.analysis().sentences[sentence];
    *how = u"near";
    // "the Las Vegas debate", "Cleveland's convention": a place (not a country: "the Cuba
    // debate" is about Cuba) right before the noun, no punctuation between.
    for (int pm : placeMentions) {
        const int end = m_context.endToken(pm);
        if (end > noun || end < noun - BeforeReach)
            continue;
        bool clear = true;
        for (int k = end; k < noun; ++k)
            clear = clear && (!m_context.isPunctuation(k) || m_context.isGenitive(k));
        const int place = m_context.entityOf(pm, {EntityType::Place});
        if (clear && place >= 0 && !m_context.isCountry(place))
            return place;
    }
    // "the debate in Las Vegas", "the debate Tuesday at the Venetian in Las Vegas": the first
    // place after "in" or "at" within reach, before any clause break; "ended here": the
    // dateline's.
    for (int k = noun + 1; k < s.endToken && k <= noun + AfterReach; ++k) {
        const QStringView w = m_context.word(k);
        if (w == u";" || w == u":" || w == u"(" || w == u"\"" || w == u"\u201C")
            break;
        if (w == u"here" && m_dateline >= 0) {
            *how = u"here";
            return m_dateline;
        }
        if (w != u"in" && w != u"at")
            continue;
        const int m = m_context.mentionOf(k + 1);
        const int place = m >= 0 ? m_context.entityOf(m, {EntityType::Place}) : -1;
        if (place >= 0)
            return place;
    }
    // "the GOP field gathers in Las Vegas on Tuesday night for their fifth debate": the one
    // place of the sentence after "in" or "at".
    int only = -1;
    for (int pm : placeMentions) {
        const QStringView w = m_context.word(m_context.firstToken(pm) - 1);
        const int place = m_context.entityOf(pm, {EntityType::Place});
        if ((w == u"in" || w == u"at") && place >= 0 && place != only) {
            if (only >= 0)
                return -1;
            only = place;
        }
    }
    *how = u"far";
    return only;
}

VisitEvents::Event VisitEvents::read(int sentence, const QList<int> &placeMentions)
{
    const Sentence &s = m_context.analysis().sentences[sentence];
    const bool placed = placesItself(placeMentions);
    Event found;
    for (int k = s.firstToken; k < s.endToken; ++k) {
        // A noun inside an organization's name counts as its last word only ("the Democratic
        // National Convention"); a person's or a place's name is no event.
        if (const int m = m_context.mentionOf(k); m >= 0) {
            if (m_context.endToken(m) != k + 1 ||
                m_context.entityOf(m, {EntityType::Organization}) < 0)
                continue;
        }
        const QString kind = m_context.lexicon().eventClass(m_context.word(k));
        if (kind.isEmpty() || inDirectQuote(k))
            continue;
        QStringView how;
        if (const int place = placeOf(k, sentence, placeMentions, &how); place >= 0) {
            if (!m_placed.contains(kind)) { // the first: the article's own event
                int cue = k;
                for (int pm : placeMentions)
                    if (m_context.entityOf(pm, {EntityType::Place}) == place &&
                        std::abs(m_context.firstToken(pm) - k) <= AfterReach)
                        cue = std::max(cue, m_context.endToken(pm) - 1);
                m_placed.insert(kind, Event{place, k, sentence, false, how, kind, cue});
            }
        } else if (!placed && found.place < 0) {
            auto it = m_placed.constFind(kind);
            if (it != m_placed.cend())
                found = *it;
            else if (m_dateline >= 0)
                found = Event{m_dateline, k, 0, false, u"dl", kind};
            found.noun = k;
            found.definite = definite(k, sentence);
        }
    }
    return found;
}

void VisitEvents::keepNewPairsOnly(QList<VisitCandidate> &candidates)
{
    for (VisitCandidate &c : candidates) {
        auto isEvent = [](const VisitOccurrence &o) { return o.event; };
        if (!std::all_of(c.occurrences.cbegin(), c.occurrences.cend(), isEvent))
            c.occurrences.removeIf(isEvent);
    }
}

void VisitCandidateFinder::pairEvent(SentenceView &view, const VisitEvents::Event &event,
                                     Found &found) const
{
    // The people of a sentence that names an event an earlier sentence placed: "Rounding out
    // the main debate stage will be X, Y and Z" after "the debate in Las Vegas".
    const Analysis &a = m_context.analysis();
    for (const Actor &actor : std::as_const(view.actors)) {
        if (actor.entity == event.place || a.entities[actor.entity].type != EntityType::Person ||
            view.seen.contains(pairKey(actor.entity, event.place)))
            continue;
        // Review of round 22: not who took no part ("X, who did not attend the summit") nor a
        // source ("according to a poll by X").
        if (tookNoPart(m_context, view.sentence, actor.first, actor.end, event.noun, event.kind) ||
            namedAsSource(m_context, actor.first))
            continue;
        view.seen.insert(pairKey(actor.entity, event.place));
        VisitOccurrence o;
        o.sentence = view.sentence;
        o.cueToken = event.noun;
        o.cueEnd = event.noun + 1;
        o.event = true;
        o.placedIn = event.placedCue >= 0 ? event.placedIn : -1;
        o.placedCue = event.placedCue;
        QList<quint64> &f = o.features;
        f.append(VisitModel::key(u"ev", event.kind));
        f.append(VisitModel::key(u"evo", actor.subject ? u"subj" : u"other"));
        f.append(VisitModel::key(u"evr", event.definite ? u"the" : u"a"));
        f.append(VisitModel::key(u"evd", distanceBucket(view.sentence - event.placedIn)));
        f.append(VisitModel::key(u"evh", event.how));
        if (actor.pronoun)
            f.append(VisitModel::key(u"evpron"));
        found.candidate(actor.entity, event.place).occurrences.append(o);
    }
}

} // namespace lector
