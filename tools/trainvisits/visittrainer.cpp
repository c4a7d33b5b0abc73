// SPDX-License-Identifier: GPL-3.0-or-later
#include "visittrainer.h"

#include "analysis/visits/visitassembler.h"
#include "analysis/visits/visitmodel.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

namespace lector {

namespace {

/// The words score_visits.py compares visitors by.
QSet<QString> nameWords(const QString &name)
{
    static const QSet<QString> titles{
        u"mr"_qs,        u"mrs"_qs,     u"ms"_qs,         u"dr"_qs,     u"president"_qs,
        u"minister"_qs,  u"prime"_qs,   u"king"_qs,       u"queen"_qs,  u"prince"_qs,
        u"secretary"_qs, u"sen"_qs,     u"senator"_qs,    u"gov"_qs,    u"governor"_qs,
        u"rep"_qs,       u"the"_qs,     u"of"_qs,         u"and"_qs,    u"general"_qs,
        u"gen"_qs,       u"pope"_qs,    u"chancellor"_qs, u"vice"_qs,   u"former"_qs,
        u"state"_qs,     u"foreign"_qs, u"defence"_qs,    u"defense"_qs};
    QString n = name;
    n.replace(u'.', u' ').replace(u'-', u' ').replace(u"'s"_qs, u" "_qs);
    QSet<QString> out;
    for (QString w : n.split(u' ', Qt::SkipEmptyParts)) {
        while (!w.isEmpty() && QStringView(u",;:()\"\u2019\u2018\u201c\u201d").contains(w.front()))
            w.remove(0, 1);
        while (!w.isEmpty() && QStringView(u",;:()\"\u2019\u2018\u201c\u201d").contains(w.back()))
            w.chop(1);
        w = w.toLower();
        if (w.size() >= 3 && !titles.contains(w))
            out.insert(w);
    }
    return out;
}

/// A fixed permutation (a linear congruential generator seeded with the epoch).
QList<int> order(int n, int epoch)
{
    QList<int> o(n);
    for (int i = 0; i < n; ++i)
        o[i] = i;
    quint64 state = 0x2545F4914F6CDD1DULL + quint64(epoch);
    for (int i = n - 1; i > 0; --i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        std::swap(o[i], o[int((state >> 33) % quint64(i + 1))]);
    }
    return o;
}

/// Averaged weights with lazy averaging: w - u / c.
struct Averaged
{
    QHash<quint64, float> w;
    QHash<quint64, float> u;
    float c = 1.0f;

    float score(const QList<quint64> &keys) const
    {
        float s = 0.0f;
        for (quint64 k : keys)
            s += w.value(k, 0.0f);
        return s;
    }
    void update(const QList<quint64> &keys, float delta)
    {
        for (quint64 k : keys) {
            w[k] += delta;
            u[k] += c * delta;
        }
    }
    QHash<quint64, float> average() const
    {
        QHash<quint64, float> out;
        for (auto it = w.cbegin(); it != w.cend(); ++it) {
            const float v = it.value() - u.value(it.key()) / c;
            if (std::abs(v) > 1e-6f)
                out.insert(it.key(), v);
        }
        return out;
    }
};

} // namespace

int VisitTrainer::goldStatus(const Analysis &analysis, int visitor, int place,
                             const QJsonArray &gold)
{
    static const QStringList statuses{u"past"_qs, u"ongoing"_qs, u"planned"_qs, u"cancelled"_qs,
                                      u"hypothetical"_qs};
    const Entity &v = analysis.entities[visitor];
    const Entity &p = analysis.entities[place];
    QSet<QString> words = nameWords(v.name);
    for (const QString &f : v.forms)
        words.unite(nameWords(f));
    QSet<QString> places{p.name.toLower()};
    for (const QString &f : p.forms)
        places.insert(f.toLower());
    for (const QJsonValue &g : gold) {
        const QJsonObject o = g.toObject();
        if (!nameWords(o.value(u"visitor").toString()).intersects(words))
            continue;
        bool placeOk = false;
        for (const QJsonValue &gp : o.value(u"places").toArray())
            placeOk = placeOk || places.contains(gp.toString().toLower());
        if (!placeOk)
            continue;
        const int s = int(statuses.indexOf(o.value(u"status").toString()));
        return s < 0 ? 0 : s; // "listed" (a tour's stop) reads as planned or past: past
    }
    return -1;
}

float VisitTrainer::bestThreshold(const QList<HeldOut> &rows, float step, int steps, float *f1Out,
                                  int smooth)
{
    int gold = 0;
    for (const HeldOut &r : rows)
        gold += r.gold;
    std::vector<float> f1s;
    for (int i = -steps; i <= steps; ++i) {
        const float threshold = float(i) * step;
        int found = 0, predicted = 0;
        for (const HeldOut &r : rows) {
            const bool yes = r.verdict == VisitAssembler::Verdict::Always ||
                             (r.verdict == VisitAssembler::Verdict::Score && r.score > threshold);
            predicted += yes;
            found += yes && r.gold;
        }
        f1s.push_back(predicted + gold > 0 ? 2.0f * float(found) / float(predicted + gold) : 0.0f);
    }
    float best = 0.0f, bestF1 = -1.0f;
    const int n = int(f1s.size());
    for (int i = 0; i < n; ++i) {
        float sum = 0.0f;
        int count = 0;
        for (int j = std::max(0, i - smooth); j <= std::min(n - 1, i + smooth); ++j, ++count)
            sum += f1s[size_t(j)];
        const float f1 = sum / float(count);
        const float threshold = float(i - steps) * step;
        if (f1 > bestF1 + 1e-6f ||
            (std::abs(f1 - bestF1) <= 1e-6f && std::abs(threshold) < std::abs(best))) {
            bestF1 = f1;
            best = threshold;
        }
    }
    if (f1Out)
        *f1Out = bestF1;
    return best;
}

QList<VisitExample> VisitTrainer::withoutRare(QList<VisitExample> examples, int minCount)
{
    if (minCount <= 1)
        return examples;
    // In how many examples each feature occurs (once per example).
    QHash<quint64, int> seen;
    for (const VisitExample &e : std::as_const(examples)) {
        QSet<quint64> keys(e.candidate.features.cbegin(), e.candidate.features.cend());
        for (const VisitOccurrence &o : e.candidate.occurrences)
            keys.unite(QSet<quint64>(o.features.cbegin(), o.features.cend()));
        for (quint64 k : std::as_const(keys))
            ++seen[k];
    }
    static const quint64 bias = VisitModel::key(u"bias");
    const auto rare = [&](quint64 k) { return k != bias && seen.value(k) < minCount; };
    for (VisitExample &e : examples) {
        e.candidate.features.removeIf(rare);
        for (VisitOccurrence &o : e.candidate.occurrences)
            o.features.removeIf(rare);
    }
    return examples;
}

namespace {

/// The examples with their features as dense indices (`keys[i]` is index i's key), so that a
/// full pass over the data is cheap for the logistic regression.
struct DenseExamples
{
    struct Example
    {
        std::vector<int> pair;
        std::vector<std::vector<int>> occurrences;
        std::vector<bool> pattern; ///< of each occurrence: a pattern match wins a tie
        float y = 0.0f;
        double weight = 1.0;
    };
    std::vector<Example> data;
    std::vector<quint64> keys;
    QHash<quint64, int> index;

    explicit DenseExamples(const QList<VisitExample> &examples)
    {
        data.reserve(size_t(examples.size()));
        for (const VisitExample &e : examples) {
            Example d;
            d.y = e.status >= 0 ? 1.0f : 0.0f;
            d.weight = double(e.weight);
            d.pair = ids(e.candidate.features);
            for (const VisitOccurrence &o : e.candidate.occurrences) {
                d.occurrences.push_back(ids(o.features));
                d.pattern.push_back(o.pattern);
            }
            data.push_back(std::move(d));
        }
    }
    int id(quint64 k)
    {
        const auto it = index.constFind(k);
        if (it != index.cend())
            return *it;
        index.insert(k, int(keys.size()));
        keys.push_back(k);
        return int(keys.size()) - 1;
    }
    std::vector<int> ids(const QList<quint64> &features)
    {
        std::vector<int> out;
        out.reserve(size_t(features.size()));
        for (quint64 k : features)
            out.push_back(id(k));
        return out;
    }
};

} // namespace

QHash<quint64, float> VisitTrainer::trainLogistic(const QList<VisitExample> &examples,
                                                  const Logistic &options)
{
    DenseExamples dense(examples);
    const std::vector<DenseExamples::Example> &data = dense.data;
    const std::vector<quint64> &keys = dense.keys;
    const int bias = dense.id(VisitModel::key(u"bias"));
    const size_t n = keys.size();
    std::vector<double> w(n, 0.0), gradient(n), squares(n, 0.0);
    const auto dot = [&](const std::vector<int> &f) {
        double s = 0.0;
        for (int j : f)
            s += w[j];
        return s;
    };
    double objective = 0.0;
    for (int iteration = 0; iteration < options.iterations; ++iteration) {
        objective = 0.0;
        for (size_t j = 0; j < n; ++j)
            objective += j == size_t(bias) ? 0.0 : 0.5 * double(options.l2) * w[j] * w[j];
        for (size_t j = 0; j < n; ++j)
            gradient[j] = j == size_t(bias) ? 0.0 : double(options.l2) * w[j];
        for (const DenseExamples::Example &d : data) {
            const auto [best, top] = VisitAssembler::bestOccurrence<double>(
                qsizetype(d.occurrences.size()),
                [&](qsizetype k) { return dot(d.occurrences[size_t(k)]); },
                [&](qsizetype k) { return bool(d.pattern[size_t(k)]); });
            const double score = dot(d.pair) + (best >= 0 ? top : 0.0);
            // A weight of 1 multiplies by 1.0 exactly: the unweighted model, byte for byte.
            const double g = d.weight * (1.0 / (1.0 + std::exp(-score)) - double(d.y));
            objective += d.weight *
                         (d.y > 0.5f ? std::log1p(std::exp(-score)) : std::log1p(std::exp(score)));
            for (int j : d.pair)
                gradient[j] += g;
            if (best >= 0)
                for (int j : d.occurrences[size_t(best)])
                    gradient[j] += g;
        }
        for (size_t j = 0; j < n; ++j) {
            squares[j] += gradient[j] * gradient[j];
            if (squares[j] > 0.0)
                w[j] -= double(options.rate) * gradient[j] / std::sqrt(squares[j]);
        }
    }
    if (options.objective)
        *options.objective = objective;
    QHash<quint64, float> out;
    for (size_t j = 0; j < n; ++j)
        if (std::abs(w[j]) > 1e-6)
            out.insert(keys[j], float(w[j]));
    return out;
}

QHash<quint64, float> VisitTrainer::trainPairs(const QList<VisitExample> &examples, int epochs,
                                               int round) const
{
    // A multiple-instance perceptron: a pair scores its own features plus its best sentence;
    // a mistake updates the pair features and that sentence's.
    Averaged model;
    for (int epoch = 0; epoch < epochs; ++epoch) {
        for (int i : order(int(examples.size()), epoch + round * 100003)) {
            const VisitExample &e = examples[i];
            const float y = e.status >= 0 ? 1.0f : -1.0f;
            const float step = y * e.weight; // a mistake moves the weights by the pair's weight
            // As VisitAssembler::score(), on the weights being trained.
            const QList<VisitOccurrence> &occurrences = e.candidate.occurrences;
            const auto [best, top] = VisitAssembler::bestOccurrence<float>(
                occurrences.size(),
                [&](qsizetype k) { return model.score(occurrences[k].features); },
                [&](qsizetype k) { return occurrences[k].pattern; });
            const float s = model.score(e.candidate.features) + (best >= 0 ? top : 0.0f);
            if (y * s <= 0.0f) {
                model.update(e.candidate.features, step);
                if (best >= 0)
                    model.update(e.candidate.occurrences[best].features, step);
            }
            model.c += 1.0f;
        }
    }
    return model.average();
}

} // namespace lector
