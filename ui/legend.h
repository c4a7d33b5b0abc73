// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlightstyle.h"

#include <QWidget>

namespace lector {

/// A row of chips naming each highlight: its colour and its underline style drawn the way the
/// article view draws them. Each chip is a toggle: clicking it hides or shows that kind's
/// highlights (kindToggled()); a hidden kind's chip is drawn hollow and struck through, so its
/// state does not rest on colour. From the keyboard, Tab focuses the legend, Left/Right (or
/// Home/End) choose a chip, drawn with a focus frame, and Space or Enter toggles it.
class Legend : public QWidget
{
    Q_OBJECT
public:
    explicit Legend(QWidget *parent = nullptr);

    void setHighlightStyle(const HighlightStyle &style);
    QSize sizeHint() const override;

    bool isKindShown(HighlightStyle::Kind kind) const { return m_shown[int(kind)]; }
    /// Changes the chip without emitting kindToggled().
    void setKindShown(HighlightStyle::Kind kind, bool shown);
    /// The chip's rectangle, for hit tests and tests.
    QRect chipRect(HighlightStyle::Kind kind) const;
    /// The chip the keyboard acts on.
    HighlightStyle::Kind currentKind() const { return HighlightStyle::Kind(m_current); }

Q_SIGNALS:
    void kindToggled(lector::HighlightStyle::Kind kind, bool shown);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void paintChip(QPainter &painter, const QRect &rect, HighlightStyle::Kind kind) const;
    int chipWidth(HighlightStyle::Kind kind) const;
    void toggle(HighlightStyle::Kind kind);

    HighlightStyle m_style;
    int m_current = 0;
    bool m_shown[HighlightStyle::KindCount] = {true, true, true, true, true, true};
};

} // namespace lector
