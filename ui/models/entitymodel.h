// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlightstyle.h"
#include "model/analysis.h"

#include <QAbstractTableModel>

namespace lector {

/// All entities of an Analysis, one row each in Analysis::entities order: name, mention count,
/// forms, roles. Reset on every setAnalysis(). Filter by type with EntityTypeProxy.
class EntityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, MentionsColumn, FormsColumn, RolesColumn, ColumnCount };

    explicit EntityModel(QObject *parent = nullptr);

    void setAnalysis(const Analysis &analysis);
    void setHighlightStyle(const HighlightStyle &style);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Analysis m_analysis;
    HighlightStyle m_style;
};

} // namespace lector
