// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corrections/correction.h"

#include <QObject>

class QPoint;
class QTreeView;
class QWidget;

namespace lector {

class CorrectionController;
class TimelineChart;

/// The correction menus of the Quotes and Timeline panels. A quotation row offers
/// Speaker > (the people and organizations of the article, by name) and Unknown; a visit row of
/// the timeline list, or a visit mark of the chart, offers Set date..., which asks with a
/// VisitDateDialog. Rows are matched to the Analysis by their IndexRole. The menus open on a
/// right click and from the keyboard (on the current row or selected visit); the correction is
/// emitted after the menu (and the dialog) closed.
/// Contract: the views and the chart outlive this object; the controller's corrected analysis
/// is what the panels show.
class PanelContextMenus : public QObject
{
    Q_OBJECT
public:
    PanelContextMenus(const CorrectionController *controller, QTreeView *quotes,
                      QTreeView *timeline, TimelineChart *chart, QWidget *window);

    /// Opens the speaker menu for `quote` at `globalPos`; returns when it has closed.
    void openQuoteMenu(int quote, const QPoint &globalPos);
    /// Opens the visit menu for `visit` at `globalPos`; returns when it (and the date dialog)
    /// closed.
    void openVisitMenu(int visit, const QPoint &globalPos);

Q_SIGNALS:
    void correctionChosen(const lector::Correction &correction);

private:
    void onQuotesMenu(const QPoint &pos);
    void onTimelineMenu(const QPoint &pos);
    void onChartMenu(const QPoint &pos);
    Correction speakerCorrection(int quote, int entity) const;
    void askVisitDate(int visit);

    const CorrectionController *m_controller;
    QTreeView *m_quotes;
    QTreeView *m_timeline;
    TimelineChart *m_chart;
    QWidget *m_window;
};

} // namespace lector
