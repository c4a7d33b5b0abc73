// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace lector {

class ArticleLibrary;

/// A feed the user subscribed to, with the state of its last check.
struct FeedRecord
{
    qint64 id = 0;
    QString url;
    QString title;
    QString siteUrl;
    QByteArray etag; ///< validators of the last answer, for conditional requests
    QByteArray lastModified;
    QString checked; ///< ISO 8601 UTC time of the last check; empty when never
    QString error;   ///< why the last check failed; empty when it succeeded
    int items = 0;
    int unread = 0;
};

/// One entry of a feed.
struct FeedItemRecord
{
    qint64 id = 0;
    qint64 feedId = 0;
    QString guid;
    QString url;
    QString title;
    QString summary;
    QDateTime published; ///< invalid when the feed gave no date
    bool unread = true;
    qint64 articleId = 0; ///< the library's article made from the item's page; 0 when none yet
    QString error;        ///< why its page could not be read
};

/// The feeds and their items, kept in the library (schema version 5: tables feeds and
/// feed_items). Uses the library's connection, so the same thread rules apply; errors are
/// sentences in lastError().
class FeedStore
{
public:
    explicit FeedStore(const ArticleLibrary &library);

    /// Subscribes to `url` (or finds the subscription); `added` tells whether it is new.
    [[nodiscard]] std::optional<qint64> addFeed(const QString &url, bool *added = nullptr);
    [[nodiscard]] bool removeFeed(qint64 id);
    QList<FeedRecord> feeds() const;
    std::optional<FeedRecord> feed(qint64 id) const;
    std::optional<FeedRecord> feedByUrl(const QString &url) const;
    /// Records a check: title and site when known (empty keeps the old ones), the validators
    /// and the error (empty on success).
    [[nodiscard]] bool recordCheck(const FeedRecord &state);

    /// Adds the items the feed does not hold yet (by guid); returns the ids of the new ones.
    [[nodiscard]] std::optional<QList<qint64>> addItems(qint64 feedId,
                                                        const QList<FeedItemRecord> &items);
    /// The feed's items, newest first (0: of every feed).
    QList<FeedItemRecord> items(qint64 feedId, int limit = 500) const;
    std::optional<FeedItemRecord> item(qint64 id) const;
    /// Items whose page was never read (no article, no error), oldest first.
    QList<FeedItemRecord> pendingItems(qint64 feedId, int limit) const;
    [[nodiscard]] bool setItemArticle(qint64 itemId, qint64 articleId, const QString &error);
    [[nodiscard]] bool setUnread(qint64 itemId, bool unread);

    QString lastError() const { return m_error; }

private:
    bool exec(const QString &sql, const QVariantList &values) const;
    QList<FeedItemRecord> selectItems(const QString &where, const QVariantList &values) const;
    QList<FeedRecord> selectFeeds(const QString &where, const QVariantList &values) const;

    const ArticleLibrary &m_library;
    mutable QString m_error;
};

} // namespace lector
