// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis.h"
#include "model/document.h"
#include "readingsettings.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;

namespace lector {

class AnalysisDocks;
class FeedsDock;
class LinkOpener;
class AnalysisRunner;
class ArticleLibrary;
class CorrectionController;
class LibraryDock;
class ArticleView;
class FindBar;
class ReadingActions;
class Legend;
class MessageBar;
class PublicationDateEdit;

/// The reader window: the article view in the centre, a legend and the publication date in the
/// toolbar, dock panels for actors, places, organizations, quotes and the timeline. Activating
/// an entity anywhere filters the view and the Quotes and Timeline panels to it; Esc clears.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Theme { Light, Dark };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Reads `path` and shows its text at once; the analysis runs off the GUI thread and
    /// analysisShown() is emitted when its highlights are painted. Returns false (and shows the
    /// error in the window's message bar) when the file cannot be read.
    bool openFile(const QString &path);
    /// Shows a document with an analysis already made (no analysis is run, a running one is
    /// dropped): for tests and cached analyses. Emits analysisShown().
    void showAnalysis(const Document &document, const Analysis &analysis);
    void setTheme(Theme theme);
    Theme theme() const { return m_theme; }

    const Document &document() const { return m_document; }
    const Analysis &analysis() const { return m_analysis; }
    /// The entity everything is filtered to, or -1.
    int filterEntity() const { return m_filterEntity; }

    /// Opens the library every analysed article is added to and lists it in the Library dock.
    /// On failure the message bar says why and the window stays a plain reader.
    bool openLibrary(const QString &path);
    /// The open library, or nullptr.
    ArticleLibrary *library() const;
    /// Shows an article of the library and analyses it again.
    bool openLibraryArticle(qint64 id);
    /// Imports the article files under `paths` in the background, with a progress dialog.
    void importPaths(const QStringList &paths);
    /// Fetches the page at `url` in the background (status bar, Esc cancels), then shows and
    /// analyses its article like an opened file (mainwindowweb.cpp).
    void openLink(const QUrl &url);
    /// The Feeds dock (File > Subscribe...).
    FeedsDock *feedsDock() const { return m_feedsDock; }

    /// The user's corrections of the article shown (mainwindowcorrections.cpp); analysis() is
    /// the corrected analysis.
    CorrectionController *corrections() const { return m_corrections; }
    /// Exports the article with its corrected analysis to `path`: JSON with the corrections for
    /// a .json name, else an HTML page. Returns an empty string on success, else the error.
    [[nodiscard]] QString exportFile(const QString &path) const;

    /// Reading comfort (mainwindowreading.cpp). Reopens the most recent article when the
    /// settings ask for it (Preferences > Reopen the last article); returns whether it did.
    bool restoreSession();
    const ReadingSettings &readingSettings() const { return m_reading; }
    /// Applies `settings` (font, theme, highlights) at once; writeSettings() persists them.
    void applyReadingSettings(const ReadingSettings &settings);
    /// The library file in the folder chosen in Preferences, or the default library.
    QString preferredLibraryPath() const;

public Q_SLOTS:
    /// Filters the view and the Quotes and Timeline panels to `entity`; -1 clears the filter.
    void setFilterEntity(int entity);
    void clearFilter() { setFilterEntity(-1); }

Q_SIGNALS:
    /// The highlights of the current article are painted (also after each correction).
    void analysisShown();
    /// An import into the library ended (finished, cancelled or failed) and its report shows.
    void importFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void createCentralWidget();
    void createDockPanels();
    void createStatusBar();
    void readSettings();
    void writeSettings() const;

    void showArticle(const Document &document);
    void startAnalysis();
    void onAnalysisFinished(const Document &document, const Analysis &analysis, qint64 ms);
    void onDateEdited(const QDate &date);
    void open();
    void exportHtml();
    void exportWithDialog(const QString &title, const QString &extension, const QString &filter);
    void revealQuote(int quote);
    void revealVisit(int visit);
    void createPasteAction();
    void pasteArticle();
    void updateStatus(qint64 milliseconds);
    // Reading comfort (mainwindowreading.cpp).
    void createReadingActions();
    void updateRecentMenu();
    void showPreferences();
    void rememberReadingPosition() const;
    void onArticleOpened(const QString &path);
    void applyDateDefault(Document &document, const QString &path) const;
    void writeReadingSettings(QSettings &settings) const;
    // The library (mainwindowlibrary.cpp).
    void createLibraryDock(QDockWidget *tabbedWith);
    void addToLibrary();
    void importFolder();
    void onImportFinished(const QString &summary);
    bool showCachedAnalysis(const Document &document);
    void keepAnalysisCurrent(qint64 articleId);
    void reportLibraryFault(const QString &message);
    void updateLibraryCount(int entity);
    void showActorAcrossLibrary(int entity);
    // Articles from the web (mainwindowweb.cpp).
    void createWebActions();
    void askForLink();
    void onLinkOpened(const Document &document);
    void onLinkFailed(const QString &message);
    // User corrections (mainwindowcorrections.cpp).
    void createCorrections();
    void showCorrected();
    void exportJson();

    Document m_document;
    Analysis m_analysis;
    int m_filterEntity = -1;
    Theme m_theme = Theme::Light;

    AnalysisRunner *m_runner = nullptr;
    AnalysisDocks *m_docks = nullptr;

    ArticleView *m_view = nullptr;
    QLabel *m_titleLabel = nullptr;
    MessageBar *m_messageBar = nullptr;
    Legend *m_legend = nullptr;
    PublicationDateEdit *m_dateEdit = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_filterLabel = nullptr;
    QProgressBar *m_progress = nullptr;

    QMenu *m_viewMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_clearFilterAction = nullptr;
    QAction *m_darkThemeAction = nullptr;

    ReadingSettings m_reading;
    ReadingActions *m_readingActions = nullptr;
    FindBar *m_findBar = nullptr;
    QMenu *m_recentMenu = nullptr;

    std::unique_ptr<ArticleLibrary> m_library;
    LibraryDock *m_libraryDock = nullptr;
    QAction *m_importAction = nullptr;
    /// Set once the library turned out unusable for writing (read-only, locked, full): the
    /// message bar said so once and the window goes on as a reader without writing.
    QString m_libraryFault;

    LinkOpener *m_linkOpener = nullptr;
    QAction *m_cancelLinkAction = nullptr;
    FeedsDock *m_feedsDock = nullptr;

    CorrectionController *m_corrections = nullptr;
    qint64 m_articleId = 0;       ///< the article's id in the library, 0 when it is not kept there
    bool m_showingCached = false; ///< the analysis being shown was just read from the cache
};

} // namespace lector
