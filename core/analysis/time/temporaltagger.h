// SPDX-License-Identifier: GPL-3.0-or-later
// The time family (analysis/time/): reads tokens, sentences and the publication date, and adds
// Analysis::times. TemporalTagger runs TimexGrammar over TimexLexicon's words and TimexResolver
// gives each expression its TIMEX3 value.
#pragma once

#include "analysis/analyser.h"
#include "analysis/time/timexgrammar.h"
#include "analysis/time/timexlexicon.h"

#include <QDate>

namespace lector {

class Resources;

/// Finds time expressions and normalises them to TIMEX3 values against the publication date.
///
/// Requires: tokens, sentences. Reads Document::published (invalid when unknown).
/// Adds: Analysis::times, sorted and non-overlapping. Each has a TIMEX3 type and value:
/// DATE ("2023-08-17", "2023-08", "2023", "199" for the 1990s, "2023-W33", "2023-Q3",
/// "2023-SU", "PRESENT_REF", "PAST_REF", "FUTURE_REF"), TIME ("2023-08-17T15:00",
/// "2023-08-17TMO"), DURATION ("P6D", "PT10H", "PXY") or SET ("P1D", "XXXX-WXX-1").
/// Relative expressions ("Tuesday", "last year") resolve against the publication date; "the
/// following day" and "a year earlier" against the previous date in the text, "the next year"
/// against a date of its sentence or the one before (else the publication date). Without a
/// publication date they keep their span with an empty value and relative = true.
/// A bare weekday is the nearest such day on or before the publication date, or on or after it
/// when the nearest tense marker in the sentence points to the future ("will").
/// Knowledge (month names, number words, units, tense markers) comes from
/// resources/lexicon/temporal_*.tsv.
class TemporalTagger final : public Analyser
{
public:
    explicit TemporalTagger(const Resources &resources);
    QString name() const override { return QStringLiteral("dates"); }
    QStringList prerequisites() const override
    {
        return {QStringLiteral("tokens"), QStringLiteral("sentences")};
    }
    void run(const Document &document, Analysis &analysis) const override;

    /// Tags a text on its own (tokenized and split here), with `published` as the document
    /// date, using the compiled-in resources. For tests and callers outside the Pipeline.
    static QList<TimeExpression> tag(const QString &text, QDate published);

private:
    struct UnitStream;
    void addToken(const QString &text, const Token &token, int sentence, TimexUnits &out) const;
    void describe(TimexUnit &unit) const;

    TimexLexicon m_lexicon;
    TimexGrammar m_grammar;
};

} // namespace lector
