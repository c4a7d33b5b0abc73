// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis.h"
#include "timelinelayout.h"

#include <QWidget>

namespace lector {

/// The visits of an Analysis as a picture: a horizontal date axis, one lane per actor, each
/// dated visit a mark labelled with the place (a diamond for a known day, a bar for a known
/// day and duration, a translucent band over the whole week, month or year when only that is
/// known), and the undated visits in a list beside the lanes. Hovering a visit shows its
/// evidence sentence; clicking (or Enter on the keyboard selection) selects it and emits
/// visitActivated(). setFilterEntity() narrows it to the visits involving one entity, as the
/// Timeline list does. Paints itself from a TimelineLayout rebuilt on every change.
class TimelineChart : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineChart(QWidget *parent = nullptr);

    /// `text` is the Document::text the evidence spans refer to. Clears filter and selection.
    void setAnalysis(const QString &text, const Analysis &analysis);

    int filterEntity() const { return m_filterEntity; }
    /// Shows only the visits whose visitor, place, host or people met is `entity`; -1 all.
    void setFilterEntity(int entity);
    int selectedVisit() const { return m_selected; }
    /// Highlights `visit` (an index into Analysis::visits) without emitting anything.
    void setSelectedVisit(int visit);

    /// The visits shown, dated ones by date first, then the undated ones in text order.
    QList<int> shownVisits() const { return m_shown; }
    /// Where `visit` is painted, in widget coordinates; null when it is not shown.
    QRect visitRect(int visit) const;
    /// The visit painted at `point`, or -1.
    int visitAt(const QPoint &point) const;
    /// The tooltip for `point`: who went where and when, and the evidence sentence.
    QString toolTipAt(const QPoint &point) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// A visit was clicked or chosen with the keyboard.
    void visitActivated(int visit);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refilter();
    void relayout();
    QList<int> timelineOrder() const;
    bool involves(const Visit &visit, int entity) const;
    QString entityName(int entity) const;
    QString when(int visit) const;
    QString describe(int visit) const;
    QColor laneColour(int lane) const;
    void paintAxis(QPainter &painter) const;
    void paintLanes(QPainter &painter) const;
    void paintMarks(QPainter &painter) const;
    void paintUndated(QPainter &painter) const;
    void step(int direction);

    QString m_text;
    Analysis m_analysis;
    QList<int> m_shown;
    TimelineLayout m_layout;
    int m_filterEntity = -1;
    int m_selected = -1;
    int m_hovered = -1;
};

} // namespace lector
