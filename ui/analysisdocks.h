// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis.h"

#include <QList>
#include <QObject>

class QDockWidget;
class QMainWindow;
class QMenu;
class QTreeView;

namespace lector {

class EntityModel;
class EntityPanel;
class HighlightStyle;
class InvolvementPanel;
class QuoteModel;
class TimelineChart;
class TimelineModel;

/// The dock panels that show an analysis: Actors, Places and Organizations on the left, Quotes
/// and the Timeline (chart above, list below) on the right, each with its toggle in the View
/// menu. Owns their models; MainWindow hands it each analysis and wires its signals.
class AnalysisDocks : public QObject
{
    Q_OBJECT
public:
    /// Adds the docks to `window` and their toggles to `viewMenu`.
    AnalysisDocks(QMainWindow *window, QMenu *viewMenu);

    /// Shows `analysis` of `text` in every panel.
    void setAnalysis(const QString &text, const Analysis &analysis);
    /// Filters the Quotes and Timeline panels to `entity` and selects it in the entity panels;
    /// -1 clears.
    void setFilterEntity(int entity);
    /// "In N other articles" of the library under the entity panels; -1 hides it.
    void setLibraryCount(int entity, int count);
    void setSelectedVisit(int visit);
    void setHighlightStyle(const HighlightStyle &style);

    QDockWidget *timelineDock() const { return m_timelineDock; }
    QTreeView *quotesView() const;
    QTreeView *timelineView() const;
    TimelineChart *timelineChart() const { return m_timelineChart; }

Q_SIGNALS:
    void entityActivated(int entity);
    void quoteActivated(int quote);
    void visitActivated(int visit);
    /// The user asked for the entity's other articles in the library.
    void otherArticlesRequested(int entity);

private:
    QDockWidget *addDock(const QString &title, const QString &name, QWidget *panel,
                         Qt::DockWidgetArea area);

    QMainWindow *m_window;
    QMenu *m_viewMenu;
    EntityModel *m_entityModel;
    QuoteModel *m_quoteModel;
    TimelineModel *m_timelineModel;
    QList<EntityPanel *> m_entityPanels;
    InvolvementPanel *m_quotesPanel = nullptr;
    InvolvementPanel *m_timelinePanel = nullptr;
    TimelineChart *m_timelineChart = nullptr;
    QDockWidget *m_timelineDock = nullptr;
};

} // namespace lector
