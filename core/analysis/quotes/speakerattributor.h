// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analyser.h"
#include "analysis/quotes/speakerphrase.h"
#include "analysis/quotes/speechlexicon.h"

namespace lector {

class Resources;

/// Names the speaker of every quote from speech cues, news patterns and pronouns.
///
/// Requires: quotes, aliases (mentions with entities; empty lists are fine: speakers are then
/// the words as written). Sets, for each quote it can attribute: speaker (entity index or -1),
/// speakerMention, speakerSpan (the words naming the speaker next to the quote, even "he"),
/// speakerName (the entity's canonical name, else those words), cueSpan, cue, confidence.
/// Patterns, tried in this order:
/// - a cue after the closing mark: ""...," she said", ""...," said Tom Hale, a spokesman";
/// - a cue before the opening mark in the same sentence, or ending the previous paragraph with a
///   colon: "He said: "..."", "Li visited Minsk and said, "..."", "according to X, "...""
/// - reported speech keeps the cue the QuotationFinder found: "X said that ...";
/// - a direct quote with no cue of its own, in the paragraph of the previous attributed quote or
///   the next one, continues it: same speaker, lower confidence.
/// Pronouns resolve to a person (SpeakerPhrase::resolve) whose gender agrees: Entity::gender, else
/// the given name's in usnamegenders.tsv, else the document's own pronouns ("Mori says his ...";
/// PersonGenders in the .cpp, worked out only for the people a pronoun asks about). Scare quotes
/// stay unattributed.
class SpeakerAttributor final : public Analyser
{
public:
    explicit SpeakerAttributor(const Resources &resources);
    QString name() const override { return QStringLiteral("speakers"); }
    QStringList prerequisites() const override
    {
        return {QStringLiteral("quotes"), QStringLiteral("aliases")};
    }
    void run(const Document &document, Analysis &analysis) const override;

private:
    struct Attribution
    {
        SpeakerPhrase::Candidate candidate;
        Span cueSpan;
        QString cue;
        float confidence = 0.0f;
    };

    Attribution fromCueAfter(const SpeakerPhrase &phrase, QStringView text,
                             const Analysis &analysis, const Quote &quote) const;
    Attribution fromCueBefore(const SpeakerPhrase &phrase, QStringView text,
                              const Analysis &analysis, const Quote &quote) const;
    Attribution namedBeforeLongApposition(const SpeakerPhrase &phrase, QStringView text,
                                          const Analysis &analysis, int first, int from) const;
    bool cueFollows(QStringView text, const Analysis &analysis, const std::vector<bool> &quoted,
                    const Quote &quote) const;
    Attribution fromReportedCue(const SpeakerPhrase &phrase, QStringView text,
                                const Analysis &analysis, const Quote &quote) const;

    SpeechLexicon m_lexicon;
};

} // namespace lector
