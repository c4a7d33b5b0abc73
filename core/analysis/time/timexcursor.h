// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the TimexGrammar rule files: read access to the units around a position, and the
// small constructors of matches the rules share.

#include "analysis/time/timexgrammar.h"
#include "analysis/time/timexresolver.h"

namespace lector {

/// Read access to the units around a position, plus the context.
struct TimexGrammar::Cursor
{
    const TimexUnits &units;
    const TimexContext &context;

    bool valid(int j) const { return j >= 0 && j < int(units.size()); }
    bool joined(int j) const { return valid(j) && units[j].joined; }
    const TimexEntry *is(int j, TimexClass cls) const
    {
        return valid(j) && (units[j].classes & (1u << int(cls)))
                   ? TimexLexicon::entry(units[j].entries, cls)
                   : nullptr;
    }
    bool word(int j, QStringView w) const
    {
        return valid(j) && units[j].text.compare(w, Qt::CaseInsensitive) == 0;
    }
    bool punct(int j, QChar ch) const
    {
        return valid(j) && units[j].text.size() == 1 && units[j].text[0] == ch;
    }
    /// A four-digit year 1000..2099 ("1990", not "1990s" or "1,990").
    int year(int j) const
    {
        if (!valid(j) || units[j].digits != 4 || units[j].ordinal || units[j].decade)
            return -1;
        const int y = units[j].number;
        return y >= 1000 && y < 2100 ? y : -1;
    }
    /// A day of the month written as digits ("17", "17th") or as an ordinal word ("eighth").
    int day(int j) const
    {
        if (!valid(j))
            return -1;
        const TimexUnit &u = units[j];
        if (u.digits >= 1 && u.digits <= 2 && !u.decade && u.number >= 1 && u.number <= 31)
            return u.number;
        const TimexEntry *o = is(j, TimexClass::Ordinal);
        return o ? o->number : -1;
    }
    /// The nearest tense marker in the sentence: +1 future, -1 past, 0 none.
    int tense(int j) const
    {
        const int sentence = units[j].sentence;
        for (int d = 1; d <= 12; ++d) {
            for (int k : {j - d, j + d}) {
                if (valid(k) && units[k].sentence == sentence && units[k].tense != 0)
                    return units[k].tense;
            }
        }
        return 0;
    }
    /// Whether unit `j` opens a clause of its own: a contrast word (temporal_relative.tsv,
    /// class clause 0) or a semicolon.
    bool clauseBoundary(int j) const
    {
        const TimexEntry *e = is(j, TimexClass::Clause);
        return punct(j, u';') || (e && e->number == 0);
    }
    /// Whether unit `j` opens a reported clause ("that", "whether": class clause 1).
    bool opensReported(int j) const
    {
        const TimexEntry *e = is(j, TimexClass::Clause);
        return e && e->number == 1;
    }
    /// How far back clauseTense() looks for the marker of the expression's own clause.
    static constexpr int ClauseReach = 30;
    /// The tense of the clause of a date at `j` (a weekday, a month without a year): the
    /// nearest tense marker, not counting one after a comma that follows the expression when
    /// another marker precedes it ("will visit Oslo on Monday, her office said": the
    /// attribution tells when it was said, not when the trip is), nor one after "and" ("met
    /// him on Monday and will fly to Warsaw"), "that" or "whether" ("told reporters on Monday
    /// that he would resign"). The marker before may stand further back than
    /// the nearest one's reach, past a list of places ("will travel to Indonesia, Papua New
    /// Guinea, East Timor and Singapore in September, the Vatican said").
    int clauseTense(int j) const
    {
        const int sentence = units[j].sentence;
        bool comma = false;
        for (int k = j + 1; valid(k) && k <= j + 12 && units[k].sentence == sentence; ++k) {
            // Round 25: "met Garnier in Paris on Monday and will fly to Warsaw": "and" before
            // another verb's marker closes the expression's clause as a comma does.
            // "met him on Monday but will not fly to Warsaw": so does a contrast word.
            // Round 26: "told a crowd in Dayton on Tuesday that his rival would ...": "that"
            // or "whether" opens a reported clause, whose tense is not the date's; not a
            // relative "that" right before its verb ("the vote on Tuesday that will decide").
            const bool reported = opensReported(k) && valid(k + 1) && units[k + 1].tense == 0;
            comma = comma || punct(k, u',') || word(k, u"and") || clauseBoundary(k) || reported;
            if (units[k].tense == 0)
                continue;
            if (!comma)
                break; // a marker of the expression's own clause: the nearest decides
            for (int b = j - 1; valid(b) && b >= j - ClauseReach && units[b].sentence == sentence;
                 --b) {
                // Round 26: "The senator, who fled the capital last week, hopes to ... on
                // Tuesday": a relative clause between commas tells of another time.
                if (punct(b, u','))
                    b = relativeClauseStart(b, j - ClauseReach);
                if (units[b].tense != 0)
                    return units[b].tense;
                if (clauseBoundary(b))
                    break; // "was scheduled to attend ..., but on Thursday, the party announced"
            }
            break;
        }
        return tense(j);
    }
    /// The comma that opens a relative clause (", who", ", which") closed by the comma at
    /// `close`, looking back no further than `floor`; else `close` itself.
    int relativeClauseStart(int close, int floor) const
    {
        const int sentence = units[close].sentence;
        for (int c = close - 1; valid(c) && c >= floor && units[c].sentence == sentence; --c) {
            if (!punct(c, u','))
                continue;
            return word(c + 1, u"who") || word(c + 1, u"which") ? c : close;
        }
        return close;
    }
    /// Whether the nearest tense marker before `j` is a future one right after "was" or "were"
    /// ("was scheduled to leave late Tuesday", "was due to fly on Saturday"): a future seen
    /// from a past moment, which may lie on either side of the publication date.
    bool futureInPast(int j) const
    {
        const int k = markerBefore(j, 12);
        return k >= 0 && units[k].tense > 0 && valid(k - 1) &&
               units[k - 1].sentence == units[j].sentence &&
               (word(k - 1, u"was") || word(k - 1, u"were"));
    }
    /// The nearest tense marker at most `reach` units before `j` in its sentence, else -1.
    int markerBefore(int j, int reach) const
    {
        const int sentence = units[j].sentence;
        for (int k = j - 1; valid(k) && k >= j - reach && units[k].sentence == sentence; --k)
            if (units[k].tense != 0)
                return k;
        return -1;
    }
    /// Whether the words before `j` in its sentence are told in the past: the nearest tense
    /// marker is a past one ("were warned"), with no modal word after it ("said they could").
    bool pastBefore(int j) const
    {
        const int sentence = units[j].sentence;
        for (int k = j - 1; k >= 0 && k >= j - 12 && units[k].sentence == sentence; --k) {
            for (const char16_t *modal : {u"could", u"can", u"may", u"might", u"should", u"must"})
                if (word(k, modal))
                    return false;
            if (units[k].tense != 0)
                return units[k].tense < 0;
        }
        return false;
    }
    bool hasDate() const { return context.published.isValid(); }
    /// The date "the next year" at `j` counts from: the last date the text named in this
    /// sentence or the one before ("was discharged in 2001 and travelled to Kabul the next
    /// year"), else the publication date (TimeML's anchor: a nearby date of the text).
    QDate nearAnchor(int j) const { return anchorNear(j) ? context.anchor : context.published; }
    /// Whether the text's date (`context.anchor`) lies in unit `j`'s sentence or the one before.
    bool anchorNear(int j) const
    {
        return context.anchorSentence >= 0 && units[j].sentence - context.anchorSentence <= 1;
    }
    /// The year of a month (and day) without a year, chosen by tense: past on or before the
    /// publication date, future on or after it, otherwise the nearest.
    int yearFor(int j, int month, int day) const
    {
        const QDate p = context.published;
        int y = p.year();
        if (month - p.month() > 6)
            --y;
        else if (p.month() - month > 6)
            ++y;
        // The tense overrides the nearest year when the date would be far on the wrong side:
        // "the offer was extended to Nov. 16" is near; "prices set on Aug. 6" is last year's.
        const int t = clauseTense(j);
        // A month alone after "in" takes its side of the publication month from a verb told
        // just before it when it lies two months or more on the other side: "was nearly
        // cancelled in July" (April) is the last July, "will reopen in February" the coming
        // one. Not after an infinitive ("threatened to disrupt the convention in July"), nor
        // from a verb further back ("said the new bridge opens in July", "will rule on the
        // ballots cast in February"); a time limit ahead ("extended the permit until July")
        // keeps the nearest year.
        if (day <= 0) {
            const int m = (y - p.year()) * 12 + month - p.month();
            if (t < 0 && deadlineBefore(j))
                return y;
            const int marker = afterIn(j) ? markerBefore(j, 5) : -1;
            const int verb = marker >= 0 ? units[marker].tense : 0;
            if (verb < 0 && m >= 2 && !infinitiveBefore(j))
                return month <= p.month() ? p.year() : p.year() - 1;
            if (verb > 0 && m <= -2)
                return month >= p.month() ? p.year() : p.year() + 1;
        }
        const qint64 days = p.daysTo(QDate(y, month, day > 0 ? day : 15));
        if (t < 0 && days > 120)
            return y - 1;
        if (t > 0 && days < -120)
            return y + 1;
        return y;
    }
    /// Whether "in" stands right before the month at `j`, or before its modifier ("in early
    /// March", "in mid-November").
    bool afterIn(int j) const
    {
        return word(j - 1, u"in") || (is(j - 1, TimexClass::Modifier) && word(j - 2, u"in"));
    }
    /// Whether "to" and a lower-case word that is no time word ("to disrupt", not "to a
    /// calendar year") stand before `j` in its sentence, within the tense markers' reach.
    bool infinitiveBefore(int j) const
    {
        const int sentence = units[j].sentence;
        for (int k = j - 2; valid(k) && k >= j - 12 && units[k].sentence == sentence; --k) {
            const TimexUnit &next = units[k + 1];
            if (word(k, u"to") && !next.capital && !next.entries && next.digits == 0)
                return true;
        }
        return false;
    }
    /// Whether a preposition of a time limit ahead ("until", "through", "by": value 1 in
    /// temporal_relative.tsv) stands before the month at `j`, or before its modifier.
    bool deadlineBefore(int j) const
    {
        for (int k : {j - 1, j - 2})
            if (const TimexEntry *prep = is(k, TimexClass::Prep); prep && prep->number > 0)
                return true;
        return false;
    }
    /// A year in words ("nineteen ninety-six"): its value, and `*end` after it; else -1.
    int spelledYear(int k, int *end) const
    {
        const TimexEntry *n = is(k, TimexClass::Number);
        const TimexEntry *tens = is(k + 1, TimexClass::Number);
        if (!n || n->number < 11 || n->number > 20 || !tens || tens->number < 10 ||
            tens->number % 10 != 0)
            return -1;
        const TimexEntry *ones = is(k + 2, TimexClass::Number);
        const bool hasOnes = ones && ones->number < 10 && units[k + 2].joined;
        *end = k + (hasOnes ? 3 : 2);
        return n->number * 100 + tens->number + (hasOnes ? ones->number : 0);
    }
};

namespace timex {

inline TimexMatch result(int first, int end, TimexType type, QString value, bool relative)
{
    TimexMatch m;
    m.first = first;
    m.end = end;
    m.type = type;
    m.value = std::move(value);
    m.relative = relative;
    return m;
}

inline TimexMatch unresolved(int first, int end, TimexType type = TimexType::Date)
{
    return result(first, end, type, QString(), true);
}

inline QString quarterValue(int index)
{
    return TimexResolver::yearValue(index / 4) + u"-Q" + QString::number(index % 4 + 1);
}

} // namespace timex

} // namespace lector
