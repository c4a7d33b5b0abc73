// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feedupdater.h"

#include "analysis/pipeline.h"
#include "library/articlelibrary.h"
#include "library/feedstore.h"
#include "net/feedparser.h"
#include "net/pagefetcher.h"
#include "net/urlpolicy.h"
#include "net/webarticlereader.h"

namespace lector {

namespace {

QList<FeedItemRecord> itemsOf(const ParsedFeed &parsed)
{
    QList<FeedItemRecord> items;
    for (const FeedEntry &e : parsed.entries) {
        FeedItemRecord item;
        item.guid = e.guid;
        item.url = e.url;
        item.title = e.title;
        item.summary = e.summary;
        item.published = e.published;
        items.append(item);
    }
    return items;
}

} // namespace

FeedUpdater::FeedUpdater(ArticleLibrary &library, const Pipeline &pipeline)
    : m_library(library)
    , m_pipeline(pipeline)
{}

std::optional<qint64> FeedUpdater::subscribe(const QString &url, bool typed, QString *error)
{
    const QUrl address = QUrl::fromUserInput(url.trimmed());
    FetchRequest request;
    request.url = address;
    request.expect = FetchRequest::Expect::Feed;
    request.allowLocal = typed;
    request.timeoutMs = m_timeoutMs;
    const FetchResult fetched = PageFetcher::fetch(request, m_keepGoing);
    if (!fetched.isOk()) {
        *error = fetched.error;
        return std::nullopt;
    }
    const ParsedFeed parsed = FeedParser::parse(fetched.body, fetched.finalUrl);
    if (!parsed.isOk()) {
        *error = parsed.error;
        return std::nullopt;
    }
    FeedStore store(m_library);
    const std::optional<qint64> id = store.addFeed(address.toString());
    FeedRecord state;
    if (id) {
        state.id = *id;
        state.title = parsed.title;
        state.siteUrl = parsed.siteUrl;
        state.etag = fetched.etag;
        state.lastModified = fetched.lastModified;
    }
    if (!id || !store.recordCheck(state) || !store.addItems(*id, itemsOf(parsed))) {
        *error = store.lastError();
        return std::nullopt;
    }
    return id;
}

FeedUpdateReport FeedUpdater::update(const QList<qint64> &feedIds, const Progress &progress)
{
    FeedUpdateReport report;
    m_cancelled = false;
    QList<qint64> ids = feedIds;
    if (ids.isEmpty()) {
        FeedStore store(m_library);
        for (const FeedRecord &f : store.feeds())
            ids.append(f.id);
        if (!store.lastError().isEmpty())
            report.errors.append(store.lastError());
    }
    for (const qint64 id : std::as_const(ids)) {
        if (m_cancelled)
            break;
        updateFeed(id, report, progress);
    }
    report.cancelled = m_cancelled;
    return report;
}

void FeedUpdater::updateFeed(qint64 feedId, FeedUpdateReport &report, const Progress &progress)
{
    FeedStore store(m_library);
    std::optional<FeedRecord> feed = store.feed(feedId);
    if (!feed) {
        report.errors.append(QStringLiteral("There is no feed %1 in the library.").arg(feedId));
        return;
    }
    ++report.feeds;
    if (progress && !progress(QStringLiteral("checking %1").arg(feed->url))) {
        m_cancelled = true;
        return;
    }
    const QUrl address(feed->url);
    // A feed at a local address was typed by the user, who may also read its local pages.
    const bool local = UrlPolicy::isLocal(address);
    FetchRequest request;
    request.url = address;
    request.expect = FetchRequest::Expect::Feed;
    request.allowLocal = local;
    request.etag = feed->etag;
    request.lastModified = feed->lastModified;
    request.timeoutMs = m_timeoutMs;
    const FetchResult fetched = PageFetcher::fetch(request, m_keepGoing);
    if (fetched.failure == FetchResult::Failure::Cancelled) {
        m_cancelled = true;
        return;
    }
    FeedRecord state = *feed;
    state.checked.clear();
    state.title.clear();
    state.siteUrl.clear();
    if (!fetched.isOk()) {
        state.error = fetched.error;
        report.errors.append(fetched.error);
        if (!store.recordCheck(state))
            report.errors.append(store.lastError());
        return;
    }
    state.error.clear();
    if (fetched.notModified) {
        ++report.unchanged;
    } else {
        const ParsedFeed parsed = FeedParser::parse(fetched.body, fetched.finalUrl);
        state.etag = fetched.etag;
        state.lastModified = fetched.lastModified;
        if (!parsed.isOk()) {
            state.error = parsed.error;
            report.errors.append(parsed.error);
        } else {
            state.title = parsed.title;
            state.siteUrl = parsed.siteUrl;
            const auto added = store.addItems(feedId, itemsOf(parsed));
            if (!added)
                report.errors.append(store.lastError());
            else
                report.newItems += int(added->size());
        }
    }
    if (!store.recordCheck(state))
        report.errors.append(store.lastError());
    readPages(feedId, local, report, progress);
}

void FeedUpdater::readPages(qint64 feedId, bool allowLocal, FeedUpdateReport &report,
                            const Progress &progress)
{
    FeedStore store(m_library);
    for (const FeedItemRecord &item : store.pendingItems(feedId, m_maxPages)) {
        if (progress && !progress(QStringLiteral("reading %1").arg(item.url))) {
            m_cancelled = true;
            return;
        }
        QString error;
        qint64 articleId = 0;
        if (item.url.isEmpty()) {
            error = QStringLiteral("The feed gives no page for \"%1\".").arg(item.title);
        } else if (const auto known = m_library.articleIdForUrl(item.url)) {
            articleId = *known;
            ++report.duplicates;
        } else {
            FetchRequest request;
            request.url = QUrl(item.url);
            request.allowLocal = allowLocal;
            request.timeoutMs = m_timeoutMs;
            const FetchResult fetched = PageFetcher::fetch(request, m_keepGoing);
            using Failure = FetchResult::Failure;
            if (fetched.failure == Failure::Cancelled) {
                m_cancelled = true;
                return;
            }
            // A failure that may pass (time-out, server error, no network) leaves the item for
            // the next round; one that will not (404, not a page, refused) is recorded.
            if (fetched.failure == Failure::Timeout || fetched.failure == Failure::ServerError ||
                fetched.failure == Failure::Connection || fetched.failure == Failure::Dns ||
                fetched.failure == Failure::Other) {
                report.errors.append(fetched.error);
                continue;
            }
            ReadResult read = WebArticleReader::fromFetch(fetched);
            if (!read.isOk()) {
                error = read.error;
            } else {
                Document &doc = read.document;
                if (doc.title.isEmpty())
                    doc.title = item.title;
                if (!doc.published.isValid() && item.published.isValid()) {
                    doc.published = item.published.date();
                    doc.publishedOrigin = DateOrigin::Markup;
                }
                bool added = false;
                const auto id = m_library.addArticle(doc, m_pipeline.run(doc), &added);
                if (!id) {
                    report.errors.append(m_library.lastError());
                    return; // the library failed: the next round tries again
                }
                articleId = *id;
                ++(added ? report.added : report.duplicates);
            }
        }
        if (!error.isEmpty())
            report.errors.append(error);
        if (!store.setItemArticle(item.id, articleId, error))
            report.errors.append(store.lastError());
    }
}

} // namespace lector
