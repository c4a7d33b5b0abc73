// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisdocks.h"

#include "highlightstyle.h"
#include "models/entitymodel.h"
#include "models/quotemodel.h"
#include "models/timelinemodel.h"
#include "panels/entitypanel.h"
#include "panels/involvementpanel.h"
#include "panels/timelinechart.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeView>

namespace lector {

AnalysisDocks::AnalysisDocks(QMainWindow *window, QMenu *viewMenu)
    : QObject(window)
    , m_window(window)
    , m_viewMenu(viewMenu)
    , m_entityModel(new EntityModel(this))
    , m_quoteModel(new QuoteModel(this))
    , m_timelineModel(new TimelineModel(this))
{
    const struct
    {
        EntityType type;
        QString title;
        QString name;
    } kinds[] = {{EntityType::Person, tr("Actors"), QStringLiteral("actors")},
                 {EntityType::Place, tr("Places"), QStringLiteral("places")},
                 {EntityType::Organization, tr("Organizations"), QStringLiteral("organizations")}};
    QList<QDockWidget *> entityDocks;
    for (const auto &kind : kinds) {
        auto *panel = new EntityPanel(m_entityModel, kind.type, window);
        panel->view()->setObjectName(kind.name + u"View"_qs);
        connect(panel, &EntityPanel::entityActivated, this, &AnalysisDocks::entityActivated);
        connect(panel, &EntityPanel::otherArticlesRequested, this,
                &AnalysisDocks::otherArticlesRequested);
        m_entityPanels << panel;
        entityDocks << addDock(kind.title, kind.name, panel, Qt::LeftDockWidgetArea);
    }
    window->splitDockWidget(entityDocks.at(0), entityDocks.at(1), Qt::Vertical);
    window->tabifyDockWidget(entityDocks.at(1), entityDocks.at(2));
    entityDocks.at(1)->raise();

    m_quotesPanel = new InvolvementPanel(m_quoteModel, window);
    m_quotesPanel->view()->setObjectName(QStringLiteral("quotesView"));
    connect(m_quotesPanel, &InvolvementPanel::itemActivated, this, &AnalysisDocks::quoteActivated);
    connect(m_quotesPanel, &InvolvementPanel::entityActivated, this,
            &AnalysisDocks::entityActivated);
    QDockWidget *quotesDock =
        addDock(tr("Quotes"), QStringLiteral("quotes"), m_quotesPanel, Qt::RightDockWidgetArea);

    m_timelinePanel = new InvolvementPanel(m_timelineModel, window);
    m_timelinePanel->view()->setObjectName(QStringLiteral("timelineView"));
    connect(m_timelinePanel, &InvolvementPanel::itemActivated, this,
            &AnalysisDocks::visitActivated);
    // The chart above, scrolling when there are many actors; the list below.
    auto *timeline = new QSplitter(Qt::Vertical, window);
    auto *chartArea = new QScrollArea(timeline);
    chartArea->setObjectName(QStringLiteral("timelineChartArea"));
    chartArea->setWidgetResizable(true);
    chartArea->setFrameShape(QFrame::NoFrame);
    m_timelineChart = new TimelineChart(chartArea);
    chartArea->setWidget(m_timelineChart);
    connect(m_timelineChart, &TimelineChart::visitActivated, this, &AnalysisDocks::visitActivated);
    timeline->addWidget(chartArea);
    timeline->addWidget(m_timelinePanel);
    timeline->setStretchFactor(0, 3);
    timeline->setStretchFactor(1, 2);
    m_timelineDock =
        addDock(tr("Timeline"), QStringLiteral("timeline"), timeline, Qt::RightDockWidgetArea);
    // Names and quotations need room; MainWindow's saved state restores the user's sizes.
    window->resizeDocks({entityDocks.at(0), quotesDock}, {320, 420}, Qt::Horizontal);
}

QDockWidget *AnalysisDocks::addDock(const QString &title, const QString &name, QWidget *panel,
                                    Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(name + u"Dock"_qs);
    panel->setParent(dock);
    panel->setObjectName(name + u"Panel"_qs);
    panel->setAccessibleName(title);
    dock->setWidget(panel);
    m_window->addDockWidget(area, dock);
    m_viewMenu->addAction(dock->toggleViewAction());
    return dock;
}

void AnalysisDocks::setAnalysis(const QString &text, const Analysis &analysis)
{
    m_entityModel->setAnalysis(analysis);
    m_quoteModel->setAnalysis(text, analysis);
    m_timelineModel->setAnalysis(text, analysis);
    m_timelineChart->setAnalysis(text, analysis);
}

void AnalysisDocks::setFilterEntity(int entity)
{
    m_quotesPanel->setFilterEntity(entity);
    m_timelinePanel->setFilterEntity(entity);
    m_timelineChart->setFilterEntity(entity);
    for (EntityPanel *panel : std::as_const(m_entityPanels))
        panel->setCurrentEntity(entity);
}

void AnalysisDocks::setLibraryCount(int entity, int count)
{
    for (EntityPanel *panel : std::as_const(m_entityPanels))
        panel->setLibraryCount(entity, count);
}

void AnalysisDocks::setSelectedVisit(int visit)
{
    m_timelineChart->setSelectedVisit(visit);
}

void AnalysisDocks::setHighlightStyle(const HighlightStyle &style)
{
    m_entityModel->setHighlightStyle(style);
}

QTreeView *AnalysisDocks::quotesView() const
{
    return m_quotesPanel->view();
}

QTreeView *AnalysisDocks::timelineView() const
{
    return m_timelinePanel->view();
}

} // namespace lector
