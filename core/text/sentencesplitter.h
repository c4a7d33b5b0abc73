// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analyser.h"

#include <QSet>

namespace lector {

class Resources;

/// Groups tokens into sentences.
///
/// Requires: tokens. Adds: Analysis::sentences, sorted, non-overlapping, covering every token.
/// A line break always ends a sentence (headlines and datelines stand alone). '.', '!' and '?'
/// end one when followed, after any closing quotes or brackets, by a token that starts with an
/// upper-case letter, a digit or an opening quote, unless the period belongs to an abbreviation
/// from lexicon/abbreviations.tsv ("Gen. Li", "Aug. 17") or to an initial ("J. Smith").
class SentenceSplitter final : public Analyser
{
public:
    explicit SentenceSplitter(const Resources &resources);
    QString name() const override { return QStringLiteral("sentences"); }
    QStringList prerequisites() const override { return {QStringLiteral("tokens")}; }
    void run(const Document &document, Analysis &analysis) const override;

private:
    bool endsSentence(QStringView text, const QList<Token> &tokens, int i) const;

    QSet<QString> m_abbreviations; ///< lower-case, without the period
};

} // namespace lector
