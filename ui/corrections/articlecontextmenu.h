// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corrections/correction.h"

#include <QObject>

class QAction;
class QMenu;
class QPoint;

namespace lector {

class ArticleView;
class CorrectionController;

/// The article view's context menu: the view's own actions (Copy, Select All) and the
/// corrections that fit where it opens. On words that are not a name: Mark as > Person, Place,
/// Organization, Other. On a name: Change type >, Not a name, Merge with > (the other entities
/// of its type), Split from (when the entity has several forms). Two check items choose the
/// scope: this mention, every identical mention in the article, or the whole library; toggling
/// them keeps the menu open.
///
/// Opens on a right click (at the pointer) and on Shift+F10 or the Menu key (at the text
/// cursor, using the selection). The chosen correction is emitted after the menu has closed.
/// Contract: reads the controller's corrected analysis, whose offsets are the view's positions.
class ArticleContextMenu : public QObject
{
    Q_OBJECT
public:
    ArticleContextMenu(ArticleView *view, const CorrectionController *controller);

    /// Opens the menu for the character under `viewportPoint`, or, when `atCursor`, for the
    /// text cursor and its selection. Returns when the menu has closed.
    void open(const QPoint &viewportPoint, bool atCursor);

Q_SIGNALS:
    void correctionChosen(const lector::Correction &correction);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addCorrections(QMenu &menu, qsizetype position, bool atCursor);
    void addMarkAs(QMenu &menu, Span span);
    void addMentionActions(QMenu &menu, int mention);
    void addMergeMenu(QMenu &menu, int mention);
    void addScopeActions(QMenu &menu, const QString &text);
    /// Remembers `correction` as the menu's result; the scope is read when the menu closes.
    void choose(QAction *action, const Correction &correction);
    bool toggleScope(QMenu *menu, QAction *action);
    Correction correctionAt(CorrectionKind kind, Span span) const;

    ArticleView *m_view;
    const CorrectionController *m_controller;
    QAction *m_articleScope = nullptr;
    QAction *m_libraryScope = nullptr;
    std::optional<Correction> m_chosen;
};

} // namespace lector
