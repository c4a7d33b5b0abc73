// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlecontextmenu.h"

#include "articleview.h"
#include "correctioncontroller.h"
#include "correctionlabels.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMouseEvent>

#include <algorithm>
#include <memory>

namespace lector {

namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber();
}

// A selection made by dragging often takes a space, a comma or a quotation mark with the name:
// `"Wagner,` marks Wagner. A final full stop stays when the words are an abbreviation with
// stops inside ("U.S."), and goes when it ends the sentence ("in Paris.").
Span trimmedSelection(const QString &text, Span span)
{
    span.begin = std::clamp(span.begin, qsizetype(0), text.size());
    span.end = std::clamp(span.end, span.begin, text.size());
    while (span.begin < span.end && !isNameChar(text.at(span.begin)))
        ++span.begin;
    while (span.end > span.begin && !isNameChar(text.at(span.end - 1))) {
        if (text.at(span.end - 1) == u'.' &&
            QStringView(text).sliced(span.begin, span.length() - 1).contains(u'.'))
            break;
        --span.end;
    }
    return span;
}

} // namespace

ArticleContextMenu::ArticleContextMenu(ArticleView *view, const CorrectionController *controller)
    : QObject(view)
    , m_view(view)
    , m_controller(controller)
{
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
    // Shift+F10 as on other desktops; the Menu key arrives as a keyboard context menu event.
    auto *shortcut = new QAction(tr("Open Context Menu"), view);
    shortcut->setObjectName(QStringLiteral("articleContextMenuAction"));
    shortcut->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10));
    shortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view->addAction(shortcut);
    connect(shortcut, &QAction::triggered, this, [this] { open({}, true); });
}

bool ArticleContextMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (auto *menu = qobject_cast<QMenu *>(watched)) {
        if (event->type() == QEvent::MouseButtonRelease) {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            return toggleScope(menu, menu->actionAt(mouse->position().toPoint()));
        }
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space)
                return toggleScope(menu, menu->activeAction());
        }
        return false;
    }
    if (event->type() != QEvent::ContextMenu)
        return false;
    const auto *context = static_cast<QContextMenuEvent *>(event);
    const bool atCursor = context->reason() == QContextMenuEvent::Keyboard;
    QPoint point = context->pos();
    if (watched == m_view)
        point = m_view->viewport()->mapFrom(m_view, point);
    open(point, atCursor);
    return true;
}

// The scope items are check boxes: ticking one must not close the menu and lose the choice.
bool ArticleContextMenu::toggleScope(QMenu *menu, QAction *action)
{
    if (!action || (action != m_articleScope && action != m_libraryScope) || !action->isEnabled())
        return false;
    action->toggle();
    menu->update();
    return true;
}

void ArticleContextMenu::open(const QPoint &viewportPoint, bool atCursor)
{
    std::unique_ptr<QMenu> menu(atCursor ? m_view->createStandardContextMenu()
                                         : m_view->createStandardContextMenu(viewportPoint));
    menu->setObjectName(QStringLiteral("articleContextMenu"));
    menu->installEventFilter(this);
    m_chosen.reset();
    m_articleScope = m_libraryScope = nullptr;
    const QTextCursor cursor = m_view->textCursor();
    const qsizetype position =
        atCursor ? cursor.selectionStart() : m_view->positionAt(viewportPoint);
    if (m_controller->isActive())
        addCorrections(*menu, position, atCursor);
    const QPoint at = atCursor ? m_view->cursorRect().bottomLeft() : viewportPoint;
    menu->exec(m_view->viewport()->mapToGlobal(at));
    if (!m_chosen)
        return;
    Correction correction = *m_chosen;
    m_chosen.reset();
    if (m_libraryScope && m_libraryScope->isChecked())
        correction.scope = CorrectionScope::Library;
    else if (m_articleScope && m_articleScope->isChecked())
        correction.scope = CorrectionScope::Article;
    m_articleScope = m_libraryScope = nullptr;
    Q_EMIT correctionChosen(correction);
}

// A selection the click is in (or any selection, from the keyboard) that is not one name is
// marked; otherwise the name under the click or cursor is corrected.
void ArticleContextMenu::addCorrections(QMenu &menu, qsizetype position, bool atCursor)
{
    const Analysis &analysis = m_controller->corrected();
    const QString &text = m_controller->document().text;
    const QTextCursor cursor = m_view->textCursor();
    const Span selection{cursor.selectionStart(), cursor.selectionEnd()};
    const bool onSelection = !selection.isEmpty() && (atCursor || selection.contains(position));
    int mention = position >= 0 ? analysis.mentionAt(position) : -1;
    if (onSelection) {
        const Span words = trimmedSelection(text, selection);
        const int first = analysis.mentionAt(words.begin);
        const bool oneName = first >= 0 && analysis.mentions.at(first).span.contains(words);
        if (words.isEmpty())
            return;
        if (!oneName) {
            addMarkAs(menu, words);
            return;
        }
        mention = first;
    }
    if (mention >= 0)
        addMentionActions(menu, mention);
}

Correction ArticleContextMenu::correctionAt(CorrectionKind kind, Span span) const
{
    Correction c;
    c.kind = kind;
    c.span = span;
    c.text = m_controller->document().text.mid(span.begin, span.length());
    return c;
}

void ArticleContextMenu::choose(QAction *action, const Correction &correction)
{
    connect(action, &QAction::triggered, this, [this, correction] { m_chosen = correction; });
}

void ArticleContextMenu::addMarkAs(QMenu &menu, Span span)
{
    const Correction base = correctionAt(CorrectionKind::MarkEntity, span);
    menu.addSection(CorrectionLabels::quoted(base.text));
    QMenu *markAs = menu.addMenu(tr("&Mark as"));
    markAs->setObjectName(QStringLiteral("markAsMenu"));
    for (EntityType type : CorrectionLabels::entityTypes()) {
        QAction *action = markAs->addAction(CorrectionLabels::typeLabel(type));
        action->setObjectName(u"markAs-"_qs + entityTypeName(type));
        Correction c = base;
        c.type = type;
        choose(action, c);
    }
    addScopeActions(menu, base.text);
}

void ArticleContextMenu::addMentionActions(QMenu &menu, int mention)
{
    const Analysis &analysis = m_controller->corrected();
    const Mention &m = analysis.mentions.at(mention);
    const Correction base = correctionAt(CorrectionKind::ChangeType, m.span);
    menu.addSection(CorrectionLabels::quoted(base.text));
    QMenu *types = menu.addMenu(tr("Change &type"));
    types->setObjectName(QStringLiteral("changeTypeMenu"));
    for (EntityType type : CorrectionLabels::entityTypes()) {
        QAction *action = types->addAction(CorrectionLabels::typeLabel(type));
        action->setObjectName(u"changeType-"_qs + entityTypeName(type));
        action->setCheckable(true);
        action->setChecked(type == m.type);
        action->setEnabled(type != m.type);
        Correction c = base;
        c.type = type;
        choose(action, c);
    }
    QAction *notName = menu.addAction(tr("&Not a name"));
    notName->setObjectName(QStringLiteral("notANameAction"));
    choose(notName, correctionAt(CorrectionKind::RemoveEntity, m.span));
    addMergeMenu(menu, mention);
    if (m.entity >= 0 && analysis.entities.at(m.entity).forms.size() > 1) {
        const QString name = analysis.entities.at(m.entity).name;
        QAction *split = menu.addAction(tr("&Split from %1").arg(CorrectionLabels::escaped(name)));
        split->setObjectName(QStringLiteral("splitAction"));
        choose(split, correctionAt(CorrectionKind::SplitEntity, m.span));
    }
    addScopeActions(menu, base.text);
}

// The entities of the mention's type, by name; each merge target is named by the span of its
// first mention, which is what the correction keeps.
void ArticleContextMenu::addMergeMenu(QMenu &menu, int mention)
{
    const Analysis &analysis = m_controller->corrected();
    const Mention &m = analysis.mentions.at(mention);
    QMenu *merge = menu.addMenu(tr("&Merge with"));
    merge->setObjectName(QStringLiteral("mergeMenu"));
    QList<int> others;
    for (int e = 0; e < analysis.entities.size(); ++e) {
        const Entity &entity = analysis.entities.at(e);
        if (e != m.entity && entity.type == m.type && !entity.mentions.isEmpty())
            others << e;
    }
    std::sort(others.begin(), others.end(), [&analysis](int a, int b) {
        return analysis.entities.at(a).name.localeAwareCompare(analysis.entities.at(b).name) < 0;
    });
    for (int e : std::as_const(others)) {
        const Entity &entity = analysis.entities.at(e);
        QAction *action = merge->addAction(CorrectionLabels::escaped(entity.name));
        action->setObjectName(u"mergeWith-"_qs + entity.id);
        Correction c = correctionAt(CorrectionKind::MergeEntities, m.span);
        c.target = analysis.mentions.at(entity.mentions.constFirst()).span;
        c.targetText = m_controller->document().text.mid(c.target.begin, c.target.length());
        choose(action, c);
    }
    merge->setEnabled(!others.isEmpty());
}

void ArticleContextMenu::addScopeActions(QMenu &menu, const QString &text)
{
    menu.addSeparator();
    m_articleScope = menu.addAction(
        tr("Apply to every \u201C%1\u201D in this article").arg(CorrectionLabels::quoted(text)));
    m_articleScope->setObjectName(QStringLiteral("scopeArticleAction"));
    m_articleScope->setCheckable(true);
    m_libraryScope = menu.addAction(tr("\u2026 and in the whole library"));
    m_libraryScope->setObjectName(QStringLiteral("scopeLibraryAction"));
    m_libraryScope->setCheckable(true);
    m_libraryScope->setEnabled(m_controller->isSaved());
    if (!m_controller->isSaved())
        m_libraryScope->setToolTip(m_controller->unsavedReason());
    if (m_controller->libraryIsReadOnly()) { // said in the menu itself, not only on hover
        QAction *note = menu.addAction(m_controller->unsavedReason());
        note->setObjectName(QStringLiteral("readOnlyLibraryNote"));
        note->setEnabled(false);
    }
    // The library scope includes the article: the two checks stay consistent.
    QAction *article = m_articleScope;
    QAction *library = m_libraryScope;
    connect(library, &QAction::toggled, article, [article](bool on) {
        if (on)
            article->setChecked(true);
    });
    connect(article, &QAction::toggled, library, [library](bool on) {
        if (!on)
            library->setChecked(false);
    });
}

} // namespace lector
