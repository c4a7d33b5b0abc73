// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTextEdit;
class QToolButton;

namespace lector {

/// A bar under the article that finds text in it: typing searches at once (case-insensitive),
/// Enter / F3 go to the next match, Shift+Enter / Shift+F3 to the previous one, the label counts
/// "3 of 7", Esc hides the bar and returns the focus to the text.
/// Contract: matches are searched in the plain text of the edit given to the constructor.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QTextEdit *edit, QWidget *parent = nullptr);

    /// Shows the bar with the edit's selection (if any) as the search text and focuses the field.
    void activate();
    void findNext();
    void findPrevious();

    QString text() const;
    /// 1-based index of the selected match, 0 when none is selected.
    int currentMatch() const { return m_current; }
    int matchCount() const { return m_count; }

Q_SIGNALS:
    void matchesChanged(int current, int count);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(bool forward, bool restart);
    void countMatches();
    void updateLabel();

    QTextEdit *m_edit = nullptr;
    QLineEdit *m_field = nullptr;
    QLabel *m_countLabel = nullptr;
    int m_current = 0;
    int m_count = 0;
};

} // namespace lector
