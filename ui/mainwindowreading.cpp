// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's reading comfort: find bar, zoom, highlight toggles, recent files, reading
// positions, session restore, preferences and the About box. Kept apart from mainwindow.cpp so
// that each file stays short.
#include "mainwindow.h"

#include "aboutbox.h"
#include "articleview.h"
#include "findbar.h"
#include "legend.h"
#include "library/articlelibrary.h"
#include "library/librarylocation.h"
#include "readingactions.h"
#include "settingsdialog.h"

#include <QAction>
#include <QBoxLayout>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMenuBar>
#include <QTimer>

namespace lector {

void MainWindow::createReadingActions()
{
    setWindowIcon(QIcon(QStringLiteral(":/lector/icons/lector.svg")));
    m_findBar = new FindBar(m_view, centralWidget());
    if (auto *box = qobject_cast<QBoxLayout *>(centralWidget()->layout()))
        box->addWidget(m_findBar);
    m_readingActions = new ReadingActions(m_view, m_findBar, m_legend, this);
    connect(m_readingActions, &ReadingActions::kindToggled, this,
            [this](HighlightStyle::Kind kind, bool shown) { m_reading.setShown(kind, shown); });
    connect(m_view, &ArticleView::pointSizeChanged, this,
            [this](int points) { m_reading.pointSize = points; });
    connect(m_darkThemeAction, &QAction::toggled, this, [this](bool dark) {
        if (dark)
            m_reading.theme = ReadingSettings::Theme::Dark;
        else if (m_reading.theme == ReadingSettings::Theme::Dark)
            m_reading.theme = ReadingSettings::Theme::Light;
    });

    QMenu *edit = new QMenu(tr("&Edit"), menuBar());
    edit->setObjectName(QStringLiteral("editMenu"));
    menuBar()->insertMenu(m_viewMenu->menuAction(), edit);
    m_readingActions->addToMenus(edit, m_viewMenu);
    edit->addSeparator();
    QAction *preferences =
        edit->addAction(tr("&Preferences\u2026"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    // File > Open Recent goes right under File > Open.
    QMenu *file = m_openAction->associatedObjects().isEmpty()
                      ? nullptr
                      : qobject_cast<QMenu *>(m_openAction->associatedObjects().constFirst());
    m_recentMenu = new QMenu(tr("Open &Recent"), this);
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    if (file) {
        const QList<QAction *> actions = file->actions();
        const qsizetype at = actions.indexOf(m_openAction);
        file->insertMenu(actions.value(at + 1), m_recentMenu);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(tr("&About Lector"), this, [this] { AboutBox::show(this); });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = ReadingSettings::recentFiles(ReadingSettings::store());
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName(), this,
                                                  [this, path] { openFile(path); });
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setData(path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::applyReadingSettings(const ReadingSettings &settings)
{
    m_reading = settings;
    m_view->setFontFamily(settings.fontFamily);
    m_view->setPointSize(settings.pointSize);
    for (int k = 0; k < HighlightStyle::KindCount; ++k)
        m_readingActions->setKindShown(HighlightStyle::Kind(k), settings.shownKinds[k]);
    // "Follow the system" is the platform palette, which setTheme(Light) restores.
    setTheme(settings.theme == ReadingSettings::Theme::Dark ? Theme::Dark : Theme::Light);
    m_reading.theme = settings.theme;
}

void MainWindow::showPreferences()
{
    SettingsDialog dialog(m_reading, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyReadingSettings(dialog.settings());
    QSettings s = ReadingSettings::store();
    writeReadingSettings(s);
}

void MainWindow::writeReadingSettings(QSettings &settings) const
{
    m_reading.save(settings);
    rememberReadingPosition();
}

void MainWindow::rememberReadingPosition() const
{
    if (m_document.source.isEmpty() || !QFileInfo::exists(m_document.source))
        return;
    QSettings s = ReadingSettings::store();
    ReadingSettings::setReadingPosition(s, m_document.source, m_view->topPosition());
}

// Called once the text is shown: the analysis repaints formats but keeps the scroll position.
void MainWindow::onArticleOpened(const QString &path)
{
    QSettings s = ReadingSettings::store();
    ReadingSettings::addRecentFile(s, path);
    updateRecentMenu();
    const int position = ReadingSettings::readingPosition(s, path);
    if (position > 0)
        QTimer::singleShot(0, m_view, [this, position] { m_view->scrollToPosition(position); });
}

void MainWindow::applyDateDefault(Document &document, const QString &path) const
{
    if (document.published.isValid())
        return;
    switch (m_reading.dateDefault) {
    case ReadingSettings::DateDefault::Unknown:
        return;
    case ReadingSettings::DateDefault::FileDate:
        document.published = QFileInfo(path).lastModified().date();
        break;
    case ReadingSettings::DateDefault::Today:
        document.published = QDate::currentDate();
        break;
    }
    document.publishedOrigin = DateOrigin::User;
}

bool MainWindow::restoreSession()
{
    if (!m_reading.restoreSession)
        return false;
    const QStringList files = ReadingSettings::recentFiles(ReadingSettings::store());
    if (files.isEmpty() || !QFileInfo::exists(files.constFirst()))
        return false;
    return openFile(files.constFirst());
}

QString MainWindow::preferredLibraryPath() const
{
    const QString standard = ArticleLibrary::defaultPath();
    if (m_reading.libraryLocation.isEmpty())
        return standard;
    if (LibraryLocation::isServer(m_reading.libraryLocation)) // a team library's address
        return m_reading.libraryLocation.trimmed();
    return QDir(m_reading.libraryLocation).filePath(QFileInfo(standard).fileName());
}

} // namespace lector
