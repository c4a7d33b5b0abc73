// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/pagefetcher.h"

#include "net/urlpolicy.h"

#include <QEventLoop>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

#include <algorithm>

namespace lector {

namespace {

bool isPageType(const QByteArray &mime)
{
    return mime.isEmpty() || mime == "text/html" || mime == "application/xhtml+xml" ||
           mime == "text/plain";
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', bytes < 1024 * 1024 ? 2 : 0);
}

} // namespace

PageFetcher::PageFetcher(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    qRegisterMetaType<lector::FetchResult>();
    // Redirects are followed by hand so that each one is checked and counted; nothing is
    // cached or sent but the page's own cookies within one fetch.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        abortWith(FetchResult::Failure::Timeout,
                  QStringLiteral("%1 did not answer completely within %2 seconds.")
                      .arg(m_result.url.toDisplayString())
                      .arg(m_request.timeoutMs / 1000.0));
    });
}

PageFetcher::~PageFetcher()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QByteArray PageFetcher::userAgent()
{
    return QByteArrayLiteral("Mozilla/5.0 (compatible; Lector/" LECTOR_VERSION
                             "; news reader, fetches only what its user opens)");
}

void PageFetcher::start(const FetchRequest &request)
{
    if (m_running)
        cancel();
    m_request = request;
    m_result = FetchResult();
    m_result.url = request.url;
    m_result.finalUrl = request.url;
    m_running = true;
    m_deadline.start(qMax(1, request.timeoutMs));
    this->request(request.url);
}

void PageFetcher::cancel()
{
    if (m_running)
        abortWith(FetchResult::Failure::Cancelled,
                  QStringLiteral("Fetching %1 was cancelled.").arg(m_result.url.toDisplayString()));
}

// The host name is resolved once, here, and every address it gives is checked; the connection
// then goes to the checked address (the name kept for the Host header and the certificate), so
// a name that answers differently a moment later (DNS rebinding) cannot reach past the check.
void PageFetcher::request(const QUrl &url)
{
    if (const QString refused = UrlPolicy::check(url, m_request.allowLocal); !refused.isEmpty()) {
        fail(FetchResult::Failure::Refused, refused);
        return;
    }
    m_result.finalUrl = url;
    m_result.body.clear();
    m_tlsError.clear();
    const QString host = url.host();
    if (QHostAddress literal; literal.setAddress(host)) {
        connectTo(url, {});
        return;
    }
    const quint64 generation = ++m_generation;
    const auto resolved = [this, generation, url](const QList<QHostAddress> &addresses) {
        if (generation == m_generation && m_running)
            onResolved(url, addresses);
    };
    if (m_request.resolve) {
        // Answered from the event loop, as the system's resolver is.
        QTimer::singleShot(0, this, [this, generation, host, resolved] {
            if (generation == m_generation && m_running)
                resolved(m_request.resolve(host));
        });
        return;
    }
    QHostInfo::lookupHost(host, this, [resolved](const QHostInfo &info) {
        resolved(info.error() == QHostInfo::NoError ? info.addresses() : QList<QHostAddress>());
    });
}

void PageFetcher::onResolved(const QUrl &url, const QList<QHostAddress> &addresses)
{
    if (addresses.isEmpty()) {
        fail(FetchResult::Failure::Dns, networkError(QNetworkReply::HostNotFoundError, {}));
        return;
    }
    for (const QHostAddress &address : addresses) {
        if (const QString refused = UrlPolicy::checkResolved(url, address, m_request.allowLocal,
                                                             m_request.isLocalAddress);
            !refused.isEmpty()) {
            fail(FetchResult::Failure::Refused, refused);
            return;
        }
    }
    // IPv4 first: a server on "localhost" often listens on 127.0.0.1 only.
    const auto v4 = std::find_if(addresses.cbegin(), addresses.cend(), [](const QHostAddress &a) {
        return a.protocol() == QAbstractSocket::IPv4Protocol;
    });
    connectTo(url, v4 != addresses.cend() ? *v4 : addresses.constFirst());
}

void PageFetcher::connectTo(const QUrl &url, const QHostAddress &address)
{
    QUrl target = url;
    QNetworkRequest request;
    if (!address.isNull()) {
        target.setHost(address.toString());
        QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
        if (url.port() != -1)
            host += ':' + QByteArray::number(url.port());
        request.setRawHeader("Host", host);
        request.setPeerVerifyName(url.host());
        // HTTP/2 names the server in its :authority field, taken from the URL (the address):
        // HTTP/1.1 sends the Host header above instead.
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    }
    request.setUrl(target);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept",
                         m_request.expect == FetchRequest::Expect::Page
                             ? QByteArrayLiteral("text/html,application/xhtml+xml;q=0.9,"
                                                 "text/plain;q=0.5")
                             : QByteArrayLiteral("application/rss+xml,application/atom+xml,"
                                                 "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1"));
    if (!m_request.etag.isEmpty())
        request.setRawHeader("If-None-Match", m_request.etag);
    if (!m_request.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", m_request.lastModified);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    QNetworkReply *reply = m_nam->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, &PageFetcher::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &PageFetcher::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &PageFetcher::onFinished);
    connect(reply, &QNetworkReply::downloadProgress, this, &PageFetcher::progress);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (!errors.isEmpty())
            m_tlsError = errors.constFirst().errorString();
    });
}

void PageFetcher::onMetaData()
{
    if (!m_reply)
        return;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A compressed body's length says nothing of its inflated size; the count in onReadyRead()
    // catches that.
    if (status >= 200 && status < 300 && length > m_request.maxBytes)
        abortWith(FetchResult::Failure::TooLarge,
                  QStringLiteral("The page %1 is too large: %2 MB, Lector reads at most %3 MB.")
                      .arg(m_result.finalUrl.toDisplayString(), megabytes(length),
                           megabytes(m_request.maxBytes)));
}

void PageFetcher::onReadyRead()
{
    if (!m_reply)
        return;
    m_result.body += m_reply->readAll();
    if (m_result.body.size() > m_request.maxBytes)
        abortWith(FetchResult::Failure::TooLarge,
                  QStringLiteral("The page %1 is too large: more than %2 MB, Lector reads at most "
                                 "%2 MB.")
                      .arg(m_result.finalUrl.toDisplayString(), megabytes(m_request.maxBytes)));
}

void PageFetcher::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || !m_running)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    reply->disconnect(this);
    m_result.body += reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.status = status;
    // The address as the user or the page wrote it, not the resolved one connected to.
    const QUrl url = m_result.finalUrl;

    if (status >= 300 && status < 400 && status != 304 && reply->hasRawHeader("Location")) {
        if (++m_result.redirects > m_request.maxRedirects) {
            fail(FetchResult::Failure::TooManyRedirects,
                 QStringLiteral("%1 redirects more than %2 times; Lector stops following it.")
                     .arg(m_result.url.toDisplayString())
                     .arg(m_request.maxRedirects));
            return;
        }
        const QUrl next = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location").trimmed()));
        request(next);
        return;
    }
    if (status == 304 && (!m_request.etag.isEmpty() || !m_request.lastModified.isEmpty())) {
        m_result.notModified = true;
        m_result.etag = m_request.etag;
        m_result.lastModified = m_request.lastModified;
        done();
        return;
    }
    if (status >= 400) {
        const QString reason =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        fail(status == 404 || status == 410 ? FetchResult::Failure::NotFound
             : status >= 500                ? FetchResult::Failure::ServerError
                                            : FetchResult::Failure::ClientError,
             httpError(status, reason));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        const auto code = reply->error();
        const auto failure =
            code == QNetworkReply::HostNotFoundError ? FetchResult::Failure::Dns
            : code == QNetworkReply::SslHandshakeFailedError || !m_tlsError.isEmpty()
                ? FetchResult::Failure::Tls
            : code == QNetworkReply::TimeoutError ? FetchResult::Failure::Timeout
            : code == QNetworkReply::ConnectionRefusedError ||
                    code == QNetworkReply::RemoteHostClosedError
                ? FetchResult::Failure::Connection
                : FetchResult::Failure::Other;
        fail(failure, networkError(code, reply->errorString()));
        return;
    }
    const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    const QList<QByteArray> parts = contentType.toLatin1().toLower().split(';');
    m_result.mimeType = parts.value(0).trimmed();
    for (const QByteArray &part : parts.mid(1)) {
        const QByteArray p = part.trimmed();
        if (p.startsWith("charset="))
            m_result.charset = p.mid(8).replace('"', "").replace('\'', "").trimmed();
    }
    if (m_request.expect == FetchRequest::Expect::Page && !isPageType(m_result.mimeType)) {
        fail(FetchResult::Failure::NotHtml,
             QStringLiteral("%1 is not a web page but %2; Lector reads HTML and plain text.")
                 .arg(m_result.finalUrl.toDisplayString(), QString::fromLatin1(m_result.mimeType)));
        return;
    }
    m_result.etag = reply->rawHeader("ETag");
    m_result.lastModified = reply->rawHeader("Last-Modified");
    done();
}

QString PageFetcher::httpError(int status, const QString &reason) const
{
    const QString address = m_result.finalUrl.toDisplayString();
    const QString what = reason.isEmpty() ? QString::number(status)
                                          : QStringLiteral("%1 %2").arg(status).arg(reason);
    if (status == 404 || status == 410)
        return QStringLiteral("The page %1 was not found (HTTP %2).").arg(address, what);
    if (status >= 500)
        return QStringLiteral("The server of %1 failed to answer (HTTP %2); try again later.")
            .arg(address, what);
    return QStringLiteral("The server refused %1 (HTTP %2).").arg(address, what);
}

QString PageFetcher::networkError(int code, const QString &detail) const
{
    const QString host = m_result.finalUrl.host();
    const QString address = m_result.finalUrl.toDisplayString();
    switch (code) {
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("The host %1 was not found (DNS): check the address and the "
                              "network.")
            .arg(host);
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("%1 refused the connection.").arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("%1 closed the connection before the page %2 was complete.")
            .arg(host, address);
    case QNetworkReply::TimeoutError:
        return QStringLiteral("%1 did not answer in time.").arg(address);
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("No secure connection (TLS) to %1 could be made: %2.")
            .arg(host, m_tlsError.isEmpty() ? detail : m_tlsError);
    default:
        break;
    }
    if (!m_tlsError.isEmpty())
        return QStringLiteral("No secure connection (TLS) to %1 could be made: %2.")
            .arg(host, m_tlsError);
    return QStringLiteral("Lector could not fetch %1: %2.").arg(address, detail);
}

void PageFetcher::fail(FetchResult::Failure failure, const QString &message)
{
    m_result.failure = failure;
    m_result.error = message;
    m_result.body.clear();
    done();
}

void PageFetcher::abortWith(FetchResult::Failure failure, const QString &message)
{
    if (!m_running)
        return;
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    fail(failure, message);
}

void PageFetcher::done()
{
    m_deadline.stop();
    m_running = false;
    Q_EMIT finished(m_result);
}

FetchResult PageFetcher::fetch(const FetchRequest &request, const std::function<bool()> &keepGoing)
{
    PageFetcher fetcher;
    QEventLoop loop;
    FetchResult result;
    bool finished = false;
    connect(&fetcher, &PageFetcher::finished, &loop, [&](const FetchResult &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    QTimer poll;
    if (keepGoing) {
        connect(&poll, &QTimer::timeout, &fetcher, [&] {
            if (!keepGoing())
                fetcher.cancel();
        });
        poll.start(50);
    }
    fetcher.start(request);
    if (!finished)
        loop.exec();
    return result;
}

} // namespace lector
