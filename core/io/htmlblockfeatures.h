// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/htmlblockcollector.h"

#include <QList>
#include <QString>

#include <utility>

namespace lector {

class HtmlHints;

/// What the Readability-style rules of HtmlExtractor said about one block.
struct BlockVerdict
{
    bool inside = false;     ///< below an element ContentScorer selected
    bool clutter = false;    ///< below a container the cleaner drops (links, forms, media)
    bool teaser = false;     ///< a line that is nearly all link text
    bool dupHeading = false; ///< the headline repeated, or a heading styled as furniture
    bool keep() const { return inside && !clutter && !teaser && !dupHeading; }
};

/// Named features of one block, as read by ExtractionModel (resources/model/extract.tsv).
using BlockFeatureVector = QList<std::pair<QString, float>>;

/// Describes every block of a page for the learned block classifier: the rules' verdict,
/// length, link density, punctuation, tag and ancestor tags, the class/id hints
/// (html_hints.tsv) of the block's element and its ancestors, position in the page, distance
/// from the rules' main text and the neighbouring blocks. Words of the page (class names,
/// first words) are no features: with 50 dev sites they learned one site's markup and scored
/// worse on the others. The names are the model's vocabulary; tools/train_extract.py
/// learns their weights from the saved dev pages. Stateless.
class HtmlBlockFeatures
{
public:
    [[nodiscard]] static QList<BlockFeatureVector> compute(const QList<HtmlBlock> &blocks,
                                                           const QList<BlockVerdict> &verdicts,
                                                           const HtmlHints &hints);
};

} // namespace lector
