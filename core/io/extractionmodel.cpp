// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/extractionmodel.h"

#include "lexicon/tsvtable.h"

#include <cmath>

namespace lector {

ExtractionModel::ExtractionModel(const QString &path)
{
    const TsvTable table = TsvTable::read(path, 2);
    if (!table.isValid())
        return;
    for (const TsvTable::Row &row : table.rows()) {
        bool ok = false;
        const double weight = row.fields.at(1).toDouble(&ok);
        if (!ok)
            continue;
        if (row.fields.at(0) == u"__threshold")
            m_threshold = weight;
        else
            m_weights.insert(row.fields.at(0), weight);
    }
}

const ExtractionModel &ExtractionModel::shared()
{
    static const ExtractionModel model([] {
        const QString path = qEnvironmentVariable("LECTOR_EXTRACT_MODEL");
        return path.isEmpty() ? u":/lector/model/extract.tsv"_qs : path;
    }());
    return model;
}

double ExtractionModel::probability(const BlockFeatureVector &features) const
{
    double sum = 0;
    for (const auto &[name, value] : features)
        sum += m_weights.value(name) * double(value);
    return 1.0 / (1.0 + std::exp(-sum));
}

} // namespace lector
