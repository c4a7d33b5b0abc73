// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/visits/timelinebuilder.h"

#include <QDate>

#include <algorithm>

namespace lector {

namespace {

/// Where a TIMEX3 date value starts, and how coarse it is (smaller = coarser).
struct DateKey
{
    QDate start;
    int coarseness = 0;

    friend bool operator<(const DateKey &a, const DateKey &b)
    {
        return a.start < b.start || (a.start == b.start && a.coarseness < b.coarseness);
    }
};

int number(QStringView s, bool *ok)
{
    return s.toInt(ok);
}

/// "2023-W33" (ISO week), "2023-SU" (season), "2023-Q3" (quarter) -> first day.
QDate periodStart(int year, QStringView part, int *coarseness)
{
    bool ok = false;
    if (part.startsWith(u'W')) {
        const int week = number(part.mid(1), &ok);
        *coarseness = 3;
        const QDate jan4(year, 1, 4); // always in ISO week 1
        return ok ? jan4.addDays(7 * (week - 1) - (jan4.dayOfWeek() - 1)) : QDate();
    }
    if (part.startsWith(u'Q')) {
        const int quarter = number(part.mid(1), &ok);
        *coarseness = 1;
        return ok ? QDate(year, 3 * (quarter - 1) + 1, 1) : QDate();
    }
    // TIMEX3 season codes: spring, summer, fall, winter.
    static const QStringView seasons[] = {u"SP", u"SU", u"FA", u"WI"};
    for (int i = 0; i < 4; ++i) {
        if (part == seasons[i]) {
            *coarseness = 1;
            return QDate(year, 3 + 3 * i, 1);
        }
    }
    const int month = number(part, &ok);
    *coarseness = 2;
    return ok ? QDate(year, month, 1) : QDate();
}

/// The key of a value such as "2023", "2023-08", "2023-08-17", "2023-08-17T10:00", "201"
/// (a decade), "20" (a century); invalid start when the value is no calendar date.
DateKey keyOf(const QString &value)
{
    const QStringView v = QStringView(value).left(value.indexOf(u'T'));
    const QList<QStringView> parts = v.split(u'-');
    bool ok = false;
    const int lead = number(parts.value(0), &ok);
    if (!ok || parts.value(0).size() < 2 || parts.value(0).size() > 4)
        return {};
    const qsizetype digits = parts.value(0).size();
    if (digits < 4) // a century or a decade
        return {QDate(digits == 2 ? lead * 100 : lead * 10, 1, 1), -2 + int(digits) - 2};
    if (parts.size() == 1)
        return {QDate(lead, 1, 1), 0};
    DateKey key;
    key.start = periodStart(lead, parts[1], &key.coarseness);
    if (parts.size() >= 3 && key.start.isValid()) {
        const int day = number(parts[2], &ok);
        key.start = ok ? QDate(lead, key.start.month(), day) : QDate();
        key.coarseness = value.contains(u'T') ? 5 : 4;
    }
    return key;
}

} // namespace

void TimelineBuilder::run(const Document &, Analysis &analysis) const
{
    QList<int> dated;
    QList<int> undated;
    QHash<int, DateKey> keys;
    for (int i = 0; i < analysis.visits.size(); ++i) {
        const DateKey key = keyOf(analysis.visits[i].date);
        if (key.start.isValid())
            keys.insert(i, key);
        (key.start.isValid() ? dated : undated).append(i);
    }
    // A coarser date sorts before the finer dates inside it ("2023-08" before "2023-08-17");
    // the sort is stable, so equal dates keep text order.
    std::stable_sort(dated.begin(), dated.end(),
                     [&](int a, int b) { return keys.value(a) < keys.value(b); });
    analysis.timeline = dated + undated;
}

} // namespace lector
