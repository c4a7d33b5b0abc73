// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysis.h"
#include "text/document.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;

namespace lector {

class AnalysisRunner;
class ArticleView;
class EntityModel;
class EntityPanel;
class InvolvementPanel;
class Legend;
class MessageBar;
class PublicationDateEdit;
class QuoteModel;
class TimelineModel;

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

public Q_SLOTS:
    /// Filters the view and the Quotes and Timeline panels to `entity`; -1 clears the filter.
    void setFilterEntity(int entity);
    void clearFilter() { setFilterEntity(-1); }

Q_SIGNALS:
    /// The highlights of the current article are painted.
    void analysisShown();

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
    void revealQuote(int quote);
    void revealVisit(int visit);
    void updateStatus(qint64 milliseconds);

    Document m_document;
    Analysis m_analysis;
    int m_filterEntity = -1;
    Theme m_theme = Theme::Light;

    AnalysisRunner *m_runner = nullptr;
    EntityModel *m_entityModel = nullptr;
    QuoteModel *m_quoteModel = nullptr;
    TimelineModel *m_timelineModel = nullptr;

    ArticleView *m_view = nullptr;
    QLabel *m_titleLabel = nullptr;
    MessageBar *m_messageBar = nullptr;
    Legend *m_legend = nullptr;
    PublicationDateEdit *m_dateEdit = nullptr;
    QList<EntityPanel *> m_entityPanels;
    InvolvementPanel *m_quotesPanel = nullptr;
    InvolvementPanel *m_timelinePanel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_filterLabel = nullptr;
    QProgressBar *m_progress = nullptr;

    QMenu *m_viewMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_clearFilterAction = nullptr;
    QAction *m_darkThemeAction = nullptr;
};

} // namespace lector
