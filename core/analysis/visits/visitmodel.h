// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

namespace lector {

/// The learned weights that decide which (visitor, place) candidates are visits: a linear model
/// over hashed feature keys (see VisitCandidateFinder), trained by tools/trainvisits
/// (lector-trainvisits) on the visit gold set and compiled in as :/lector/model/visits.bin.
/// Since round 11 a logistic regression: a pair's score is its log-odds of being a visit, less
/// the decision threshold, which the bias weight holds (so a visit scores above 0).
/// Immutable after loading, so one instance serves every thread.
class VisitModel
{
public:
    /// The compiled-in model, loaded once per process; an empty model when it is missing.
    static std::shared_ptr<const VisitModel> shared();
    /// Reads a model file; on failure returns nullptr and sets `error` to a whole sentence.
    [[nodiscard]] static std::shared_ptr<const VisitModel> load(const QString &path,
                                                                QString *error = nullptr);
    static std::shared_ptr<const VisitModel> fromWeights(const QHash<quint64, float> &weights);
    /// Writes the model (keys sorted, so equal weights give equal bytes); on failure returns a
    /// whole sentence.
    [[nodiscard]] QString save(const QString &path) const;

    bool isEmpty() const { return m_weights.isEmpty(); }
    qsizetype featureCount() const { return m_weights.size(); }
    float weight(quint64 key) const { return m_weights.value(key, 0.0f); }
    /// The summed weights of the keys.
    float score(const QList<quint64> &keys) const;

    /// The key of a feature: a name ("p1") and a value ("in"), compared case-insensitively.
    /// FNV-1a over UTF-16 code units, stable across runs and platforms.
    static quint64 key(QStringView name, QStringView value = {});
    /// The key of name and the two words "first second" (as key(name, first + ' ' + second)).
    static quint64 key(QStringView name, QStringView first, QStringView second);

private:
    QHash<quint64, float> m_weights;
};

} // namespace lector
