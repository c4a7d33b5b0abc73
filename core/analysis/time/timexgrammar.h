// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/time/timexlexicon.h"
#include "model/annotations.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace lector {

/// One word of the text as the grammar sees it: a token, or one part of a hyphenated token
/// ("six-day" is "six" + "day", the second one `joined`).
struct TimexUnit
{
    // Eight-byte members first, then four, then one: 80 bytes instead of 88 with padding, for
    // one unit per token of the window TemporalTagger keeps (docs/performance.md).
    QStringView text;
    qsizetype begin = 0;
    qsizetype end = 0;
    const QList<TimexEntry> *entries = nullptr;
    QDate isoDate;         ///< "2023-08-17"
    int number = -1;       ///< value of an all-digit word ("1990", "17th"), else -1
    int digits = 0;        ///< its digit count
    int sentence = 0;      ///< index of the sentence
    quint32 classes = 0;   ///< bit (1 << TimexClass) for each class of `entries`
    int clock = -1;        ///< "10:30" as minutes after midnight
    qint8 tense = 0;       ///< +1 future marker ("will"), -1 past marker ("said", "visited")
    bool ordinal = false;  ///< "17th"
    bool decade = false;   ///< "1990s"
    bool capital = false;  ///< starts with an upper-case letter
    bool joined = false;   ///< follows the previous unit after a hyphen
    bool meridiem = false; ///< the clock time said a.m. or p.m. ("6:00am")
};

using TimexUnits = std::vector<TimexUnit>;

/// What the grammar knows about the text before the current position.
struct TimexContext
{
    QDate published;              ///< invalid when unknown: relative expressions stay unresolved
    QDate anchor;                 ///< the last date the text named, or the publication date
    int anchorSentence = -1;      ///< the sentence that named `anchor`, -1 for the publication date
    QDate anchorDay;              ///< the last single day the text named, or invalid
    bool anchorIsDay = true;      ///< `anchor` names a day (the publication date does)
    bool anchorHasMonth = true;   ///< `anchor` names a month or a day of one
    int lastQuarter = -1;         ///< year * 4 + quarter - 1 of the last quarter named, or -1
    int lastQuarterSentence = -1; ///< the sentence that named it
};

/// A time expression found at a position: units [first, end).
struct TimexMatch
{
    int first = 0;
    int end = 0; ///< one past the last unit; end <= first means no match
    TimexType type = TimexType::Date;
    QString value;
    bool relative = false;
    bool anchors = true; ///< later expressions may count from it ("a year earlier" does not)
    bool isMatch() const { return end > first; }
};

/// The hand-written grammar of English time expressions, over TimexUnits. Each rule is a
/// small function; match() tries all and keeps the longest. Const and stateless.
class TimexGrammar
{
public:
    TimexMatch match(const TimexUnits &units, int at, const TimexContext &context) const;

private:
    struct Cursor;
    TimexMatch explicitDate(const Cursor &c, int at) const;
    TimexMatch monthDate(const Cursor &c, int at) const;
    TimexMatch dayMonth(const Cursor &c, int at) const;
    TimexMatch rangeEnd(const Cursor &c, int at) const;
    TimexMatch yearOrDecade(const Cursor &c, int at) const;
    TimexMatch weekday(const Cursor &c, int at) const;
    TimexMatch theUnit(const Cursor &c, int at) const;
    TimexMatch inThePeriod(const Cursor &c, int at) const;
    TimexMatch shifted(const Cursor &c, int at) const;
    TimexMatch shiftedName(const Cursor &c, int at) const;
    TimexMatch quantity(const Cursor &c, int at) const;
    TimexMatch agoDate(const Cursor &c, int at, int end, const TimexEntry &unit, int count) const;
    TimexMatch quarter(const Cursor &c, int at) const;
    TimexMatch namedQuarter(const Cursor &c, int at) const;
    TimexMatch deictic(const Cursor &c, int at) const;
    TimexMatch reference(const Cursor &c, int at) const;
    TimexMatch frequency(const Cursor &c, int at) const;
    TimexMatch clockTime(const Cursor &c, int at) const;
    TimexMatch seasonOrHoliday(const Cursor &c, int at) const;
    TimexMatch bareUnit(const Cursor &c, int at) const;
};

} // namespace lector
