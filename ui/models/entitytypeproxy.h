// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotations.h"

#include <QSortFilterProxyModel>

namespace lector {

/// Keeps the rows of an EntityModel whose entity has one type (the Actors panel shows people,
/// the Places panel places, ...), sorted by mention count, most mentioned first.
class EntityTypeProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EntityTypeProxy(EntityType type, QObject *parent = nullptr);

    EntityType type() const { return m_type; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    EntityType m_type;
};

} // namespace lector
