// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis.h"
#include "model/document.h"

#include <QSet>
#include <QString>

namespace lector {

/// Groups tokens into sentences.
///
/// The Pipeline runs it as the "sentences" step (analysis/textanalysers.h).
/// Requires: tokens. Adds: Analysis::sentences, sorted, non-overlapping, covering every token.
/// A line break always ends a sentence (headlines and datelines stand alone). '.', '!' and '?'
/// end one when followed, after any closing quotes or brackets, by a token that starts with an
/// upper-case letter, a digit or an opening quote, unless the period belongs to an abbreviation
/// from lexicon/abbreviations.tsv ("Gen. Li", "Aug. 17") or to an initial ("J. Smith").
class SentenceSplitter final
{
public:
    /// \a abbreviations: lower-case, without the period (lexicon/abbreviations.tsv).
    explicit SentenceSplitter(QSet<QString> abbreviations);
    void run(const Document &document, Analysis &analysis) const;

private:
    bool endsSentence(QStringView text, const QList<Token> &tokens, int i) const;

    QSet<QString> m_abbreviations; ///< lower-case, without the period
};

} // namespace lector
