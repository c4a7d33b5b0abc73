// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document.h"

#include <QString>

namespace lector {

/// Reads a saved web page into a Document, readability-style: parses it with gumbo (HTML5),
/// splits it into text blocks without page furniture (HtmlBlockCollector), picks the element
/// that holds the article and its continuing siblings (ContentScorer), drops boxes inside it
/// that are links, forms or media rather than prose, and keeps paragraphs and headings as
/// separate lines. Metadata comes from HtmlMetadata, or a dateline in the body.
///
/// Fills text, headings, title, published/publishedOrigin, author and siteName. Headings are
/// sorted, non-overlapping spans of whole lines. Stateless and thread-safe.
class HtmlExtractor
{
public:
    /// Pages whose markup nests deeper than this are refused: gumbo would take minutes.
    static constexpr int MaxNesting = 2000;
    /// Below this many characters the first pass was too strict and runs again without
    /// dropping class-hinted furniture.
    static constexpr qsizetype MinArticleLength = 500;

    /// Returns an empty string, or the cause of failure as a sentence fragment ("its markup
    /// nests 5000 elements deep").
    [[nodiscard]] static QString read(const QString &html, Document &document);
};

} // namespace lector
