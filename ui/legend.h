// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlightstyle.h"

#include <QWidget>

namespace lector {

/// A row of chips naming each highlight: its colour and its underline style drawn the way the
/// article view draws them.
class Legend : public QWidget
{
    Q_OBJECT
public:
    explicit Legend(QWidget *parent = nullptr);

    void setHighlightStyle(const HighlightStyle &style);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintChip(QPainter &painter, const QRect &rect, HighlightStyle::Kind kind) const;
    int chipWidth(HighlightStyle::Kind kind) const;

    HighlightStyle m_style;
};

} // namespace lector
