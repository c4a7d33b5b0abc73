// SPDX-License-Identifier: GPL-3.0-or-later
#include "web/linkopener.h"

#include "net/pagefetcher.h"
#include "net/urlpolicy.h"
#include "net/webarticlereader.h"

#include <QApplication>
#include <QClipboard>
#include <QInputDialog>
#include <QLocale>
#include <QMimeData>

namespace lector {

LinkOpener::LinkOpener(QObject *parent)
    : QObject(parent)
    , m_fetcher(new PageFetcher(this))
{
    connect(m_fetcher, &PageFetcher::finished, this, &LinkOpener::onFinished);
    connect(m_fetcher, &PageFetcher::progress, this, [this](qint64 received, qint64 total) {
        const QLocale locale;
        QString message =
            tr("Fetching %1\u2026 %2").arg(m_url.host(), locale.formattedDataSize(received));
        if (total > 0)
            message += tr(" of %1").arg(locale.formattedDataSize(total));
        Q_EMIT progress(message + tr(" (Esc cancels)"));
    });
}

std::optional<QUrl> LinkOpener::webAddress(const QMimeData *mime)
{
    if (!mime)
        return std::nullopt;
    if (mime->hasUrls()) {
        const QList<QUrl> urls = mime->urls();
        if (urls.size() == 1 && UrlPolicy::isWebAddress(urls.constFirst().toString()))
            return urls.constFirst();
        return std::nullopt;
    }
    const QString text = mime->text().trimmed();
    if (!text.contains(u' ') && !text.contains(u'\n') && UrlPolicy::isWebAddress(text)) {
        const QUrl url = QUrl::fromUserInput(text);
        if (url.isValid())
            return url;
    }
    return std::nullopt;
}

std::optional<QUrl> LinkOpener::askForAddress(QWidget *parent)
{
    const auto onClipboard = webAddress(QApplication::clipboard()->mimeData());
    bool ok = false;
    const QString text = QInputDialog::getText(
        parent, tr("Open Link"), tr("Address of the article (http or https):"), QLineEdit::Normal,
        onClipboard ? onClipboard->toString() : QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return std::nullopt;
    QString address = text.trimmed();
    if (!address.contains(u"://"))
        address.prepend(u"https://"_qs);
    return QUrl::fromUserInput(address);
}

void LinkOpener::open(const QUrl &url)
{
    m_url = url;
    Q_EMIT progress(tr("Fetching %1\u2026 (Esc cancels)").arg(url.toDisplayString()));
    m_fetcher->start(WebArticleReader::typedRequest(url));
}

void LinkOpener::cancel()
{
    m_fetcher->cancel();
}

bool LinkOpener::isBusy() const
{
    return m_fetcher->isRunning();
}

void LinkOpener::onFinished(const FetchResult &result)
{
    const ReadResult read = WebArticleReader::fromFetch(result);
    if (read.isOk())
        Q_EMIT opened(read.document);
    else
        Q_EMIT failed(read.error);
}

} // namespace lector
