// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/datefinder.h"

#include <QLocale>

namespace lector {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The end of the run of ASCII digits starting at `at`.
qsizetype digitsEnd(QStringView text, qsizetype at)
{
    while (at < text.size() && isDigit(text[at]))
        ++at;
    return at;
}

int number(QStringView text, qsizetype begin, qsizetype end)
{
    return text.mid(begin, end - begin).toInt();
}

qsizetype skipSpaces(QStringView text, qsizetype at)
{
    while (at < text.size() && (text[at].isSpace() || text[at] == u'.'))
        ++at;
    return at;
}

// After a day number: the ordinal suffix of "8th", "1st", "22nd", "3rd".
qsizetype skipOrdinal(QStringView text, qsizetype at)
{
    if (at + 1 < text.size() && text[at].isLetter() && text[at + 1].isLetter() &&
        (at + 2 >= text.size() || !text[at + 2].isLetter()))
        return at + 2;
    return at;
}

// A four-digit year at `at` (after optional ", "), with no digit following it.
int yearAt(QStringView text, qsizetype at)
{
    if (at < text.size() && text[at] == u',')
        ++at;
    at = skipSpaces(text, at);
    const qsizetype end = digitsEnd(text, at);
    if (end - at != 4)
        return 0;
    const int year = number(text, at, end);
    return (year >= 1800 && year <= 2200) ? year : 0;
}

QDate isoAt(QStringView text, qsizetype at)
{
    // "2009-05-08" or "2009/05/08": four digits, separator, two digits, same separator, two.
    if (at + 10 > text.size())
        return {};
    const QChar sep = text[at + 4];
    if ((sep != u'-' && sep != u'/') || text[at + 7] != sep)
        return {};
    if (digitsEnd(text, at) != at + 4 || digitsEnd(text, at + 5) != at + 7 ||
        digitsEnd(text, at + 8) != at + 10)
        return {};
    return QDate(number(text, at, at + 4), number(text, at + 5, at + 7),
                 number(text, at + 8, at + 10));
}

} // namespace

DateFinder::DateFinder()
{
    const QLocale c = QLocale::c();
    for (int month = 1; month <= 12; ++month) {
        // Every prefix of three letters or more of the long name: "Sep", "Sept", "September".
        const QString name = c.monthName(month, QLocale::LongFormat).toLower();
        for (qsizetype n = 3; n <= name.size(); ++n)
            m_months.insert(name.left(n), month);
    }
}

const DateFinder &DateFinder::shared()
{
    static const DateFinder finder;
    return finder;
}

int DateFinder::monthAt(QStringView text, qsizetype at, qsizetype *end) const
{
    qsizetype e = at;
    while (e < text.size() && text[e].isLetter())
        ++e;
    *end = e;
    if (e - at < 3 || e - at > 9)
        return 0;
    return m_months.value(text.mid(at, e - at).toString().toLower(), 0);
}

// "May 8, 2009", "Sept. 8 2009", "May 8th, 2009": `after` is the end of the month name.
QDate DateFinder::monthFirst(QStringView text, qsizetype, int month, qsizetype after) const
{
    const qsizetype dayBegin = skipSpaces(text, after);
    const qsizetype dayEnd = digitsEnd(text, dayBegin);
    if (dayEnd == dayBegin || dayEnd - dayBegin > 2)
        return {};
    const int year = yearAt(text, skipOrdinal(text, dayEnd));
    return year ? QDate(year, month, number(text, dayBegin, dayEnd)) : QDate();
}

// "8 May 2009", "8th of May, 2009".
QDate DateFinder::dayFirst(QStringView text, qsizetype dayBegin, qsizetype dayEnd) const
{
    qsizetype at = skipSpaces(text, skipOrdinal(text, dayEnd));
    if (text.mid(at, 3).compare(u"of ", Qt::CaseInsensitive) == 0)
        at += 3;
    qsizetype monthEnd = at;
    const int month = monthAt(text, at, &monthEnd);
    if (!month)
        return {};
    const int year =
        yearAt(text, monthEnd < text.size() && text[monthEnd] == u'.' ? monthEnd + 1 : monthEnd);
    return year ? QDate(year, month, number(text, dayBegin, dayEnd)) : QDate();
}

QDate DateFinder::find(QStringView text) const
{
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (isDigit(c)) {
            const qsizetype end = digitsEnd(text, i);
            QDate date = end - i == 4 ? isoAt(text, i) : QDate();
            if (!date.isValid() && end - i <= 2)
                date = dayFirst(text, i, end);
            if (date.isValid())
                return date;
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i;
            const int month = monthAt(text, i, &end);
            if (month) {
                if (const QDate date = monthFirst(text, i, month, end); date.isValid())
                    return date;
            }
            i = end;
        } else {
            ++i;
        }
    }
    return {};
}

QDate DateFinder::parseValue(QStringView value) const
{
    value = value.trimmed();
    if (const QDate iso = isoAt(value, 0); iso.isValid())
        return iso;
    // "20191118" as some sites write it.
    if (value.size() >= 8 && digitsEnd(value, 0) == 8)
        return QDate(number(value, 0, 4), number(value, 4, 6), number(value, 6, 8));
    return find(value);
}

QDate DateFinder::fromUrl(QStringView url)
{
    for (qsizetype i = 0; i + 8 < url.size(); ++i) {
        const qsizetype digits = digitsEnd(url, i + 1) - (i + 1);
        if (url[i] != u'/' || (digits != 4 && digits != 8))
            continue;
        const qsizetype at = i + 1;
        const int year = number(url, at, at + 4);
        if (year < 1990 || year > 2100)
            continue;
        // /2019/11/18/ or /2019-11-18
        if (const QDate d = isoAt(url, at); d.isValid())
            return d;
        // /20191118/
        if (digits == 8)
            if (const QDate d(year, number(url, at + 4, at + 6), number(url, at + 6, at + 8));
                d.isValid())
                return d;
    }
    return {};
}

} // namespace lector
