// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/time/timexgrammar.h"

#include "analysis/time/timexcursor.h"
#include "analysis/time/timexresolver.h"

#include <array>

namespace lector {

using namespace timex;
using C = TimexClass;

TimexMatch TimexGrammar::match(const TimexUnits &units, int at, const TimexContext &context) const
{
    const Cursor c{units, context};
    // Before every other rule: "later in the week" would otherwise be "the week".
    if (TimexMatch m = inThePeriod(c, at); m.isMatch())
        return m;
    // A prefix kept in the span: "the end of May", "early 1990", "earlier this year".
    int core = at;
    if (c.is(at, C::The) && c.is(at + 1, C::Modifier) && c.word(at + 2, u"of"))
        core = at + 3;
    else if (c.is(at, C::Modifier) && !c.word(at, u"end") && !c.word(at, u"beginning"))
        core = at + 1;
    else if (c.is(at, C::Ago) && c.is(at + 1, C::Shift) && !c.word(at, u"ago"))
        core = at + 1;
    using Rule = TimexMatch (TimexGrammar::*)(const Cursor &, int) const;
    static constexpr std::array<Rule, 17> rules = {
        &TimexGrammar::explicitDate,    &TimexGrammar::monthDate,   &TimexGrammar::dayMonth,
        &TimexGrammar::yearOrDecade,    &TimexGrammar::weekday,     &TimexGrammar::shifted,
        &TimexGrammar::quantity,        &TimexGrammar::quarter,     &TimexGrammar::deictic,
        &TimexGrammar::reference,       &TimexGrammar::frequency,   &TimexGrammar::clockTime,
        &TimexGrammar::seasonOrHoliday, &TimexGrammar::bareUnit,    &TimexGrammar::theUnit,
        &TimexGrammar::shiftedName,     &TimexGrammar::namedQuarter};
    TimexMatch best;
    for (int start : {at, core}) {
        if (start == at && core != at && best.isMatch())
            break;
        for (Rule rule : rules) {
            TimexMatch m = (this->*rule)(c, start);
            if (m.isMatch() && m.end > best.end) {
                best = std::move(m);
                best.first = at;
            }
        }
        if (core == at)
            break;
    }
    // "Friday night", "Aug. 7 morning": the part of the day stays in the span.
    if (best.isMatch() && best.type == TimexType::Date && best.value.size() == 10 &&
        c.is(best.end, C::DayPart) && !units[best.end].joined)
        best.end += 1;
    return best;
}

TimexMatch TimexGrammar::explicitDate(const Cursor &c, int at) const
{
    if (!c.valid(at) || !c.units[at].isoDate.isValid())
        return {};
    return result(at, at + 1, TimexType::Date, TimexResolver::dayValue(c.units[at].isoDate), false);
}

// "Aug. 17, 2023", "August 17", "February 1947", "January this year", "in May".
TimexMatch TimexGrammar::monthDate(const Cursor &c, int at) const
{
    const TimexEntry *month = c.is(at, C::Month);
    if (!month || !c.units[at].capital)
        return {};
    int k = at + 1;
    if (c.punct(k, u'.'))
        ++k;
    int day = c.day(k);
    if (c.valid(k) && c.units[k].joined)
        day = -1;
    int year = -1, end = k;
    if (day > 0) {
        end = k + 1;
        const int comma = c.punct(end, u',') ? end + 1 : end;
        if ((year = c.year(comma)) > 0)
            end = comma + 1;
    } else if ((year = c.year(k)) > 0 || (c.word(k, u"of") && (year = c.year(k + 1)) > 0)) {
        end = c.word(k, u"of") ? k + 2 : k + 1;
    } else if ((year = c.spelledYear(k, &end)) > 0) {
        // "January nineteen ninety-seven"
    } else if (c.is(k, C::Shift) && c.is(k + 1, C::Unit) && c.is(k + 1, C::Unit)->code == u"Y") {
        if (!c.hasDate())
            return unresolved(at, k + 2);
        year = c.context.published.year() + c.is(k, C::Shift)->number;
        end = k + 2;
    } else {
        // A bare month: "May" and "March" only after a preposition or modifier ("in May").
        const bool cue = c.is(at - 1, C::Prep) || c.is(at - 1, C::Modifier) ||
                         c.is(at - 1, C::The) || c.is(at - 1, C::Shift) || c.is(at - 1, C::Anchor);
        if (month->ambiguous && !cue)
            return {};
        end = at + 1;
    }
    if (year < 0 && !c.hasDate())
        return unresolved(at, end);
    const bool relative = year < 0;
    if (year < 0)
        year = c.yearFor(at, month->number, std::max(day, 0));
    if (day > 0) {
        const QDate d(year, month->number, day);
        if (!d.isValid())
            return {};
        return result(at, end, TimexType::Date, TimexResolver::dayValue(d), relative);
    }
    return result(at, end, TimexType::Date, TimexResolver::monthValue(year, month->number),
                  relative);
}

// "17 August 2023", "17th of August", and the first day of a range: "from 14 to 19 August".
TimexMatch TimexGrammar::dayMonth(const Cursor &c, int at) const
{
    const int day = c.day(at);
    if (day < 0)
        return {};
    int k = at + 1, end = at + 1;
    if ((c.word(k, u"to") || c.word(k, u"and") || c.punct(k, u'-') || c.joined(k)) &&
        c.day(k + (c.joined(k) ? 0 : 1)) > 0) {
        k += c.joined(k) ? 1 : 2; // the range's second day names the month
    } else {
        end = 0;
    }
    if (c.word(k, u"of"))
        ++k;
    const TimexEntry *month = c.is(k, C::Month);
    if (!month || !c.units[k].capital)
        return rangeEnd(c, at);
    // "17 Aug. 2023": the period of an abbreviation, not the full stop after "17 August."
    const int afterMonth = c.punct(k + 1, u'.') && c.units[k].text.size() <= 4 ? k + 2 : k + 1;
    if (end == 0)
        end = afterMonth;
    const int y = c.year(afterMonth);
    if (y > 0 && end > at + 1)
        ++end;
    if (y < 0 && !c.hasDate())
        return unresolved(at, end);
    const QDate d(y > 0 ? y : c.yearFor(at, month->number, day), month->number, day);
    if (!d.isValid())
        return {};
    return result(at, end, TimexType::Date, TimexResolver::dayValue(d), y < 0);
}

// The second day of "April 24 and 25" or "Aug. 14-19" takes the month of the first.
TimexMatch TimexGrammar::rangeEnd(const Cursor &c, int at) const
{
    const int day = c.day(at);
    const bool link = c.word(at - 1, u"and") || c.word(at - 1, u"to") ||
                      c.word(at - 1, u"through") || c.joined(at);
    const int first = c.joined(at) ? at - 1 : at - 2;
    if (day < 0 || !link || c.day(first) < 0)
        return {};
    const int monthAt = c.punct(first - 1, u'.') ? first - 2 : first - 1;
    const TimexEntry *month = c.is(monthAt, C::Month);
    if (!month || !c.units[monthAt].capital)
        return {};
    const int comma = c.punct(at + 1, u',') ? at + 2 : at + 1;
    const int y = c.year(comma);
    if (y < 0 && !c.hasDate())
        return unresolved(at, at + 1);
    const QDate d(y > 0 ? y : c.yearFor(at, month->number, day), month->number, day);
    if (!d.isValid())
        return {};
    return result(at, y > 0 ? comma + 1 : at + 1, TimexType::Date, TimexResolver::dayValue(d),
                  y < 0);
}

// "1990", "fiscal 1989", "the 1990s", "nineteen ninety-six", "the year two thousand".
TimexMatch TimexGrammar::yearOrDecade(const Cursor &c, int at) const
{
    int k = at;
    const bool the = c.is(k, C::The);
    if (the || c.is(k, C::Fiscal))
        ++k;
    if (c.valid(k) && c.units[k].decade && c.units[k].digits == 4)
        return result(at, k + 1, TimexType::Date, QString::number(c.units[k].number / 10), false);
    if (const int y = c.year(k); y > 0 && !the) {
        if (c.punct(k + 1, u'%') || c.punct(at - 1, u'$') || c.is(k + 1, C::Units) ||
            c.is(k + 1, C::Unit))
            return {};
        return result(at, k + 1, TimexType::Date, TimexResolver::yearValue(y), false);
    }
    int end = 0;
    if (const int y = c.spelledYear(k, &end); y > 0 && !the)
        return result(at, end, TimexType::Date, TimexResolver::yearValue(y), false);
    // "the 20th century" is "19"
    if (c.valid(k) && c.units[k].ordinal && c.is(k + 1, C::Unit) &&
        c.is(k + 1, C::Unit)->code == u"CE")
        return result(at, k + 2, TimexType::Date, QString::number(c.units[k].number - 1), false);
    const TimexEntry *unit = c.is(k, C::Unit);
    if (the && unit && unit->code == u"Y" && c.is(k + 2, C::Multiplier)) { // the year two thousand
        const TimexEntry *m = c.is(k + 1, C::Number);
        if (!m || c.is(k + 2, C::Multiplier)->number != 1000)
            return {};
        return result(at, k + 3, TimexType::Date, TimexResolver::yearValue(m->number * 1000),
                      false);
    }
    return {};
}

// "Friday", "last Friday", "next Tuesday", "Friday, May 8, 2009".
TimexMatch TimexGrammar::weekday(const Cursor &c, int at) const
{
    int k = at;
    const TimexEntry *shift = c.is(k, C::Shift);
    if (shift)
        k += c.word(k + 1, u"coming") ? 2 : 1;
    const TimexEntry *wd = c.is(k, C::Weekday);
    if (!wd)
        return {};
    const int after = c.punct(k + 1, u',') ? k + 2 : k + 1;
    if (TimexMatch dated = monthDate(c, after); dated.isMatch() && dated.value.size() == 10) {
        dated.first = at;
        return dated;
    }
    if (!c.hasDate())
        return unresolved(at, k + 1);
    // "could come as early as Tuesday", "as soon as Friday": the earliest of the times still
    // ahead, whatever the tense after it ("..., Castro said"), unless the clause before it is
    // told in the past ("were warned as early as Monday").
    const bool earliest = !shift && c.word(at - 1, u"as") && c.word(at - 3, u"as") &&
                          (c.word(at - 2, u"soon") || c.word(at - 2, u"early")) &&
                          !c.pastBefore(at - 3);
    int direction = earliest || c.clauseTense(k) > 0 ? 1 : -1;
    if (shift)
        direction = shift->number < 0 ? -2 : shift->number > 0 ? 2 : (direction > 0 ? 1 : -1);
    if (shift && shift->number > 0 && c.word(at + 1, u"coming"))
        direction = 1;
    QDate d = TimexResolver::weekdayNear(c.context.published, wd->number, direction);
    // "was scheduled to leave late Tuesday": planned from a past moment, so the nearest such
    // day on either side of the publication date (Tuesday is yesterday when published on a
    // Wednesday, "was due to fly on Saturday" tomorrow when published on a Friday).
    if (!shift && direction > 0 && !earliest && c.futureInPast(k)) {
        const QDate back = TimexResolver::weekdayNear(c.context.published, wd->number, -1);
        if (back.daysTo(c.context.published) < c.context.published.daysTo(d))
            d = back;
    }
    return result(at, k + 1, TimexType::Date, TimexResolver::dayValue(d), true);
}

namespace {

/// The date of a holiday code ("12-25", or "11/4/4": the fourth Thursday of November).
QDate holidayDate(QStringView code, int year)
{
    if (code.size() == 5 && code[2] == u'-')
        return QDate(year, code.left(2).toInt(), code.mid(3).toInt());
    const QList<QStringView> parts = code.split(u'/');
    if (parts.size() != 3)
        return {};
    const QDate first(year, parts[0].toInt(), 1);
    const QDate weekday = TimexResolver::weekdayNear(first, parts[1].toInt(), 1);
    return weekday.addDays(7 * (parts[2].toInt() - 1));
}

} // namespace

// "the summer of 1994", "over the summer", "Thanksgiving Day", "last Christmas".
TimexMatch TimexGrammar::seasonOrHoliday(const Cursor &c, int at) const
{
    int k = at;
    const TimexEntry *shift = c.is(k, C::Shift);
    const bool the = c.is(k, C::The);
    if (shift || the)
        ++k;
    const TimexEntry *season = c.is(k, C::Season);
    const TimexEntry *holiday = the ? nullptr : c.is(k, C::Holiday);
    if (holiday && c.units[k].capital && c.valid(k - 1) && c.units[k - 1].capital && !shift)
        return {}; // a surname: "Johnnie Christmas"
    if ((!season && !holiday) || (shift && !holiday))
        return {};
    int end = k + 1;
    if (holiday && c.word(end, u"day"))
        ++end;
    int year = c.year(c.word(end, u"of") ? end + 1 : end), yearEnd = 0;
    if (year > 0)
        end += c.word(end, u"of") ? 2 : 1;
    else if ((year = c.spelledYear(c.word(end, u"of") ? end + 1 : end, &yearEnd)) > 0)
        end = yearEnd;
    if (season && year < 0 && (season->ambiguous || (!the && !c.is(at - 1, C::Prep))))
        return {};
    const QDate p = c.context.published;
    if (year < 0 && !p.isValid())
        return unresolved(at, end);
    if (season)
        return result(at, end, TimexType::Date,
                      TimexResolver::yearValue(year > 0 ? year : p.year()) + u'-' + season->code,
                      year < 0);
    QDate d = holidayDate(holiday->code, year > 0 ? year : p.year());
    if (year < 0 && (shift ? shift->number < 0 : c.tense(k) < 0) && d >= p)
        d = holidayDate(holiday->code, p.year() - 1);
    else if (year < 0 && shift && shift->number > 0 && d <= p)
        d = holidayDate(holiday->code, p.year() + 1);
    if (!d.isValid())
        return {};
    return result(at, end, TimexType::Date, TimexResolver::dayValue(d), year < 0);
}

} // namespace lector
