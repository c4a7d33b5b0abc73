// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotations.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace lector {

/// Calendar arithmetic and TIMEX3 value formatting for the temporal tagger. Stateless: every
/// function is static, pure and thread-safe, so other code (timeline, library) may reuse it.
class TimexResolver
{
public:
    /// "2023-08-17"
    static QString dayValue(QDate date);
    /// "2023-08"
    static QString monthValue(int year, int month);
    /// "2023"; years below 1000 are zero-padded ("0800").
    static QString yearValue(int year);
    /// ISO 8601 week of `date`: "2023-W33".
    static QString weekValue(QDate date);

    /// The date with ISO `weekday` (1 Monday .. 7 Sunday) nearest to `from` in `direction`:
    /// -1 on or before, -2 strictly before, +1 on or after, +2 strictly after.
    static QDate weekdayNear(QDate from, int weekday, int direction);
    /// `anchor` moved by `count` units ("Y", "M", "W", "D", "Q", "DE", "CE", "WE", "FN"),
    /// written at the unit's granularity: shifted(2023-08-17, "M", -1) is "2023-07". Empty for
    /// an unknown unit or an invalid anchor.
    static QString shifted(QDate anchor, QStringView unit, int count);
    /// A TIMEX3 duration: duration("D", 6) is "P6D", duration("H", 10) is "PT10H",
    /// duration("Y", -1) is "PXY" (an unspecified number).
    static QString duration(QStringView unit, int count);

    /// The date a TIMEX3 DATE value starts on and how precise it is: "2023-08" gives
    /// 2023-08-01 and Month, "2023-W33" the Monday of that week and Week, "199" 1990-01-01 and
    /// Decade. Returns false (and leaves the outputs alone) for references ("PRESENT_REF"),
    /// durations, sets and unknown parts ("XXXX-08").
    static bool parseValue(QStringView value, QDate *date, DatePrecision *precision);
    /// The last day of the period a TIMEX3 DATE value names ("2023-W33": the Sunday, "2023-08":
    /// the 31st); invalid for a decade or a century, which tell no day's side, and for what
    /// parseValue() does not read.
    static QDate lastDay(QStringView value);
    /// The precision of a TIMEX3 value, None when it names no calendar date.
    static DatePrecision precisionOf(QStringView value);
};

} // namespace lector
