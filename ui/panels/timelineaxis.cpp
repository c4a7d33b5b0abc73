// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineaxis.h"

#include <QFontMetrics>
#include <QLocale>

#include <algorithm>

namespace lector {

namespace {

enum class Unit { Day, Week, Month, Year };

struct Step
{
    Unit unit;
    int count;
};

// From the finest to the coarsest; the first whose labels fit is used.
constexpr Step Steps[] = {{Unit::Day, 1},   {Unit::Day, 2},    {Unit::Week, 1},  {Unit::Week, 2},
                          {Unit::Month, 1}, {Unit::Month, 3},  {Unit::Month, 6}, {Unit::Year, 1},
                          {Unit::Year, 2},  {Unit::Year, 5},   {Unit::Year, 10}, {Unit::Year, 20},
                          {Unit::Year, 50}, {Unit::Year, 100}, {Unit::Year, 500}};

qreal daysPer(Step step)
{
    switch (step.unit) {
    case Unit::Day:
        return step.count;
    case Unit::Week:
        return 7.0 * step.count;
    case Unit::Month:
        return 30.44 * step.count;
    case Unit::Year:
        return 365.25 * step.count;
    }
    return 1;
}

// Formats are patterns, not names: QLocale supplies the month names of the user's language.
QString labelFormat(Step step, bool withYear)
{
    switch (step.unit) {
    case Unit::Day:
    case Unit::Week:
        return withYear ? u"d MMM yyyy"_qs : u"d MMM"_qs;
    case Unit::Month:
        return withYear ? u"MMM yyyy"_qs : u"MMM"_qs;
    case Unit::Year:
        break;
    }
    return u"yyyy"_qs;
}

// The first date on or after `from` that starts a step: a Monday, the first of a month whose
// number is a multiple of the count (plus one), the first of January of a multiple year.
QDate firstTick(QDate from, Step step)
{
    switch (step.unit) {
    case Unit::Day:
        return from;
    case Unit::Week:
        return from.addDays((8 - from.dayOfWeek()) % 7);
    case Unit::Month: {
        QDate d(from.year(), from.month(), 1);
        if (d < from)
            d = d.addMonths(1);
        while ((d.month() - 1) % step.count != 0)
            d = d.addMonths(1);
        return d;
    }
    case Unit::Year: {
        int year = from.year() + ((from.month() == 1 && from.day() == 1) ? 0 : 1);
        year += (step.count - year % step.count) % step.count;
        return QDate(year, 1, 1);
    }
    }
    return from;
}

QDate nextTick(QDate d, Step step)
{
    switch (step.unit) {
    case Unit::Day:
        return d.addDays(step.count);
    case Unit::Week:
        return d.addDays(7 * step.count);
    case Unit::Month:
        return d.addMonths(step.count);
    case Unit::Year:
        return d.addYears(step.count);
    }
    return d.addDays(1);
}

} // namespace

TimelineAxis::TimelineAxis(QDate begin, QDate end, qreal left, qreal right)
    : m_begin(begin)
    , m_end(end)
    , m_left(left)
    , m_right(right)
{}

qreal TimelineAxis::xOf(QDate date) const
{
    const auto days = qreal(m_begin.daysTo(m_end));
    if (days <= 0)
        return m_left;
    return m_left + (m_right - m_left) * qreal(m_begin.daysTo(date)) / days;
}

QList<TimelineAxis::Tick> TimelineAxis::ticks(const QFontMetrics &metrics,
                                              const QLocale &locale) const
{
    QList<Tick> out;
    if (!isValid())
        return out;
    const qreal perDay = (m_right - m_left) / qreal(m_begin.daysTo(m_end));
    const QDate sample(2000, 9, 28); // a wide day and month number
    for (std::size_t i = 0; i < std::size(Steps); ++i) {
        const Step step = Steps[i];
        const int width =
            metrics.horizontalAdvance(locale.toString(sample, labelFormat(step, true)));
        // The coarsest step is used even when its labels crowd: a very wide span on a narrow
        // widget.
        if (daysPer(step) * perDay < width + metrics.averageCharWidth() * 2 &&
            i + 1 < std::size(Steps))
            continue;
        int lastYear = -1;
        for (QDate d = firstTick(m_begin, step); d.isValid() && d < m_end; d = nextTick(d, step)) {
            // The year is written on the first tick and where it changes: "Dec", "Jan 2024".
            const bool withYear = d.year() != lastYear;
            lastYear = d.year();
            out.append({d, xOf(d), locale.toString(d, labelFormat(step, withYear))});
        }
        break;
    }
    return out;
}

void TimelineAxis::pad(QDate *first, QDate *last)
{
    qint64 span = first->daysTo(*last);
    if (span < 7) {
        const qint64 grow = 7 - span;
        *first = first->addDays(-grow / 2);
        *last = last->addDays(grow - grow / 2);
        span = 7;
    }
    const qint64 margin = std::max<qint64>(1, span / 20);
    *first = first->addDays(-margin);
    *last = last->addDays(margin);
}

} // namespace lector
