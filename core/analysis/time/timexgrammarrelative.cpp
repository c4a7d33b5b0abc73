// SPDX-License-Identifier: GPL-3.0-or-later
// The TimexGrammar rules for relative expressions, quantities, references, sets and clock times
// (the calendar-date rules are in timexgrammar.cpp).
#include "analysis/time/timexcursor.h"
#include "analysis/time/timexgrammar.h"
#include "analysis/time/timexresolver.h"

namespace lector {

using namespace timex;
using C = TimexClass;

namespace {

/// "two", "twenty four", "twenty-four", "10", "a", "a couple of", "several": the end of the
/// number phrase starting at `at` (or `at` when none) and its value (-1: unspecified).
template<typename Cursor> int numberPhrase(const Cursor &c, int at, int *value)
{
    if (!c.valid(at))
        return at;
    const TimexUnit &u = c.units[at];
    if (u.digits > 0 && u.digits <= 3 && !u.ordinal && !u.decade && u.number > 0) {
        *value = u.number;
        return at + 1;
    }
    if (c.is(at, C::Article)) {
        if (c.word(at + 1, u"couple") && c.word(at + 2, u"of")) {
            *value = 2;
            return at + 3;
        }
        if (c.is(at + 1, C::Vague)) {
            *value = -1;
            return at + 2;
        }
        *value = 1;
        return at + 1;
    }
    if (c.is(at, C::Vague)) {
        *value = -1;
        return at + 1;
    }
    int k = at, total = 0;
    while (const TimexEntry *n = c.is(k, C::Number)) {
        if (n->number == 0)
            break;
        total += n->number;
        ++k;
        if (const TimexEntry *m = c.is(k, C::Multiplier)) {
            total *= m->number;
            ++k;
        }
    }
    *value = total;
    return k;
}

} // namespace

// "last year", "this week", "the following day", "that year", "last April", "this summer".
TimexMatch TimexGrammar::theUnit(const Cursor &c, int at) const
{
    int k = c.is(at, C::The) ? at + 1 : at;
    if (k > at && (c.word(k, u"full") || c.is(k, C::Fiscal)) && c.is(k + 1, C::Unit))
        ++k;
    if (const TimexEntry *year = c.is(k, C::Unit); k > at && year && year->code == u"Y") {
        // "the year ended June 30" is a duration; "profit for the year" this year.
        if (c.valid(k + 1) && c.units[k + 1].text.startsWith(u"end", Qt::CaseInsensitive))
            return result(at, k + 1, TimexType::Duration, QStringLiteral("P1Y"), false);
        if (c.is(k + 1, C::Ago) || c.is(k + 1, C::Number) ||
            (c.valid(k + 1) && c.units[k + 1].digits))
            return {};
        if (!c.context.published.isValid())
            return unresolved(at, k + 1);
        return result(at, k + 1, TimexType::Date,
                      TimexResolver::yearValue(c.context.published.year()), true);
    }
    if (const TimexEntry *we = c.is(k, C::Unit); k > at && we && we->code == u"WE") {
        // "over the weekend": the last one, or the next one when the sentence looks ahead
        const QDate p = c.context.published;
        if (!p.isValid())
            return unresolved(at, k + 1);
        const QDate saturday = TimexResolver::weekdayNear(p, 6, c.tense(k) > 0 ? 1 : -1);
        return result(at, k + 1, TimexType::Date, TimexResolver::weekValue(saturday) + u"-WE",
                      true);
    }
    if (const TimexEntry *unit = c.is(k, C::Unit);
        k > at && unit && c.is(k + 1, C::Ago) && !c.units[k + 1].joined) {
        // "the year before", "the day after": one unit from the text's last date
        // "the day before authorities acted" relates to an event, not to the last date
        const bool event = (c.word(k + 1, u"before") || c.word(k + 1, u"after")) &&
                           c.valid(k + 2) && c.units[k + 2].text[0].isLetterOrNumber();
        const int n = c.word(k + 1, u"ago") || event ? 0 : c.is(k + 1, C::Ago)->number;
        QString v = TimexResolver::shifted(c.context.anchor, unit->code, n);
        if (n == 0 || v.isEmpty())
            return {};
        return result(at, k + 2, TimexType::Date, v, true);
    }
    if (c.word(at, u"last") && c.is(at + 1, C::DayPart) &&
        c.is(at + 1, C::DayPart)->code == u"NI") {
        if (!c.context.published.isValid())
            return unresolved(at, at + 2, TimexType::Time);
        return result(at, at + 2, TimexType::Time,
                      TimexResolver::dayValue(c.context.published.addDays(-1)) + u"TNI", true);
    }
    return {};
}

// "earlier in the day", "later in the month", "late in the year": the period of a date named in
// this sentence or the one before, else of the publication date (as "earlier this month"); a day
// or a week only when that date is a day, a month only when it names one ("in 2019. Later in the
// month" is unresolved). Separate words only ("late-in-the-day deliveries"), not "the year 2000",
// nor the idiom "it is late in the day for X to ...". Round 22.
TimexMatch TimexGrammar::inThePeriod(const Cursor &c, int at) const
{
    const auto separate = [&c](int k) { return !c.valid(k) || !c.units[k].joined; };
    if (!((c.is(at, C::Ago) && !c.word(at, u"ago")) || c.is(at, C::Modifier)) ||
        !c.word(at + 1, u"in") || !c.is(at + 2, C::The) || !c.valid(at + 3) || !separate(at + 1) ||
        !separate(at + 2) || !separate(at + 3) || !separate(at + 4))
        return {};
    const TimexEntry *unit = c.is(at + 3, C::Unit);
    const bool idiom = c.word(at, u"late") && c.word(at + 4, u"for");
    if (!unit || c.year(at + 4) >= 0 || idiom ||
        !(unit->code == u"D" || unit->code == u"W" || unit->code == u"M" || unit->code == u"Y"))
        return {};
    const QDate base = c.nearAnchor(at);
    const bool needsDay = unit->code == u"D" || unit->code == u"W";
    if (!base.isValid() ||
        (c.anchorNear(at) && ((needsDay && !c.context.anchorIsDay) ||
                              (unit->code == u"M" && !c.context.anchorHasMonth))))
        return unresolved(at, at + 4);
    return result(at, at + 4, TimexType::Date, TimexResolver::shifted(base, unit->code, 0), true);
}

// "last year", "this week", "the following day", "that year", "next morning".
TimexMatch TimexGrammar::shifted(const Cursor &c, int at) const
{
    int k = c.is(at, C::The) ? at + 1 : at;
    const TimexEntry *shift = c.is(k, C::Shift);
    const TimexEntry *anchor = shift ? nullptr : c.is(k, C::Anchor);
    if (!shift && !anchor)
        return {};
    // "that" and "this" are mostly pronouns; "the" goes only with anchors and "past".
    if (k > at && shift && !c.word(k, u"past") && !c.word(k, u"coming"))
        return {};
    ++k;
    if (c.word(k, u"coming") && c.word(k - 1, u"this"))
        ++k;
    if (c.is(k, C::Fiscal))
        ++k;
    const int n = shift ? shift->number : anchor->number;
    // "the next year" (the article before "next"; the span starts at "next") counts from the
    // sentence's date like "the following year"; "next year" from the publication date. So
    // does a period ahead of the writer ("plans to open stores in the next year", "growth over
    // the next year"): a preposition before the article looks forward from now.
    const bool ahead =
        c.is(at - 2, C::Prep) || c.word(at - 2, u"over") || c.word(at - 2, u"throughout");
    const bool fromText = shift && n > 0 && k == at + 1 && c.is(at - 1, C::The) && !ahead &&
                          c.units[at - 1].sentence == c.units[at].sentence;
    const QDate base = fromText ? c.nearAnchor(at) : shift ? c.context.published : c.context.anchor;
    // "This Week" in mid-sentence is a title (a programme, a column), not a time.
    if (c.units[k - 1].capital && c.valid(k) && c.units[k].capital && k - 1 > 0 &&
        c.units[k - 2].sentence == c.units[k - 1].sentence)
        return {};
    if (const TimexEntry *unit = c.is(k, C::Unit)) {
        if (unit->code == u"H" || unit->code == u"MIN" || unit->code == u"S")
            return {};
        if (!base.isValid())
            return unresolved(at, k + 1);
        // "next day" counts from the text's last date, like "the following day"; a day after a
        // month or a year the text named ("Last year, ... The next day") is not known.
        const bool dayOfText = unit->code == u"D" && shift;
        if (dayOfText && !c.context.anchorIsDay)
            return unresolved(at, k + 1);
        const QDate from = dayOfText ? c.context.anchor : base;
        return result(at, k + 1, TimexType::Date, TimexResolver::shifted(from, unit->code, n),
                      true);
    }
    if (const TimexEntry *part = c.is(k, C::DayPart); part && n > 0 && part->code.size() == 2) {
        // "the next morning": the day after the text's last date
        if (!c.context.anchor.isValid() || !c.context.anchorIsDay)
            return unresolved(at, k + 1);
        return result(at, k + 1, TimexType::Date,
                      TimexResolver::dayValue(c.context.anchor.addDays(n)), true);
    }
    return {};
}

// "last April", "next spring", "this September".
TimexMatch TimexGrammar::shiftedName(const Cursor &c, int at) const
{
    const TimexEntry *shift = c.is(at, C::Shift);
    if (!shift || (c.units[at].capital && c.valid(at + 1) && c.units[at + 1].capital && at > 0 &&
                   c.units[at - 1].sentence == c.units[at].sentence))
        return {};
    const int k = at + 1, n = shift->number;
    const QDate p = c.context.published;
    if (const TimexEntry *month = c.is(k, C::Month);
        month && (c.units[k].capital || !month->ambiguous)) { // not "this march"
        if (!p.isValid())
            return unresolved(at, k + 1);
        int y = p.year();
        // "last February" written in March is a year back; "last April" in October is not.
        if (n < 0 && month->number >= p.month() - 1)
            --y;
        if (n > 0 && month->number <= p.month() + 1)
            ++y;
        return result(at, k + 1, TimexType::Date, TimexResolver::monthValue(y, month->number),
                      true);
    }
    if (const TimexEntry *season = c.is(k, C::Season)) {
        if (!p.isValid())
            return unresolved(at, k + 1);
        return result(at, k + 1, TimexType::Date,
                      TimexResolver::yearValue(p.year() + n) + u'-' + season->code, true);
    }
    return {};
}

// "six days", "the past two months", "a six-day visit", "two weeks ago", "a year earlier".
TimexMatch TimexGrammar::quantity(const Cursor &c, int at) const
{
    int k = at;
    if (c.is(k, C::The))
        ++k;
    while (c.is(k, C::Approx))
        ++k;
    if (c.is(k, C::Shift) || c.is(k, C::Latest) ||
        (c.is(k, C::Ordinal) && c.is(k, C::Ordinal)->number == 1))
        ++k;
    int count = 0;
    int u = numberPhrase(c, k, &count);
    const TimexEntry *unit = c.is(u, C::Unit);
    if (!unit)
        unit = c.is(u, C::Units);
    if (u == k && unit && k > at && c.is(k - 1, C::Shift) && c.is(u, C::Units)) {
        // "the coming weeks", "past years": an unspecified number of units
        return result(c.is(at, C::The) ? at : k - 1, u + 1, TimexType::Duration,
                      TimexResolver::duration(unit->code, -1), false);
    }
    if (u == k) {
        // "year-earlier", "year-ago": one unit back
        if (!unit || !c.is(k + 1, C::Ago) || !c.units[k + 1].joined)
            return {};
        count = 1;
    }
    if (!unit || count == 0)
        return {};
    // "three-quarters of its food", "a quarter of the market", "a second group": not times
    if ((unit->code == u"Q" &&
         (c.units[u].joined || c.is(k, C::Article) || c.word(u + 1, u"of"))) ||
        (unit->code == u"S" && c.is(k, C::Article)))
        return {};
    // "four flights a week", "$500 million a year": a rate, not a time
    if (c.is(k, C::Article) && u == k + 1 && k == at && !c.is(u + 1, C::Ago))
        for (int b = at - 1; b >= at - 3 && c.valid(b); --b)
            if (c.units[b].digits > 0 || c.is(b, C::Number))
                return {};
    if (c.word(u + 1, u"old") || (c.units[u].joined && c.word(u + 2, u"old")))
        return {};
    const TimexEntry *ago = c.is(u + 1, C::Ago);
    if (ago && (c.word(u + 1, u"before") || c.word(u + 1, u"after")))
        ago = nullptr;
    if (!ago) {
        if (c.is(at, C::The) && k == at + 1 && u == k)
            return {};
        const int first = c.is(at, C::The) && k == at + 1 ? at + 1 : at;
        return result(first, u + 1, TimexType::Duration, TimexResolver::duration(unit->code, count),
                      false);
    }
    return agoDate(c, at, u + 2, *unit, count);
}

// "two weeks ago", "a year earlier", "three days later": units [at, end), the last two the
// unit and the direction word.
TimexMatch TimexGrammar::agoDate(const Cursor &c, int at, int end, const TimexEntry &unitEntry,
                                 int count) const
{
    const TimexEntry *unit = &unitEntry;
    const int u = end - 2;
    const TimexEntry *ago = c.is(u + 1, C::Ago);
    if (count < 0)
        return result(at, end, TimexType::Date,
                      ago->number < 0 ? QStringLiteral("PAST_REF") : QStringLiteral("FUTURE_REF"),
                      true);
    const bool fromText = !c.word(u + 1, u"ago");
    // Only while the quarter is still the topic: named at most four sentences before.
    if (count == 1 && unit->code == u"Y" && ago->number < 0 && c.context.lastQuarter >= 0 &&
        c.units[at].sentence - c.context.lastQuarterSentence <= 4) {
        // Earnings news: "net rose in the third quarter from $5 million a year earlier"
        TimexMatch m =
            result(at, end, TimexType::Date, quarterValue(c.context.lastQuarter - 4), true);
        m.anchors = false;
        return m;
    }
    const QDate base = fromText ? c.context.anchor : c.context.published;
    if (!base.isValid())
        return unresolved(at, end);
    QString v = TimexResolver::shifted(base, unit->code, ago->number * count);
    if (v.isEmpty())
        v = TimexResolver::dayValue(base);
    return result(at, end, TimexType::Date, v, true);
}

// "the third quarter", "third-quarter", "the 1988 second quarter", "the quarter", "the latest
// period", "the year-ago quarter", "the first half of 1990".
TimexMatch TimexGrammar::quarter(const Cursor &c, int at) const
{
    int k = c.is(at, C::The) ? at + 1 : at;
    int year = c.year(k);
    if (year > 0 || c.is(k, C::Fiscal))
        ++k;
    const QDate p = c.context.published;
    int yearShift = 0; // "this year's third quarter", "the year-ago third quarter"
    if (const TimexEntry *shift = c.is(k, C::Shift);
        shift && c.is(k + 1, C::Unit) && c.is(k + 1, C::Unit)->code == u"Y" && c.valid(k + 2) &&
        c.units[k + 2].text.endsWith(u's') && c.units[k + 2].text.size() == 2) {
        yearShift = shift->number;
        k += 3;
    } else if (k > at && c.is(k, C::Unit) && c.is(k, C::Unit)->code == u"Y" &&
               c.is(k + 1, C::Ago) && c.units[k + 1].joined && c.is(k + 2, C::Ordinal)) {
        yearShift = -1;
        k += 2;
    }
    if (yearShift != 0 && year < 0 && p.isValid())
        year = p.year() + yearShift;
    if (year < 0 && c.is(k, C::Fiscal) && (year = c.year(k + 1)) > 0)
        k += 2;
    const TimexEntry *ordinal = c.is(k, C::Ordinal);
    if (ordinal && ordinal->number >= 1 && ordinal->number <= 4 && c.is(k + 1, C::Unit) &&
        c.is(k + 1, C::Unit)->code == u"Q") {
        int end = k + 2;
        if (c.word(end, u"of") && c.year(end + 1) > 0) {
            year = c.year(end + 1);
            end += 2;
        }
        if (year < 0 && !p.isValid())
            return unresolved(at, end);
        return result(at, end, TimexType::Date,
                      quarterValue((year > 0 ? year : p.year()) * 4 + ordinal->number - 1),
                      year < 0);
    }
    if (ordinal && ordinal->number <= 2 && c.word(k + 1, u"half")) {
        int end = k + 2;
        if (c.word(end, u"of") && c.year(end + 1) > 0)
            year = c.year(end + 1), end += 2;
        if (year < 0)
            return {}; // "the first half" of a match, a film, a book
        return result(at, end, TimexType::Date,
                      TimexResolver::yearValue(year) + u"-H" + QString::number(ordinal->number),
                      false);
    }
    return {};
}

// "the quarter", "the latest period", "the 1988 period", "the year-ago quarter".
TimexMatch TimexGrammar::namedQuarter(const Cursor &c, int at) const
{
    if (!c.is(at, C::The))
        return {};
    int k = at + 1;
    const int year = c.year(k);
    if (year > 0)
        ++k;
    const QDate p = c.context.published;
    if (year > 0 && c.word(k, u"period")) { // "the 1988 period": that year's quarter
        const int q = c.context.lastQuarter;
        TimexMatch m =
            result(at, k + 1, TimexType::Date,
                   q >= 0 ? quarterValue(year * 4 + q % 4) : TimexResolver::yearValue(year), false);
        m.anchors = false;
        return m;
    }
    int back = 0;
    if (c.is(k, C::Latest) || c.word(k, u"current"))
        ++k;
    else if (c.is(k, C::Unit) && c.is(k, C::Unit)->code == u"Y" && c.is(k + 1, C::Ago))
        k += 2, back = 4; // the year-ago quarter
    // not "the quarter-to-quarter comparison"
    const bool isQuarter = c.is(k, C::Unit) && c.is(k, C::Unit)->code == u"Q" && !c.joined(k + 1);
    if (!isQuarter && !(c.word(k, u"period") && k > at + 1))
        return {};
    int index = c.context.lastQuarter;
    if (index < 0 && !p.isValid())
        return unresolved(at, k + 1);
    if (index < 0)
        index = p.year() * 4 + (p.month() - 1) / 3 - 1;
    TimexMatch m = result(at, k + 1, TimexType::Date, quarterValue(index - back), true);
    m.anchors = back == 0;
    return m;
}

// "today", "yesterday", "tonight", "this morning", "yesterday afternoon", "mid-afternoon".
TimexMatch TimexGrammar::deictic(const Cursor &c, int at) const
{
    const QDate p = c.context.published;
    if (const TimexEntry *d = c.is(at, C::Deictic)) {
        if (!p.isValid())
            return unresolved(at, at + 1);
        const QString day = TimexResolver::dayValue(p.addDays(d->number));
        if (const TimexEntry *part = c.is(at + 1, C::DayPart); part && part->code.size() == 2)
            return result(at, at + 2, TimexType::Time, day + u'T' + part->code, true);
        return result(at, at + 1, TimexType::Date, day, true);
    }
    const bool thisPart = c.word(at, u"this") || c.is(at, C::Modifier);
    const TimexEntry *part = c.is(at + 1, C::DayPart);
    if (!thisPart || !part || part->code.size() != 2)
        return {};
    if (!p.isValid())
        return unresolved(at, at + 2, TimexType::Time);
    const TimexEntry *d = c.is(at + 2, C::Deictic);
    const QString day = TimexResolver::dayValue(p.addDays(d ? d->number : 0));
    return result(at, d ? at + 3 : at + 2, TimexType::Time, day + u'T' + part->code, true);
}

// "now", "currently", "recently", "the past", "the future", "soon", "the current fiscal year".
TimexMatch TimexGrammar::reference(const Cursor &c, int at) const
{
    const bool the = c.is(at, C::The);
    const int k = the ? at + 1 : at;
    if (the && c.word(k, u"past") && !c.is(k + 1, C::Unit) && !c.is(k + 1, C::Units) &&
        !c.is(k + 1, C::Number) && !c.is(k + 1, C::Vague))
        return result(at, k + 1, TimexType::Date, QStringLiteral("PAST_REF"), true);
    const TimexEntry *ref = c.is(k, C::Ref);
    if (!ref)
        return {};
    if (c.word(k, u"future") && !the)
        return {};                                                      // "future payments"
    if (const TimexEntry *units = c.is(k + 1, C::Units); units && !the) // "recent years"
        return result(at, k + 2, TimexType::Duration, TimexResolver::duration(units->code, -1),
                      false);
    const int u = c.is(k + 1, C::Fiscal) ? k + 2 : k + 1;
    const TimexEntry *unit = c.is(u, C::Unit);
    if (unit && ref->code == u"PRESENT_REF" && c.context.published.isValid()) {
        QString v = TimexResolver::shifted(c.context.published, unit->code, 0);
        if (!v.isEmpty())
            return result(at, u + 1, TimexType::Date, v, true);
    }
    if (the && !c.word(k, u"future"))
        return {};
    return result(at, k + 1, TimexType::Date, ref->code, true);
}

// "daily", "every Monday", "each month", "every two years".
TimexMatch TimexGrammar::frequency(const Cursor &c, int at) const
{
    // "LA Weekly" is a name: a capitalised word after another one is not a frequency.
    if (const TimexEntry *set = c.is(at, C::Set);
        set && !(c.units[at].capital && c.valid(at - 1) && c.units[at - 1].capital))
        return result(at, at + 1, TimexType::Set, set->code, false);
    if (!c.is(at, C::Every))
        return {};
    if (const TimexEntry *wd = c.is(at + 1, C::Weekday))
        return result(at, at + 2, TimexType::Set, u"XXXX-WXX-" + QString::number(wd->number),
                      false);
    if (const TimexEntry *month = c.is(at + 1, C::Month))
        return result(at, at + 2, TimexType::Set,
                      u"XXXX-" + QString::number(month->number).rightJustified(2, u'0'), false);
    int count = 1;
    int u = at + 1;
    if (!c.is(u, C::Unit))
        u = numberPhrase(c, at + 1, &count);
    const TimexEntry *unit = c.is(u, u == at + 1 ? C::Unit : C::Units);
    if (!unit && u > at + 1)
        unit = c.is(u, C::Unit);
    if (!unit || count < 1)
        return {};
    return result(at, u + 1, TimexType::Set, TimexResolver::duration(unit->code, count), false);
}

// "3 p.m.", "10:30 a.m. EDT Thursday", "noon Thursday", "at midnight".
TimexMatch TimexGrammar::clockTime(const Cursor &c, int at) const
{
    int minutes = -1, k = at;
    if (c.valid(at) && c.units[at].clock >= 0) {
        minutes = c.units[at].clock;
        ++k;
    } else if (c.valid(at) && c.units[at].digits > 0 && c.units[at].digits <= 2 &&
               c.units[at].number >= 1 && c.units[at].number <= 12 && c.is(at + 1, C::Meridiem)) {
        minutes = c.units[at].number * 60;
        ++k;
    } else if (const TimexEntry *part = c.is(at, C::DayPart); part && part->code.size() == 5) {
        minutes = part->code.left(2).toInt() * 60;
        k = at + 1;
    }
    if (minutes < 0)
        return {};
    if (const TimexEntry *m = c.is(k, C::Meridiem)) {
        minutes = (minutes % 720) + m->number * 60;
        ++k;
    } else if (k == at + 1 && !c.is(at, C::DayPart) && c.units[at].clock < 0) {
        return {};
    }
    const bool zone = c.valid(k) && c.units[k].text.size() == 3 &&
                      c.units[k].text.toString().isUpper(); // a time zone: "EDT", "GMT"
    if (zone)
        ++k;
    // "22:30" without a.m./p.m. only after "at" or before a time zone, not "won 2:30"
    if (c.units[at].clock >= 0 && !c.units[at].meridiem && k == at + 1 && !c.word(at - 1, u"at"))
        return {};
    // A clock time alone belongs to the last day the text named ("On Friday ... at 10 a.m.").
    QDate day = c.context.anchorDay.isValid() ? c.context.anchorDay : c.context.published;
    const int dayAt = c.punct(k, u',') ? k + 1 : k;
    TimexMatch w = weekday(c, dayAt);
    if (!w.isMatch())
        w = monthDate(c, dayAt);
    if (w.isMatch() && w.value.size() == 10) {
        day = QDate::fromString(w.value, Qt::ISODate);
        k = w.end;
    } else if (const TimexEntry *d = c.is(k, C::Deictic)) {
        day = day.addDays(d->number);
        ++k;
    }
    if (!day.isValid())
        return unresolved(at, k, TimexType::Time);
    const QString clock = QStringLiteral("T%1:%2")
                              .arg(minutes / 60 % 24, 2, 10, QLatin1Char('0'))
                              .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return result(at, k, TimexType::Time, TimexResolver::dayValue(day) + clock, true);
}

// "for years", "within weeks": a plural unit after a preposition is an unspecified duration.
TimexMatch TimexGrammar::bareUnit(const Cursor &c, int at) const
{
    const TimexEntry *units = c.is(at, C::Units);
    if (!units || !c.is(at - 1, C::Prep) || c.is(at + 1, C::Ago) || c.word(at + 1, u"of"))
        return {};
    return result(at, at + 1, TimexType::Duration, TimexResolver::duration(units->code, -1), false);
}

} // namespace lector
