// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/visits/visitmodel.h"
#include "visittrainer.h"

#include <QTest>

#include <algorithm>

using namespace lector;

// The learners of lector-trainvisits on examples small enough to know the answer: which way
// the weights must go, that the multiple-instance form credits the right sentence, that the
// regularisation shrinks, that training is deterministic, and how the threshold is chosen.
class TestVisitTrainer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void logisticLearnsTheSignOfEachFeature_data();
    void logisticLearnsTheSignOfEachFeature();
    void logisticCreditsTheSentenceItScores();
    void strongerRegularisationShrinksTheWeights();
    void logisticIsDeterministic();
    void bestThreshold_data();
    void bestThreshold();
    void smoothedThresholdPrefersAPlateau();
    void bestOccurrence_data();
    void bestOccurrence();
};

namespace {

quint64 key(const char16_t *value)
{
    return VisitModel::key(u"test", QStringView(value));
}

/// A pair with the bias, the given pair features and one sentence per list of `sentences`.
VisitExample example(bool visit, const QList<quint64> &pair,
                     const QList<QList<quint64>> &sentences = {})
{
    VisitExample e;
    e.status = visit ? 0 : -1;
    e.candidate.features = pair;
    e.candidate.features.append(VisitModel::key(u"bias"));
    std::sort(e.candidate.features.begin(), e.candidate.features.end());
    for (const QList<quint64> &s : sentences) {
        VisitOccurrence o;
        o.features = s;
        e.candidate.occurrences.append(o);
    }
    return e;
}

/// Six visits told with "flew to", six non-visits with "born in", and `shared` examples of
/// each class that carry a word both share.
QList<VisitExample> cueExamples(int shared)
{
    QList<VisitExample> out;
    for (int i = 0; i < 6; ++i) {
        out.append(example(true, {key(u"flew to")}));
        out.append(example(false, {key(u"born in")}));
    }
    for (int i = 0; i < shared; ++i) {
        out.append(example(true, {key(u"said")}));
        out.append(example(false, {key(u"said")}));
    }
    return out;
}

float modelScore(const QHash<quint64, float> &w, const QList<quint64> &keys)
{
    return VisitModel::fromWeights(w)->score(keys);
}

} // namespace

void TestVisitTrainer::logisticLearnsTheSignOfEachFeature_data()
{
    QTest::addColumn<int>("shared");
    QTest::newRow("separable") << 0;
    QTest::newRow("with a word both classes share") << 4;
}

void TestVisitTrainer::logisticLearnsTheSignOfEachFeature()
{
    QFETCH(int, shared);
    VisitTrainer::Logistic options;
    options.iterations = 400;
    const QHash<quint64, float> w = VisitTrainer::trainLogistic(cueExamples(shared), options);
    const quint64 bias = VisitModel::key(u"bias");
    QVERIFY(modelScore(w, {bias, key(u"flew to")}) > 0.0f);
    QVERIFY(modelScore(w, {bias, key(u"born in")}) < 0.0f);
    // A word that tells nothing stays near zero, far below the cues.
    QVERIFY(std::abs(w.value(key(u"said"))) < 0.1f * w.value(key(u"flew to")));
}

void TestVisitTrainer::logisticCreditsTheSentenceItScores()
{
    // Each visit has a sentence with the cue (a pattern's match) and one with only a filler
    // word; the non-visits have two filler sentences. A pair is scored by its best sentence,
    // a tie going to the pattern's (as VisitAssembler::score()), and only that sentence is
    // updated: the cue is learned, the filler not.
    QList<VisitExample> examples;
    for (int i = 0; i < 6; ++i) {
        VisitExample visit = example(true, {}, {{key(u"weather")}, {key(u"arrived in")}});
        visit.candidate.occurrences[1].pattern = true;
        examples.append(visit);
        examples.append(example(false, {}, {{key(u"weather")}, {key(u"weather")}}));
    }
    VisitTrainer::Logistic options;
    options.iterations = 400;
    const QHash<quint64, float> w = VisitTrainer::trainLogistic(examples, options);
    QVERIFY(w.value(key(u"arrived in")) > 0.5f);
    QVERIFY(w.value(key(u"weather")) < w.value(key(u"arrived in")));
    const quint64 bias = VisitModel::key(u"bias");
    QVERIFY(modelScore(w, {bias, key(u"arrived in")}) > 0.0f);
    QVERIFY(modelScore(w, {bias, key(u"weather")}) < 0.0f);
}

void TestVisitTrainer::strongerRegularisationShrinksTheWeights()
{
    VisitTrainer::Logistic weak, strong;
    weak.iterations = strong.iterations = 400;
    weak.l2 = 0.1f;
    strong.l2 = 10.0f;
    double weakObjective = 0.0, strongObjective = 0.0;
    weak.objective = &weakObjective;
    strong.objective = &strongObjective;
    const QList<VisitExample> examples = cueExamples(0);
    const float a = VisitTrainer::trainLogistic(examples, weak).value(key(u"flew to"));
    const float b = VisitTrainer::trainLogistic(examples, strong).value(key(u"flew to"));
    QVERIFY2(a > b && b > 0.0f, qPrintable(QStringLiteral("%1, %2").arg(a).arg(b)));
    QVERIFY(std::isfinite(weakObjective) && std::isfinite(strongObjective));
    // Twelve examples at log-loss log(2) each is where training starts; it must end lower.
    QVERIFY(weakObjective < 12.0 * std::log(2.0));
}

void TestVisitTrainer::logisticIsDeterministic()
{
    const QList<VisitExample> examples = cueExamples(3);
    const VisitTrainer::Logistic options;
    QCOMPARE(VisitTrainer::trainLogistic(examples, options),
             VisitTrainer::trainLogistic(examples, options));
}

void TestVisitTrainer::bestThreshold_data()
{
    using Verdict = VisitAssembler::Verdict;
    QTest::addColumn<QList<float>>("scores");
    QTest::addColumn<QList<bool>>("gold");
    QTest::addColumn<QList<int>>("verdicts");
    QTest::addColumn<float>("expected");
    const int score = int(Verdict::Score), always = int(Verdict::Always),
              never = int(Verdict::Never);
    QTest::newRow("between the classes")
        << QList<float>{3.5f, 2.5f, 1.5f, 0.5f} << QList<bool>{true, true, false, false}
        << QList<int>{score, score, score, score} << 2.0f;
    // Every threshold from 0 to 2 separates them: the one nearest zero wins.
    QTest::newRow("a tie goes to the smallest")
        << QList<float>{2.5f, -0.5f} << QList<bool>{true, false} << QList<int>{score, score}
        << 0.0f;
    // A pattern's visit is found whatever the threshold, a hosted one never: only the scored
    // pairs decide.
    QTest::newRow("verdicts the threshold cannot change")
        << QList<float>{-9.0f, 9.0f, -2.5f, -3.5f} << QList<bool>{true, false, true, false}
        << QList<int>{always, never, score, score} << -3.0f;
}

void TestVisitTrainer::bestThreshold()
{
    QFETCH(QList<float>, scores);
    QFETCH(QList<bool>, gold);
    QFETCH(QList<int>, verdicts);
    QFETCH(float, expected);
    QList<VisitTrainer::HeldOut> rows;
    for (qsizetype i = 0; i < scores.size(); ++i)
        rows.append({scores[i], gold[i], VisitAssembler::Verdict(verdicts[i])});
    float f1 = 0.0f;
    QCOMPARE(VisitTrainer::bestThreshold(rows, 1.0f, 10, &f1), expected);
    QCOMPARE(f1, 1.0f);
}

void TestVisitTrainer::smoothedThresholdPrefersAPlateau()
{
    // The F1 over the thresholds peaks alone at -3 (0.86: the gold pair at -2.5 in, the false
    // one at -3.5 out) and stays at 0.8 from 1 to 3 (the two high gold pairs alone); averaged
    // over two neighbours each side, the plateau wins. A lone peak is the luck of a few pairs.
    QList<VisitTrainer::HeldOut> rows;
    const QList<float> scores{5.5f, 3.5f, 0.5f, -2.5f, -3.5f, -4.5f};
    const QList<bool> gold{true, true, false, true, false, false};
    for (qsizetype i = 0; i < scores.size(); ++i)
        rows.append({scores[i], gold[i], VisitAssembler::Verdict::Score});
    QCOMPARE(VisitTrainer::bestThreshold(rows, 1.0f, 10), -3.0f);
    QCOMPARE(VisitTrainer::bestThreshold(rows, 1.0f, 10, nullptr, 0), -3.0f);
    const float smoothed = VisitTrainer::bestThreshold(rows, 1.0f, 10, nullptr, 2);
    QVERIFY2(smoothed >= 1.0f && smoothed <= 3.0f, qPrintable(QString::number(smoothed)));
}

void TestVisitTrainer::bestOccurrence_data()
{
    QTest::addColumn<QList<float>>("scores");
    QTest::addColumn<QList<bool>>("patterns");
    QTest::addColumn<int>("expected");
    QTest::newRow("the highest score")
        << QList<float>{-1.0f, 2.0f, 0.5f} << QList<bool>{false, false, false} << 1;
    // An untrained model scores every sentence 0: the cue pattern's sentence is the evidence.
    QTest::newRow("a pattern match wins a tie")
        << QList<float>{0.0f, 0.0f, 0.0f} << QList<bool>{false, true, false} << 1;
    QTest::newRow("a pattern does not beat a higher score")
        << QList<float>{0.5f, 0.0f} << QList<bool>{false, true} << 0;
    QTest::newRow("of equal plain scores the first")
        << QList<float>{1.0f, 1.0f} << QList<bool>{false, false} << 0;
    QTest::newRow("no occurrence") << QList<float>{} << QList<bool>{} << -1;
}

void TestVisitTrainer::bestOccurrence()
{
    // The one choice of VisitAssembler::score() and both learners, in float and in double
    // (the logistic regression's), on the scores of a pair's sentences.
    QFETCH(QList<float>, scores);
    QFETCH(QList<bool>, patterns);
    QFETCH(int, expected);
    const auto score = [&](qsizetype i) { return scores[i]; };
    const auto pattern = [&](qsizetype i) { return bool(patterns[i]); };
    const auto [best, top] = VisitAssembler::bestOccurrence<float>(scores.size(), score, pattern);
    QCOMPARE(best, expected);
    const auto [bestDouble, topDouble] = VisitAssembler::bestOccurrence<double>(
        scores.size(), [&](qsizetype i) { return double(scores[i]); }, pattern);
    QCOMPARE(bestDouble, expected);
    if (expected >= 0) {
        QVERIFY(top >= scores[expected] && top < scores[expected] + 1e-3f);
        QVERIFY(topDouble >= double(scores[expected]));
    }
    // VisitAssembler::score() takes the same sentence on a model of these scores.
    if (expected >= 0) {
        VisitCandidate c;
        QHash<quint64, float> weights;
        for (qsizetype i = 0; i < scores.size(); ++i) {
            VisitOccurrence o;
            o.features = {VisitModel::key(u"test", QString::number(i))};
            o.pattern = patterns[i];
            weights.insert(o.features.constFirst(), scores[i]);
            c.occurrences.append(o);
        }
        const auto model = VisitModel::fromWeights(weights);
        QCOMPARE(VisitAssembler::score(*model, c).best, expected);
    }
}

QTEST_GUILESS_MAIN(TestVisitTrainer)
#include "tst_visittrainer.moc"
