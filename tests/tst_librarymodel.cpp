// SPDX-License-Identifier: GPL-3.0-or-later
// LibraryModel under QAbstractItemModelTester, sorting through the panel's proxy, and the
// search field's prefix queries.
#include "models/librarymodel.h"
#include "panels/librarypanel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace lector;

Q_DECLARE_METATYPE(lector::LibraryArticle)

namespace {

LibraryArticle article(qint64 id, const QString &title, QDate published, const QString &source = {},
                       const QString &snippet = {})
{
    LibraryArticle a;
    a.id = id;
    a.title = title;
    a.published = published;
    a.source = source;
    a.snippet = snippet;
    return a;
}

QList<LibraryArticle> threeArticles()
{
    return {article(1, u"Harbour talks resume"_qs, QDate(2024, 3, 2), u"/news/harbour.txt"_qs),
            article(2, u"a budget is agreed"_qs, QDate(2023, 11, 20), u"/news/budget.md"_qs),
            article(3, u"Ferry strike ends"_qs, QDate(), u"/news/ferry.html"_qs)};
}

QList<qint64> idsInOrder(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(LibraryModel::ArticleIdRole).toLongLong());
    return ids;
}

} // namespace

class TestLibraryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passesModelTester()
    {
        LibraryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticles(threeArticles());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(LibraryModel::ColumnCount));
        model.setArticles({});
        QCOMPARE(model.rowCount(), 0);
        model.setArticles(threeArticles().mid(1));
        QCOMPARE(model.rowCount(), 2);
    }

    void display_data()
    {
        QTest::addColumn<LibraryArticle>("article");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");
        QTest::newRow("title as stored") << article(1, u"Talks resume"_qs, {})
                                         << int(LibraryModel::TitleColumn) << u"Talks resume"_qs;
        QTest::newRow("title with a line break")
            << article(1, u"Talks\nresume"_qs, {}) << int(LibraryModel::TitleColumn)
            << u"Talks resume"_qs;
        QTest::newRow("article without a title")
            << article(1, QString(), {}) << int(LibraryModel::TitleColumn) << u"(untitled)"_qs;
        QTest::newRow("source shows the file name")
            << article(1, u"T"_qs, {}, u"/home/reader/news/talks.txt"_qs)
            << int(LibraryModel::SourceColumn) << u"talks.txt"_qs;
        QTest::newRow("unknown date is empty")
            << article(1, u"T"_qs, {}) << int(LibraryModel::DateColumn) << QString();
        QTest::newRow("search snippet")
            << article(1, u"T"_qs, {}, {}, u"the [ferry] sailed"_qs)
            << int(LibraryModel::SnippetColumn) << u"the [ferry] sailed"_qs;
    }

    void display()
    {
        QFETCH(LibraryArticle, article);
        QFETCH(int, column);
        QFETCH(QString, expected);
        LibraryModel model;
        model.setArticles({article});
        QCOMPARE(model.index(0, column).data().toString(), expected);
        QCOMPARE(model.index(0, column).data(LibraryModel::ArticleIdRole).toLongLong(), article.id);
    }

    void hasSnippetsOnlyForSearchHits()
    {
        LibraryModel model;
        model.setArticles(threeArticles());
        QVERIFY(!model.hasSnippets());
        model.setArticles({article(4, u"T"_qs, {}, {}, u"[word]"_qs)});
        QVERIFY(model.hasSnippets());
    }

    void sorting_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::newRow("newest first, undated last")
            << int(LibraryModel::DateColumn) << int(Qt::DescendingOrder) << QList<qint64>{1, 2, 3};
        QTest::newRow("oldest first, undated first")
            << int(LibraryModel::DateColumn) << int(Qt::AscendingOrder) << QList<qint64>{3, 2, 1};
        QTest::newRow("title ignoring case")
            << int(LibraryModel::TitleColumn) << int(Qt::AscendingOrder) << QList<qint64>{2, 3, 1};
        QTest::newRow("source file name")
            << int(LibraryModel::SourceColumn) << int(Qt::AscendingOrder) << QList<qint64>{2, 3, 1};
    }

    void sorting()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QList<qint64>, ids);
        LibraryModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(LibraryModel::SortRole);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticles(threeArticles());
        proxy.sort(column, Qt::SortOrder(order));
        QCOMPARE(idsInOrder(proxy), ids);
    }

    void prefixQuery_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("query");
        QTest::newRow("last word being typed") << u"harbour tal"_qs << u"harbour tal*"_qs;
        QTest::newRow("surrounding space") << u"  ferry "_qs << u"ferry*"_qs;
        QTest::newRow("quoted phrase left alone")
            << u"\"ferry strike\""_qs << u"\"ferry strike\""_qs;
        QTest::newRow("prefix already given") << u"harb*"_qs << u"harb*"_qs;
        QTest::newRow("operator last") << u"ferry OR"_qs << u"ferry OR"_qs;
        QTest::newRow("nothing typed") << u"   "_qs << QString();
    }

    void prefixQuery()
    {
        QFETCH(QString, typed);
        QFETCH(QString, query);
        QCOMPARE(LibraryPanel::prefixQuery(typed), query);
    }
};

QTEST_MAIN(TestLibraryModel)
#include "tst_librarymodel.moc"
