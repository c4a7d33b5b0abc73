// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotations.h"

#include <QCoreApplication>
#include <QString>

#include <array>

namespace lector {

/// Words the correction menus share: entity type labels and article words made safe for a
/// menu item (ampersands doubled so they are not mnemonics, long selections shortened).
class CorrectionLabels
{
    Q_DECLARE_TR_FUNCTIONS(CorrectionLabels)
public:
    static constexpr std::array<EntityType, 4> entityTypes()
    {
        return {EntityType::Person, EntityType::Place, EntityType::Organization, EntityType::Other};
    }
    /// "&Person", "P&lace", "&Organization", "O&ther".
    static QString typeLabel(EntityType type);
    /// `text` with '&' doubled, for a menu item.
    static QString escaped(const QString &text);
    /// escaped() and shortened to about 40 characters with an ellipsis.
    static QString quoted(const QString &text);
};

} // namespace lector
