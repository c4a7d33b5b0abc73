// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarypanel.h"

#include "models/librarymodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace lector {

namespace {

constexpr int SearchDelayMs = 150;

} // namespace

LibraryPanel::LibraryPanel(LibraryModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_searchTimer(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setPlaceholderText(tr("Search the library"));
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(LibraryModel::SortRole);
    m_view->setObjectName(QStringLiteral("libraryView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LibraryModel::DateColumn, Qt::DescendingOrder);
    m_view->setColumnWidth(LibraryModel::TitleColumn, 260);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this,
            [this] { Q_EMIT searchRequested(searchText()); });
    // activated covers double-click and Enter (and single click where the style says so).
    connect(m_view, &QTreeView::activated, this, &LibraryPanel::onActivated);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LibraryPanel::updateColumns);
    updateColumns();
}

QString LibraryPanel::searchText() const
{
    return m_search->text().trimmed();
}

QString LibraryPanel::prefixQuery(const QString &text)
{
    const QString query = text.trimmed();
    if (query.isEmpty())
        return query;
    for (const QChar c : query) {
        if (!c.isLetterOrNumber() && !c.isSpace())
            return query; // FTS5 syntax or punctuation: leave it to the library
    }
    static const QStringList operators = {u"AND"_qs, u"OR"_qs, u"NOT"_qs, u"NEAR"_qs};
    const QString last = query.section(u' ', -1);
    if (operators.contains(last))
        return query;
    return query + u'*';
}

void LibraryPanel::onActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const qint64 id = index.data(LibraryModel::ArticleIdRole).toLongLong();
    if (id > 0)
        Q_EMIT articleActivated(id);
}

// The Match column only means something for search hits.
void LibraryPanel::updateColumns()
{
    m_view->setColumnHidden(LibraryModel::SnippetColumn, !m_model->hasSnippets());
}

} // namespace lector
