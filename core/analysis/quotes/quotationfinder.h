// SPDX-License-Identifier: GPL-3.0-or-later
// The quotes family (analysis/quotes/): reads tokens, sentences, times and entities, and adds
// Analysis::quotes with their speakers. QuoteMarkScanner pairs the marks, IndirectSpeechFinder
// finds reported speech from SpeechLexicon's cues, QuotationFinder tells the kinds apart, and
// SpeakerAttributor (with SpeakerPhrase) names who said each one.
#pragma once

#include "analysis/analyser.h"
#include "analysis/quotes/quotemarkscanner.h"
#include "analysis/quotes/speechlexicon.h"

#include <vector>

namespace lector {

class Resources;

/// Finds quotations: text between quotation marks (QuoteMarkScanner) and reported speech
/// without marks (IndirectSpeechFinder), and tells their kinds apart.
///
/// Requires: tokens, sentences (times, when present, help to skip "said Tuesday that").
/// Adds: Analysis::quotes, sorted by outer.begin, non-overlapping, no speakers yet. Kinds:
/// - Direct: marked words that stand as speech: they open a paragraph or a sentence, follow a
///   colon or comma ("said: "...""), or a speech cue follows them (""...," she said").
/// - Partial: reported speech that contains quoted words (Li said that "attempts ..." will fail).
///   Its span is the whole reported content, marks included, because that content is what the
///   speaker is reported to have said; the quoted words alone would not be a claim.
/// - Scare: a short marked phrase with no speech around it (a 'neutral party', a title).
/// - Indirect: reported speech without marks; cueSpan and cue are set.
/// A quotation running across paragraphs gives one Direct quote per paragraph.
class QuotationFinder final : public Analyser
{
public:
    explicit QuotationFinder(const Resources &resources);
    QString name() const override { return QStringLiteral("quotes"); }
    QStringList prerequisites() const override
    {
        return {QStringLiteral("tokens"), QStringLiteral("sentences")};
    }
    void run(const Document &document, Analysis &analysis) const override;

private:
    /// `first`: the first token of segment.outer; `after`: the token after its closing mark;
    /// `words`: the words in segment.span.
    QuoteKind classify(QStringView text, const Analysis &analysis,
                       const QuoteMarkScanner::Segment &segment, int first, int after,
                       int words) const;
    bool cueFollows(QStringView text, const Analysis &analysis, int after) const;
    /// The quotations between marks; sets `quoted` for the tokens they cover.
    QList<Quote> markedQuotes(QStringView text, const Analysis &analysis,
                              std::vector<bool> &quoted) const;
    /// Reported and marked quotations together, sorted by outer.begin (may still overlap).
    static QList<Quote> merge(const QList<Quote> &reported, const QList<Quote> &marked);

    SpeechLexicon m_lexicon;
};

} // namespace lector
