// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <functional>

namespace lector {

/// What to fetch and within which limits (PageFetcher).
struct FetchRequest
{
    enum class Expect {
        Page, ///< a web page: HTML, XHTML or plain text, anything else is refused
        Feed, ///< an RSS or Atom document: any text type
    };
    QUrl url;
    Expect expect = Expect::Page;
    /// The user typed the address: a local one (127.0.0.1, a private network) is allowed, and
    /// so are redirects to local addresses (UrlPolicy).
    bool allowLocal = false;
    QByteArray etag;                    ///< sent as If-None-Match when not empty
    QByteArray lastModified;            ///< sent as If-Modified-Since when not empty
    qint64 maxBytes = 16 * 1024 * 1024; ///< of the decompressed body
    int timeoutMs = 30000;              ///< for the whole transfer, redirects included
    int maxRedirects = 10;
    /// Resolves a host name to its addresses (none: not found). Empty: the system's resolver,
    /// asynchronously (QHostInfo). Tests pass a fake one, so no name is looked up for real.
    std::function<QList<QHostAddress>(const QString &host)> resolve;
    /// Which resolved addresses count as local; empty: UrlPolicy::isLocalAddress. Lets a test's
    /// loopback server stand in for a public one.
    std::function<bool(const QHostAddress &)> isLocalAddress;
};

/// The outcome of a fetch: the body and what the server said about it, or one failure with a
/// whole-sentence message naming the address and the cause.
struct FetchResult
{
    enum class Failure {
        None,
        Refused,          ///< not an address Lector may fetch (UrlPolicy)
        Dns,              ///< the host name does not resolve
        Connection,       ///< refused, reset or closed connection
        Tls,              ///< no trustworthy secure connection
        Timeout,          ///< no complete answer within the time-out
        NotFound,         ///< HTTP 404 or 410
        ClientError,      ///< another HTTP 4xx
        ServerError,      ///< HTTP 5xx
        NotHtml,          ///< a 2xx answer that is not a web page (image, PDF, ...)
        TooLarge,         ///< larger than the request's maxBytes
        TooManyRedirects, ///< more than the request's maxRedirects
        Cancelled,        ///< cancelled by the user
        Other,
    };

    QUrl url;      ///< as requested
    QUrl finalUrl; ///< after redirects
    int status = 0;
    QByteArray body;
    QByteArray mimeType; ///< lower-case, without parameters ("text/html")
    QByteArray charset;  ///< the Content-Type's charset parameter, lower-case; empty if none
    QByteArray etag;
    QByteArray lastModified;
    int redirects = 0;
    bool notModified = false; ///< HTTP 304 to a conditional request: `body` is empty
    Failure failure = Failure::None;
    QString error; ///< empty when failure is None

    bool isOk() const { return failure == Failure::None; }
};

} // namespace lector

Q_DECLARE_METATYPE(lector::FetchResult)
