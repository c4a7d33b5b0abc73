// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

class QFontMetrics;
class QLocale;

namespace lector {

/// A horizontal date axis: maps the half-open day range [begin, end) onto the pixel range
/// [left, right] and chooses tick marks (days, weeks, months, years, decades, ...) whose labels
/// fit side by side. A value type; cheap to copy.
class TimelineAxis
{
public:
    struct Tick
    {
        QDate date;
        qreal x = 0;
        QString label;
    };

    TimelineAxis() = default;
    /// Requires begin < end and left < right.
    TimelineAxis(QDate begin, QDate end, qreal left, qreal right);

    bool isValid() const { return m_begin.isValid() && m_begin < m_end; }
    QDate begin() const { return m_begin; }
    QDate end() const { return m_end; }
    /// The x of the start of `date` (midnight); dates outside the range extrapolate.
    qreal xOf(QDate date) const;
    /// Ticks inside the range, at the finest step whose labels (formatted with `locale`) keep
    /// a gap between them in `metrics`.
    QList<Tick> ticks(const QFontMetrics &metrics, const QLocale &locale) const;

    /// The range to show for marks covering [first, last): at least a week, with a margin of
    /// a twentieth of the span on each side, so marks at the ends are not cut.
    static void pad(QDate *first, QDate *last);

private:
    QDate m_begin;
    QDate m_end;
    qreal m_left = 0;
    qreal m_right = 0;
};

} // namespace lector
