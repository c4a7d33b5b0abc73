// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/visits/visitmodel.h"

#include <QDataStream>
#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <vector>

namespace lector {

namespace {

constexpr quint32 Magic = 0x4C564953; // "LVIS"
constexpr quint32 Version = 1;

inline quint64 mix(quint64 h, char16_t c)
{
    h ^= c;
    return h * 1099511628211ULL;
}

} // namespace

static inline quint64 mixFolded(quint64 h, QStringView value)
{
    for (QChar c : value) {
        const char16_t u = c.unicode();
        h = mix(h, u < 128 ? (u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u)
                           : (u == 0x2019 ? u'\'' : c.toLower().unicode()));
    }
    return h;
}

quint64 VisitModel::key(QStringView name, QStringView value)
{
    quint64 h = 14695981039346656037ULL;
    for (QChar c : name)
        h = mix(h, c.unicode());
    return mixFolded(mix(h, 0x1F), value);
}

quint64 VisitModel::key(QStringView name, QStringView first, QStringView second)
{
    quint64 h = 14695981039346656037ULL;
    for (QChar c : name)
        h = mix(h, c.unicode());
    return mixFolded(mix(mixFolded(mix(h, 0x1F), first), u' '), second);
}

float VisitModel::score(const QList<quint64> &keys) const
{
    float sum = 0.0f;
    for (quint64 k : keys)
        sum += m_weights.value(k, 0.0f);
    return sum;
}

std::shared_ptr<const VisitModel> VisitModel::fromWeights(const QHash<quint64, float> &weights)
{
    auto model = std::make_shared<VisitModel>();
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        if (it.value() != 0.0f)
            model->m_weights.insert(it.key(), it.value());
    return model;
}

std::shared_ptr<const VisitModel> VisitModel::shared()
{
    static const std::shared_ptr<const VisitModel> instance = [] {
        auto m = load(QStringLiteral(":/lector/model/visits.bin"));
        return m ? m : std::make_shared<const VisitModel>();
    }();
    return instance;
}

std::shared_ptr<const VisitModel> VisitModel::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                QStringLiteral("Cannot read the visit model %1: %2.").arg(path, file.errorString());
        return nullptr;
    }
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    quint32 magic = 0, version = 0, count = 0;
    in >> magic >> version >> count;
    // 12 bytes a feature: a count beyond the file's size is corruption, not a reason to allocate.
    if (in.status() != QDataStream::Ok || magic != Magic || version != Version ||
        qint64(count) * 12 > file.size()) {
        if (error)
            *error = QStringLiteral("%1 is not a visit model of this version.").arg(path);
        return nullptr;
    }
    auto model = std::make_shared<VisitModel>();
    model->m_weights.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        quint64 k = 0;
        float w = 0.0f;
        in >> k >> w;
        model->m_weights.insert(k, w);
    }
    if (in.status() != QDataStream::Ok) {
        if (error)
            *error = QStringLiteral("The visit model %1 is truncated.").arg(path);
        return nullptr;
    }
    return model;
}

QString VisitModel::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("Cannot write %1: %2.").arg(path, file.errorString());
    std::vector<quint64> keys(m_weights.keyBegin(), m_weights.keyEnd());
    std::sort(keys.begin(), keys.end());
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out << Magic << Version << quint32(keys.size());
    for (quint64 k : keys)
        out << k << m_weights.value(k);
    if (!file.commit())
        return QStringLiteral("Cannot write %1: %2.").arg(path, file.errorString());
    return {};
}

} // namespace lector
