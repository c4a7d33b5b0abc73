// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotations.h"

#include <QLocale>
#include <QString>

namespace lector {

/// Dates, durations and statuses of visits written as a person writes them, for the Timeline
/// and the HTML export: "Tue 15 Aug 2023", "August 2023", "week 33 of 2023", "6 days",
/// "planned"; never a raw TIMEX3 code such as "P6D".
class VisitWording
{
public:
    /// A TIMEX3 date value at the precision it has; `precision` None reads it from the value.
    /// "undated" for an empty value.
    static QString date(const QString &value, DatePrecision precision = DatePrecision::None,
                        const QLocale &locale = QLocale(QLocale::English));
    /// A TIMEX3 duration: "P6D" "6 days", "P1W" "1 week", "PT3H" "3 hours", "PXD" "some
    /// days"; empty when it is empty or not a duration.
    static QString duration(const QString &value);
    /// "past", "ongoing", "planned", "cancelled", "hypothetical" (translatable words).
    static QString status(VisitStatus status);
};

} // namespace lector
