// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/htmlblockfeatures.h"
#include "model/document.h"

#include <QString>

namespace lector {

/// Reads a saved web page into a Document, readability-style: parses it with gumbo (HTML5),
/// splits it into text blocks without page furniture (HtmlBlockCollector), picks the element
/// that holds the article and its continuing siblings (ContentScorer), drops boxes inside it
/// that are links, forms or media rather than prose. Those rules' verdict is one feature of a
/// learned block classifier (ExtractionModel) that decides which blocks are the article; kept
/// paragraphs and headings are separate lines. Metadata comes from HtmlMetadata, or a dateline in
/// the body.
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

    /// A block of the page as the classifier saw it, for training (tools/extractfeatures).
    struct TrainingBlock
    {
        QString text;
        BlockFeatureVector features;
        bool kept = false; ///< in the text read() returns
    };
    /// The blocks of the pass read() uses, in document order; empty for refused pages.
    [[nodiscard]] static QList<TrainingBlock> blocksForTraining(const QString &html);
};

} // namespace lector
