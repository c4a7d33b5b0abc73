// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace lector {

/// One entry of a feed, as the feed gives it.
struct FeedEntry
{
    QString guid;        ///< RSS guid or Atom id; else the link; else title and date
    QString url;         ///< the entry's page, absolute; empty when the feed gives none
    QString title;       ///< plain text
    QString summary;     ///< plain text (markup removed), at most about 500 characters
    QDateTime published; ///< invalid when the feed gives no date
};

/// A parsed feed: its title, site and entries in the feed's order, or an error.
struct ParsedFeed
{
    enum class Kind { Rss, Atom };
    Kind kind = Kind::Rss;
    QString title;
    QString siteUrl;
    QList<FeedEntry> entries;
    QString error; ///< a whole sentence; empty when the document is a feed

    bool isOk() const { return error.isEmpty(); }
};

/// Reads RSS 2.0 (and RSS 0.9x/1.0) and Atom 1.0 with QXmlStreamReader, which expands no
/// external entity and caps internal expansion. Relative links are resolved against the feed's
/// address. Stateless and thread-safe.
class FeedParser
{
public:
    static constexpr int MaxEntries = 500;

    [[nodiscard]] static ParsedFeed parse(const QByteArray &xml, const QUrl &feedUrl);
    /// RFC 822 (RSS) and ISO 8601 (Atom) dates; invalid when neither.
    [[nodiscard]] static QDateTime parseDate(const QString &text);
    /// The text of an HTML fragment, for summaries: tags dropped, entities decoded, spaces
    /// collapsed.
    [[nodiscard]] static QString plainText(const QString &html);
};

} // namespace lector
