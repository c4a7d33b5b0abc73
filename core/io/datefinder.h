// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringView>

namespace lector {

/// Finds calendar dates written in English or ISO form, for publication dates: datelines
/// ("Friday, May 8, 2009", "May 8, 2009", "8 May 2009", "2009-05-08"), metadata values
/// ("2019-11-18T10:00:00Z", "Mon, 18 Nov 2019 10:00:00 GMT") and web addresses
/// (".../2019/11/18/story"). Month names come from the C locale, so no month is spelled in
/// code. Immutable after construction; use shared() from any thread.
class DateFinder
{
public:
    DateFinder();
    static const DateFinder &shared();

    /// The first full date (year, month, day) in `text`; invalid when none.
    [[nodiscard]] QDate find(QStringView text) const;
    /// A metadata value: ISO 8601 at the start, else the first date find() sees.
    [[nodiscard]] QDate parseValue(QStringView value) const;
    /// A date in a web address: /2019/11/18/, /2019-11-18/ or /20191118/.
    [[nodiscard]] static QDate fromUrl(QStringView url);

private:
    QDate monthFirst(QStringView text, qsizetype at, int month, qsizetype after) const;
    QDate dayFirst(QStringView text, qsizetype dayBegin, qsizetype dayEnd) const;
    /// The month whose name (or abbreviation) the letters at `at` spell; 0 if none.
    int monthAt(QStringView text, qsizetype at, qsizetype *end) const;

    QHash<QString, int> m_months; ///< lower-case long and short names (and "sept") -> 1..12
};

} // namespace lector
