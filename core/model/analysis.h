// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotations.h"

#include <QList>
#include <QStringList>

namespace lector {

/// Everything the Pipeline found in one Document. Plain values: it can be copied across
/// threads, cached and compared. Lists are sorted by their span's begin unless said otherwise.
struct Analysis
{
    QList<Token> tokens;
    QList<Sentence> sentences;
    QList<Mention> mentions;     ///< sorted, non-overlapping
    QList<Entity> entities;      ///< in order of first mention
    QList<Quote> quotes;         ///< sorted by outer.begin
    QList<TimeExpression> times; ///< sorted, non-overlapping
    QList<Visit> visits;         ///< in text order
    QList<int> timeline;         ///< visit indexes: dated ones by date, then undated ones
    QStringList completed;       ///< names of the analysers that ran, in order

    /// Index of the mention covering pos, or -1.
    int mentionAt(qsizetype pos) const;
    /// Index of the sentence containing pos, or -1.
    int sentenceAt(qsizetype pos) const;
    /// Index of the first token whose span ends after pos (tokens.size() if none).
    int tokenAfter(qsizetype pos) const;
};

// Names used in JSON, CSS classes and the UI ("person", "direct", "month"). Not called
// toString(): QTest's QCOMPARE finds a toString() of the enum's namespace by ADL and expects char*.
QString entityTypeName(EntityType type);
QString quoteKindName(QuoteKind kind);
QString precisionName(DatePrecision precision);
QString visitStatusName(VisitStatus status);

} // namespace lector
