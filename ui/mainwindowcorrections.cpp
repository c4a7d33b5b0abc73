// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's user corrections: the context menus that make them, Edit > Undo and Redo, showing
// the corrected analysis, and the exports that carry it. Kept apart from mainwindow.cpp so each
// file stays one subject.
#include "mainwindow.h"

#include "analysisdocks.h"
#include "analysisrunner.h"
#include "articleview.h"
#include "corrections/articlecontextmenu.h"
#include "corrections/correctioncontroller.h"
#include "corrections/panelcontextmenus.h"
#include "export/htmlexporter.h"
#include "export/jsonexporter.h"
#include "messagebar.h"
#include "panels/timelinechart.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QSaveFile>
#include <QScrollBar>
#include <QStatusBar>
#include <QTreeView>

namespace lector {

void MainWindow::createCorrections()
{
    m_corrections = new CorrectionController(this);
    QAction *undo = m_corrections->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_corrections->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(QKeySequence::Redo);
    addActions({undo, redo}); // the shortcuts work wherever the focus is in the window
    if (auto *edit = menuBar()->findChild<QMenu *>(u"editMenu"_qs)) {
        const QList<QAction *> actions = edit->actions();
        edit->insertActions(actions.value(0), {undo, redo});
        if (!actions.isEmpty())
            edit->insertSeparator(actions.constFirst());
    }
    auto *exportJson = new QAction(tr("Export as &JSON\u2026"), this);
    exportJson->setObjectName(QStringLiteral("exportJsonAction"));
    exportJson->setStatusTip(tr("Save the analysis with your corrections as JSON"));
    exportJson->setEnabled(false);
    connect(exportJson, &QAction::triggered, this, &MainWindow::exportJson);
    connect(m_exportAction, &QAction::changed, exportJson,
            [this, exportJson] { exportJson->setEnabled(m_exportAction->isEnabled()); });
    if (auto *file = qobject_cast<QMenu *>(m_exportAction->associatedObjects().value(0))) {
        const QList<QAction *> actions = file->actions();
        file->insertAction(actions.value(actions.indexOf(m_exportAction) + 1), exportJson);
    }

    auto *articleMenu = new ArticleContextMenu(m_view, m_corrections);
    connect(articleMenu, &ArticleContextMenu::correctionChosen, m_corrections,
            &CorrectionController::correct);
    auto *panelMenus =
        new PanelContextMenus(m_corrections, m_docks->quotesView(), m_docks->timelineView(),
                              m_docks->timelineChart(), this);
    connect(panelMenus, &PanelContextMenus::correctionChosen, m_corrections,
            &CorrectionController::correct);
    connect(m_corrections, &CorrectionController::correctedChanged, this,
            &MainWindow::showCorrected);
    // A correction made in another window on the same library: who changed what.
    connect(m_corrections, &CorrectionController::changedElsewhere, this,
            [this](const QString &summary) { statusBar()->showMessage(summary, 10000); });
    connect(m_corrections, &CorrectionController::storeFailed, m_messageBar,
            &MessageBar::showError);
}

// After a correction, made, undone or redone: the panels show the corrected analysis as after
// a fresh analysis, while the reader keeps the place and the entity the view is filtered to.
void MainWindow::showCorrected()
{
    const int scroll = m_view->verticalScrollBar()->value();
    // Entity indexes change with a correction; the filtered entity is found again by where its
    // mentions are.
    QList<qsizetype> anchors;
    if (m_filterEntity >= 0 && m_filterEntity < m_analysis.entities.size()) {
        for (int m : std::as_const(m_analysis.entities.at(m_filterEntity).mentions))
            anchors << m_analysis.mentions.at(m).span.begin;
    }
    m_analysis = m_corrections->corrected();
    m_view->setAnalysis(m_analysis);
    m_docks->setAnalysis(m_document.text, m_analysis);
    int filter = -1;
    for (qsizetype at : std::as_const(anchors)) {
        const int m = m_analysis.mentionAt(at);
        if (m >= 0 && (filter = m_analysis.mentions.at(m).entity) >= 0)
            break;
    }
    setFilterEntity(filter);
    m_view->verticalScrollBar()->setValue(scroll);
    updateStatus(-1);
    QString note;
    // A correction whose words are no longer where it says (or that names nothing here) is
    // skipped, never guessed at: say so, or the reader wonders why nothing changed.
    const int skipped = int(m_corrections->corrections().size()) - m_corrections->appliedCount();
    if (skipped > 0)
        note += tr(" \u2014 %n correction(s) no longer match the text", nullptr, skipped);
    if (!m_corrections->isSaved())
        note += library() ? tr(" \u2014 corrections are not saved: the library cannot be written")
                          : tr(" \u2014 corrections are not saved: no library is open");
    m_statusLabel->setText(m_statusLabel->text() + note);
    Q_EMIT analysisShown();
}

QString MainWindow::exportFile(const QString &path) const
{
    if (!path.endsWith(u".json"_qs, Qt::CaseInsensitive))
        return HtmlExporter::writeFile(path, m_document, m_analysis,
                                       m_corrections->appliedCorrections());
    const QJsonObject object =
        JsonExporter::analysis(m_document, m_analysis, m_corrections->corrections());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void MainWindow::exportJson()
{
    exportWithDialog(tr("Export as JSON"), u"json"_qs, tr("JSON files (*.json)"));
}

} // namespace lector
