// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/actorindex.h"

#include <QDialog>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace lector {

class TimelineChart;

/// An actor across the library: the other articles that mention them (title, date, mentions)
/// and a library-wide timeline of their visits, drawn by the TimelineChart (one lane, one mark
/// per visit) above a list (date, place, article, evidence), oldest first. Clicking a mark
/// selects its row; double-clicking an article or a visit emits articleActivated() with the
/// article's id, and the window opens it. Non-modal, reused for the next actor.
class ActorLibraryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ActorLibraryDialog(QWidget *parent = nullptr);

    void setActor(const QString &name, const QList<ActorArticle> &articles,
                  const QList<ActorVisit> &visits);
    QTreeWidget *articlesView() const { return m_articles; }
    QTreeWidget *visitsView() const { return m_visits; }
    TimelineChart *timelineChart() const { return m_chart; }

Q_SIGNALS:
    void articleActivated(qint64 id);

private:
    void onItemActivated(QTreeWidgetItem *item);
    void selectVisit(int visit);

    QLabel *m_heading = nullptr;
    QTreeWidget *m_articles = nullptr;
    QLabel *m_visitsHeading = nullptr;
    TimelineChart *m_chart = nullptr;
    QTreeWidget *m_visits = nullptr;
};

} // namespace lector
