// SPDX-License-Identifier: GPL-3.0-or-later
#include "legend.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace lector {

namespace {

constexpr int Padding = 6;
constexpr int Spacing = 6;

Qt::PenStyle penStyle(QTextCharFormat::UnderlineStyle style)
{
    switch (style) {
    case QTextCharFormat::DashUnderline:
        return Qt::DashLine;
    case QTextCharFormat::DotLine:
        return Qt::DotLine;
    case QTextCharFormat::DashDotLine:
        return Qt::DashDotLine;
    default:
        return Qt::SolidLine;
    }
}

} // namespace

Legend::Legend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("legend"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    QStringList names;
    for (int k = 0; k < HighlightStyle::KindCount; ++k)
        names << HighlightStyle::label(HighlightStyle::Kind(k));
    setToolTip(tr("Highlight colours: %1. Click a name to hide or show its highlights.")
                   .arg(names.join(u", "_qs)));
    setAccessibleName(tr("Legend"));
    setAccessibleDescription(toolTip());
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
}

void Legend::setHighlightStyle(const HighlightStyle &style)
{
    m_style = style;
    update();
}

int Legend::chipWidth(HighlightStyle::Kind kind) const
{
    return fontMetrics().horizontalAdvance(HighlightStyle::label(kind)) + 2 * Padding;
}

QSize Legend::sizeHint() const
{
    int width = 0;
    for (int k = 0; k < HighlightStyle::KindCount; ++k)
        width += chipWidth(HighlightStyle::Kind(k)) + Spacing;
    return {width, fontMetrics().height() + 2 * Padding};
}

QRect Legend::chipRect(HighlightStyle::Kind kind) const
{
    int x = 0;
    for (int k = 0; k < int(kind); ++k)
        x += chipWidth(HighlightStyle::Kind(k)) + Spacing;
    return {x, 2, chipWidth(kind), height() - 4};
}

void Legend::setKindShown(HighlightStyle::Kind kind, bool shown)
{
    m_shown[int(kind)] = shown;
    update();
}

void Legend::toggle(HighlightStyle::Kind kind)
{
    m_current = int(kind);
    setKindShown(kind, !isKindShown(kind));
    Q_EMIT kindToggled(kind, isKindShown(kind));
}

void Legend::mouseReleaseEvent(QMouseEvent *event)
{
    for (int k = 0; k < HighlightStyle::KindCount; ++k) {
        const auto kind = HighlightStyle::Kind(k);
        if (event->button() == Qt::LeftButton &&
            chipRect(kind).contains(event->position().toPoint())) {
            toggle(kind);
            return;
        }
    }
    QWidget::mouseReleaseEvent(event);
}

void Legend::keyPressEvent(QKeyEvent *event)
{
    const int last = HighlightStyle::KindCount - 1;
    switch (event->key()) {
    case Qt::Key_Left:
        m_current = std::max(0, m_current - 1);
        break;
    case Qt::Key_Right:
        m_current = std::min(last, m_current + 1);
        break;
    case Qt::Key_Home:
        m_current = 0;
        break;
    case Qt::Key_End:
        m_current = last;
        break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        toggle(currentKind());
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    update();
}

void Legend::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void Legend::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void Legend::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int k = 0; k < HighlightStyle::KindCount; ++k)
        paintChip(painter, chipRect(HighlightStyle::Kind(k)), HighlightStyle::Kind(k));
    if (hasFocus()) {
        // The keyboard's chip gets a frame in the highlight colour, as focused buttons do.
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(chipRect(currentKind()).adjusted(1, 1, -1, -1), 3, 3);
    }
}

void Legend::paintChip(QPainter &painter, const QRect &rect, HighlightStyle::Kind kind) const
{
    const QTextCharFormat format = m_style.format(kind);
    const bool shown = isKindShown(kind);
    // Hidden: an outline instead of the fill and a struck-through label (shape, not colour).
    painter.setPen(shown ? QPen(Qt::NoPen) : QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(shown ? format.background() : QBrush(Qt::NoBrush));
    painter.drawRoundedRect(rect, 3, 3);
    QFont font = painter.font();
    font.setItalic(format.fontItalic());
    font.setStrikeOut(!shown);
    painter.setFont(font);
    painter.setPen(
        palette().color(shown ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
    painter.drawText(rect, Qt::AlignCenter, HighlightStyle::label(kind));
    const auto underline = m_style.underline(kind);
    if (underline == QTextCharFormat::NoUnderline || !shown)
        return;
    const int y = rect.bottom() - 3;
    QPen pen(m_style.colour(kind), 2, penStyle(underline));
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    if (underline != QTextCharFormat::WaveUnderline) {
        painter.drawLine(rect.left() + Padding, y, rect.right() - Padding, y);
        return;
    }
    QPainterPath wave;
    wave.moveTo(rect.left() + Padding, y);
    for (int x = rect.left() + Padding; x < rect.right() - Padding; x += 4)
        wave.quadTo(x + 1, (x / 4) % 2 ? y - 2 : y + 2, x + 4, y);
    painter.drawPath(wave);
}

} // namespace lector
