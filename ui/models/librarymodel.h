// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/articlelibrary.h"

#include <QAbstractTableModel>
#include <QList>

namespace lector {

/// The articles of the library as a table: title, date, source and, for search results, the
/// matching words in context. It holds a list given to it (the whole library or a search's
/// hits) and never queries the database itself; setArticles() resets it.
/// Sorting lives in a QSortFilterProxyModel over SortRole.
class LibraryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, DateColumn, SourceColumn, SnippetColumn, ColumnCount };
    enum Role {
        ArticleIdRole = Qt::UserRole + 100, ///< qint64: the article's id in the library
        SortRole,                           ///< a value that sorts well (a QDate, folded text)
    };

    explicit LibraryModel(QObject *parent = nullptr);

    void setArticles(const QList<LibraryArticle> &articles);
    const QList<LibraryArticle> &articles() const { return m_articles; }
    /// Whether the rows are search hits (with snippets) rather than the whole library.
    bool hasSnippets() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const LibraryArticle &article, int column) const;

    QList<LibraryArticle> m_articles;
};

} // namespace lector
