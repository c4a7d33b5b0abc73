// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace lector {

class ArticleLibrary;
class Pipeline;

/// What one round of feed updates did.
struct FeedUpdateReport
{
    int feeds = 0;     ///< feeds checked
    int unchanged = 0; ///< answered 304 Not Modified (nothing transferred)
    int newItems = 0;
    int added = 0;      ///< articles added to the library from new items
    int duplicates = 0; ///< items whose article the library already held (same text or URL)
    QStringList errors; ///< one sentence per feed or item that failed
    bool cancelled = false;
};

/// Subscribes to feeds and brings them up to date: each feed is fetched with its ETag and
/// Last-Modified (an unchanged feed costs one 304), parsed (FeedParser), its new items stored
/// (FeedStore), and each new item's page fetched, read and analysed into the library, where
/// search and the actors' timelines see it. Fetches only the feed's address and its items'
/// pages; an item of a feed on the public web may not point at a local address.
///
/// Blocking (PageFetcher::fetch); run it on a worker thread with its own ArticleLibrary
/// connection when a window must stay responsive.
class FeedUpdater
{
public:
    /// Called before each fetch with a line saying what is being done; return false to cancel.
    using Progress = std::function<bool(const QString &what)>;

    FeedUpdater(ArticleLibrary &library, const Pipeline &pipeline);

    /// Fetches `url` once to check it is an RSS or Atom feed, then stores the subscription and
    /// its items (not yet their pages: update() reads them). Returns the feed id, or nullopt
    /// with a sentence in `*error`. `typed`: the user typed the address (a local one allowed).
    std::optional<qint64> subscribe(const QString &url, bool typed, QString *error);
    /// Updates the given feeds (all when empty).
    FeedUpdateReport update(const QList<qint64> &feedIds = {}, const Progress &progress = {});

    /// Polled during every fetch; returning false cancels the round (a window's Cancel).
    void setKeepGoing(std::function<bool()> keepGoing) { m_keepGoing = std::move(keepGoing); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /// Pages read per feed and round at most (the rest waits for the next round).
    void setMaxPagesPerFeed(int pages) { m_maxPages = qMax(0, pages); }

private:
    void updateFeed(qint64 feedId, FeedUpdateReport &report, const Progress &progress);
    void readPages(qint64 feedId, bool allowLocal, FeedUpdateReport &report,
                   const Progress &progress);

    ArticleLibrary &m_library;
    const Pipeline &m_pipeline;
    std::function<bool()> m_keepGoing;
    int m_timeoutMs = 30000;
    int m_maxPages = 50;
    bool m_cancelled = false;
};

} // namespace lector
