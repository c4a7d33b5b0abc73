// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace lector {

/// Keeps the rows that involve one entity (their EntitiesRole contains it), and the group rows
/// above them; keeps everything while no entity is set. Works on the quote and timeline models.
class EntityInvolvementProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EntityInvolvementProxy(QObject *parent = nullptr);

    /// -1 shows every row.
    void setEntity(int entity);
    int entity() const { return m_entity; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_entity = -1;
};

} // namespace lector
