// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlightstyle.h"

#include <QObject>

class QAction;
class QMenu;

namespace lector {

class ArticleView;
class FindBar;
class Legend;

/// The reading-comfort actions of the window, kept out of MainWindow: find (Ctrl+F, F3,
/// Shift+F3), zoom (Ctrl +, Ctrl -, Ctrl+0), next/previous mention of the filtered entity (F4,
/// Shift+F4) and one checkable action per highlight kind, kept in step with the legend's chips.
/// Contract: every action is a child of `parent`, added to the window so shortcuts work anywhere
/// in it; the view, bar and legend outlive this object (all share the window as ancestor).
class ReadingActions : public QObject
{
    Q_OBJECT
public:
    ReadingActions(ArticleView *view, FindBar *findBar, Legend *legend, QWidget *window);

    /// Adds Find, Find Next, Find Previous to `edit`; zoom, mention and highlight actions to
    /// `view` (the highlight actions as a submenu).
    void addToMenus(QMenu *edit, QMenu *view) const;

    void setKindShown(HighlightStyle::Kind kind, bool shown);
    bool isKindShown(HighlightStyle::Kind kind) const;

    /// Set when the entity filter changes: mention stepping needs one.
    void setMentionStepEnabled(bool enabled);

Q_SIGNALS:
    /// A highlight kind was switched on or off by the user (legend or menu).
    void kindToggled(lector::HighlightStyle::Kind kind, bool shown);

private:
    QAction *addAction(const QString &text, const QString &name, const QKeySequence &key);
    void createHighlightActions();

    ArticleView *m_view = nullptr;
    FindBar *m_findBar = nullptr;
    Legend *m_legend = nullptr;
    QWidget *m_window = nullptr;
    QList<QAction *> m_findActions;
    QList<QAction *> m_zoomActions;
    QList<QAction *> m_mentionActions;
    QList<QAction *> m_kindActions;
};

} // namespace lector
