// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/webarticlereader.h"

#include "net/pagefetcher.h"
#include "net/urlpolicy.h"

namespace lector {

bool WebArticleReader::isUrl(const QString &location)
{
    return UrlPolicy::isWebAddress(location) ||
           location.trimmed().startsWith(u"file://", Qt::CaseInsensitive);
}

FetchRequest WebArticleReader::typedRequest(const QUrl &url)
{
    FetchRequest request;
    request.url = url;
    request.allowLocal = true;
    return request;
}

ReadResult WebArticleReader::fromFetch(const FetchResult &fetched)
{
    ReadResult result;
    if (!fetched.isOk()) {
        result.error = fetched.error;
        result.document.source = fetched.url.toString();
        return result;
    }
    const QString address = fetched.finalUrl.toString();
    const auto format = fetched.mimeType == "text/plain" ? ArticleReader::Format::PlainText
                        : fetched.mimeType.isEmpty()     ? ArticleReader::Format::Auto
                                                         : ArticleReader::Format::Html;
    result = ArticleReader::readBytes(fetched.body, address, format, ArticleReader::DefaultMaxBytes,
                                      fetched.charset);
    // ArticleReader speaks of files ("The file X is empty."); this one is a page.
    if (result.error.startsWith(u"The file "))
        result.error.replace(0, 9, u"The page "_qs);
    result.document.source = address;
    result.document.url = address;
    return result;
}

ReadResult WebArticleReader::read(const QString &location, const std::function<bool()> &keepGoing)
{
    const QString trimmed = location.trimmed();
    if (trimmed.startsWith(u"file://", Qt::CaseInsensitive))
        return ArticleReader::readFile(QUrl(trimmed).toLocalFile());
    if (!UrlPolicy::isWebAddress(trimmed))
        return ArticleReader::readFile(location);
    const QUrl url = QUrl::fromUserInput(trimmed);
    return fromFetch(PageFetcher::fetch(typedRequest(url), keepGoing));
}

} // namespace lector
