// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTimer;
class QTreeView;

namespace lector {

class LibraryModel;

/// The Library dock: a search field over a sortable list of articles. Typing emits
/// searchRequested() (after a short pause, so a query runs once per burst of keys) with the
/// words as typed; the window runs the query and fills the model. Double-click or Enter on a
/// row emits articleActivated() with the article's library id.
class LibraryPanel : public QWidget
{
    Q_OBJECT
public:
    /// `model` must outlive this panel.
    explicit LibraryPanel(LibraryModel *model, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTreeView *view() const { return m_view; }
    QString searchText() const;

    /// Turns words as typed into an FTS5 query that finds them while being typed: the last
    /// word becomes a prefix ("treaty sig" -> "treaty sig*"). Text that already uses FTS5
    /// syntax (quotes, *, parentheses, operators) is passed on unchanged.
    static QString prefixQuery(const QString &text);

Q_SIGNALS:
    void searchRequested(const QString &text);
    void articleActivated(qint64 id);

private:
    void onActivated(const QModelIndex &index);
    void updateColumns();

    LibraryModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_view = nullptr;
    QTimer *m_searchTimer = nullptr;
};

} // namespace lector
