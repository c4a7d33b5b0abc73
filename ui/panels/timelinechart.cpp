// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinechart.h"

#include "model/visitwording.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace lector {

TimelineChart::TimelineChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineChart"));
    setAccessibleName(tr("Visit timeline"));
    setAccessibleDescription(tr("No visits."));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

void TimelineChart::setAnalysis(const QString &text, const Analysis &analysis)
{
    m_text = text;
    m_analysis = analysis;
    m_filterEntity = -1;
    m_selected = -1;
    m_hovered = -1;
    refilter();
}

void TimelineChart::setFilterEntity(int entity)
{
    m_filterEntity = entity;
    refilter();
}

void TimelineChart::setSelectedVisit(int visit)
{
    m_selected = (visit >= 0 && visit < m_analysis.visits.size()) ? visit : -1;
    setAccessibleDescription(m_selected >= 0 ? describe(m_selected) : QString());
    update();
}

bool TimelineChart::involves(const Visit &visit, int entity) const
{
    return visit.visitor == entity || visit.place == entity || visit.host == entity ||
           visit.metWith.contains(entity);
}

// The TimelineBuilder's order when it ran for every visit; otherwise by start date, stably.
QList<int> TimelineChart::timelineOrder() const
{
    QList<int> order;
    for (int v : m_analysis.timeline) {
        if (v >= 0 && v < m_analysis.visits.size() && !order.contains(v))
            order << v;
    }
    if (order.size() == m_analysis.visits.size())
        return order;
    order.clear();
    for (int v = 0; v < m_analysis.visits.size(); ++v)
        order << v;
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const QString &da = m_analysis.visits.at(a).date;
        const QString &db = m_analysis.visits.at(b).date;
        return da.isEmpty() != db.isEmpty() ? db.isEmpty() : da < db;
    });
    return order;
}

void TimelineChart::refilter()
{
    m_shown.clear();
    for (int v : timelineOrder()) {
        if (m_filterEntity < 0 || involves(m_analysis.visits.at(v), m_filterEntity))
            m_shown << v;
    }
    m_hovered = -1;
    setAccessibleDescription(tr("%n visits shown.", nullptr, int(m_shown.size())));
    relayout();
}

void TimelineChart::relayout()
{
    const int oldHeight = m_layout.height();
    m_layout.build(m_analysis, m_shown, fontMetrics(), locale(), width());
    if (m_layout.height() != oldHeight)
        updateGeometry();
    update();
}

QRect TimelineChart::visitRect(int visit) const
{
    return m_layout.visitRect(visit).toAlignedRect();
}

int TimelineChart::visitAt(const QPoint &point) const
{
    return m_layout.visitAt(point);
}

QString TimelineChart::entityName(int entity) const
{
    if (entity < 0 || entity >= m_analysis.entities.size())
        return tr("?");
    return m_analysis.entities.at(entity).name;
}

// The date as precisely as it is known, as a person writes it: "Tue 15 Aug 2023",
// "August 2023", "2023", "Tue 15 Aug 2023 to Sun 20 Aug 2023 (6 days)".
QString TimelineChart::when(int visit) const
{
    const Visit &v = m_analysis.visits.at(visit);
    QDate begin, end;
    TimelineLayout::Shape shape = TimelineLayout::Shape::Point;
    const QLocale l = locale();
    if (TimelineLayout::dateRange(v, &begin, &end, &shape) && shape == TimelineLayout::Shape::Bar) {
        const QString day = u"ddd d MMM yyyy"_qs;
        return tr("%1 to %2 (%3)")
            .arg(l.toString(begin, day), l.toString(end.addDays(-1), day),
                 VisitWording::duration(v.duration));
    }
    QString out = VisitWording::date(v.date, v.precision, l);
    if (const QString d = VisitWording::duration(v.duration); !d.isEmpty())
        out = tr("%1, for %2").arg(out, d);
    return out;
}

QString TimelineChart::describe(int visit) const
{
    const Visit &v = m_analysis.visits.at(visit);
    QString where = entityName(v.place);
    if (v.region >= 0 && v.region < m_analysis.entities.size())
        where = tr("%1, %2").arg(where, entityName(v.region));
    QString out = tr("%1 in %2, %3").arg(entityName(v.visitor), where, when(visit));
    if (v.status != VisitStatus::Past)
        out = tr("%1 (%2)").arg(out, VisitWording::status(v.status));
    return out;
}

QString TimelineChart::toolTipAt(const QPoint &point) const
{
    const int visit = visitAt(point);
    if (visit < 0)
        return {};
    // Every sentence that tells of the trip (merged mentions), in text order.
    const Visit &v = m_analysis.visits.at(visit);
    QList<Span> spans;
    for (int i : v.sentences)
        if (i >= 0 && i < m_analysis.sentences.size())
            spans << m_analysis.sentences.at(i).span;
    if (spans.isEmpty())
        spans << v.evidence;
    QString tip = u"<p><b>"_qs + describe(visit).toHtmlEscaped() + u"</b></p>"_qs;
    for (const Span &evidence : std::as_const(spans))
        if (!evidence.isEmpty() && evidence.begin >= 0 && evidence.end <= m_text.size())
            tip += u"<p>"_qs +
                   QStringView(m_text)
                       .sliced(evidence.begin, evidence.length())
                       .toString()
                       .toHtmlEscaped() +
                   u"</p>"_qs;
    return tip;
}

QSize TimelineChart::sizeHint() const
{
    return {480, std::max(m_layout.height(), 120)};
}

QSize TimelineChart::minimumSizeHint() const
{
    return {240, std::max(m_layout.height(), 60)};
}

bool TimelineChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this, visitRect(visitAt(help->pos())));
        return true;
    }
    return QWidget::event(event);
}

void TimelineChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void TimelineChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LocaleChange)
        relayout();
}

void TimelineChart::mousePressEvent(QMouseEvent *event)
{
    const int visit = visitAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || visit < 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    setSelectedVisit(visit);
    Q_EMIT visitActivated(visit);
}

void TimelineChart::mouseMoveEvent(QMouseEvent *event)
{
    const int visit = visitAt(event->position().toPoint());
    if (visit != m_hovered) {
        m_hovered = visit;
        setCursor(visit >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void TimelineChart::leaveEvent(QEvent *event)
{
    m_hovered = -1;
    update();
    QWidget::leaveEvent(event);
}

void TimelineChart::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        step(-1);
        break;
    case Qt::Key_Right:
    case Qt::Key_Down:
        step(+1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_selected >= 0)
            Q_EMIT visitActivated(m_selected);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

// Arrow keys walk the visits in timeline order, the way the list below is read.
void TimelineChart::step(int direction)
{
    if (m_shown.isEmpty())
        return;
    const qsizetype at = m_shown.indexOf(m_selected);
    const qsizetype next = at < 0 ? (direction > 0 ? 0 : m_shown.size() - 1)
                                  : std::clamp<qsizetype>(at + direction, 0, m_shown.size() - 1);
    setSelectedVisit(m_shown.at(next));
}

QColor TimelineChart::laneColour(int lane) const
{
    // Hues a golden angle apart stay distinct for any number of lanes.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    return QColor::fromHsv((200 + lane * 137) % 360, dark ? 120 : 170, dark ? 235 : 185);
}

void TimelineChart::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (m_shown.isEmpty()) {
        painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
        painter.drawText(rect(), Qt::AlignCenter, tr("No visits found."));
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    paintLanes(painter);
    paintAxis(painter);
    paintMarks(painter);
    paintUndated(painter);
}

void TimelineChart::paintAxis(QPainter &painter) const
{
    const QRectF plot = m_layout.plotRect();
    if (plot.isEmpty())
        return;
    const QFontMetrics metrics = fontMetrics();
    QColor grid = palette().color(QPalette::Text);
    grid.setAlpha(50);
    for (const TimelineAxis::Tick &tick : m_layout.ticks()) {
        painter.setPen(grid);
        painter.drawLine(QPointF(tick.x, plot.top() - 3), QPointF(tick.x, plot.bottom()));
        if (tick.x + 3 + metrics.horizontalAdvance(tick.label) > plot.right())
            continue;
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QPointF(tick.x + 3, plot.top() - 6 - metrics.descent()), tick.label);
    }
}

void TimelineChart::paintLanes(QPainter &painter) const
{
    const QFontMetrics metrics = fontMetrics();
    const QRectF plot = m_layout.plotRect();
    for (int i = 0; i < m_layout.lanes().size(); ++i) {
        const TimelineLayout::Lane &lane = m_layout.lanes().at(i);
        if (i % 2)
            painter.fillRect(lane.rect, palette().color(QPalette::AlternateBase));
        const QRectF label(lane.rect.left() + 2, lane.rect.top(),
                           plot.left() - lane.rect.left() - 8, metrics.height() + 10);
        painter.setPen(
            laneColour(i).darker(palette().color(QPalette::Base).lightness() < 128 ? 100 : 130));
        painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(lane.name, Qt::ElideRight, int(label.width())));
    }
}

void TimelineChart::paintMarks(QPainter &painter) const
{
    const QFontMetrics metrics = fontMetrics();
    const QColor highlight = palette().color(QPalette::Highlight);
    for (const TimelineLayout::Mark &mark : m_layout.marks()) {
        const QColor colour = laneColour(mark.lane);
        const bool selected = mark.visit == m_selected;
        QPen pen(selected ? highlight : colour.darker(140),
                 selected ? 2.5 : (mark.visit == m_hovered ? 2 : 1));
        QColor fill = colour;
        if (mark.shape == TimelineLayout::Shape::Band) {
            // Uncertainty shown, not hidden: the whole period the date names, faintly.
            fill.setAlpha(70);
            if (!selected)
                pen.setStyle(Qt::DashLine);
        }
        const VisitStatus status = m_analysis.visits.at(mark.visit).status;
        painter.setPen(pen);
        // A planned trip is drawn hollow: not yet made.
        if (status == VisitStatus::Planned)
            painter.setBrush(palette().color(QPalette::Base));
        else
            painter.setBrush(fill);
        if (mark.shape == TimelineLayout::Shape::Point) {
            const QRectF r = mark.rect;
            const QPointF c = r.center();
            painter.drawPolygon(QPolygonF({QPointF(c.x(), r.top()), QPointF(r.right(), c.y()),
                                           QPointF(c.x(), r.bottom()), QPointF(r.left(), c.y())}));
        } else {
            painter.drawRoundedRect(mark.rect, 2, 2);
        }
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(
            mark.labelRect, Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(mark.label, Qt::ElideRight, int(mark.labelRect.width()) + 1));
        if (status == VisitStatus::Cancelled) {
            // Struck through: called off.
            painter.setPen(QPen(palette().color(QPalette::Text), 1.5));
            const qreal y = mark.rect.center().y();
            painter.drawLine(QPointF(mark.rect.left() - 2, y),
                             QPointF(mark.labelRect.left() +
                                         std::min<qreal>(metrics.horizontalAdvance(mark.label),
                                                         mark.labelRect.width()),
                                     y));
        }
        if (selected && hasFocus()) {
            painter.setPen(QPen(highlight, 1, Qt::DotLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(mark.rect.united(mark.labelRect).adjusted(-3, -2, 3, 2));
        }
    }
}

void TimelineChart::paintUndated(QPainter &painter) const
{
    if (m_layout.undated().isEmpty())
        return;
    const QFontMetrics metrics = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::Text));
    const bool hypothetical = std::any_of(
        m_layout.undated().cbegin(), m_layout.undated().cend(), [this](const auto &item) {
            return m_analysis.visits.at(item.visit).status == VisitStatus::Hypothetical;
        });
    painter.drawText(m_layout.undatedHeaderRect(), Qt::AlignLeft | Qt::AlignVCenter,
                     hypothetical ? tr("Undated or hypothetical") : tr("Undated"));
    painter.setFont(font());
    for (const TimelineLayout::Item &item : m_layout.undated()) {
        const bool selected = item.visit == m_selected;
        if (selected)
            painter.fillRect(item.rect, palette().color(QPalette::Highlight));
        else if (item.visit == m_hovered)
            painter.fillRect(item.rect, palette().color(QPalette::AlternateBase));
        painter.setPen(palette().color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QRectF text = item.rect.adjusted(6, 0, -6, 0);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(item.text, Qt::ElideRight, int(text.width())));
    }
}

} // namespace lector
