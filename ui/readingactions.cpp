// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingactions.h"

#include "articleview.h"
#include "findbar.h"
#include "legend.h"
#include "readingsettings.h"

#include <QAction>
#include <QMenu>

namespace lector {

ReadingActions::ReadingActions(ArticleView *view, FindBar *findBar, Legend *legend, QWidget *window)
    : QObject(window)
    , m_view(view)
    , m_findBar(findBar)
    , m_legend(legend)
    , m_window(window)
{
    QAction *find = addAction(tr("&Find\u2026"), u"findAction"_qs, QKeySequence::Find);
    connect(find, &QAction::triggered, m_findBar, &FindBar::activate);
    QAction *next = addAction(tr("Find &Next"), u"findNextAction"_qs, QKeySequence::FindNext);
    connect(next, &QAction::triggered, m_findBar, &FindBar::findNext);
    QAction *previous =
        addAction(tr("Find Pre&vious"), u"findPreviousAction"_qs, QKeySequence::FindPrevious);
    connect(previous, &QAction::triggered, m_findBar, &FindBar::findPrevious);
    m_findActions = {find, next, previous};

    QAction *zoomIn = addAction(tr("Zoom &In"), u"zoomInAction"_qs, QKeySequence::ZoomIn);
    connect(zoomIn, &QAction::triggered, m_view,
            [this] { m_view->setPointSize(m_view->pointSize() + 1); });
    QAction *zoomOut = addAction(tr("Zoom &Out"), u"zoomOutAction"_qs, QKeySequence::ZoomOut);
    connect(zoomOut, &QAction::triggered, m_view,
            [this] { m_view->setPointSize(m_view->pointSize() - 1); });
    QAction *reset =
        addAction(tr("&Actual Size"), u"zoomResetAction"_qs, QKeySequence(tr("Ctrl+0")));
    connect(reset, &QAction::triggered, m_view,
            [this] { m_view->setPointSize(ReadingSettings::DefaultPointSize); });
    m_zoomActions = {zoomIn, zoomOut, reset};

    QAction *nextMention =
        addAction(tr("Next &Mention"), u"nextMentionAction"_qs, QKeySequence(Qt::Key_F4));
    nextMention->setStatusTip(tr("Go to the next mention of the name shown"));
    connect(nextMention, &QAction::triggered, m_view, [this] { m_view->revealNextMention(true); });
    QAction *previousMention = addAction(tr("Previous M&ention"), u"previousMentionAction"_qs,
                                         QKeySequence(Qt::SHIFT | Qt::Key_F4));
    connect(previousMention, &QAction::triggered, m_view,
            [this] { m_view->revealNextMention(false); });
    m_mentionActions = {nextMention, previousMention};
    setMentionStepEnabled(false);
    createHighlightActions();
}

QAction *ReadingActions::addAction(const QString &text, const QString &name,
                                   const QKeySequence &key)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(key);
    m_window->addAction(action);
    return action;
}

void ReadingActions::createHighlightActions()
{
    for (int k = 0; k < HighlightStyle::KindCount; ++k) {
        const auto kind = HighlightStyle::Kind(k);
        auto *action = new QAction(HighlightStyle::label(kind), this);
        action->setObjectName(u"showKindAction"_qs + QString::number(k));
        action->setCheckable(true);
        action->setChecked(true);
        connect(action, &QAction::toggled, this, [this, kind](bool shown) {
            if (isKindShown(kind) == shown && m_legend->isKindShown(kind) == shown)
                return;
            setKindShown(kind, shown);
            Q_EMIT kindToggled(kind, shown);
        });
        m_kindActions << action;
    }
    connect(m_legend, &Legend::kindToggled, this, [this](HighlightStyle::Kind kind, bool shown) {
        setKindShown(kind, shown);
        Q_EMIT kindToggled(kind, shown);
    });
}

void ReadingActions::addToMenus(QMenu *edit, QMenu *view) const
{
    edit->addActions(m_findActions);
    view->addSeparator();
    view->addActions(m_zoomActions);
    view->addSeparator();
    view->addActions(m_mentionActions);
    QMenu *highlights = view->addMenu(tr("&Highlights"));
    highlights->setObjectName(QStringLiteral("highlightsMenu"));
    highlights->addActions(m_kindActions);
}

// One place keeps the view, the legend chip and the menu check in agreement.
void ReadingActions::setKindShown(HighlightStyle::Kind kind, bool shown)
{
    m_view->setKindShown(kind, shown);
    m_legend->setKindShown(kind, shown);
    QAction *action = m_kindActions.value(int(kind));
    if (action && action->isChecked() != shown) {
        const QSignalBlocker blocker(action);
        action->setChecked(shown);
    }
}

bool ReadingActions::isKindShown(HighlightStyle::Kind kind) const
{
    return m_view->isKindShown(kind);
}

void ReadingActions::setMentionStepEnabled(bool enabled)
{
    for (QAction *action : std::as_const(m_mentionActions))
        action->setEnabled(enabled);
}

} // namespace lector
