// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corrections/correction.h"
#include "model/analysis.h"
#include "model/document.h"

#include <QList>

namespace lector {

/// Applies the user's corrections, in order, on top of an automatic analysis.
///
/// Reads: a complete Analysis of `document` (mentions, entities, quotes, visits, timeline) and
/// the corrections, oldest first. Returns the corrected analysis, in which every invariant of
/// Analysis holds again: mentions sorted and non-overlapping, every mention's entity valid and
/// listed in that entity's `mentions`, entities in order of first mention with ids "e1", "e2"...,
/// entity names and forms recomputed from their mentions, quote speakers and visit entities
/// re-pointed (or dropped, for a visit whose visitor or place is no longer an entity), and the
/// timeline rebuilt. Corrected mentions carry MentionSource::User and confidence 1.
///
/// A correction whose span no longer holds its `text` (or that names nothing in this analysis)
/// is skipped, never guessed at; `applied` (when given) gets one flag per correction.
/// Deterministic and thread-safe; linear in the size of the analysis per correction.
class CorrectionApplier
{
public:
    static Analysis apply(const Document &document, const Analysis &automatic,
                          const QList<Correction> &corrections, QList<bool> *applied = nullptr);
    /// The corrections whose flag in `applied` (from apply()) is set: those an export lists.
    static QList<Correction> appliedOnly(const QList<Correction> &corrections,
                                         const QList<bool> &applied);
};

} // namespace lector
