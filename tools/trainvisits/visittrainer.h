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
    /// How much the pair counts in the logistic loss and in the perceptron's updates
    /// (lector-trainvisits --extra-weight for the pairs of --extra documents; 1 elsewhere).
    float weight = 1.0f;
    VisitCandidate candidate;
};

/// The learners of the visit model: a binary decision over candidate pairs, each scored as its
/// pair features plus its best occurrence (multiple-instance, as VisitAssembler::score()).
/// Deterministic: the perceptron visits examples in a fixed pseudo-random order, the logistic
/// regression takes full-batch steps.
class VisitTrainer
{
public:
    /// The L2-regularised logistic regression: minimises the summed log-loss of the pairs plus
    /// l2 / 2 * |w|^2 (the bias is not regularised) by full-batch AdaGrad steps; the score is
    /// the log-odds of a visit, so 0 is probability 0.5.
    struct Logistic
    {
        float l2 = 1.0f;
        int iterations = 2000; ///< as lector-trainvisits --iterations
        float rate = 0.1f;
        double *objective = nullptr; ///< gets the objective after the last step
    };
    static QHash<quint64, float> trainLogistic(const QList<VisitExample> &examples,
                                               const Logistic &options);
    /// The examples without the features seen in fewer than `minCount` of them.
    static QList<VisitExample> withoutRare(QList<VisitExample> examples, int minCount);

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
    /// score is above it), from -steps * step to steps * step; a tie goes to the smaller one in
    /// magnitude. With `smooth`, each grid point's F1 is the mean over the `smooth` points on
    /// each side (fewer at the ends), so a broad plateau wins over a lone peak. The model takes
    /// it off its bias weight. `f1`, when given, gets the best (averaged) F1.
    static float bestThreshold(const QList<HeldOut> &rows, float step = 1.0f, int steps = 10,
                               float *f1 = nullptr, int smooth = 0);
};

} // namespace lector
