// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document.h"

#include <QByteArray>
#include <QString>

namespace lector {

/// The outcome of reading an article: a Document, or a whole-sentence error naming the file
/// and the cause ("The file /tmp/a.bin looks binary, not text: it contains NUL bytes.").
struct ReadResult
{
    Document document;
    QString error;
    bool isOk() const { return error.isEmpty(); }
};

/// Reads articles from plain text (.txt), Markdown (.md) and saved web pages (.html, .htm,
/// .html.gz). Detects the encoding (BOM, <meta charset>, valid UTF-8, else Windows-1252),
/// refuses empty, binary, oversized and undecodable input with a clear message, and fills the
/// Document's title, publication date (markup, dateline) and body. Stateless and thread-safe.
///
/// Plain text keeps the file's character offsets (see PlainTextReader); Markdown and HTML
/// become one paragraph or heading per line (MarkdownReader, HtmlExtractor).
class ArticleReader
{
public:
    enum class Format { Auto, PlainText, Markdown, Html };

    /// Files larger than this are refused rather than read.
    static constexpr qint64 DefaultMaxBytes = 64 * 1024 * 1024;

    [[nodiscard]] static ReadResult readFile(const QString &path,
                                             qint64 maxBytes = DefaultMaxBytes);
    /// `name` is used in messages and, with Format::Auto, to choose the format by its suffix
    /// (content sniffing decides when the suffix says nothing). Gzip-compressed bytes are
    /// inflated first (at most `maxBytes`). `charset` is the one a web server declared for the
    /// bytes (Content-Type); it outranks the page's own declaration, as in browsers.
    [[nodiscard]] static ReadResult readBytes(const QByteArray &bytes, const QString &name,
                                              Format format = Format::Auto,
                                              qint64 maxBytes = DefaultMaxBytes,
                                              const QByteArray &charset = {});

    /// The format a file name's suffix stands for (".html.gz" is Html); Auto when unknown.
    [[nodiscard]] static Format formatForName(const QString &name);
    /// Whether the bytes look like binary data rather than text: NUL bytes or more than 10%
    /// control characters. Sets `why` to the cause.
    [[nodiscard]] static bool looksBinary(const QByteArray &bytes, QString *why);
};

} // namespace lector
