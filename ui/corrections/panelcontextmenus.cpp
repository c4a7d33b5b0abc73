// SPDX-License-Identifier: GPL-3.0-or-later
#include "panelcontextmenus.h"

#include "correctioncontroller.h"
#include "correctionlabels.h"
#include "models/annotationroles.h"
#include "panels/timelinechart.h"
#include "visitdatedialog.h"

#include <QMenu>
#include <QTreeView>

#include <algorithm>

namespace lector {

namespace {

/// The Analysis index of the row at `pos`, or of the current row when `pos` is on no row (a
/// menu opened from the keyboard); -1 for a group row or nothing.
int itemAt(const QTreeView *view, const QPoint &pos)
{
    QModelIndex index = view->indexAt(pos);
    if (!index.isValid())
        index = view->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(IndexRole).toInt() : -1;
}

QPoint globalFor(const QTreeView *view, const QPoint &pos)
{
    return view->viewport()->mapToGlobal(pos);
}

} // namespace

PanelContextMenus::PanelContextMenus(const CorrectionController *controller, QTreeView *quotes,
                                     QTreeView *timeline, TimelineChart *chart, QWidget *window)
    : QObject(window)
    , m_controller(controller)
    , m_quotes(quotes)
    , m_timeline(timeline)
    , m_chart(chart)
    , m_window(window)
{
    for (QWidget *widget : {static_cast<QWidget *>(quotes), static_cast<QWidget *>(timeline),
                            static_cast<QWidget *>(chart)})
        widget->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(quotes, &QWidget::customContextMenuRequested, this, &PanelContextMenus::onQuotesMenu);
    connect(timeline, &QWidget::customContextMenuRequested, this,
            &PanelContextMenus::onTimelineMenu);
    connect(chart, &QWidget::customContextMenuRequested, this, &PanelContextMenus::onChartMenu);
}

void PanelContextMenus::onQuotesMenu(const QPoint &pos)
{
    openQuoteMenu(itemAt(m_quotes, pos), globalFor(m_quotes, pos));
}

void PanelContextMenus::onTimelineMenu(const QPoint &pos)
{
    openVisitMenu(itemAt(m_timeline, pos), globalFor(m_timeline, pos));
}

void PanelContextMenus::onChartMenu(const QPoint &pos)
{
    const int visit = m_chart->visitAt(pos);
    openVisitMenu(visit >= 0 ? visit : m_chart->selectedVisit(), m_chart->mapToGlobal(pos));
}

void PanelContextMenus::openQuoteMenu(int quote, const QPoint &globalPos)
{
    const Analysis &analysis = m_controller->corrected();
    if (!m_controller->isActive() || quote < 0 || quote >= analysis.quotes.size())
        return;
    QList<int> speakers;
    for (int e = 0; e < analysis.entities.size(); ++e) {
        const EntityType type = analysis.entities.at(e).type;
        if ((type == EntityType::Person || type == EntityType::Organization) &&
            !analysis.entities.at(e).mentions.isEmpty())
            speakers << e;
    }
    std::sort(speakers.begin(), speakers.end(), [&analysis](int a, int b) {
        return analysis.entities.at(a).name.localeAwareCompare(analysis.entities.at(b).name) < 0;
    });
    const int current = analysis.quotes.at(quote).speaker;
    QMenu menu(m_window);
    menu.setObjectName(QStringLiteral("quoteContextMenu"));
    QMenu *speaker = menu.addMenu(tr("&Speaker"));
    speaker->setObjectName(QStringLiteral("speakerMenu"));
    int chosen = -2; // -1 is a choice: the speaker is unknown
    auto addChoice = [&](const QString &label, int entity, const QString &name) {
        QAction *action = speaker->addAction(label);
        action->setObjectName(name);
        action->setCheckable(true);
        action->setChecked(entity == current);
        action->setEnabled(entity != current);
        connect(action, &QAction::triggered, &menu, [&chosen, entity] { chosen = entity; });
    };
    for (int e : std::as_const(speakers))
        addChoice(CorrectionLabels::escaped(analysis.entities.at(e).name), e,
                  u"speaker-"_qs + analysis.entities.at(e).id);
    speaker->addSeparator();
    addChoice(tr("&Unknown"), -1, QStringLiteral("speakerUnknownAction"));
    menu.exec(globalPos);
    if (chosen >= -1)
        Q_EMIT correctionChosen(speakerCorrection(quote, chosen));
}

// The speaker is named by one of its mentions: the last before the quotation (the one a reader
// would take as the antecedent), else the first after it.
Correction PanelContextMenus::speakerCorrection(int quote, int entity) const
{
    const Analysis &analysis = m_controller->corrected();
    const QString &text = m_controller->document().text;
    const Quote &q = analysis.quotes.at(quote);
    Correction c;
    c.kind = CorrectionKind::ReassignSpeaker;
    c.span = q.span;
    c.text = text.mid(q.span.begin, q.span.length());
    if (entity < 0)
        return c;
    const QList<int> &mentions = analysis.entities.at(entity).mentions;
    int best = mentions.constFirst();
    for (int m : mentions) {
        if (analysis.mentions.at(m).span.end <= q.outer.begin)
            best = m;
    }
    c.target = analysis.mentions.at(best).span;
    c.targetText = text.mid(c.target.begin, c.target.length());
    return c;
}

void PanelContextMenus::openVisitMenu(int visit, const QPoint &globalPos)
{
    if (!m_controller->isActive() || visit < 0 || visit >= m_controller->corrected().visits.size())
        return;
    QMenu menu(m_window);
    menu.setObjectName(QStringLiteral("visitContextMenu"));
    QAction *setDate = menu.addAction(tr("Set &Date\u2026"));
    setDate->setObjectName(QStringLiteral("setVisitDateAction"));
    bool ask = false;
    connect(setDate, &QAction::triggered, &menu, [&ask] { ask = true; });
    menu.exec(globalPos);
    if (ask)
        askVisitDate(visit);
}

void PanelContextMenus::askVisitDate(int visit)
{
    const Analysis &analysis = m_controller->corrected();
    const Visit v = analysis.visits.at(visit);
    VisitDateDialog dialog(v.date, v.precision, m_controller->document().published, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The visit is named by its travel cue; when the extractor recorded none, by its evidence
    // sentence (ambiguous only when one sentence holds two visits).
    const Span span = v.cueSpan.isEmpty() ? v.evidence : v.cueSpan;
    Correction c;
    c.kind = CorrectionKind::SetVisitDate;
    c.span = span;
    c.text = m_controller->document().text.mid(span.begin, span.length());
    c.value = dialog.value();
    c.precision = dialog.precision();
    // One cue can tell of several visits ("flew to Lisbon and Porto"): the place tells them apart.
    if (v.place >= 0 && v.place < analysis.entities.size()) {
        const QList<int> &places = analysis.entities.at(v.place).mentions;
        int chosen = places.isEmpty() ? -1 : places.constFirst();
        for (int m : places) {
            if (v.evidence.contains(analysis.mentions.at(m).span)) {
                chosen = m;
                break;
            }
        }
        if (chosen >= 0) {
            c.target = analysis.mentions.at(chosen).span;
            c.targetText = m_controller->document().text.mid(c.target.begin, c.target.length());
        }
    }
    Q_EMIT correctionChosen(c);
}

} // namespace lector
