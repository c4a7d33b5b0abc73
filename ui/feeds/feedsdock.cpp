// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feedsdock.h"

#include "feeds/feedupdatejob.h"
#include "library/articlelibrary.h"
#include "library/feedstore.h"

#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lector {

namespace {

constexpr int FeedIdRole = Qt::UserRole;
constexpr int ItemIdRole = Qt::UserRole + 1;
constexpr int DefaultInterval = 30;
const QString IntervalKey = u"feeds/intervalMinutes"_qs;

void setBold(QTreeWidgetItem *item, bool bold)
{
    QFont font = item->font(0);
    font.setBold(bold);
    item->setFont(0, font);
}

QString feedLabel(const FeedRecord &f)
{
    const QString title = f.title.isEmpty() ? f.url : f.title;
    return f.unread > 0 ? QStringLiteral("%1 (%2)").arg(title).arg(f.unread) : title;
}

} // namespace

FeedsDock::FeedsDock(QMainWindow *window, QMenu *viewMenu, QDockWidget *tabbedWith)
    : QObject(window)
    , m_dock(new QDockWidget(tr("Feeds"), window))
    , m_tree(new QTreeWidget)
    , m_state(new QLabel)
    , m_interval(new QSpinBox)
    , m_timer(new QTimer(this))
    , m_job(new FeedUpdateJob(this))
{
    m_dock->setObjectName(u"feedsDock"_qs);
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    auto *subscribeButton = new QToolButton;
    subscribeButton->setText(tr("Subscribe\u2026"));
    subscribeButton->setObjectName(u"feedsSubscribe"_qs);
    auto *updateButton = new QToolButton;
    updateButton->setText(tr("Update"));
    updateButton->setObjectName(u"feedsUpdate"_qs);
    m_interval->setRange(0, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("by hand"));
    m_interval->setToolTip(tr("Minutes between background updates (0: only by hand)"));
    m_interval->setObjectName(u"feedsInterval"_qs);
    bar->addWidget(subscribeButton);
    bar->addWidget(updateButton);
    bar->addStretch();
    bar->addWidget(new QLabel(tr("Every")));
    bar->addWidget(m_interval);
    layout->addLayout(bar);
    m_tree->setObjectName(u"feedsTree"_qs);
    m_tree->setHeaderLabels({tr("Feed / item"), tr("Date")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    layout->addWidget(m_tree, 1);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_dock->setWidget(panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    if (tabbedWith)
        window->tabifyDockWidget(tabbedWith, m_dock);
    if (viewMenu)
        viewMenu->addAction(m_dock->toggleViewAction());

    connect(subscribeButton, &QToolButton::clicked, this, &FeedsDock::subscribe);
    connect(updateButton, &QToolButton::clicked, this, &FeedsDock::updateNow);
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { onActivated(item); });
    connect(m_job, &FeedUpdateJob::progressed, this, [this](const QString &what) {
        m_state->setText(what);
        Q_EMIT statusMessage(what);
    });
    connect(m_job, &FeedUpdateJob::finished, this, &FeedsDock::onJobFinished);
    connect(m_timer, &QTimer::timeout, this, &FeedsDock::updateNow);
    m_interval->setValue(QSettings().value(IntervalKey, DefaultInterval).toInt());
    setInterval(m_interval->value());
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int minutes) {
        QSettings().setValue(IntervalKey, minutes);
        setInterval(minutes);
    });
    setLibrary(nullptr);
}

void FeedsDock::setLibrary(ArticleLibrary *library)
{
    m_library = library;
    m_dock->widget()->setEnabled(library != nullptr);
    refresh();
}

void FeedsDock::refresh()
{
    // Keep what was expanded and selected across the rebuild.
    QSet<qint64> expanded;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->isExpanded())
            expanded.insert(m_tree->topLevelItem(i)->data(0, FeedIdRole).toLongLong());
    m_tree->clear();
    if (!m_library || !m_library->isOpen())
        return;
    const FeedStore store(*m_library);
    for (const FeedRecord &f : store.feeds()) {
        auto *feedItem = new QTreeWidgetItem(m_tree, {feedLabel(f), QString()});
        feedItem->setData(0, FeedIdRole, f.id);
        feedItem->setToolTip(0, f.error.isEmpty() ? f.url : f.url + u"\n"_qs + f.error);
        setBold(feedItem, f.unread > 0);
        for (const FeedItemRecord &item : store.items(f.id, 200)) {
            auto *child = new QTreeWidgetItem(
                feedItem,
                {item.title.isEmpty() ? item.url : item.title,
                 item.published.isValid()
                     ? QLocale().toString(item.published.toLocalTime().date(), QLocale::ShortFormat)
                     : QString()});
            child->setData(0, FeedIdRole, f.id);
            child->setData(0, ItemIdRole, item.id);
            child->setToolTip(0, item.error.isEmpty() ? item.summary : item.error);
            setBold(child, item.unread);
        }
        feedItem->setExpanded(expanded.isEmpty() || expanded.contains(f.id));
    }
    if (!store.lastError().isEmpty())
        m_state->setText(store.lastError());
}

void FeedsDock::subscribe()
{
    bool ok = false;
    const QString url =
        QInputDialog::getText(m_dock->window(), tr("Subscribe to a Feed"),
                              tr("Address of an RSS or Atom feed:"), QLineEdit::Normal, {}, &ok);
    if (ok && !url.trimmed().isEmpty())
        subscribeTo(url.trimmed());
}

void FeedsDock::subscribeTo(const QString &url)
{
    if (!m_library) {
        Q_EMIT jobFinished(tr("Feeds need a library, and none is open."));
        return;
    }
    if (!m_job->subscribe(m_library->path(), url))
        m_state->setText(tr("An update is running; try again when it ends."));
}

void FeedsDock::updateNow()
{
    if (m_library && !m_job->isRunning())
        m_job->update(m_library->path());
}

void FeedsDock::cancel()
{
    m_job->cancel();
}

bool FeedsDock::isBusy() const
{
    return m_job->isRunning();
}

void FeedsDock::setInterval(int minutes)
{
    if (m_interval->value() != minutes)
        m_interval->setValue(minutes);
    if (minutes > 0)
        m_timer->start(minutes * 60 * 1000);
    else
        m_timer->stop();
}

int FeedsDock::interval() const
{
    return m_interval->value();
}

void FeedsDock::onActivated(QTreeWidgetItem *item)
{
    if (!item || !m_library || !item->data(0, ItemIdRole).isValid())
        return;
    FeedStore store(*m_library);
    const auto record = store.item(item->data(0, ItemIdRole).toLongLong());
    if (!record)
        return;
    if (record->unread && store.setUnread(record->id, false)) {
        setBold(item, false);
        if (QTreeWidgetItem *parent = item->parent()) {
            if (const auto feed = store.feed(record->feedId)) {
                parent->setText(0, feedLabel(*feed));
                setBold(parent, feed->unread > 0);
            }
        }
    }
    if (record->articleId > 0)
        Q_EMIT articleRequested(record->articleId);
    else if (!record->url.isEmpty())
        Q_EMIT linkRequested(QUrl(record->url));
}

void FeedsDock::onJobFinished(const FeedJobOutcome &outcome)
{
    const FeedUpdateReport &r = outcome.report;
    const auto count = [](int n, const QString &one, const QString &many) {
        return n == 1 ? one : many.arg(n);
    };
    QString summary;
    if (outcome.subscription && !outcome.error.isEmpty())
        summary = outcome.error;
    else if (r.cancelled)
        summary = tr("Feed update cancelled.");
    else
        summary = (outcome.subscription
                       ? tr("Subscribed")
                       : tr("Feeds updated: %1")
                             .arg(count(r.newItems, tr("1 new item"), tr("%1 new items")))) +
                  u", "_qs +
                  count(r.added, tr("1 article added to the library"),
                        tr("%1 articles added to the library")) +
                  (r.errors.isEmpty()
                       ? u"."_qs
                       : u"; "_qs + count(int(r.errors.size()), tr("1 failed (see its tooltip)."),
                                          tr("%1 failed (see their tooltips).")));
    m_state->setText(summary);
    refresh();
    Q_EMIT jobFinished(summary);
}

} // namespace lector
