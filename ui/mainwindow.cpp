// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "analysisdocks.h"
#include "analysisrunner.h"
#include "analysissummary.h"
#include "articleview.h"
#include "clipboardarticle.h"
#include "corrections/correctioncontroller.h"
#include "export/htmlexporter.h"
#include "io/articlereader.h"
#include "legend.h"
#include "library/articlelibrary.h"
#include "messagebar.h"
#include "publicationdateedit.h"
#include "readingactions.h"
#include "theme.h"
#include "web/linkopener.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace lector {

namespace {

QSettings settings()
{
    return QSettings(QStringLiteral("Lector"), QStringLiteral("Lector"));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_runner(new AnalysisRunner(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Lector"));
    setAcceptDrops(true);
    createActions();
    createCentralWidget();
    createToolBar();
    createDockPanels();
    createStatusBar();
    createReadingActions();
    createPasteAction();
    createCorrections();
    createWebActions();
    connect(m_runner, &AnalysisRunner::started, this, [this] {
        m_progress->show();
        m_statusLabel->setText(tr("Analysing\u2026"));
    });
    connect(m_runner, &AnalysisRunner::finished, this, &MainWindow::onAnalysisFinished);
    readSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_openAction = file->addAction(tr("&Open\u2026"), this, &MainWindow::open);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open an article (text, Markdown or a saved web page)"));
    m_importAction = file->addAction(tr("&Import\u2026"), this, &MainWindow::importFolder);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setStatusTip(tr("Add every article in a folder to the library"));
    m_importAction->setEnabled(false);
    m_exportAction = file->addAction(tr("&Export as HTML\u2026"), this, &MainWindow::exportHtml);
    m_exportAction->setObjectName(QStringLiteral("exportHtmlAction"));
    m_exportAction->setStatusTip(tr("Save the article with its highlights and panels as a page"));
    m_exportAction->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_clearFilterAction =
        m_viewMenu->addAction(tr("&Clear Filter"), this, &MainWindow::clearFilter);
    m_clearFilterAction->setObjectName(QStringLiteral("clearFilterAction"));
    m_clearFilterAction->setShortcut(Qt::Key_Escape);
    m_clearFilterAction->setStatusTip(tr("Show every name again"));
    m_clearFilterAction->setEnabled(false);
    m_darkThemeAction = m_viewMenu->addAction(tr("&Dark Theme"));
    m_darkThemeAction->setObjectName(QStringLiteral("darkThemeAction"));
    m_darkThemeAction->setCheckable(true);
    connect(m_darkThemeAction, &QAction::toggled, this,
            [this](bool dark) { setTheme(dark ? Theme::Dark : Theme::Light); });
    m_viewMenu->addSeparator();
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->addAction(m_openAction);
    bar->addAction(m_exportAction);
    bar->addSeparator();
    m_dateEdit = new PublicationDateEdit(bar);
    bar->addWidget(m_dateEdit);
    connect(m_dateEdit, &PublicationDateEdit::dateEdited, this, &MainWindow::onDateEdited);
    bar->addSeparator();
    m_legend = new Legend(bar);
    bar->addWidget(m_legend);
    bar->addSeparator();
    bar->addAction(m_clearFilterAction);
}

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    m_messageBar = new MessageBar(central);
    m_titleLabel = new QLabel(central);
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setContentsMargins(16, 8, 16, 0);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_view = new ArticleView(central);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);
    connect(m_view, &ArticleView::entityActivated, this, &MainWindow::setFilterEntity);
}

void MainWindow::createDockPanels()
{
    m_docks = new AnalysisDocks(this, m_viewMenu);
    connect(m_docks, &AnalysisDocks::entityActivated, this, &MainWindow::setFilterEntity);
    connect(m_docks, &AnalysisDocks::quoteActivated, this, &MainWindow::revealQuote);
    connect(m_docks, &AnalysisDocks::visitActivated, this, &MainWindow::revealVisit);
    createLibraryDock(m_docks->timelineDock());
}

void MainWindow::createStatusBar()
{
    m_statusLabel = new QLabel(tr("Open an article to begin."), statusBar());
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_progress = new QProgressBar(statusBar());
    m_progress->setObjectName(QStringLiteral("analysisProgress"));
    m_progress->setRange(0, 0); // busy: the pipeline reports no steps
    m_progress->setMaximumWidth(120);
    m_progress->hide();
    m_filterLabel = new QLabel(statusBar());
    m_filterLabel->setObjectName(QStringLiteral("filterLabel"));
    m_filterLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_filterLabel);
    statusBar()->addPermanentWidget(m_progress);
}

void MainWindow::readSettings()
{
    const QSettings s = settings();
    const QByteArray geometry = s.value(u"mainwindow/geometry"_qs).toByteArray();
    if (geometry.isEmpty())
        resize(1200, 800);
    else
        restoreGeometry(geometry);
    restoreState(s.value(u"mainwindow/state"_qs).toByteArray());
    applyReadingSettings(ReadingSettings::load(s));
    m_darkThemeAction->setChecked(s.value(u"mainwindow/darkTheme"_qs, false).toBool());
}

void MainWindow::writeSettings() const
{
    QSettings s = settings();
    s.setValue(u"mainwindow/geometry"_qs, saveGeometry());
    s.setValue(u"mainwindow/state"_qs, saveState());
    s.setValue(u"mainwindow/darkTheme"_qs, m_theme == Theme::Dark);
    writeReadingSettings(s);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &u) { return u.isLocalFile(); }) ||
        LinkOpener::webAddress(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (const auto url = LinkOpener::webAddress(event->mimeData())) { // a link from a browser
        openLink(*url);
        event->acceptProposedAction();
        return;
    }
    // One article at a time: of several files dropped, the last one stays open.
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            openFile(url.toLocalFile());
    }
    event->acceptProposedAction();
}

bool MainWindow::openFile(const QString &path)
{
    const ReadResult read = ArticleReader::readFile(path);
    if (!read.isOk()) {
        m_messageBar->showError(read.error);
        m_statusLabel->setText(tr("Could not open %1.").arg(QFileInfo(path).fileName()));
        return false;
    }
    m_messageBar->hide();
    Document document = read.document;
    if (document.source.isEmpty())
        document.source = path;
    applyDateDefault(document, path);
    rememberReadingPosition();
    if (!showCachedAnalysis(document)) { // the library's copy, when it is current
        showArticle(document);
        startAnalysis();
    }
    onArticleOpened(path);
    return true;
}

void MainWindow::showArticle(const Document &document)
{
    m_document = document;
    m_analysis = Analysis();
    m_corrections->suspend(document);
    m_filterEntity = -1;
    m_view->setArticle(document);
    m_docks->setAnalysis(m_document.text, m_analysis);
    setFilterEntity(-1);
    m_dateEdit->setDate(document.published);
    m_exportAction->setEnabled(false);
    const QString name = QFileInfo(document.source).fileName();
    m_titleLabel->setText(document.title);
    m_titleLabel->setVisible(!document.title.isEmpty());
    setWindowFilePath(document.source);
    setWindowTitle(tr("%1 \u2014 Lector").arg(document.title.isEmpty() ? name : document.title));
}

void MainWindow::startAnalysis()
{
    m_runner->analyse(m_document);
}

void MainWindow::onAnalysisFinished(const Document &document, const Analysis &analysis, qint64 ms)
{
    m_progress->hide();
    m_document = document;
    // The library keeps the automatic analysis; the window shows it with the user's corrections.
    m_analysis = analysis;
    m_articleId = 0;
    addToLibrary();
    m_corrections->setArticle(document, analysis, library(), m_articleId);
    m_analysis = m_corrections->corrected();
    m_filterEntity = -1;
    m_view->setAnalysis(m_analysis);
    m_docks->setAnalysis(document.text, m_analysis);
    setFilterEntity(-1);
    m_exportAction->setEnabled(true);
    updateStatus(ms);
    Q_EMIT analysisShown();
}

void MainWindow::showAnalysis(const Document &document, const Analysis &analysis)
{
    m_runner->discardPending();
    showArticle(document);
    onAnalysisFinished(document, analysis, -1);
}

void MainWindow::updateStatus(qint64 milliseconds)
{
    m_statusLabel->setText(analysisSummary(m_document, m_analysis, milliseconds));
}

void MainWindow::onDateEdited(const QDate &date)
{
    // Relative dates ("on Tuesday") resolve against the publication date: analyse again.
    m_document.published = date;
    m_document.publishedOrigin = date.isValid() ? DateOrigin::User : DateOrigin::Unknown;
    if (!m_document.text.isEmpty())
        startAnalysis();
}

void MainWindow::setFilterEntity(int entity)
{
    if (entity < -1 || entity >= m_analysis.entities.size())
        entity = -1;
    m_filterEntity = entity;
    m_view->setFilterEntity(entity);
    m_docks->setFilterEntity(entity);
    updateLibraryCount(entity);
    m_clearFilterAction->setEnabled(entity >= 0);
    if (m_readingActions)
        m_readingActions->setMentionStepEnabled(entity >= 0);
    m_filterLabel->setText(
        entity >= 0 ? tr("Showing %1 (Esc shows all)").arg(m_analysis.entities.at(entity).name)
                    : QString());
}

void MainWindow::open()
{
    QSettings s = settings();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Article"), s.value(u"lastDirectory"_qs).toString(),
        tr("Articles (*.txt *.md *.html *.htm *.gz);;All files (*)"));
    if (path.isEmpty())
        return;
    s.setValue(u"lastDirectory"_qs, QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::exportHtml()
{
    exportWithDialog(tr("Export as HTML"), u"html"_qs, tr("Web pages (*.html)"));
}

// Asks where to write, next to the article by default; exportFile() picks the format by the
// extension.
void MainWindow::exportWithDialog(const QString &title, const QString &extension,
                                  const QString &filter)
{
    const QFileInfo source(m_document.source);
    const QString suggested =
        source.absolutePath() + u'/' + source.completeBaseName() + u'.' + extension;
    const QString path = QFileDialog::getSaveFileName(this, title, suggested, filter);
    if (path.isEmpty())
        return;
    const QString error = exportFile(path);
    if (!error.isEmpty())
        m_messageBar->showError(error);
    else
        m_statusLabel->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::revealQuote(int quote)
{
    if (quote >= 0 && quote < m_analysis.quotes.size())
        m_view->reveal(m_analysis.quotes.at(quote).outer);
}

void MainWindow::revealVisit(int visit)
{
    m_docks->setSelectedVisit(visit);
    if (visit >= 0 && visit < m_analysis.visits.size())
        m_view->reveal(m_analysis.visits.at(visit).evidence);
}

// Edit > Paste as Article sits first in the Edit menu the reading actions build; the action is
// also the window's, so its shortcut works whatever has focus.
void MainWindow::createPasteAction()
{
    auto *paste = new QAction(tr("Paste as &Article"), this);
    paste->setObjectName(QStringLiteral("pasteArticleAction"));
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    paste->setStatusTip(tr("Open the text or web page on the clipboard as a new article"));
    connect(paste, &QAction::triggered, this, &MainWindow::pasteArticle);
    addAction(paste);
    if (auto *edit = menuBar()->findChild<QMenu *>(u"editMenu"_qs)) {
        const QList<QAction *> actions = edit->actions();
        edit->insertAction(actions.value(0), paste);
        if (!actions.isEmpty())
            edit->insertSeparator(actions.constFirst());
    }
}

void MainWindow::pasteArticle()
{
    if (const auto url = LinkOpener::webAddress(QApplication::clipboard()->mimeData())) {
        openLink(*url); // an address on the clipboard opens its page
        return;
    }
    const ReadResult read = ClipboardArticle::read(QApplication::clipboard()->mimeData());
    if (!read.isOk()) {
        m_messageBar->showError(read.error);
        return;
    }
    m_messageBar->hide();
    showArticle(read.document);
    startAnalysis();
}

void MainWindow::setTheme(Theme theme)
{
    m_theme = theme;
    const bool dark = theme == Theme::Dark;
    setPalette(dark ? darkPalette() : QPalette());
    const HighlightStyle style(dark);
    m_view->setHighlightStyle(style);
    m_legend->setHighlightStyle(style);
    m_docks->setHighlightStyle(style);
    if (m_darkThemeAction->isChecked() != dark)
        m_darkThemeAction->setChecked(dark);
}

} // namespace lector
