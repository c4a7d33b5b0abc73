// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

class QDockWidget;
class QLabel;
class QMainWindow;
class QMenu;
class QSpinBox;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace lector {

class ArticleLibrary;
class FeedUpdateJob;
struct FeedJobOutcome;

/// The Feeds dock: the feeds the user subscribed to (File > Subscribe...), each with its items,
/// unread ones in bold with a count per feed. Activating an item marks it read and asks for
/// its article (articleRequested() when the library holds it, else linkRequested()). Updates
/// run in the background (FeedUpdateJob) now and then every N minutes, N set in the dock and
/// kept in the settings (0: only by hand).
class FeedsDock : public QObject
{
    Q_OBJECT
public:
    /// Adds the dock to `window` (tabbed with `tabbedWith` when given) and its toggle to
    /// `viewMenu`.
    FeedsDock(QMainWindow *window, QMenu *viewMenu, QDockWidget *tabbedWith = nullptr);

    /// The library the feeds are kept in (nullptr: none, the dock is empty and disabled).
    void setLibrary(ArticleLibrary *library);
    /// Lists the feeds and items again.
    void refresh();
    /// Asks for a feed's address and subscribes in the background.
    void subscribe();
    void subscribeTo(const QString &url);
    /// Updates every feed in the background (nothing when an update runs).
    void updateNow();
    void cancel();
    bool isBusy() const;
    /// Minutes between background updates; 0 turns them off.
    void setInterval(int minutes);
    int interval() const;

    QDockWidget *dock() const { return m_dock; }
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void articleRequested(qint64 articleId);
    void linkRequested(const QUrl &url);
    /// A line for the status bar.
    void statusMessage(const QString &message);
    /// A subscription or update ended; `summary` says what it did, in one sentence.
    void jobFinished(const QString &summary);

private:
    void onActivated(QTreeWidgetItem *item);
    void onJobFinished(const FeedJobOutcome &outcome);

    QDockWidget *m_dock;
    QTreeWidget *m_tree;
    QLabel *m_state;
    QSpinBox *m_interval;
    QTimer *m_timer;
    FeedUpdateJob *m_job;
    ArticleLibrary *m_library = nullptr;
};

} // namespace lector
