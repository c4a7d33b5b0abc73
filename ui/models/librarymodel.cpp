// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarymodel.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace lector {

namespace {

// FTS5 marks the matching words as [word]; shown as they are, the brackets read as emphasis.
QString plainSnippet(const QString &snippet)
{
    return QString(snippet).replace(u'\n', u' ').simplified();
}

QString sourceName(const QString &source)
{
    return source.isEmpty() ? QString() : QFileInfo(source).fileName();
}

} // namespace

LibraryModel::LibraryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LibraryModel::setArticles(const QList<LibraryArticle> &articles)
{
    beginResetModel();
    m_articles = articles;
    endResetModel();
}

bool LibraryModel::hasSnippets() const
{
    return std::any_of(m_articles.cbegin(), m_articles.cend(),
                       [](const LibraryArticle &a) { return !a.snippet.isEmpty(); });
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int LibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryModel::display(const LibraryArticle &article, int column) const
{
    switch (column) {
    case TitleColumn:
        return article.title.isEmpty() ? tr("(untitled)") : article.title.simplified();
    case DateColumn:
        return article.published.isValid()
                   ? QLocale().toString(article.published, QLocale::ShortFormat)
                   : QString();
    case SourceColumn:
        return sourceName(article.source);
    case SnippetColumn:
        return plainSnippet(article.snippet);
    default:
        break;
    }
    return {};
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LibraryArticle &article = m_articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(article, index.column());
    case Qt::ToolTipRole:
        if (index.column() == SourceColumn)
            return article.source;
        return article.snippet.isEmpty() ? QVariant() : QVariant(plainSnippet(article.snippet));
    case ArticleIdRole:
        return article.id;
    case SortRole:
        if (index.column() == DateColumn)
            return article.published;
        return display(article, index.column()).toString().toCaseFolded();
    default:
        break;
    }
    return {};
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case SourceColumn:
        return tr("Source");
    case SnippetColumn:
        return tr("Match");
    default:
        break;
    }
    return {};
}

} // namespace lector
