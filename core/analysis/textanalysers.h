// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analyser.h"
#include "lexicon/resources.h"
#include "text/sentencesplitter.h"
#include "text/tokenizer.h"

namespace lector {

/// The Tokenizer (text/tokenizer.h) as the Pipeline's first step, "tokens".
/// Requires: nothing. Adds: Analysis::tokens.
class TokenAnalyser final : public Analyser
{
public:
    QString name() const override { return QStringLiteral("tokens"); }
    void run(const Document &document, Analysis &analysis) const override
    {
        m_tokenizer.run(document, analysis);
    }

private:
    Tokenizer m_tokenizer;
};

/// The SentenceSplitter (text/sentencesplitter.h) as the step "sentences", with the
/// abbreviations of lexicon/abbreviations.tsv.
/// Requires: tokens. Adds: Analysis::sentences.
class SentenceAnalyser final : public Analyser
{
public:
    explicit SentenceAnalyser(const Resources &resources)
        : m_splitter(resources.wordSet(QStringLiteral("abbreviations")))
    {}
    QString name() const override { return QStringLiteral("sentences"); }
    QStringList prerequisites() const override { return {QStringLiteral("tokens")}; }
    void run(const Document &document, Analysis &analysis) const override
    {
        m_splitter.run(document, analysis);
    }

private:
    SentenceSplitter m_splitter;
};

} // namespace lector
