// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lector {

/// Brings a library database to the newest schema. The schema version is SQLite's
/// `PRAGMA user_version`; migration N is the script ":/lector/sql/00N_*.sql", applied in one
/// transaction with the version bump, so a failed migration leaves the database as it was.
class SchemaMigrator
{
public:
    /// The schema version this build of Lector writes.
    static int latestVersion();
    /// Migrates the open database behind `connectionName`. Returns an empty string on success,
    /// else a whole-sentence message (a newer schema than this build knows is refused).
    [[nodiscard]] static QString migrate(const QString &connectionName);
    /// The script of migration `version` split into statements (empty if there is none).
    static QStringList statements(int version);
};

} // namespace lector
