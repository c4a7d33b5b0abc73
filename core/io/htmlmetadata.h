// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/htmltree.h"
#include "model/document.h"

#include <QDate>
#include <QString>

class QJsonValue;

namespace lector {

/// What a web page says about itself: title, publication date, author, site name and address.
///
/// Sources, best first. Title: og:title, JSON-LD headline, twitter:title, the first <h1>,
/// <title> without the site name. Date: JSON-LD datePublished, article:published_time and
/// similar <meta> tags, itemprop datePublished, the first <time datetime> (origin Markup),
/// then a date in the canonical address (origin Url). Author: JSON-LD author, <meta
/// name=author>, rel=author. Site name: og:site_name, JSON-LD publisher.
struct HtmlMetadata
{
    QString title;
    QString h1; ///< the first <h1>, to recognise the headline repeated in the body
    QString author;
    QString siteName;
    QString url; ///< canonical or og:url
    QDate published;
    DateOrigin publishedOrigin = DateOrigin::Unknown;

    [[nodiscard]] static HtmlMetadata read(const HtmlTree &tree);
    /// "Minister visits capital | The Daily Example" -> "Minister visits capital" when the
    /// other part is `siteName` or the title keeps at least three words without it.
    [[nodiscard]] static QString cleanTitle(const QString &title, const QString &siteName);
};

} // namespace lector
