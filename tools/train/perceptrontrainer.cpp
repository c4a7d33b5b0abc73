// SPDX-License-Identifier: GPL-3.0-or-later
#include "perceptrontrainer.h"

#include "analysis/entities/predictionhistory.h"
#include "analysis/entities/sequencemodel.h"
#include "analysis/entities/tablememory.h"
#include "analysis/entities/viterbi.h"

#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace lector {

namespace {

constexpr int labels = SequenceModel::labelCount;
constexpr int perToken = NerFeatures::perToken;

// splitmix64 as a generator: a sequence that is the same everywhere.
quint64 nextRandom(quint64 &state)
{
    const quint64 z = splitmix64(state);
    state += 0x9e3779b97f4a7c15ULL;
    return z;
}

// The key slots of a token (NerFeatures::extractToken()) that name the word itself: the
// lower-case and the exact word (extractWordKeys()), the cluster's full path, and among the
// pair keys (extractPairKeys(), after the word and neighbour keys) the word with the previous
// and with the next word and the headline word.
constexpr int lowerSlot = 1, exactSlot = 2, clusterPathSlot = NerFeatures::wordKeys - 1;
constexpr int pairSlots[] = {NerFeatures::wordKeys + NerFeatures::neighbourKeys + 0,
                             NerFeatures::wordKeys + NerFeatures::neighbourKeys + 1,
                             NerFeatures::wordKeys + NerFeatures::neighbourKeys + 8};

} // namespace

PerceptronTrainer::PerceptronTrainer(const TrainingCorpus &corpus, Options options)
    : m_corpus(corpus)
    , m_options(options)
    , m_transitions((labels + 1) * labels, 0.0f)
    , m_transitionsAccumulated((labels + 1) * labels, 0.0)
    , m_historyKeys(PredictionHistory::allKeys())
    , m_codes(corpus.historyWords().size(), qint8(-1))
    , m_droppedSlots(perToken, 0)
    , m_dropoutState(options.seed ^ 0xd1b54a32d192ed03ULL)
{
    m_droppedSlots[lowerSlot] = m_droppedSlots[exactSlot] = 1;
    if (options.dropPairs) {
        for (int k : pairSlots)
            m_droppedSlots[size_t(k)] = 1;
    }
    if (options.dropClusterPath)
        m_droppedSlots[clusterPathSlot] = 1;
    const size_t features = corpus.keys().size() + m_historyKeys.size();
    m_weights.assign(features * labels, 0.0f);
    m_accumulated.assign(features * labels, 0.0);
    for (int from = -1; from < labels; ++from) {
        for (int to = 0; to < labels; ++to) {
            if (!SequenceModel::isAllowed(from, to))
                m_transitions[size_t(from < 0 ? labels : from) * labels + size_t(to)] =
                    SequenceModel::forbidden;
        }
    }
    if (options.domainAugment)
        indexDomainFeatures();
}

void PerceptronTrainer::indexDomainFeatures()
{
    const auto &sentences = m_corpus.sentences();
    std::unordered_map<quint64, int> index;
    m_domainFeatures.resize(sentences.size());
    for (size_t s = 0; s < sentences.size(); ++s) {
        const auto &sentence = sentences[s];
        if (sentence.domain < 0)
            continue; // a sentence in no domain: the shared features only
        std::vector<int> &copies = m_domainFeatures[s];
        copies.reserve(sentence.features.size());
        for (int f : sentence.features) {
            const quint64 key = (quint64(quint32(sentence.domain)) << 32) | quint32(f);
            const auto [it, inserted] = index.try_emplace(key, int(index.size()));
            copies.push_back(it->second);
        }
    }
    m_domainWeights.assign(index.size() * labels, 0.0f);
    QTextStream(stderr) << m_corpus.domains().size() << " domains, " << index.size()
                        << " domain features" << Qt::endl;
}

void PerceptronTrainer::train()
{
    const auto &sentences = m_corpus.sentences();
    std::vector<size_t> order(sentences.size());
    std::iota(order.begin(), order.end(), size_t(0));
    quint64 state = m_options.seed;
    QTextStream err(stderr);
    for (int epoch = 0; epoch < m_options.epochs; ++epoch) {
        for (size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[size_t(nextRandom(state) % i)]);
        m_errors = 0;
        for (size_t s : order)
            trainSentence(sentences[s], s);
        err << "epoch " << epoch + 1 << ": " << m_errors << " token errors of "
            << m_corpus.tokenCount() << Qt::endl;
    }
}

void PerceptronTrainer::addFeature(size_t feature, int label, float delta)
{
    const size_t at = feature * labels + size_t(label);
    m_weights[at] += delta;
    m_accumulated[at] += m_time * delta;
}

void PerceptronTrainer::update(const TrainingCorpus::Sentence &sentence, int i, int label,
                               float delta)
{
    const int *f = sentence.features.data() + size_t(i) * perToken;
    for (int k = 0; k < perToken; ++k) {
        if (!isDropped(i, k))
            addFeature(size_t(f[k]), label, delta);
    }
    if (m_sentenceDomainFeatures) {
        const int *d = m_sentenceDomainFeatures + size_t(i) * perToken;
        const float scaled = delta * m_options.domainScale;
        for (int k = 0; k < perToken; ++k) {
            if (!isDropped(i, k))
                m_domainWeights[size_t(d[k]) * labels + size_t(label)] += scaled;
        }
    }
    const int *h = m_history.data() + size_t(i) * PredictionHistory::keyCount;
    for (int k = 0; k < PredictionHistory::keyCount; ++k) {
        if (h[k] >= 0)
            addFeature(size_t(h[k]), label, delta);
    }
}

// The history of a token is what this training last predicted for the same word in the
// earlier sentences of its document (in this epoch or, for sentences not yet visited, the
// last), as the recogniser knows its own labels of the earlier sentences: predictions, not
// gold labels, so that the weights do not trust the history more than it deserves.
void PerceptronTrainer::collectHistory(const TrainingCorpus::Sentence &sentence)
{
    const int n = int(sentence.labels.size());
    m_history.assign(size_t(n) * PredictionHistory::keyCount, -1);
    if (!m_options.history)
        return;
    const std::vector<int> &previous = m_corpus.previousOccurrences();
    const size_t base = m_corpus.keys().size();
    for (int i = 0; i < n; ++i) {
        const int token = sentence.firstToken + i;
        if (m_corpus.historyWords()[size_t(token)] == 0)
            continue;
        PredictionHistory::Counts counts;
        bool any = false;
        for (int p = previous[size_t(token)]; p >= 0; p = previous[size_t(p)]) {
            if (p < sentence.firstToken && m_codes[size_t(p)] >= 0) {
                PredictionHistory::add(counts, m_codes[size_t(p)]);
                any = true;
            }
        }
        if (!any)
            continue;
        quint64 keys[PredictionHistory::keyCount];
        const int count = PredictionHistory::extractKeys(counts, keys);
        for (int k = 0; k < count; ++k) {
            const auto at = std::find(m_historyKeys.cbegin(), m_historyKeys.cend(), keys[k]);
            m_history[size_t(i) * PredictionHistory::keyCount + size_t(k)] =
                int(base + size_t(at - m_historyKeys.cbegin()));
        }
    }
}

void PerceptronTrainer::drawDropout(const TrainingCorpus::Sentence &sentence)
{
    const int n = int(sentence.labels.size());
    m_dropped.assign(size_t(n), 0);
    if (m_options.wordDropout <= 0.0f)
        return;
    // 24 bits of the generator against the probability: the same draw everywhere.
    const auto threshold = quint64(double(m_options.wordDropout) * double(1u << 24));
    for (int i = 0; i < n; ++i) {
        if (m_options.dropCapitalisedOnly &&
            m_corpus.historyWords()[size_t(sentence.firstToken + i)] == 0)
            continue;
        if (m_options.dropNamesOnly && sentence.labels[size_t(i)] == 0)
            continue;
        m_dropped[size_t(i)] = (nextRandom(m_dropoutState) >> 40) < threshold;
    }
}

void PerceptronTrainer::updateTransition(int from, int to, float delta)
{
    const size_t at = size_t(from < 0 ? labels : from) * labels + size_t(to);
    m_transitions[at] += delta;
    m_transitionsAccumulated[at] += m_time * delta;
}

void PerceptronTrainer::trainSentence(const TrainingCorpus::Sentence &sentence, size_t index)
{
    const int n = int(sentence.labels.size());
    m_sentenceDomainFeatures = m_domainFeatures.empty() ? nullptr : m_domainFeatures[index].data();
    collectHistory(sentence);
    drawDropout(sentence);
    m_emissions.assign(size_t(n) * labels, 0.0f);
    for (int i = 0; i < n; ++i) {
        float *em = m_emissions.data() + size_t(i) * labels;
        const int *f = sentence.features.data() + size_t(i) * perToken;
        for (int k = 0; k < perToken; ++k) {
            if (isDropped(i, k))
                continue;
            const float *w = m_weights.data() + size_t(f[k]) * labels;
            for (int y = 0; y < labels; ++y)
                em[y] += w[y];
        }
        if (m_sentenceDomainFeatures) {
            const int *d = m_sentenceDomainFeatures + size_t(i) * perToken;
            for (int k = 0; k < perToken; ++k) {
                if (isDropped(i, k))
                    continue;
                const float *w = m_domainWeights.data() + size_t(d[k]) * labels;
                for (int y = 0; y < labels; ++y)
                    em[y] += m_options.domainScale * w[y];
            }
        }
        const int *h = m_history.data() + size_t(i) * PredictionHistory::keyCount;
        for (int k = 0; k < PredictionHistory::keyCount; ++k) {
            if (h[k] < 0)
                continue;
            const float *w = m_weights.data() + size_t(h[k]) * labels;
            for (int y = 0; y < labels; ++y)
                em[y] += w[y];
        }
    }
    if (m_options.margin != 0.0f || m_options.nameMargin != 0.0f) {
        for (int i = 0; i < n; ++i) {
            float *em = m_emissions.data() + size_t(i) * labels;
            const int gold = sentence.labels[size_t(i)];
            for (int y = 0; y < labels; ++y)
                em[y] += y == gold ? 0.0f : m_options.margin;
            if (gold != 0)
                em[0] += m_options.nameMargin;
        }
    }
    m_predicted.resize(size_t(n));
    Viterbi::decode(m_emissions.data(), n, labels, m_transitions.data(), m_predicted.data(),
                    m_scores, m_back);
    for (int i = 0; i < n; ++i) {
        const int gold = sentence.labels[size_t(i)], guess = m_predicted[size_t(i)];
        const int goldPrev = i ? sentence.labels[size_t(i - 1)] : -1;
        const int guessPrev = i ? m_predicted[size_t(i - 1)] : -1;
        // A file's weight (1 unless --file-weight) scales its sentences' updates.
        const float step = sentence.weight;
        if (gold != guess) {
            ++m_errors;
            update(sentence, i, gold, step);
            update(sentence, i, guess, -step);
        }
        if (gold != guess || goldPrev != guessPrev) {
            updateTransition(goldPrev, gold, step);
            updateTransition(guessPrev, guess, -step);
        }
    }
    for (int i = 0; i < n; ++i)
        m_codes[size_t(sentence.firstToken + i)] =
            qint8(PredictionHistory::code(m_predicted.data(), i, n));
    m_time += 1.0;
}

std::shared_ptr<const SequenceModel> PerceptronTrainer::model() const
{
    // Averaged weight = w - accumulated / time (the lazy form of the running average).
    const auto average = [this](float w, double a) { return float(w - a / m_time); };
    // The corpus's features, then the history's (kept whatever their count: a few dozen).
    const size_t corpusFeatures = m_corpus.keys().size();
    const size_t features = corpusFeatures + m_historyKeys.size();
    std::vector<std::pair<float, size_t>> strength;
    for (size_t f = 0; f < features; ++f) {
        if (f < corpusFeatures && m_corpus.counts()[f] < m_options.minCount)
            continue;
        float sum = 0.0f;
        for (int y = 0; y < labels; ++y)
            sum += std::abs(average(m_weights[f * labels + y], m_accumulated[f * labels + y]));
        if (sum > 1e-3f)
            strength.emplace_back(sum, f);
    }
    std::stable_sort(strength.begin(), strength.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    if (strength.size() > size_t(m_options.maxFeatures))
        strength.resize(size_t(m_options.maxFeatures));
    std::sort(strength.begin(), strength.end(),
              [](const auto &a, const auto &b) { return a.second < b.second; });
    std::vector<quint64> keys;
    std::vector<float> weights;
    for (const auto &[sum, f] : strength) {
        keys.push_back(f < corpusFeatures ? m_corpus.keys()[f] : m_historyKeys[f - corpusFeatures]);
        for (int y = 0; y < labels; ++y)
            weights.push_back(average(m_weights[f * labels + y], m_accumulated[f * labels + y]));
    }
    std::vector<float> transitions(m_transitions.size());
    for (size_t i = 0; i < transitions.size(); ++i)
        transitions[i] = average(m_transitions[i], m_transitionsAccumulated[i]);
    return SequenceModel::fromWeights(keys, weights, transitions, NerFeatures::version);
}

} // namespace lector
