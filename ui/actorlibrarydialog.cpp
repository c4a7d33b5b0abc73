// SPDX-License-Identifier: GPL-3.0-or-later
#include "actorlibrarydialog.h"

#include "panels/timelinechart.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lector {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int SortRole = Qt::UserRole + 2;
constexpr int VisitRole = Qt::UserRole + 3;

// Sorts by a hidden key (ISO date, mention count) rather than the text shown.
class SortableItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(column, SortRole), b = other.data(column, SortRole);
        if (a.isValid() && b.isValid())
            return QVariant::compare(a, b) == QPartialOrdering::Less;
        return QTreeWidgetItem::operator<(other);
    }
};

QTreeWidget *makeTree(const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setSortingEnabled(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

// The visits as an Analysis the TimelineChart can draw: the actor is entity 0, each place an
// entity after it, and the evidence sentences, one a line, are the text the spans point into.
Analysis libraryTimeline(const QString &name, const QList<ActorVisit> &visits, QString *text)
{
    Analysis a;
    a.entities.append({u"actor"_qs, name, EntityType::Person, {}, {name}, {}, {}, {}});
    QStringList places;
    for (const ActorVisit &v : visits) {
        if (!v.place.isEmpty() && !places.contains(v.place)) {
            places.append(v.place);
            a.entities.append({u"place"_qs, v.place, EntityType::Place, {}, {v.place}, {}, {}, {}});
        }
        Visit visit;
        visit.visitor = 0;
        visit.place = v.place.isEmpty() ? -1 : int(places.indexOf(v.place)) + 1;
        visit.date = v.date;
        visit.precision = v.precision;
        visit.evidence = {text->size(), text->size() + v.evidence.size()};
        *text += v.evidence + u'\n';
        a.timeline.append(int(a.visits.size()));
        a.visits.append(visit);
    }
    return a;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat)
                          : ActorLibraryDialog::tr("no date");
}

} // namespace

ActorLibraryDialog::ActorLibraryDialog(QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_articles(makeTree({tr("Article"), tr("Date"), tr("Mentions")}, this))
    , m_visitsHeading(new QLabel(tr("Visits across the library"), this))
    , m_visits(makeTree({tr("Date"), tr("Place"), tr("Article"), tr("Evidence")}, this))
{
    setObjectName(QStringLiteral("actorLibraryDialog"));
    m_heading->setObjectName(QStringLiteral("actorHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_visitsHeading->setFont(bold);
    m_articles->setObjectName(QStringLiteral("actorArticlesView"));
    m_visits->setObjectName(QStringLiteral("actorVisitsView"));
    m_articles->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_articles->header()->setStretchLastSection(false);
    auto *lower = new QWidget(this);
    auto *chartArea = new QScrollArea(lower);
    chartArea->setWidgetResizable(true);
    chartArea->setFrameShape(QFrame::NoFrame);
    m_chart = new TimelineChart(chartArea);
    m_chart->setObjectName(QStringLiteral("actorTimelineChart"));
    chartArea->setWidget(m_chart);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 6, 0, 0);
    lowerLayout->addWidget(m_visitsHeading);
    lowerLayout->addWidget(chartArea, 2);
    lowerLayout->addWidget(m_visits, 3);
    connect(m_chart, &TimelineChart::visitActivated, this, &ActorLibraryDialog::selectVisit);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_articles);
    splitter->addWidget(lower);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_articles, &QTreeWidget::itemActivated, this, &ActorLibraryDialog::onItemActivated);
    connect(m_visits, &QTreeWidget::itemActivated, this, &ActorLibraryDialog::onItemActivated);
    resize(720, 520);
}

void ActorLibraryDialog::setActor(const QString &name, const QList<ActorArticle> &articles,
                                  const QList<ActorVisit> &visits)
{
    setWindowTitle(tr("%1 in the Library").arg(name));
    const int count = int(articles.size());
    m_heading->setText(
        count == 0   ? tr("%1 appears in no other article of the library.").arg(name)
        : count == 1 ? tr("%1 appears in one other article. Double-click it to open it.").arg(name)
                     : tr("%1 appears in %2 other articles. Double-click one to open it.")
                           .arg(name)
                           .arg(count));
    m_articles->clear();
    for (const ActorArticle &a : articles) {
        auto *item = new SortableItem(m_articles);
        item->setText(0, a.title.isEmpty() ? tr("(untitled)") : a.title);
        item->setText(1, dateText(a.published));
        item->setData(1, SortRole, a.published.isValid() ? a.published.toJulianDay() : 0);
        item->setText(2, QLocale().toString(a.mentions));
        item->setData(2, SortRole, a.mentions);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, IdRole, a.id);
    }
    m_articles->sortByColumn(1, Qt::DescendingOrder);
    m_articles->resizeColumnToContents(1);
    m_visits->clear();
    for (int i = 0; i < visits.size(); ++i) {
        const ActorVisit &v = visits.at(i);
        auto *item = new SortableItem(m_visits);
        item->setText(0, v.date.isEmpty() ? tr("undated") : v.date);
        item->setData(0, SortRole, i); // the library's order: dated by date, then undated
        item->setText(1, v.place);
        item->setText(2, v.articleTitle);
        item->setText(3, v.evidence.simplified());
        item->setToolTip(3, v.evidence);
        item->setData(0, IdRole, v.articleId);
        item->setData(0, VisitRole, i);
    }
    m_visits->sortByColumn(0, Qt::AscendingOrder);
    QString text;
    const Analysis timeline = libraryTimeline(name, visits, &text);
    m_chart->setAnalysis(text, timeline);
    for (int column = 0; column < 3; ++column)
        m_visits->resizeColumnToContents(column);
    m_visitsHeading->setText(visits.isEmpty()
                                 ? tr("No visits of %1 are recorded in the library.").arg(name)
                                 : tr("Visits across the library (%1)").arg(visits.size()));
}

void ActorLibraryDialog::selectVisit(int visit)
{
    for (int row = 0; row < m_visits->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_visits->topLevelItem(row);
        if (item->data(0, VisitRole).toInt() == visit) {
            m_visits->setCurrentItem(item);
            m_visits->scrollToItem(item);
            return;
        }
    }
}

void ActorLibraryDialog::onItemActivated(QTreeWidgetItem *item)
{
    const qint64 id = item ? item->data(0, IdRole).toLongLong() : 0;
    if (id > 0)
        Q_EMIT articleActivated(id);
}

} // namespace lector
