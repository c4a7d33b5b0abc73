// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace lector {

/// Item data roles shared by the annotation models, so that proxies and panels work on any.
enum AnnotationRole {
    /// int: index into the Analysis list the row shows (entities, quotes, visits); -1 on a
    /// group row.
    IndexRole = Qt::UserRole + 1,
    /// QList<int>: the entity indexes a row involves (speaker, named people, visitor, place, ...).
    EntitiesRole,
    /// int: the EntityType of an entity row.
    EntityTypeRole,
};

} // namespace lector
