// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>

namespace lector {

FindBar::FindBar(QTextEdit *edit, QWidget *parent)
    : QWidget(parent)
    , m_edit(edit)
    , m_field(new QLineEdit(this))
    , m_countLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    setAccessibleName(tr("Find in article"));
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setPlaceholderText(tr("Find in article"));
    m_field->setAccessibleName(tr("Text to find"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_countLabel->setObjectName(QStringLiteral("findCountLabel"));
    m_countLabel->setAccessibleName(tr("Matches"));
    auto *previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("findPreviousButton"));
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    previous->setAccessibleName(tr("Previous match"));
    auto *next = new QToolButton(this);
    next->setObjectName(QStringLiteral("findNextButton"));
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (F3)"));
    next->setAccessibleName(tr("Next match"));
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("findCloseButton"));
    close->setText(tr("Close"));
    close->setToolTip(tr("Close the find bar (Esc)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_field, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_countLabel);
    layout->addWidget(close);
    connect(m_field, &QLineEdit::textChanged, this, [this] { search(true, true); });
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

QString FindBar::text() const
{
    return m_field->text();
}

void FindBar::activate()
{
    const QString selected = m_edit->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_field->setText(selected);
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::findNext()
{
    search(true, false);
}

void FindBar::findPrevious()
{
    search(false, false);
}

// Restart searches from the start of the current selection, so that typing "Ber" then "Berl"
// stays on the same match instead of jumping past it.
void FindBar::search(bool forward, bool restart)
{
    const QString needle = m_field->text();
    QTextCursor from = m_edit->textCursor();
    if (restart)
        from.setPosition(from.selectionStart());
    countMatches();
    if (needle.isEmpty() || m_count == 0) {
        from.clearSelection();
        m_edit->setTextCursor(from);
        m_current = 0;
        updateLabel();
        return;
    }
    const QTextDocument::FindFlags flags =
        forward ? QTextDocument::FindFlags() : QTextDocument::FindBackward;
    QTextCursor found = m_edit->document()->find(needle, from, flags);
    if (found.isNull()) { // wrap around
        QTextCursor edge(m_edit->document());
        edge.movePosition(forward ? QTextCursor::Start : QTextCursor::End);
        found = m_edit->document()->find(needle, edge, flags);
    }
    m_edit->setTextCursor(found);
    m_edit->ensureCursorVisible();
    // The index of a match is the number of matches that begin at or before it.
    const QString haystack = m_edit->document()->toPlainText();
    m_current = 0;
    for (qsizetype at = haystack.indexOf(needle, 0, Qt::CaseInsensitive);
         at >= 0 && at <= found.selectionStart();
         at = haystack.indexOf(needle, at + 1, Qt::CaseInsensitive))
        ++m_current;
    updateLabel();
}

void FindBar::countMatches()
{
    const QString needle = m_field->text();
    m_count = needle.isEmpty()
                  ? 0
                  : int(m_edit->document()->toPlainText().count(needle, Qt::CaseInsensitive));
}

void FindBar::updateLabel()
{
    if (m_field->text().isEmpty())
        m_countLabel->clear();
    else if (m_count == 0)
        m_countLabel->setText(tr("No matches"));
    else
        m_countLabel->setText(tr("%1 of %2").arg(m_current).arg(m_count));
    Q_EMIT matchesChanged(m_current, m_count);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_edit->setFocus(Qt::OtherFocusReason);
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

// Enter and Shift+Enter in the field step through matches, as in a browser's find bar.
bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    // Esc belongs to the bar while it is open, not to the window's Clear Filter shortcut.
    if (watched == m_field && event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            search(!(key->modifiers() & Qt::ShiftModifier), false);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            m_edit->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lector
