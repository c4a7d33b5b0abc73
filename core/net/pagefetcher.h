// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/fetchresult.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace lector {

/// Fetches one address the user asked for, and nothing else: no image, script, style sheet or
/// link of the page is ever requested (the page is only read, by ArticleReader). A host name is
/// resolved once and each of its addresses checked by UrlPolicy (no public name may lead to a
/// local address), then the checked address is connected to. Redirects are
/// followed by hand, each one checked by UrlPolicy, at most FetchRequest::maxRedirects; gzip and
/// deflate bodies are inflated by Qt; the body is refused past maxBytes as it arrives (or at
/// once when Content-Length says so); the whole transfer has a time-out; cancel() stops it.
/// Every failure ends in finished() with one FetchResult::Failure and a message.
///
/// Asynchronous on the thread that owns it (which needs an event loop); fetch() is the blocking
/// form for the command line and worker threads.
class PageFetcher : public QObject
{
    Q_OBJECT

public:
    explicit PageFetcher(QObject *parent = nullptr);
    ~PageFetcher() override;

    /// Starts a fetch, cancelling one in flight. finished() follows, also for an address that
    /// is refused at once.
    void start(const FetchRequest &request);
    /// Stops the fetch in flight: finished() follows with Failure::Cancelled.
    void cancel();
    bool isRunning() const { return m_running; }

    /// Fetches and waits (a local event loop). `keepGoing`, polled every 50 ms, cancels the
    /// fetch when it returns false.
    [[nodiscard]] static FetchResult fetch(const FetchRequest &request,
                                           const std::function<bool()> &keepGoing = {});
    /// The User-Agent Lector sends.
    static QByteArray userAgent();

Q_SIGNALS:
    /// Bytes received so far and the expected total (-1 when unknown).
    void progress(qint64 received, qint64 total);
    void finished(const lector::FetchResult &result);

private:
    void request(const QUrl &url);
    void onResolved(const QUrl &url, const QList<QHostAddress> &addresses);
    /// Requests `url` from `address` (null: the host is an address literal).
    void connectTo(const QUrl &url, const QHostAddress &address);
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void fail(FetchResult::Failure failure, const QString &message);
    void abortWith(FetchResult::Failure failure, const QString &message);
    void done();
    QString networkError(int code, const QString &detail) const;
    QString httpError(int status, const QString &reason) const;

    QNetworkAccessManager *m_nam;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    FetchRequest m_request;
    FetchResult m_result;
    QString m_tlsError;
    bool m_running = false;
    quint64 m_generation = 0; ///< tells a late answer of the resolver from the current one
};

} // namespace lector
