// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/articlereader.h"
#include "net/fetchresult.h"

#include <functional>

namespace lector {

/// Articles from the web: turns a fetched page into a Document (ArticleReader on the bytes,
/// with the charset the server declared), and reads what a user typed (a web address, a
/// file:// URL or a path). The Document's source and url are the page's address after
/// redirects. Only the page itself is fetched; the analysis runs on its extracted text.
class WebArticleReader
{
public:
    /// The article in a fetched page; a failed fetch gives its error.
    [[nodiscard]] static ReadResult fromFetch(const FetchResult &fetched);
    /// Reads `location` as the user typed it: an http(s) address is fetched (a local one
    /// allowed, since the user typed it), a file:// URL or a path is read from disk.
    [[nodiscard]] static ReadResult read(const QString &location,
                                         const std::function<bool()> &keepGoing = {});
    /// The request for a page the user typed (local addresses allowed).
    [[nodiscard]] static FetchRequest typedRequest(const QUrl &url);
    /// Whether `location` is a file:// URL or http(s) address rather than a path.
    [[nodiscard]] static bool isUrl(const QString &location);
};

} // namespace lector
