// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QDockWidget;
class QMainWindow;
class QMenu;

namespace lector {

class ArticleLibrary;
class LibraryImportJob;
class LibraryModel;
class LibraryPanel;
struct ImportReport;

/// The Library dock: the articles of the open library, searched as the user types, and imports
/// of folders in the background with a progress dialog and a report. MainWindow keeps the
/// library itself (which articles go in, faults); this class lists and imports.
class LibraryDock : public QObject
{
    Q_OBJECT
public:
    /// Adds the dock to `window`, tabbed with `tabbedWith` (which stays in front), and its
    /// toggle to `viewMenu`.
    LibraryDock(QMainWindow *window, QMenu *viewMenu, QDockWidget *tabbedWith);

    /// The library listed, or nullptr for none; lists it at once.
    void setLibrary(ArticleLibrary *library);
    /// Lists the library again with the current search.
    void refresh();
    /// Lists the library again when no search narrows the list (a new article shows at once).
    void refreshUnlessSearching();
    bool isImporting() const;
    /// Imports the article files under `paths` into the library in the background.
    void importPaths(const QStringList &paths);

Q_SIGNALS:
    void articleActivated(qint64 id);
    /// An import ended (finished, cancelled or failed); `summary` says how, in one sentence.
    void importFinished(const QString &summary);

private:
    void search(const QString &text);
    void onImportFinished(const ImportReport &report);

    QMainWindow *m_window;
    ArticleLibrary *m_library = nullptr;
    LibraryModel *m_model;
    LibraryPanel *m_panel = nullptr;
    LibraryImportJob *m_importJob;
};

} // namespace lector
