// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarydock.h"

#include "library/articleimporter.h"
#include "library/articlelibrary.h"
#include "library/libraryerror.h"
#include "libraryimportjob.h"
#include "models/librarymodel.h"
#include "panels/librarypanel.h"

#include <QDir>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>

namespace lector {

namespace {

constexpr int MaxSkippedShown = 200;

QString skippedText(const ImportReport &report)
{
    QStringList lines;
    for (const ImportReport::Skipped &s : report.skipped.mid(0, MaxSkippedShown))
        lines.append(QDir::toNativeSeparators(s.path) + u": "_qs + s.reason);
    if (report.skipped.size() > MaxSkippedShown)
        lines.append(QObject::tr("\u2026 and %n more.", nullptr,
                                 int(report.skipped.size() - MaxSkippedShown)));
    return lines.join(u'\n');
}

} // namespace

LibraryDock::LibraryDock(QMainWindow *window, QMenu *viewMenu, QDockWidget *tabbedWith)
    : QObject(window)
    , m_window(window)
    , m_model(new LibraryModel(this))
    , m_importJob(new LibraryImportJob(this))
{
    auto *dock = new QDockWidget(tr("Library"), window);
    dock->setObjectName(QStringLiteral("libraryDock"));
    m_panel = new LibraryPanel(m_model, dock);
    m_panel->setObjectName(QStringLiteral("libraryPanel"));
    dock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    viewMenu->addAction(dock->toggleViewAction());
    connect(m_panel, &LibraryPanel::searchRequested, this, &LibraryDock::search);
    connect(m_panel, &LibraryPanel::articleActivated, this, &LibraryDock::articleActivated);
    connect(m_importJob, &LibraryImportJob::finished, this, &LibraryDock::onImportFinished);
    // The article's own panels come first, the library is one click away.
    if (tabbedWith) {
        window->tabifyDockWidget(tabbedWith, dock);
        tabbedWith->raise();
    }
}

void LibraryDock::setLibrary(ArticleLibrary *library)
{
    m_library = library;
    refresh();
}

void LibraryDock::refresh()
{
    search(m_panel->searchText());
}

void LibraryDock::refreshUnlessSearching()
{
    if (m_panel->searchText().isEmpty())
        refresh();
}

void LibraryDock::search(const QString &text)
{
    if (!m_library) {
        m_model->setArticles({});
        return;
    }
    m_model->setArticles(text.isEmpty() ? m_library->articles()
                                        : m_library->search(LibraryPanel::prefixQuery(text), 200));
}

bool LibraryDock::isImporting() const
{
    return m_importJob->isRunning();
}

void LibraryDock::importPaths(const QStringList &paths)
{
    if (!m_library || m_importJob->isRunning())
        return;
    auto *dialog = new QProgressDialog(tr("Reading and analysing articles\u2026"), tr("Cancel"), 0,
                                       0, m_window);
    dialog->setObjectName(QStringLiteral("importProgress"));
    dialog->setWindowTitle(tr("Import"));
    dialog->setMinimumDuration(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QProgressDialog::canceled, m_importJob, &LibraryImportJob::cancel);
    connect(m_importJob, &LibraryImportJob::progressed, dialog, [dialog](int done, int total) {
        dialog->setMaximum(total);
        dialog->setValue(done);
    });
    connect(m_importJob, &LibraryImportJob::finished, dialog, &QWidget::close);
    m_importJob->start(m_library->path(), paths, m_library->password());
    dialog->show();
}

void LibraryDock::onImportFinished(const ImportReport &report)
{
    refresh();
    QString summary = report.error.isEmpty()
                          ? tr("%n article(s) added", nullptr, report.added) +
                                tr(", %n already in the library", nullptr, report.duplicates) +
                                tr(", %n file(s) skipped.", nullptr, int(report.skipped.size()))
                          : tr("The import stopped: %1").arg(LibraryError::explained(report.error));
    if (report.cancelled)
        summary += u' ' + tr("The import was cancelled; the articles stored so far stay.");
    auto *box =
        new QMessageBox(report.error.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                        tr("Import"), summary, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("importReport"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!report.skipped.isEmpty())
        box->setDetailedText(skippedText(report));
    box->open();
    Q_EMIT importFinished(summary);
}

} // namespace lector
