// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/visits/visitassembler.h"
#include "analysis/visits/visitcandidates.h"
#include "model/analysis.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QPair>

namespace lector {

/// One candidate pair of a training document and its gold answer.
struct VisitExample
{
    int document = -1;
    int status = -1; ///< the matched gold visit's VisitStatus, or -1 when no gold visit matches
    VisitCandidate candidate;
};

/// The averaged perceptron of the visit model: a binary decision over candidate pairs.
/// Examples are visited in a fixed pseudo-random order, so training is deterministic.
class VisitTrainer
{
public:
    /// The gold status of (visitor, place), matched as score_visits.py matches (a visitor word
    /// of 3+ letters, titles aside, and one equal place name), or -1.
    static int goldStatus(const Analysis &analysis, int visitor, int place, const QJsonArray &gold);

    /// `round` picks another fixed order of the examples.
    QHash<quint64, float> trainPairs(const QList<VisitExample> &examples, int epochs,
                                     int round = 0) const;

    /// A candidate of a held-out part of the training set as the decision sees it.
    struct HeldOut
    {
        float score = 0.0f;
        bool gold = false;
        VisitAssembler::Verdict verdict = VisitAssembler::Verdict::Score;
    };
    /// The decision threshold with the best F1 over held-out candidates (a visit when the
    /// score is above it), from -Steps to Steps in steps of 1; a tie goes to the smaller one in
    /// magnitude. The model takes it off its bias weight.
    static float bestThreshold(const QList<HeldOut> &rows);
    static constexpr int Steps = 10;
};

} // namespace lector
