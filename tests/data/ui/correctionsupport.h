// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the suites of corrections in the window share (tst_corrections, tst_correctionmenus):
// the sample article, finding rows and names, right-clicks and menus driven as a user would.

#include "articleview.h"
#include "corrections/correctioncontroller.h"
#include "corrections/visitdatedialog.h"
#include "library/articlelibrary.h"
#include "library/correctionstore.h"
#include "mainwindow.h"
#include "models/annotationroles.h"
#include "sampleanalysis.h"
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <functional>

namespace lector::test {

/// The sample article, with the travel cues its visits are named by in corrections.
inline SampleArticle sample()
{
    SampleArticle s = SampleArticle::make();
    qsizetype from = 0;
    s.analysis.visits[0].cueSpan = SampleArticle::find(s.document.text, u"visited"_qs, from);
    s.analysis.visits[1].cueSpan = SampleArticle::find(s.document.text, u"travelled"_qs, from);
    return s;
}

inline Span spanOf(const QString &text, const QString &words)
{
    qsizetype from = 0;
    return SampleArticle::find(text, words, from);
}

inline QStringList names(const QTreeView *view)
{
    QStringList out;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        out << view->model()->index(row, 0).data().toString();
    return out;
}

inline int entityNamed(const Analysis &analysis, const QString &name)
{
    for (int e = 0; e < analysis.entities.size(); ++e)
        if (analysis.entities.at(e).name == name)
            return e;
    return -1;
}

/// The types the window's library lists for `name` across its articles (`lector entities`).
inline QList<EntityType> libraryTypes(const MainWindow &window, const QString &name)
{
    QList<EntityType> types;
    for (const LibraryEntity &e : window.library()->entities())
        if (e.name == name)
            types.append(e.type);
    return types;
}

/// The `<section id="ID">` of an exported page.
inline QString section(const QString &html, const QString &id)
{
    const qsizetype begin = html.indexOf(u"<section id=\""_qs + id + u'"');
    if (begin < 0)
        return {};
    return html.mid(begin, html.indexOf(u"</section>"_qs, begin) - begin);
}

/// Once the popup menu is open: triggers the action `name` in it or one of its submenus, then
/// closes the menu as a click would. A missing or disabled action fails the test.
inline void whenMenuOpens(const QString &name, std::function<void(QMenu *)> before = {})
{
    QTimer::singleShot(0, qApp, [name, before] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY2(menu, "no context menu opened");
        // A failed check returns early: the menu must close all the same, or exec() never ends.
        const auto closeMenu = qScopeGuard([menu] { menu->close(); });
        if (before)
            before(menu);
        auto *action = menu->findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(u"no menu item "_qs + name));
        QVERIFY2(action->isEnabled(), qPrintable(u"disabled menu item "_qs + name));
        action->trigger();
    });
}

/// Right-clicks the article view on the character at `pos`.
inline void rightClick(ArticleView *view, qsizetype pos)
{
    QTextCursor cursor(view->document());
    cursor.setPosition(int(pos));
    const QPoint point = view->cursorRect(cursor).center() + QPoint(2, 0);
    QContextMenuEvent event(QContextMenuEvent::Mouse, point, view->viewport()->mapToGlobal(point));
    QApplication::sendEvent(view->viewport(), &event);
}

/// Right-clicks the row of `view` whose IndexRole is `item`.
inline void rightClickItem(QTreeView *view, int item)
{
    const QModelIndexList found = view->model()->match(view->model()->index(0, 0), IndexRole, item,
                                                       1, Qt::MatchExactly | Qt::MatchRecursive);
    QVERIFY(!found.isEmpty());
    view->scrollTo(found.constFirst());
    const QPoint point = view->visualRect(found.constFirst()).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, point, view->viewport()->mapToGlobal(point));
    QApplication::sendEvent(view->viewport(), &event);
}

inline void show(MainWindow &window, const QString &library, const SampleArticle &s)
{
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (!library.isEmpty())
        QVERIFY(window.openLibrary(library));
    if (!s.document.text.isEmpty())
        window.showAnalysis(s.document, s.analysis);
}

inline QString articlePath()
{
    return qEnvironmentVariable("LECTOR_SOURCE_DIR") + u"/tests/data/ui/article.txt"_qs;
}

inline ArticleView *articleView(const MainWindow &window)
{
    return window.findChild<ArticleView *>(u"articleView"_qs);
}

inline QTreeView *tree(const MainWindow &window, const QString &name)
{
    auto *view = window.findChild<QTreeView *>(name);
    if (view)
        window.findChild<QDockWidget *>(name.chopped(4) + u"Dock"_qs)->raise();
    return view;
}

} // namespace lector::test
