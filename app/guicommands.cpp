// SPDX-License-Identifier: GPL-3.0-or-later
#include "guicommands.h"

#include "articleview.h"
#include "console.h"
#include "io/articlereader.h"
#include "library/articlelibrary.h"
#include "mainwindow.h"
#include "net/urlpolicy.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QSaveFile>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <memory>
#include <vector>

namespace lector {

namespace {

constexpr int Failure = 1;
constexpr int AnalysisTimeoutMs = 120'000;
const QSize DefaultScreenshotSize(1400, 900);

MainWindow::Theme themeOf(Command::Theme theme)
{
    return theme == Command::Theme::Dark ? MainWindow::Theme::Dark : MainWindow::Theme::Light;
}

// Waits for MainWindow::analysisShown(), then lets the event loop paint once more so the grab
// shows the highlights and filled panels rather than the frame before them.
bool waitForAnalysis(MainWindow &window, const QString &path)
{
    bool shown = false;
    QEventLoop loop;
    QObject::connect(&window, &MainWindow::analysisShown, &loop, [&] {
        shown = true;
        QTimer::singleShot(300, &loop, &QEventLoop::quit);
    });
    QTimer::singleShot(AnalysisTimeoutMs, &loop, &QEventLoop::quit);
    if (!window.openFile(path))
        return false;
    loop.exec();
    return shown;
}

QString savePng(const QPixmap &pixmap, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("Cannot write %1: %2.").arg(path, file.errorString());
    if (!pixmap.save(&file, "PNG") || !file.commit())
        return QStringLiteral("Cannot write %1: %2.").arg(path, file.errorString());
    return {};
}

// The hover card of the first person mention, drawn over the window grab where the tooltip
// would appear: an offscreen grab does not include tooltip windows.
QPixmap withHoverCard(MainWindow &window)
{
    QPixmap shot = window.grab();
    auto *view = window.findChild<ArticleView *>(QStringLiteral("articleView"));
    const Analysis &analysis = window.analysis();
    const auto person = std::find_if(analysis.mentions.cbegin(), analysis.mentions.cend(),
                                     [](const Mention &m) { return m.type == EntityType::Person; });
    if (!view || person == analysis.mentions.cend())
        return shot;
    view->reveal(person->span);
    QCoreApplication::processEvents();
    shot = window.grab();
    QLabel card(view->toolTipAt(person->span.begin));
    card.setTextFormat(Qt::RichText);
    card.setPalette(QToolTip::palette());
    card.setAutoFillBackground(true);
    card.setFrameStyle(QFrame::Box);
    card.setMargin(6);
    card.setMaximumWidth(420);
    card.setWordWrap(true);
    card.adjustSize();
    const QRect at = view->cursorRect();
    QPainter painter(&shot);
    painter.drawPixmap(view->viewport()->mapTo(&window, at.bottomLeft() + QPoint(8, 12)),
                       card.grab());
    return shot;
}

} // namespace

int GuiCommands::run(const Command &command)
{
    return command.kind == Command::Kind::Screenshot ? screenshot(command) : openWindow(command);
}

// One window per file, as a document-per-window reader does; none given opens an empty one.
int GuiCommands::openWindow(const Command &command)
{
    std::vector<std::unique_ptr<MainWindow>> windows;
    const QStringList files = command.files.isEmpty() ? QStringList{QString()} : command.files;
    for (const QString &file : files) {
        auto window = std::make_unique<MainWindow>();
        window->show();
        // A library that cannot open is reported in the window, which still reads articles.
        window->openLibrary(command.library.isEmpty() ? window->preferredLibraryPath()
                                                      : command.library);
        if (UrlPolicy::isWebAddress(file))
            window->openLink(QUrl::fromUserInput(file)); // fetched in the background
        else if (!file.isEmpty())
            window->openFile(file); // a failure is shown in the window's message bar
        else
            window->restoreSession(); // when Preferences ask to reopen the last article
        windows.push_back(std::move(window));
    }
    return QApplication::exec();
}

int GuiCommands::screenshot(const Command &command)
{
    const QString path = command.files.constFirst();
    // Read once here too: the window shows read errors in its message bar, but a headless
    // caller needs them on standard error.
    if (const ReadResult read = ArticleReader::readFile(path); !read.isOk()) {
        Console::error(read.error);
        return Failure;
    }
    MainWindow window;
    window.setTheme(themeOf(command.theme));
    window.resize(command.size.isValid() ? command.size : DefaultScreenshotSize);
    window.show();
    if (!waitForAnalysis(window, path)) {
        Console::error(QStringLiteral("The analysis of %1 was not shown within %2 seconds.")
                           .arg(path)
                           .arg(AnalysisTimeoutMs / 1000));
        return Failure;
    }
    QPixmap shot;
    if (command.panel.isEmpty()) {
        shot = command.hoverCard ? withHoverCard(window) : window.grab();
    } else {
        // One dock alone ("timeline" is the timelineDock), brought to the front of its tabs.
        auto *dock = window.findChild<QDockWidget *>(command.panel + u"Dock"_qs);
        if (!dock) {
            Console::error(QStringLiteral("The window has no panel named %1.").arg(command.panel));
            return Failure;
        }
        dock->show();
        dock->raise();
        window.resizeDocks({dock}, {window.width() * 3 / 5}, Qt::Horizontal);
        QCoreApplication::processEvents();
        shot = dock->grab();
    }
    if (const QString error = savePng(shot, command.output); !error.isEmpty()) {
        Console::error(error);
        return Failure;
    }
    return 0;
}

} // namespace lector
