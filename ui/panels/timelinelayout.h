// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis.h"
#include "timelineaxis.h"

#include <QList>
#include <QRectF>

class QFontMetrics;
class QLocale;

namespace lector {

/// Where the TimelineChart paints what: the date axis, one lane per actor with the actor's
/// dated visits as marks (labelled with the place), and a list of the undated and hypothetical
/// visits beside (or, when narrow, below) the lanes. Pure geometry, no painting, so it can be
/// tested and hit-tested. Marks of one lane never overlap: a mark whose mark or label would collide
/// goes to a further row of the lane.
class TimelineLayout
{
public:
    /// Point: a day (or finer) is known. Band: only a week, month, year, ... is known, drawn as
    /// a translucent band over the whole period. Bar: a day and a duration are known.
    enum class Shape { Point, Band, Bar };

    struct Mark
    {
        int visit = -1;
        Shape shape = Shape::Point;
        int lane = 0;
        QDate begin; ///< first day covered
        QDate end;   ///< one past the last day covered
        QRectF rect;
        QRectF labelRect;
        QString label; ///< the place
    };
    struct Lane
    {
        int entity = -1; ///< the visitor
        QString name;
        QRectF rect; ///< the whole lane, label column included
    };
    struct Item
    {
        int visit = -1;
        QRectF rect;
        QString text; ///< "visitor → place"
    };

    /// Lays out `visits` (indexes into analysis.visits) for a widget `width` pixels wide.
    void build(const Analysis &analysis, const QList<int> &visits, const QFontMetrics &metrics,
               const QLocale &locale, int width);

    const TimelineAxis &axis() const { return m_axis; }
    const QList<TimelineAxis::Tick> &ticks() const { return m_ticks; }
    const QList<Lane> &lanes() const { return m_lanes; }
    const QList<Mark> &marks() const { return m_marks; }
    const QList<Item> &undated() const { return m_undated; }
    /// The lanes' area right of their labels, below the tick labels; empty without dates.
    QRectF plotRect() const { return m_plot; }
    /// The header line of the undated list; empty when every visit is dated.
    QRectF undatedHeaderRect() const { return m_undatedHeader; }
    /// The height everything needs.
    int height() const { return m_height; }

    /// The visit whose mark, label or list item is at `point`, or -1.
    int visitAt(const QPointF &point) const;
    /// Where the visit is painted (its mark, or its item in the undated list); null when it is
    /// not shown.
    QRectF visitRect(int visit) const;

    /// The days [begin, end) a visit covers and how to draw it; false when it has no date that
    /// names a calendar period ("PRESENT_REF", "XXXX-08", none).
    static bool dateRange(const Visit &visit, QDate *begin, QDate *end, Shape *shape);
    /// Days of a TIMEX3 duration ("P6D" 6, "P2W" 14, "P1M" 30); -1 when not a whole number of
    /// days or more ("PT10H", "PXD").
    static int durationDays(QStringView duration);

private:
    void layoutDated(const Analysis &analysis, const QList<int> &dated, const QFontMetrics &metrics,
                     QRectF area);
    void placeHorizontally(Mark &mark, const QFontMetrics &metrics, qreal rowHeight) const;
    static int packLane(QList<Mark> &marks, qreal top, qreal rowHeight);
    void layoutUndated(const Analysis &analysis, const QList<int> &undated,
                       const QFontMetrics &metrics, QRectF area);

    TimelineAxis m_axis;
    QList<TimelineAxis::Tick> m_ticks;
    QList<Lane> m_lanes;
    QList<Mark> m_marks;
    QList<Item> m_undated;
    QRectF m_plot;
    QRectF m_undatedHeader;
    int m_height = 0;
};

} // namespace lector
