// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/htmlblockfeatures.h"

#include <QHash>
#include <QString>

namespace lector {

/// The learned block classifier of HtmlExtractor: a logistic regression over the named
/// features of HtmlBlockFeatures, trained by tools/train_extract.py on the saved dev pages
/// and compiled in as :/lector/model/extract.tsv (rows "feature<TAB>weight"; the row
/// "__threshold" is the probability from which a block is kept). LECTOR_EXTRACT_MODEL names
/// another file, for cross-validation. Loaded once per process; immutable and thread-safe.
class ExtractionModel
{
public:
    static const ExtractionModel &shared();
    /// A model read from `path`; empty when the file cannot be read.
    explicit ExtractionModel(const QString &path);

    /// No weights: HtmlExtractor keeps the rules' verdict.
    bool isEmpty() const { return m_weights.isEmpty(); }
    double probability(const BlockFeatureVector &features) const;
    bool keeps(const BlockFeatureVector &features) const
    {
        return probability(features) >= m_threshold;
    }

private:
    QHash<QString, double> m_weights;
    double m_threshold = 0.5;
};

} // namespace lector
