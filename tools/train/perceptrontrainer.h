// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trainingcorpus.h"

#include <memory>

namespace lector {

class SequenceModel;

/// Averaged structured perceptron over a TrainingCorpus (Collins 2002), decoding with the same
/// Viterbi and transition constraints as the EntityRecogniser.
///
/// Deterministic: sentences are visited in an order shuffled by a fixed-seed generator of our
/// own (not std::shuffle, whose order differs between standard libraries).
class PerceptronTrainer
{
public:
    struct Options
    {
        int epochs = 10;
        int minCount = 2;         ///< features seen fewer times are dropped from the model
        int maxFeatures = 350000; ///< the strongest features kept (by summed absolute weight)
        quint64 seed = 20240817;
        /// Prediction-history features (PredictionHistory), from the labels this training
        /// last predicted for the earlier sentences of a sentence's document; off, the model
        /// has none of their keys.
        bool history = true;
        /// Cost-augmented decoding in training (a margin): every label but the gold one gets
        /// `margin` more score before the sentence is decoded, so an update happens until the
        /// gold labels win by that much; `nameMargin` more again for O on a gold name's token
        /// (missing a name costs more than a wrong type). 0 and 0: the plain perceptron.
        float margin = 0.0f;
        float nameMargin = 0.0f;
        /// Word dropout (round 20): each time a sentence is trained on, each of its tokens
        /// loses the keys that name the word itself (the lower-case and exact word, and with
        /// `dropPairs` the word pairs and the headline word) with this probability, for that
        /// decoding and its update, so that the shape, context, affix, cluster and gazetteer
        /// weights learn to carry names never seen. Drawn from a generator of its own seeded by
        /// `seed`: deterministic, and 0 leaves the plain perceptron byte for byte.
        float wordDropout = 0.0f;
        bool dropPairs = false;
        /// Drop only capitalised tokens (PredictionHistory::takesPart()).
        bool dropCapitalisedOnly = false;
        /// Drop only the tokens of gold names (the words a tagger must learn to call names
        /// without knowing them).
        bool dropNamesOnly = false;
        /// Also drop the word cluster's full path (the last of the cluster keys).
        bool dropClusterPath = false;
        /// Domain feature augmentation (Daume III 2007, round 23): in training every corpus
        /// key of a token fires twice, as the shared feature and as a copy of its own for the
        /// sentence's domain (TrainingCorpus::Sentence::domain), so that what holds in one
        /// domain only can go into that domain's copy; the model keeps only the shared
        /// weights (text of unknown domain), so its size and speed do not change. The
        /// history keys and the transitions stay shared. Off: the plain perceptron byte for
        /// byte.
        bool domainAugment = false;
        /// The domain copies' keys fire with this value (1: Daume's plain copy).
        float domainScale = 1.0f;
    };

    PerceptronTrainer(const TrainingCorpus &corpus, Options options);
    /// Runs all epochs, printing the training error of each to stderr.
    void train();
    /// The averaged, pruned, quantised model.
    std::shared_ptr<const SequenceModel> model() const;

private:
    void trainSentence(const TrainingCorpus::Sentence &sentence, size_t index);
    void update(const TrainingCorpus::Sentence &sentence, int i, int label, float delta);
    /// Domain augmentation: gives each (domain, corpus feature) pair of the corpus a dense
    /// index into m_domainWeights, per sentence in the order of its features.
    void indexDomainFeatures();
    void addFeature(size_t feature, int label, float delta);
    /// Fills m_history (keyCount feature indexes per token, -1 for none) for a sentence.
    void collectHistory(const TrainingCorpus::Sentence &sentence);
    void updateTransition(int from, int to, float delta);
    /// Draws the dropped tokens of a sentence into m_dropped (all false without dropout).
    void drawDropout(const TrainingCorpus::Sentence &sentence);
    /// Whether key slot `k` of token `i` of the sentence being trained is left out.
    bool isDropped(int i, int k) const { return m_dropped[size_t(i)] && m_droppedSlots[size_t(k)]; }

    const TrainingCorpus &m_corpus;
    Options m_options;
    std::vector<float> m_weights;      ///< features x labels
    std::vector<double> m_accumulated; ///< sum of time x delta, for averaging
    std::vector<float> m_transitions;  ///< (labels + 1) x labels, last row = start
    std::vector<double> m_transitionsAccumulated;
    std::vector<float> m_emissions, m_scores;
    std::vector<int> m_back, m_predicted;
    /// PredictionHistory::allKeys(): their features follow the corpus's, in this order.
    std::vector<quint64> m_historyKeys;
    std::vector<int> m_history; ///< the sentence's history feature indexes
    /// Per corpus token: the PredictionHistory code this training last predicted, -1 before.
    std::vector<qint8> m_codes;
    /// Word dropout: per token of the sentence, and which of the perToken key slots it drops.
    std::vector<char> m_dropped;
    std::vector<char> m_droppedSlots;
    quint64 m_dropoutState = 0;
    /// Domain augmentation: the domain copies' weights (never averaged: never saved), and per
    /// sentence the index of each of its features' copy; empty without augmentation.
    std::vector<float> m_domainWeights;
    std::vector<std::vector<int>> m_domainFeatures;
    const int *m_sentenceDomainFeatures = nullptr; ///< of the sentence being trained
    double m_time = 1.0;
    qsizetype m_errors = 0;
};

} // namespace lector
