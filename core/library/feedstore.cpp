// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/feedstore.h"

#include "library/articlelibrary.h"
#include "library/writetransaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace lector {

namespace {

QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

const QString ItemColumns =
    u"SELECT id, feed_id, guid, url, title, summary, published, unread, article_id, error "
    "FROM feed_items "_qs;

FeedItemRecord rowToItem(const QSqlQuery &q)
{
    FeedItemRecord item;
    item.id = q.value(0).toLongLong();
    item.feedId = q.value(1).toLongLong();
    item.guid = q.value(2).toString();
    item.url = q.value(3).toString();
    item.title = q.value(4).toString();
    item.summary = q.value(5).toString();
    item.published = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    item.unread = q.value(7).toInt() != 0;
    item.articleId = q.value(8).isNull() ? 0 : q.value(8).toLongLong();
    item.error = q.value(9).toString();
    return item;
}

} // namespace

FeedStore::FeedStore(const ArticleLibrary &library)
    : m_library(library)
{}

bool FeedStore::exec(const QString &sql, const QVariantList &values) const
{
    m_error.clear();
    QSqlQuery query(QSqlDatabase::database(m_library.connectionName(), false));
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec()) {
        m_error =
            QStringLiteral("The library cannot store the feeds: %1.").arg(query.lastError().text());
        return false;
    }
    return true;
}

std::optional<qint64> FeedStore::addFeed(const QString &url, bool *added)
{
    if (added)
        *added = false;
    if (const auto existing = feedByUrl(url))
        return existing->id;
    if (!m_error.isEmpty())
        return std::nullopt;
    if (!exec(u"INSERT INTO feeds (url, added) VALUES (?, ?)"_qs, {url, now()}))
        return std::nullopt;
    const auto feed = feedByUrl(url);
    if (!feed)
        return std::nullopt;
    if (added)
        *added = true;
    return feed->id;
}

bool FeedStore::removeFeed(qint64 id)
{
    return exec(u"DELETE FROM feed_items WHERE feed_id = ?"_qs, {id}) &&
           exec(u"DELETE FROM feeds WHERE id = ?"_qs, {id});
}

QList<FeedRecord> FeedStore::selectFeeds(const QString &where, const QVariantList &values) const
{
    m_error.clear();
    QSqlQuery query(QSqlDatabase::database(m_library.connectionName(), false));
    query.prepare(u"SELECT f.id, f.url, f.title, f.site_url, f.etag, f.last_modified, f.checked, "
                  "f.error, (SELECT COUNT(*) FROM feed_items i WHERE i.feed_id = f.id), "
                  "(SELECT COUNT(*) FROM feed_items i WHERE i.feed_id = f.id AND i.unread = 1) "
                  "FROM feeds f "_qs +
                  where + u" ORDER BY f.id"_qs);
    for (const QVariant &v : values)
        query.addBindValue(v);
    QList<FeedRecord> feeds;
    if (!query.exec()) {
        m_error =
            QStringLiteral("The library cannot read the feeds: %1.").arg(query.lastError().text());
        return feeds;
    }
    while (query.next()) {
        FeedRecord f;
        f.id = query.value(0).toLongLong();
        f.url = query.value(1).toString();
        f.title = query.value(2).toString();
        f.siteUrl = query.value(3).toString();
        f.etag = query.value(4).toString().toLatin1();
        f.lastModified = query.value(5).toString().toLatin1();
        f.checked = query.value(6).toString();
        f.error = query.value(7).toString();
        f.items = query.value(8).toInt();
        f.unread = query.value(9).toInt();
        feeds.append(f);
    }
    return feeds;
}

QList<FeedRecord> FeedStore::feeds() const
{
    return selectFeeds({}, {});
}

std::optional<FeedRecord> FeedStore::feed(qint64 id) const
{
    const QList<FeedRecord> found = selectFeeds(u"WHERE f.id = ?"_qs, {id});
    return found.isEmpty() ? std::nullopt : std::optional<FeedRecord>(found.constFirst());
}

std::optional<FeedRecord> FeedStore::feedByUrl(const QString &url) const
{
    const QList<FeedRecord> found = selectFeeds(u"WHERE f.url = ?"_qs, {url});
    return found.isEmpty() ? std::nullopt : std::optional<FeedRecord>(found.constFirst());
}

bool FeedStore::recordCheck(const FeedRecord &state)
{
    return exec(u"UPDATE feeds SET title = CASE WHEN ? = '' THEN title ELSE ? END, "
                "site_url = CASE WHEN ? = '' THEN site_url ELSE ? END, etag = ?, "
                "last_modified = ?, checked = ?, error = ? WHERE id = ?"_qs,
                {nonNull(state.title), nonNull(state.title), nonNull(state.siteUrl),
                 nonNull(state.siteUrl), nonNull(QString::fromLatin1(state.etag)),
                 nonNull(QString::fromLatin1(state.lastModified)),
                 state.checked.isEmpty() ? now() : state.checked, nonNull(state.error), state.id});
}

std::optional<QList<qint64>> FeedStore::addItems(qint64 feedId, const QList<FeedItemRecord> &items)
{
    m_error.clear();
    QSqlDatabase db = QSqlDatabase::database(m_library.connectionName(), false);
    QSqlError beginError;
    if (!WriteTransaction::begin(db, &beginError)) {
        m_error =
            QStringLiteral("The library cannot store the feed's items: %1.").arg(beginError.text());
        return std::nullopt;
    }
    QSqlQuery find(db), insert(db);
    find.prepare(u"SELECT id FROM feed_items WHERE feed_id = ? AND guid = ?"_qs);
    insert.prepare(u"INSERT INTO feed_items (feed_id, guid, url, title, summary, published, "
                   "seen, unread) VALUES (?, ?, ?, ?, ?, ?, ?, 1)"_qs);
    const QString seen = now();
    QList<qint64> added;
    for (const FeedItemRecord &item : items) {
        find.addBindValue(feedId);
        find.addBindValue(nonNull(item.guid));
        if (!find.exec()) {
            m_error = find.lastError().text();
            break;
        }
        const bool known = find.next();
        find.finish();
        if (known)
            continue;
        for (const QVariant &v :
             QVariantList{feedId, nonNull(item.guid), nonNull(item.url), nonNull(item.title),
                          nonNull(item.summary),
                          item.published.isValid() ? item.published.toUTC().toString(Qt::ISODate)
                                                   : QStringLiteral(""),
                          seen})
            insert.addBindValue(v);
        if (!insert.exec()) {
            m_error = insert.lastError().text();
            break;
        }
        // Read back by its key rather than lastInsertId(), which PostgreSQL's driver lacks.
        find.addBindValue(feedId);
        find.addBindValue(nonNull(item.guid));
        if (!find.exec() || !find.next()) {
            m_error = find.lastError().text().isEmpty() ? u"a new item could not be read back"_qs
                                                        : find.lastError().text();
            break;
        }
        added.append(find.value(0).toLongLong());
        find.finish();
    }
    if (!m_error.isEmpty() || !db.commit()) {
        if (m_error.isEmpty())
            m_error = db.lastError().text();
        db.rollback();
        m_error = QStringLiteral("The library cannot store the feed's items: %1.").arg(m_error);
        return std::nullopt;
    }
    return added;
}

QList<FeedItemRecord> FeedStore::selectItems(const QString &where, const QVariantList &values) const
{
    m_error.clear();
    QSqlQuery query(QSqlDatabase::database(m_library.connectionName(), false));
    query.prepare(ItemColumns + where);
    for (const QVariant &v : values)
        query.addBindValue(v);
    QList<FeedItemRecord> items;
    if (!query.exec()) {
        m_error = QStringLiteral("The library cannot read the feed's items: %1.")
                      .arg(query.lastError().text());
        return items;
    }
    while (query.next())
        items.append(rowToItem(query));
    return items;
}

QList<FeedItemRecord> FeedStore::items(qint64 feedId, int limit) const
{
    const QString order = u" ORDER BY published DESC, id DESC LIMIT ?"_qs;
    if (feedId == 0)
        return selectItems(u"WHERE 1 = 1"_qs + order, {limit});
    return selectItems(u"WHERE feed_id = ?"_qs + order, {feedId, limit});
}

std::optional<FeedItemRecord> FeedStore::item(qint64 id) const
{
    const QList<FeedItemRecord> found = selectItems(u"WHERE id = ?"_qs, {id});
    return found.isEmpty() ? std::nullopt : std::optional<FeedItemRecord>(found.constFirst());
}

QList<FeedItemRecord> FeedStore::pendingItems(qint64 feedId, int limit) const
{
    return selectItems(u"WHERE feed_id = ? AND article_id IS NULL AND error = '' "
                       "ORDER BY id LIMIT ?"_qs,
                       {feedId, limit});
}

bool FeedStore::setItemArticle(qint64 itemId, qint64 articleId, const QString &error)
{
    return exec(u"UPDATE feed_items SET article_id = ?, error = ? WHERE id = ?"_qs,
                {articleId > 0 ? QVariant(articleId) : QVariant(QMetaType(QMetaType::LongLong)),
                 nonNull(error), itemId});
}

bool FeedStore::setUnread(qint64 itemId, bool unread)
{
    return exec(u"UPDATE feed_items SET unread = ? WHERE id = ?"_qs, {unread ? 1 : 0, itemId});
}

} // namespace lector
