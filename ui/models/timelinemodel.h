// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "groupedmodel.h"
#include "model/analysis.h"

namespace lector {

/// The visits of an Analysis in two groups: "Dated" in Analysis::timeline order (by date) and
/// "Undated" in text order. Columns: when (with its precision), who, where, details (host,
/// people met, duration), status. Dates and durations are written as a person writes them
/// ("Tue 15 Aug 2023", "6 days"; VisitWording). The tooltip lists every evidence sentence.
/// Reset on every setAnalysis().
class TimelineModel : public GroupedModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, WhereColumn, DetailsColumn, StatusColumn, ColumnCount };

    explicit TimelineModel(QObject *parent = nullptr);

    /// `text` is the Document::text the evidence spans refer to.
    void setAnalysis(const QString &text, const Analysis &analysis);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QVariant itemData(int item, int column, int role) const override;

private:
    QList<int> order() const;
    QString entityName(int entity) const;
    QString when(const Visit &visit) const;
    QString details(const Visit &visit) const;
    QString where(const Visit &visit) const;
    QString evidence(const Visit &visit) const;

    QString m_text;
    Analysis m_analysis;
};

} // namespace lector
