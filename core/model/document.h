// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/span.h"

#include <QDate>
#include <QList>
#include <QString>

namespace lector {

/// Where the publication date of a document came from.
enum class DateOrigin {
    Unknown,  ///< no date known: relative dates stay unresolved
    Markup,   ///< HTML metadata (article:published_time, JSON-LD, <time>)
    Dateline, ///< a dateline in the text ("Friday, May 8, 2009")
    Url,      ///< a date in the page's address
    User,     ///< given by the user (date field, --date)
};

/// An article as Lector reads it: the text every offset refers to, plus metadata.
/// `text` is exactly what `lector extract` prints after its title and date lines.
struct Document
{
    QString text;    ///< the article body; paragraphs separated by '\n'
    QString title;   ///< empty when none was found
    QString source;  ///< the file path or URL it was read from
    QString url;     ///< the web address a page was fetched from (after redirects); else empty
    QDate published; ///< invalid when unknown
    DateOrigin publishedOrigin = DateOrigin::Unknown;
    QString author;       ///< byline, when the markup names one
    QString siteName;     ///< og:site_name or similar
    QString encoding;     ///< the encoding the bytes were decoded from ("UTF-8", ...)
    QList<Span> headings; ///< lines of `text` that are headings (subheads kept from markup)

    bool hasPublicationDate() const { return published.isValid(); }
};

} // namespace lector
