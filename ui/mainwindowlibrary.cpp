// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's library: the Library dock, adding analysed articles, search, and File > Import.
// Kept apart from mainwindow.cpp so each file stays one subject.
#include "mainwindow.h"

#include "actorlibrarydialog.h"
#include "analysisdocks.h"
#include "analysisrunner.h"
#include "corrections/correctioncontroller.h"
#include "feeds/feedsdock.h"
#include "library/actorindex.h"
#include "library/analysiscache.h"
#include "library/articlelibrary.h"
#include "library/libraryerror.h"
#include "library/librarylocation.h"
#include "librarydock.h"
#include "librarypassworddialog.h"
#include "messagebar.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QSettings>

namespace lector {

namespace {

// An actor is looked up in other articles by every form it had in this one.
QStringList actorForms(const Entity &entity)
{
    QStringList forms = entity.forms;
    if (!forms.contains(entity.name))
        forms.prepend(entity.name);
    return forms;
}

} // namespace

void MainWindow::createLibraryDock(QDockWidget *tabbedWith)
{
    m_libraryDock = new LibraryDock(this, m_viewMenu, tabbedWith);
    connect(m_libraryDock, &LibraryDock::articleActivated, this, &MainWindow::openLibraryArticle);
    connect(m_libraryDock, &LibraryDock::importFinished, this, &MainWindow::onImportFinished);
    connect(m_docks, &AnalysisDocks::otherArticlesRequested, this,
            &MainWindow::showActorAcrossLibrary);
}

bool MainWindow::openLibrary(const QString &path)
{
    if (!m_library)
        m_library = std::make_unique<ArticleLibrary>();
    m_libraryFault.clear();
    // The undo history and the shown article's id belong to the library being closed: an undo
    // would delete the row of that id in the new one.
    m_corrections->detachLibrary();
    m_articleId = 0;
    m_library->setPassword({}); // a password given for another library is not sent here
    bool ok = m_library->open(path);
    // A team library whose server wants a password libpq did not find, or refused one: asked
    // here until it is accepted or the user cancels; the dialog says whether the server refused
    // a password (one of ~/.pgpass, or the last one typed) or found none.
    while (!ok && m_library->needsPassword()) {
        QString unused;
        const std::optional<LibraryLocation> where = LibraryLocation::parse(path, &unused);
        const std::optional<QString> password =
            where ? LibraryPasswordDialog::ask(this, where->display(), where->user,
                                               m_library->passwordRefused())
                  : std::nullopt;
        if (!password) {
            m_library->setPassword({});
            m_messageBar->showError(
                tr("The team library %1 was not opened: no password was given. Lector keeps "
                   "reading articles without the library; open it again to be asked again.")
                    .arg(where ? where->display() : path));
            break;
        }
        m_library->setPassword(*password);
        ok = m_library->open(path);
    }
    if (!ok) {
        if (!m_library->needsPassword())
            m_messageBar->showError(m_library->lastError());
    } else if (m_library->isReadOnly()) {
        m_libraryFault = m_library->lastError();
        m_messageBar->showError(m_libraryFault);
    }
    m_importAction->setEnabled(ok && m_libraryFault.isEmpty());
    m_libraryDock->setLibrary(library());
    if (m_feedsDock)
        m_feedsDock->setLibrary(m_libraryFault.isEmpty() ? library() : nullptr);
    return ok;
}

ArticleLibrary *MainWindow::library() const
{
    return m_library && m_library->isOpen() ? m_library.get() : nullptr;
}

bool MainWindow::openLibraryArticle(qint64 id)
{
    std::optional<Document> document = library() ? m_library->document(id) : std::nullopt;
    if (!document) {
        m_messageBar->showError(tr("The article is no longer in the library."));
        return false;
    }
    m_messageBar->hide();
    if (!showCachedAnalysis(*document)) {
        showArticle(*document);
        startAnalysis();
    }
    return true;
}

// Called once an analysis is shown: adding is one indexed lookup when the text is already
// there (a re-analysis after a date edit), else one short transaction.
void MainWindow::addToLibrary()
{
    if (!library() || m_document.text.trimmed().isEmpty())
        return;
    // A library that cannot be written is still read: find the article, write nothing.
    if (!m_libraryFault.isEmpty()) {
        m_articleId = m_library->articleIdForText(m_document.text).value_or(0);
        return;
    }
    bool added = false;
    const std::optional<qint64> id = m_library->addArticle(m_document, m_analysis, &added);
    if (!id) {
        reportLibraryFault(
            tr("The article could not be kept in the library: %1").arg(m_library->lastError()));
        return;
    }
    m_articleId = *id;
    if (!added && !m_showingCached)
        keepAnalysisCurrent(*id);
    if (added)
        m_libraryDock->refreshUnlessSearching();
}

void MainWindow::importFolder()
{
    QSettings s(QStringLiteral("Lector"), QStringLiteral("Lector"));
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Import Articles"), s.value(u"lastImportDirectory"_qs).toString());
    if (folder.isEmpty())
        return;
    s.setValue(u"lastImportDirectory"_qs, folder);
    importPaths({folder});
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (!library() || m_libraryDock->isImporting())
        return;
    m_importAction->setEnabled(false);
    m_libraryDock->importPaths(paths);
}

void MainWindow::onImportFinished(const QString &summary)
{
    m_importAction->setEnabled(library() && m_libraryFault.isEmpty());
    m_statusLabel->setText(summary);
    Q_EMIT importFinished();
}

// Shows the library's cached analysis of `document` at once, without running the pipeline;
// false when there is none for this analyser version and publication date.
bool MainWindow::showCachedAnalysis(const Document &document)
{
    const std::optional<Analysis> cached =
        library() ? AnalysisCache(*m_library).find(document) : std::nullopt;
    if (!cached)
        return false;
    m_runner->discardPending();
    showArticle(document);
    // Read and decoded just now: addToLibrary() must not look it up and decode it once more.
    m_showingCached = true;
    onAnalysisFinished(document, *cached, -1);
    m_showingCached = false;
    m_statusLabel->setText(m_statusLabel->text() + tr(" \u2014 from the library"));
    return true;
}

// An article already kept was analysed again (a new analyser version, another publication
// date): the cache follows, so the next opening is instant again.
void MainWindow::keepAnalysisCurrent(qint64 articleId)
{
    AnalysisCache cache(*m_library);
    if (!cache.isCurrent(articleId, m_document) && !cache.store(articleId, m_document, m_analysis))
        reportLibraryFault(
            tr("The analysis could not be kept in the library: %1").arg(cache.lastError()));
}

// Said once: a library that is locked, full or read-only would otherwise repeat the message
// (and, when locked, wait for the busy timeout) with every article opened.
void MainWindow::reportLibraryFault(const QString &message)
{
    if (!m_libraryFault.isEmpty())
        return;
    // Locked is transient (another Lector or an import wrote for longer than the busy
    // timeout): say so, and try again with the next article rather than stop writing.
    if (LibraryError::kindOf(message) == LibraryError::Kind::Locked) {
        m_messageBar->showError(message + u' ' +
                                tr("Lector tries again with the next article you open."));
        return;
    }
    m_libraryFault = message;
    m_messageBar->showError(message + u' ' +
                            tr("Lector goes on as a reader; the articles you open now are not "
                               "added to the library until it is opened again."));
    m_importAction->setEnabled(false);
}

void MainWindow::updateLibraryCount(int entity)
{
    int count = -1;
    if (library() && entity >= 0 && entity < m_analysis.entities.size()) {
        const Entity &e = m_analysis.entities.at(entity);
        count =
            int(ActorIndex(*m_library).otherArticles(actorForms(e), e.type, m_articleId).size());
    }
    m_docks->setLibraryCount(entity, count);
}

void MainWindow::showActorAcrossLibrary(int entity)
{
    if (!library() || entity < 0 || entity >= m_analysis.entities.size())
        return;
    const Entity &e = m_analysis.entities.at(entity);
    const QStringList forms = actorForms(e);
    const ActorIndex index(*m_library);
    auto *dialog = findChild<ActorLibraryDialog *>();
    if (!dialog) {
        dialog = new ActorLibraryDialog(this);
        connect(dialog, &ActorLibraryDialog::articleActivated, this,
                &MainWindow::openLibraryArticle);
    }
    dialog->setActor(e.name, index.otherArticles(forms, e.type, m_articleId), index.visits(forms));
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace lector
