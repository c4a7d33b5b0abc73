// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinelayout.h"

#include "analysis/time/timexresolver.h"
#include "model/visitwording.h"

#include <QFontMetrics>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace lector {

namespace {

constexpr qreal Margin = 8;
constexpr qreal Gap = 4;

QString nameOf(const Analysis &analysis, int entity)
{
    if (entity < 0 || entity >= analysis.entities.size())
        return u"?"_qs;
    return analysis.entities.at(entity).name;
}

int rowHeightFor(const QFontMetrics &metrics)
{
    return metrics.height() + 8;
}

} // namespace

void TimelineLayout::build(const Analysis &analysis, const QList<int> &visits,
                           const QFontMetrics &metrics, const QLocale &locale, int width)
{
    *this = TimelineLayout();
    QList<int> dated;
    QList<int> undated;
    for (int v : visits) {
        QDate begin, end;
        Shape shape = Shape::Point;
        // A hypothetical trip is listed, never charted: it has no place in time.
        const Visit &visit = analysis.visits.at(v);
        const bool charted =
            visit.status != VisitStatus::Hypothetical && dateRange(visit, &begin, &end, &shape);
        (charted ? dated : undated) << v;
    }
    const QRectF full(Margin, Margin, std::max<qreal>(width - 2 * Margin, 40), 0);
    QRectF datedArea = full;
    QRectF undatedArea = full;
    // Side by side when there is room for both; otherwise the undated list goes below.
    const bool side = !dated.isEmpty() && !undated.isEmpty() && width >= 520;
    if (side) {
        const qreal sideWidth = std::clamp<qreal>(width * 0.3, 160, 260);
        undatedArea.setLeft(full.right() - sideWidth);
        datedArea.setRight(undatedArea.left() - 2 * Margin);
    }
    qreal bottom = Margin;
    if (!dated.isEmpty()) {
        layoutDated(analysis, dated, metrics, datedArea);
        m_ticks = m_axis.ticks(metrics, locale);
        bottom = m_plot.bottom();
        if (!side)
            undatedArea.moveTop(bottom + 2 * Margin);
    }
    if (!undated.isEmpty()) {
        layoutUndated(analysis, undated, metrics, undatedArea);
        bottom = std::max(bottom, m_undated.constLast().rect.bottom());
    }
    m_height = int(std::ceil(bottom + Margin));
}

void TimelineLayout::layoutDated(const Analysis &analysis, const QList<int> &dated,
                                 const QFontMetrics &metrics, QRectF area)
{
    // One lane per visitor, in the order of their first visit on the timeline.
    QList<int> laneEntities;
    QList<QList<Mark>> laneMarks;
    QDate first, last;
    qreal labelWidth = 0;
    for (int v : dated) {
        const Visit &visit = analysis.visits.at(v);
        Mark mark;
        mark.visit = v;
        dateRange(visit, &mark.begin, &mark.end, &mark.shape);
        mark.label = nameOf(analysis, visit.place);
        mark.lane = int(laneEntities.indexOf(visit.visitor));
        if (mark.lane < 0) {
            mark.lane = int(laneEntities.size());
            laneEntities << visit.visitor;
            laneMarks.append(QList<Mark>());
            labelWidth = std::max<qreal>(
                labelWidth, metrics.horizontalAdvance(nameOf(analysis, visit.visitor)));
        }
        laneMarks[mark.lane] << mark;
        first = first.isValid() ? std::min(first, mark.begin) : mark.begin;
        last = last.isValid() ? std::max(last, mark.end) : mark.end;
    }
    TimelineAxis::pad(&first, &last);
    labelWidth = std::min(labelWidth + 3 * Gap, area.width() / 4);
    const qreal plotLeft = area.left() + labelWidth;
    m_axis = TimelineAxis(first, last, plotLeft, area.right());
    const qreal rowHeight = rowHeightFor(metrics);
    const qreal top = area.top() + metrics.height() + 6; // the tick labels
    qreal laneTop = top;
    for (int lane = 0; lane < laneEntities.size(); ++lane) {
        QList<Mark> &marks = laneMarks[lane];
        for (Mark &mark : marks)
            placeHorizontally(mark, metrics, rowHeight);
        const int rows = packLane(marks, laneTop + 2, rowHeight);
        const qreal height = rows * rowHeight + 4;
        m_lanes.append({laneEntities.at(lane), nameOf(analysis, laneEntities.at(lane)),
                        QRectF(area.left(), laneTop, area.width(), height)});
        m_marks += marks;
        laneTop += height;
    }
    m_plot = QRectF(plotLeft, top, area.right() - plotLeft, laneTop - top);
}

// A day is a small square (a diamond when painted) in the middle of the day; a period is as
// wide as it lasts. The place is written after the mark, inside a band that is wide enough,
// or before the mark at the right edge.
void TimelineLayout::placeHorizontally(Mark &mark, const QFontMetrics &metrics,
                                       qreal rowHeight) const
{
    const qreal x0 = m_axis.xOf(mark.begin);
    const qreal x1 = m_axis.xOf(mark.end);
    const qreal markHeight = rowHeight - 6;
    if (mark.shape == Shape::Point) {
        const qreal side = std::min<qreal>(markHeight, 12);
        mark.rect = QRectF((x0 + x1 - side) / 2, 0, side, side);
    } else {
        mark.rect = QRectF(x0, 0, std::max<qreal>(x1 - x0, Gap), markHeight);
    }
    const qreal textWidth = metrics.horizontalAdvance(mark.label);
    const qreal plotLeft = m_axis.xOf(m_axis.begin());
    const qreal plotRight = m_axis.xOf(m_axis.end());
    qreal left = mark.rect.right() + Gap;
    qreal width = textWidth;
    if (mark.shape == Shape::Band && textWidth + 2 * Gap <= mark.rect.width())
        left = mark.rect.left() + Gap;
    else if (left + textWidth > plotRight && mark.rect.left() - Gap - textWidth >= plotLeft)
        left = mark.rect.left() - Gap - textWidth;
    else if (left + textWidth > plotRight)
        width = std::max<qreal>(0, plotRight - left); // elided when painted
    mark.labelRect = QRectF(left, 0, width, markHeight);
}

// Greedy interval packing: each mark goes to the first row where it and its label start after
// everything already there ends.
int TimelineLayout::packLane(QList<Mark> &marks, qreal top, qreal rowHeight)
{
    std::stable_sort(marks.begin(), marks.end(), [](const Mark &a, const Mark &b) {
        return a.rect.united(a.labelRect).left() < b.rect.united(b.labelRect).left();
    });
    QList<qreal> rowEnds;
    for (Mark &mark : marks) {
        const QRectF extent = mark.rect.united(mark.labelRect);
        int row = 0;
        while (row < rowEnds.size() && rowEnds.at(row) + Gap > extent.left())
            ++row;
        if (row == rowEnds.size())
            rowEnds << extent.right();
        else
            rowEnds[row] = extent.right();
        const qreal rowTop = top + row * rowHeight;
        mark.rect.moveTop(rowTop + (rowHeight - mark.rect.height()) / 2);
        mark.labelRect.moveTop(rowTop + 3);
    }
    return std::max<int>(1, int(rowEnds.size()));
}

void TimelineLayout::layoutUndated(const Analysis &analysis, const QList<int> &undated,
                                   const QFontMetrics &metrics, QRectF area)
{
    const qreal rowHeight = rowHeightFor(metrics);
    m_undatedHeader = QRectF(area.left(), area.top(), area.width(), metrics.height() + 6);
    qreal y = m_undatedHeader.bottom();
    for (int v : undated) {
        const Visit &visit = analysis.visits.at(v);
        m_undated.append({v, QRectF(area.left(), y, area.width(), rowHeight),
                          nameOf(analysis, visit.visitor) + u" \u2192 "_qs +
                              nameOf(analysis, visit.place) +
                              (visit.status == VisitStatus::Past
                                   ? QString()
                                   : u" ("_qs + VisitWording::status(visit.status) + u")"_qs)});
        y += rowHeight;
    }
}

int TimelineLayout::visitAt(const QPointF &point) const
{
    for (auto it = m_marks.crbegin(); it != m_marks.crend(); ++it) {
        if (it->rect.adjusted(-3, -3, 3, 3).contains(point) || it->labelRect.contains(point))
            return it->visit;
    }
    for (const Item &item : m_undated) {
        if (item.rect.contains(point))
            return item.visit;
    }
    return -1;
}

QRectF TimelineLayout::visitRect(int visit) const
{
    for (const Mark &mark : m_marks) {
        if (mark.visit == visit)
            return mark.rect;
    }
    for (const Item &item : m_undated) {
        if (item.visit == visit)
            return item.rect;
    }
    return {};
}

bool TimelineLayout::dateRange(const Visit &visit, QDate *begin, QDate *end, Shape *shape)
{
    QDate start;
    DatePrecision precision = DatePrecision::None;
    if (visit.date.isEmpty() || !TimexResolver::parseValue(visit.date, &start, &precision))
        return false;
    QDate stop;
    switch (precision) {
    case DatePrecision::None:
        return false;
    case DatePrecision::Time:
    case DatePrecision::Day:
        stop = start.addDays(1);
        break;
    case DatePrecision::Week:
        stop = start.addDays(7);
        break;
    case DatePrecision::Month:
        stop = start.addMonths(1);
        break;
    case DatePrecision::Season:
    case DatePrecision::Quarter:
        stop = start.addMonths(3);
        break;
    case DatePrecision::Year:
        stop = start.addYears(1);
        break;
    case DatePrecision::Decade:
        stop = start.addYears(10);
        break;
    case DatePrecision::Century:
        stop = start.addYears(100);
        break;
    }
    *shape = stop == start.addDays(1) ? Shape::Point : Shape::Band;
    // "arrived on 3 May for a six-day visit": a known start day and length make a bar.
    if (const int days = durationDays(visit.duration); *shape == Shape::Point && days > 1) {
        stop = start.addDays(days);
        *shape = Shape::Bar;
    }
    *begin = start;
    *end = stop;
    return start.isValid() && stop.isValid();
}

int TimelineLayout::durationDays(QStringView duration)
{
    if (duration.size() < 3 || duration.front() != u'P' || duration.at(1) == u'T')
        return -1;
    bool ok = false;
    const int count = duration.sliced(1, duration.size() - 2).toInt(&ok);
    if (!ok || count <= 0)
        return -1;
    switch (duration.back().unicode()) {
    case 'D':
        return count;
    case 'W':
        return 7 * count;
    case 'M':
        return 30 * count;
    case 'Y':
        return 365 * count;
    }
    return -1;
}

} // namespace lector
