// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/quotes/speechlexicon.h"
#include "model/analysis.h"

#include <QStringView>

#include <vector>

namespace lector {

/// Finds reported speech without quotation marks around a speech cue, one sentence at a time:
/// "X said (that) CONTENT", "X told Y (that) CONTENT", "CONTENT, X said", "CONTENT, said X",
/// "According to X, CONTENT" and "CONTENT, according to X".
///
/// Reads: tokens, sentences, times (skipped between cue and content: "said Tuesday that").
/// Returns: Indirect quotes (span == outer == the content, without its final punctuation) with
/// cueSpan and cue set and no speaker; at most one per sentence, in text order.
class IndirectSpeechFinder
{
public:
    explicit IndirectSpeechFinder(const SpeechLexicon &lexicon)
        : m_lexicon(lexicon)
    {}

    /// `quoted[i]` is true for tokens inside quotation marks; cues there are not looked at.
    QList<Quote> find(QStringView text, const Analysis &analysis,
                      const std::vector<bool> &quoted) const;

private:
    struct Context;
    bool findInSentence(const Context &c, const Sentence &sentence, Quote &quote) const;
    static int afterDateline(const Context &c, int first, int end);
    int forwardContentStart(const Context &c, int first, int cue, int cueEnd, int end,
                            const SpeechLexicon::Cue &lexicalCue) const;
    int afterAddressee(const Context &c, int j, int end, bool &nounAddressee) const;
    bool countsObject(const Context &c, int j, int end) const;
    bool emptyObject(const Context &c, int j, int end) const;
    bool verbAfterPhrase(const Context &c, int from, int end) const;
    bool isCommonNoun(QStringView w) const;
    int backwardContentEnd(const Context &c, int first, int cue, int cueEnd, int end) const;
    static bool opensWithNamedApposition(const Context &c, int first, int close);
    /// Whether a person's or an organization's mention ends right before the comma at `open`,
    /// with at most a title's capitalised words between the sentence's first token and it.
    static bool namedBeforeComma(const Context &c, int first, int open);
    /// Whether the sentence opens with a person's or organization's name (titles before it)
    /// and a relative clause about it set off by commas up to the comma at `close`: "Anna Berg,
    /// who was in Riga on Monday for talks, said ...".
    bool opensWithRelativeClause(const Context &c, int first, int close) const;
    int accordingContent(const Context &c, int first, int cue, int end, Span &content) const;

    const SpeechLexicon &m_lexicon;
};

} // namespace lector
