// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: articles from the web. File > Open Link (Ctrl+L), a dropped or pasted address
// (mainwindow.cpp), File > Subscribe... and the Feeds dock. Only the page the user asked for is
// fetched (LinkOpener, PageFetcher); the window stays responsive, the status bar shows the
// progress and Esc cancels.
#include "mainwindow.h"

#include "analysisdocks.h"
#include "feeds/feedsdock.h"
#include "librarydock.h"
#include "messagebar.h"
#include "web/linkopener.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>

namespace lector {

void MainWindow::createWebActions()
{
    m_linkOpener = new LinkOpener(this);
    QMenu *file =
        menuBar()->actions().isEmpty() ? nullptr : menuBar()->actions().constFirst()->menu();
    auto *openLinkAction = new QAction(tr("Open &Link\u2026"), this);
    openLinkAction->setObjectName(QStringLiteral("openLinkAction"));
    openLinkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    openLinkAction->setStatusTip(tr("Fetch an article from the web (only that page)"));
    connect(openLinkAction, &QAction::triggered, this, &MainWindow::askForLink);
    auto *subscribeAction = new QAction(tr("&Subscribe to Feed\u2026"), this);
    subscribeAction->setObjectName(QStringLiteral("subscribeAction"));
    subscribeAction->setStatusTip(tr("Follow an RSS or Atom feed; new items go into the library"));
    if (file) {
        file->insertAction(m_importAction, openLinkAction);
        file->insertAction(m_importAction, subscribeAction);
    }
    addAction(openLinkAction);

    // Esc stops a fetch; the Clear Filter action (also Esc) is off meanwhile, so the key is
    // never ambiguous.
    m_cancelLinkAction = new QAction(tr("Cancel Fetching"), this);
    m_cancelLinkAction->setObjectName(QStringLiteral("cancelLinkAction"));
    m_cancelLinkAction->setShortcut(Qt::Key_Escape);
    m_cancelLinkAction->setEnabled(false);
    connect(m_cancelLinkAction, &QAction::triggered, m_linkOpener, &LinkOpener::cancel);
    addAction(m_cancelLinkAction);

    connect(m_linkOpener, &LinkOpener::progress, this,
            [this](const QString &message) { m_statusLabel->setText(message); });
    connect(m_linkOpener, &LinkOpener::opened, this, &MainWindow::onLinkOpened);
    connect(m_linkOpener, &LinkOpener::failed, this, &MainWindow::onLinkFailed);

    m_feedsDock = new FeedsDock(this, m_viewMenu, m_docks->timelineDock());
    connect(subscribeAction, &QAction::triggered, m_feedsDock, &FeedsDock::subscribe);
    connect(m_feedsDock, &FeedsDock::articleRequested, this, &MainWindow::openLibraryArticle);
    connect(m_feedsDock, &FeedsDock::linkRequested, this, &MainWindow::openLink);
    connect(m_feedsDock, &FeedsDock::statusMessage, this,
            [this](const QString &message) { m_statusLabel->setText(message); });
    connect(m_feedsDock, &FeedsDock::jobFinished, this, [this](const QString &summary) {
        m_statusLabel->setText(summary);
        m_libraryDock->refreshUnlessSearching();
    });
}

void MainWindow::askForLink()
{
    if (const auto url = LinkOpener::askForAddress(this))
        openLink(*url);
}

void MainWindow::openLink(const QUrl &url)
{
    m_clearFilterAction->setEnabled(false);
    m_cancelLinkAction->setEnabled(true);
    m_progress->show();
    m_linkOpener->open(url);
}

void MainWindow::onLinkOpened(const Document &document)
{
    m_cancelLinkAction->setEnabled(false);
    m_progress->hide();
    m_messageBar->hide();
    rememberReadingPosition();
    if (!showCachedAnalysis(document)) { // the library's copy, when it is current
        showArticle(document);
        startAnalysis();
    }
    m_titleLabel->setToolTip(document.url);
    setWindowFilePath(QString());
}

void MainWindow::onLinkFailed(const QString &message)
{
    m_cancelLinkAction->setEnabled(false);
    m_clearFilterAction->setEnabled(m_filterEntity >= 0);
    m_progress->hide();
    m_messageBar->showError(message);
    m_statusLabel->setText(tr("Could not open the link."));
}

} // namespace lector
