// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <memory>
#include <vector>

namespace lector {

/// The learned weights of the named-entity tagger: a linear-chain model over BIO labels.
///
/// Labels: 0 is O (outside); for an EntityType t (0..3), 1 + 2t is B-t and 2 + 2t is I-t.
/// Emission weights are stored per hashed feature key (see NerFeatures), quantised to 16 bits;
/// transitions are floats, with I-t allowed only after B-t or I-t. Immutable after loading, so
/// one instance serves every thread. Written by tools/train (lector-train).
class SequenceModel
{
public:
    static constexpr int labelCount = 9;
    static constexpr float forbidden = -1.0e6f;

    /// The model compiled in as :/lector/model/ner.bin, loaded once per process; an empty
    /// model (every token O) when it is missing or invalid.
    static std::shared_ptr<const SequenceModel> shared();
    /// Reads a model file; on failure returns nullptr and sets `error` to a whole sentence.
    [[nodiscard]] static std::shared_ptr<const SequenceModel> load(const QString &path,
                                                                   QString *error = nullptr);
    /// Builds a model from trained weights (row-major keys.size() x labelCount) and transitions
    /// ((labelCount + 1) x labelCount, last row = start).
    static std::shared_ptr<const SequenceModel> fromWeights(const std::vector<quint64> &keys,
                                                            const std::vector<float> &weights,
                                                            const std::vector<float> &transitions,
                                                            quint32 featureVersion);
    /// Writes the model to `path` (through QSaveFile); on failure returns a whole sentence.
    [[nodiscard]] QString save(const QString &path) const;

    bool isEmpty() const { return m_count == 0; }
    qsizetype featureCount() const { return qsizetype(m_count); }
    quint32 featureVersion() const { return m_featureVersion; }
    const float *transitions() const { return m_transitions.data(); }
    /// Sets `out[labelCount]` to the summed weights of the `count` keys.
    void score(const quint64 *keys, int count, float *out) const;
    /// Scores `tokens` tokens of `perToken` keys each into `out` (tokens x labelCount), fetching
    /// the weights of later keys while summing earlier ones: the same sums as score().
    void scoreSequence(const quint64 *keys, int tokens, int perToken, float *out) const;
    /// As above, but each token's sums start from `base` (tokens x labelCount raw weight sums,
    /// as addWeights() leaves them) instead of zero: the caller already summed some keys.
    void scoreSequence(const quint64 *keys, int tokens, int perToken, const qint32 *base,
                       float *out) const;
    /// Adds the raw (unscaled) weights of `count` keys to `sum[labelCount]`; scaled by scale()
    /// they are the same sums score() gives. Call prefetch() for the keys first.
    void addWeights(const quint64 *keys, int count, qint32 *sum) const;
    /// Asks the memory system for the table slots of `count` keys, to be summed soon.
    void prefetch(const quint64 *keys, int count) const;
    float scale() const { return m_scale; }
    /// Whether label `to` may follow `from` (-1 = start of the sentence).
    static bool isAllowed(int from, int to);

private:
    struct Slot;
    struct FreeSlots
    {
        void operator()(Slot *slots) const;
    };
    /// Makes an empty table for `features` keys.
    void allocate(size_t features);
    void insert(quint64 key, const qint16 *weights);

    std::vector<float> m_transitions;
    /// A key with all its label weights: one 32-byte slot, so that a lookup (hit or miss)
    /// touches a single cache line. Scoring is the hot loop of decoding.
    struct alignas(32) Slot
    {
        quint64 key = 0; ///< 0 = empty (feature keys are odd)
        qint16 weights[labelCount] = {};
    };
    /// Open addressing, linear probing, load <= 1/2; 16 MB for the shipped model, so it is
    /// allocated in huge pages where the system allows (a tenth of the pages to fault in).
    std::unique_ptr<Slot[], FreeSlots> m_slots;
    size_t m_mask = 0;  ///< table size - 1
    size_t m_count = 0; ///< keys in the table
    float m_scale = 1.0f;
    quint32 m_featureVersion = 0;
};

} // namespace lector
