// SPDX-License-Identifier: GPL-3.0-or-later
// VisitDater, part 2: quotations and the dates of sayings ("said on Monday").
#include "analysis/visits/visitdater.h"

#include "analysis/visits/visitcontext.h"

#include <algorithm>

namespace lector {

void VisitDater::indexQuotes() const
{
    if (!m_speechCue.isEmpty())
        return;
    const Analysis &a = m_context.analysis();
    m_speechCue.fill(-1, a.tokens.size() + 1);
    m_quoteWords.fill(-1, a.tokens.size() + 1);
    for (int i = 0; i < a.quotes.size(); ++i) {
        const auto mark = [&](Span span, QList<int> &byToken) {
            if (span.length() <= 0)
                return;
            for (int k = a.tokenAfter(span.begin);
                 k < a.tokens.size() && a.tokens[k].span.end <= span.end; ++k)
                byToken[k] = i;
        };
        mark(a.quotes[i].cueSpan, m_speechCue);
        mark(a.quotes[i].span, m_quoteWords);
    }
}

int VisitDater::quoteOfCue(int token) const
{
    indexQuotes();
    return token >= 0 && token < m_speechCue.size() ? m_speechCue[token] : -1;
}

int VisitDater::quoteAt(int token) const
{
    indexQuotes();
    return token >= 0 && token < m_quoteWords.size() ? m_quoteWords[token] : -1;
}

bool VisitDater::datesSaying(int time, int cueToken) const
{
    // "Dahl said on Monday that on a trip to Oslo this week ...": the speech cue of the
    // quote that tells the trip, a few words before the date, with no punctuation in between.
    // Not "Dahl said Thursday at a rally in Oslo", where the saying is the event of the stay.
    const int first = m_context.firstTimeToken(time);
    for (int k = first - 1; k >= 0 && k >= first - 4 && k != cueToken; --k) {
        if (m_context.isPunctuation(k))
            return false;
        if (const int q = quoteOfCue(k); q >= 0)
            return quoteAt(cueToken) == q;
    }
    // A date inside the words of a quote that does not tell the trip ("'The tour ends on
    // Monday,' Dahl said Thursday at a rally in Oslo").
    return inOtherQuote(first, cueToken);
}

bool VisitDater::inOtherQuote(int token, int cueToken) const
{
    const int q = quoteAt(token);
    return q >= 0 && q != quoteAt(cueToken) &&
           m_context.analysis().quotes[q].kind != QuoteKind::Indirect;
}

int VisitDater::sayingTime(int token) const
{
    const Analysis &a = m_context.analysis();
    const int q = quoteAt(token);
    if (q < 0 || a.quotes[q].kind != QuoteKind::Indirect || a.quotes[q].cueSpan.length() <= 0)
        return -1;
    const int cueFirst = a.tokenAfter(a.quotes[q].cueSpan.begin);
    int cueEnd = cueFirst;
    while (cueEnd < a.tokens.size() && a.tokens[cueEnd].span.end <= a.quotes[q].cueSpan.end)
        ++cueEnd;
    // "said on Monday she was", "said Monday that": a few words after the cue, no punctuation.
    for (int k = cueEnd; k < a.tokens.size() && k < cueEnd + 3 && !m_context.isPunctuation(k);
         ++k) {
        if (const int t = m_context.timeOf(k); t >= 0)
            return isCalendarDate(t) ? t : -1;
    }
    // "on Monday said she was": the words just before the cue.
    if (const int t = m_context.timeOf(cueFirst - 1); t >= 0 && isCalendarDate(t))
        return t;
    return -1;
}

} // namespace lector
