// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/time/timexresolver.h"

namespace lector {

namespace {

QString pad(int value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

int readInt(QStringView s, bool *ok)
{
    if (s.isEmpty()) {
        *ok = false;
        return 0;
    }
    int v = 0;
    for (QChar c : s) {
        if (!c.isDigit()) {
            *ok = false;
            return 0;
        }
        v = v * 10 + c.digitValue();
    }
    *ok = true;
    return v;
}

/// The part after "YYYY-" naming a quarter ("Q3"), an ISO week ("W33") or a season ("SU").
bool parsePeriod(int year, QStringView rest, QDate *date, DatePrecision *precision)
{
    bool ok = false;
    if (rest.startsWith(u'Q')) {
        const int q = readInt(rest.mid(1, 1), &ok);
        if (!ok || q < 1 || q > 4)
            return false;
        *date = QDate(year, (q - 1) * 3 + 1, 1);
        *precision = DatePrecision::Quarter;
        return true;
    }
    if (rest.startsWith(u'W')) {
        const int w = readInt(rest.mid(1, 2), &ok);
        if (!ok)
            return false;
        const QDate jan4(year, 1, 4); // ISO week 1 contains January 4
        *date = jan4.addDays(1 - jan4.dayOfWeek() + 7 * (w - 1));
        *precision = DatePrecision::Week;
        return true;
    }
    if (rest == u"SP" || rest == u"SU" || rest == u"FA" || rest == u"WI") {
        const int month = rest == u"SP" ? 3 : rest == u"SU" ? 6 : rest == u"FA" ? 9 : 12;
        *date = QDate(year, month, 1);
        *precision = DatePrecision::Season;
        return true;
    }
    return false;
}

} // namespace

QString TimexResolver::dayValue(QDate date)
{
    return yearValue(date.year()) + u'-' + pad(date.month(), 2) + u'-' + pad(date.day(), 2);
}

QString TimexResolver::monthValue(int year, int month)
{
    return yearValue(year) + u'-' + pad(month, 2);
}

QString TimexResolver::yearValue(int year)
{
    return pad(year, 4);
}

QString TimexResolver::weekValue(QDate date)
{
    int weekYear = 0;
    const int week = date.weekNumber(&weekYear);
    return yearValue(weekYear) + u"-W" + pad(week, 2);
}

QDate TimexResolver::weekdayNear(QDate from, int weekday, int direction)
{
    if (!from.isValid() || weekday < 1 || weekday > 7)
        return {};
    const int today = from.dayOfWeek();
    if (direction < 0) {
        int back = (today - weekday + 7) % 7;
        if (back == 0 && direction == -2)
            back = 7;
        return from.addDays(-back);
    }
    int ahead = (weekday - today + 7) % 7;
    if (ahead == 0 && direction == 2)
        ahead = 7;
    return from.addDays(ahead);
}

QString TimexResolver::shifted(QDate anchor, QStringView unit, int count)
{
    if (!anchor.isValid())
        return {};
    if (unit == u"D")
        return dayValue(anchor.addDays(count));
    if (unit == u"W" || unit == u"FN")
        return weekValue(anchor.addDays(7 * count * (unit == u"FN" ? 2 : 1)));
    if (unit == u"WE")
        return weekValue(anchor.addDays(7 * count)) + u"-WE";
    if (unit == u"M") {
        const QDate d = anchor.addMonths(count);
        return monthValue(d.year(), d.month());
    }
    if (unit == u"Y")
        return yearValue(anchor.year() + count);
    if (unit == u"Q") {
        const int index = anchor.year() * 4 + (anchor.month() - 1) / 3 + count;
        return yearValue(index / 4) + u"-Q" + QString::number(index % 4 + 1);
    }
    if (unit == u"DE")
        return QString::number(anchor.year() / 10 + count);
    if (unit == u"CE")
        return QString::number(anchor.year() / 100 + count);
    return {};
}

QString TimexResolver::duration(QStringView unit, int count)
{
    const QString n = count < 0 ? QStringLiteral("X") : QString::number(count);
    if (unit == u"H" || unit == u"MIN" || unit == u"S")
        return u"PT" + n + (unit == u"MIN" ? QStringLiteral("M") : unit.toString());
    if (count >= 0 && unit == u"DE")
        return u'P' + QString::number(count * 10) + u'Y';
    if (count >= 0 && unit == u"CE")
        return u'P' + QString::number(count * 100) + u'Y';
    if (count >= 0 && unit == u"Q")
        return u'P' + QString::number(count * 3) + u'M';
    if (count >= 0 && unit == u"FN")
        return u'P' + QString::number(count * 2) + u'W';
    return u'P' + n + unit.toString();
}

QDate TimexResolver::lastDay(QStringView value)
{
    QDate from;
    DatePrecision precision = DatePrecision::None;
    if (!parseValue(value, &from, &precision))
        return {};
    switch (precision) {
    case DatePrecision::Day:
    case DatePrecision::Time:
        return from;
    case DatePrecision::Week:
        return from.addDays(6);
    case DatePrecision::Month:
        return from.addMonths(1).addDays(-1);
    case DatePrecision::Season:
    case DatePrecision::Quarter:
        return from.addMonths(3).addDays(-1);
    case DatePrecision::Year:
        return from.addYears(1).addDays(-1);
    default:
        return {};
    }
}

bool TimexResolver::parseValue(QStringView value, QDate *date, DatePrecision *precision)
{
    bool ok = false;
    const QStringView head = value.left(4);
    if (value.size() == 3 || value.size() == 2) { // decade "199", century "19"
        const int v = readInt(value, &ok);
        if (!ok)
            return false;
        *date = QDate(value.size() == 3 ? v * 10 : v * 100, 1, 1);
        *precision = value.size() == 3 ? DatePrecision::Decade : DatePrecision::Century;
        return true;
    }
    const int year = readInt(head, &ok);
    if (!ok || value.size() < 4)
        return false;
    if (value.size() == 4) {
        *date = QDate(year, 1, 1);
        *precision = DatePrecision::Year;
        return true;
    }
    if (value.size() < 7 || value[4] != u'-')
        return false;
    const QStringView rest = value.mid(5);
    if (rest.startsWith(u'Q') || rest.startsWith(u'W') || (rest.size() == 2 && rest[0].isLetter()))
        return parsePeriod(year, rest, date, precision);
    const int month = readInt(rest.left(2), &ok);
    if (!ok || month < 1 || month > 12)
        return false;
    if (rest.size() == 2) {
        *date = QDate(year, month, 1);
        *precision = DatePrecision::Month;
        return true;
    }
    const int day = rest.size() >= 5 && rest[2] == u'-' ? readInt(rest.mid(3, 2), &ok) : 0;
    const QDate d(year, month, day);
    if (!ok || !d.isValid())
        return false;
    *date = d;
    *precision = rest.size() > 5 ? DatePrecision::Time : DatePrecision::Day;
    return true;
}

DatePrecision TimexResolver::precisionOf(QStringView value)
{
    QDate date;
    DatePrecision precision = DatePrecision::None;
    return parseValue(value, &date, &precision) ? precision : DatePrecision::None;
}

} // namespace lector
