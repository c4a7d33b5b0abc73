// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/entities/sequencemodel.h"

#include "analysis/entities/tablememory.h"

#include <QFile>
#include <QSaveFile>
#include <QtDebug>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <new>

namespace lector {

namespace {

constexpr char magic[4] = {'L', 'N', 'E', 'R'};
constexpr quint32 formatVersion = 1;
constexpr int transitionCount = (SequenceModel::labelCount + 1) * SequenceModel::labelCount;

struct Header
{
    char magic[4];
    quint32 format;
    quint32 featureVersion;
    quint32 labels;
    quint32 features;
    float scale;
};

inline size_t slotOf(quint64 key, size_t mask)
{
    return size_t(key ^ (key >> 29)) & mask;
}

} // namespace

bool SequenceModel::isAllowed(int from, int to)
{
    if (to == 0 || to % 2 == 1)
        return true; // O and B-t may follow anything
    return from == to || from == to - 1;
}

std::shared_ptr<const SequenceModel> SequenceModel::shared()
{
    static std::once_flag once;
    static std::shared_ptr<const SequenceModel> instance;
    std::call_once(once, [] {
        QString error;
        instance = load(QStringLiteral(":/lector/model/ner.bin"), &error);
        if (!instance) {
            // Every token is then O: say why once, rather than find no names without a word.
            qWarning("lector: the entity model cannot be used, so no names are found: %s",
                     qUtf8Printable(error));
            instance = fromWeights({}, {}, std::vector<float>(size_t(transitionCount), 0.0f), 0);
        }
    });
    return instance;
}

void SequenceModel::FreeSlots::operator()(Slot *slots) const
{
    std::free(slots);
}

void SequenceModel::allocate(size_t features)
{
    size_t capacity = 16;
    while (capacity < 2 * features)
        capacity *= 2;
    const size_t bytes = capacity * sizeof(Slot);
    const size_t alignment = bytes >= hugePageBytes ? hugePageBytes : alignof(Slot);
    void *memory = std::aligned_alloc(alignment, (bytes + alignment - 1) / alignment * alignment);
    if (!memory)
        throw std::bad_alloc();
    adviseHugePages(memory, (bytes + alignment - 1) / alignment * alignment);
    std::memset(memory, 0, bytes);
    m_slots.reset(static_cast<Slot *>(memory));
    m_mask = capacity - 1;
    m_count = 0;
}

void SequenceModel::insert(quint64 key, const qint16 *weights)
{
    size_t s = slotOf(key, m_mask);
    while (m_slots[s].key != 0 && m_slots[s].key != key)
        s = (s + 1) & m_mask;
    m_count += m_slots[s].key == 0;
    m_slots[s].key = key;
    std::memcpy(m_slots[s].weights, weights, sizeof(Slot::weights));
}

namespace {

// Adds the weights of `key` (none when the model lacks it) to `sum`.
template<typename Slot>
inline void accumulate(const Slot *slots, size_t mask, quint64 key, qint32 *sum)
{
    for (size_t s = slotOf(key, mask);; s = (s + 1) & mask) {
        const Slot &slot = slots[s];
        if (slot.key == key) {
            for (int y = 0; y < SequenceModel::labelCount; ++y)
                sum[y] += slot.weights[y];
            return;
        }
        if (slot.key == 0)
            return;
    }
}

} // namespace

void SequenceModel::score(const quint64 *keys, int count, float *out) const
{
    qint32 sum[labelCount] = {};
    const size_t mask = m_mask;
    for (int k = 0; k < count; ++k)
        accumulate(m_slots.get(), mask, keys[k], sum);
    for (int y = 0; y < labelCount; ++y)
        out[y] = float(sum[y]) * m_scale;
}

void SequenceModel::prefetch(const quint64 *keys, int count) const
{
    const size_t mask = m_mask;
    for (int k = 0; k < count; ++k)
        __builtin_prefetch(m_slots.get() + slotOf(keys[k], mask));
}

void SequenceModel::addWeights(const quint64 *keys, int count, qint32 *sum) const
{
    const size_t mask = m_mask;
    for (int k = 0; k < count; ++k)
        accumulate(m_slots.get(), mask, keys[k], sum);
}

void SequenceModel::scoreSequence(const quint64 *keys, int tokens, int perToken, float *out) const
{
    scoreSequence(keys, tokens, perToken, nullptr, out);
}

void SequenceModel::scoreSequence(const quint64 *keys, int tokens, int perToken, const qint32 *base,
                                  float *out) const
{
    // Far enough ahead for the memory system to keep several misses in flight.
    constexpr int ahead = 12;
    const size_t mask = m_mask;
    const Slot *slots = m_slots.get();
    const int total = tokens * perToken;
    for (int k = 0; k < std::min(ahead, total); ++k)
        __builtin_prefetch(slots + slotOf(keys[k], mask));
    for (int t = 0; t < tokens; ++t) {
        qint32 sum[labelCount] = {};
        if (base)
            std::copy_n(base + size_t(t) * labelCount, labelCount, sum);
        const int first = t * perToken;
        for (int k = first; k < first + perToken; ++k) {
            if (k + ahead < total)
                __builtin_prefetch(slots + slotOf(keys[k + ahead], mask));
            accumulate(slots, mask, keys[k], sum);
        }
        float *row = out + size_t(t) * labelCount;
        for (int y = 0; y < labelCount; ++y)
            row[y] = float(sum[y]) * m_scale;
    }
}

std::shared_ptr<const SequenceModel>
SequenceModel::fromWeights(const std::vector<quint64> &keys, const std::vector<float> &weights,
                           const std::vector<float> &transitions, quint32 featureVersion)
{
    auto model = std::make_shared<SequenceModel>();
    float largest = 0.0f;
    for (float w : weights)
        largest = std::max(largest, std::abs(w));
    model->m_scale = largest > 0.0f ? largest / 32767.0f : 1.0f;
    model->allocate(keys.size());
    for (size_t i = 0; i < keys.size(); ++i) {
        qint16 row[labelCount];
        for (int y = 0; y < labelCount; ++y)
            row[y] = qint16(std::lround(weights[i * labelCount + size_t(y)] / model->m_scale));
        model->insert(keys[i], row);
    }
    model->m_transitions = transitions;
    model->m_transitions.resize(size_t(transitionCount), 0.0f);
    for (int from = -1; from < labelCount; ++from) {
        for (int to = 0; to < labelCount; ++to) {
            if (!isAllowed(from, to))
                model->m_transitions[size_t(from < 0 ? labelCount : from) * labelCount +
                                     size_t(to)] = forbidden;
        }
    }
    model->m_featureVersion = featureVersion;
    return model;
}

QString SequenceModel::save(const QString &path) const
{
    Header header;
    std::memcpy(header.magic, magic, 4);
    header.format = qToLittleEndian(formatVersion);
    header.featureVersion = qToLittleEndian(m_featureVersion);
    header.labels = qToLittleEndian(quint32(labelCount));
    header.features = qToLittleEndian(quint32(m_count));
    header.scale = m_scale;
    QByteArray bytes(reinterpret_cast<const char *>(&header), sizeof header);
    const auto append = [&bytes](const auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        const qsizetype at = bytes.size();
        bytes.resize(at + qsizetype(list.size() * sizeof(T)));
        qToLittleEndian<T>(list.data(), qsizetype(list.size()), bytes.data() + at);
    };
    append(m_transitions);
    // Keys, then their weights, in table order.
    std::vector<quint64> keys;
    std::vector<qint16> weights;
    keys.reserve(m_count);
    weights.reserve(m_count * labelCount);
    for (size_t s = 0; s <= m_mask && m_slots; ++s) {
        if (m_slots[s].key == 0)
            continue;
        keys.push_back(m_slots[s].key);
        weights.insert(weights.end(), m_slots[s].weights, m_slots[s].weights + labelCount);
    }
    append(keys);
    append(weights);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QStringLiteral("Cannot write the model file %1: %2.").arg(path, file.errorString());
    return {};
}

std::shared_ptr<const SequenceModel> SequenceModel::load(const QString &path, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("Cannot load the model %1: %2.").arg(path, why);
        return nullptr;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    const QByteArray bytes = file.readAll();
    Header header;
    if (bytes.size() < qsizetype(sizeof header))
        return fail(QStringLiteral("the file is too short"));
    std::memcpy(&header, bytes.constData(), sizeof header);
    if (std::memcmp(header.magic, magic, 4) != 0 ||
        qFromLittleEndian(header.format) != formatVersion ||
        qFromLittleEndian(header.labels) != quint32(labelCount))
        return fail(QStringLiteral("it is not a Lector NER model of this version"));
    const size_t features = qFromLittleEndian(header.features);
    const size_t expected = sizeof header + transitionCount * sizeof(float) +
                            features * (sizeof(quint64) + labelCount * sizeof(qint16));
    if (size_t(bytes.size()) != expected)
        return fail(QStringLiteral("its size does not match its header"));
    auto model = std::make_shared<SequenceModel>();
    model->m_scale = header.scale;
    model->m_featureVersion = qFromLittleEndian(header.featureVersion);
    const char *at = bytes.constData() + sizeof header;
    const auto take = [&at](auto &list, size_t count) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        list.resize(count);
        qFromLittleEndian<T>(at, qsizetype(count), list.data());
        at += count * sizeof(T);
    };
    take(model->m_transitions, size_t(transitionCount));
    // Straight from the file's bytes into the table: keys first, then their weights.
    const char *weightsAt = at + features * sizeof(quint64);
    model->allocate(features);
    for (size_t i = 0; i < features; ++i) {
        qint16 row[labelCount];
        qFromLittleEndian<qint16>(weightsAt + i * labelCount * sizeof(qint16), labelCount, row);
        model->insert(qFromLittleEndian<quint64>(at + i * sizeof(quint64)), row);
    }
    return model;
}

} // namespace lector
