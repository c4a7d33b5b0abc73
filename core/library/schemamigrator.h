// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/sqldialect.h"

#include <QString>

namespace lector {

/// Brings a library database to the newest schema. Migration N is the script
/// ":/lector/sql/00N_*.sql" on SQLite and ":/lector/sql/postgresql/00N_*.sql" on PostgreSQL
/// (the same versions, each written for its database). The version is SQLite's
/// `PRAGMA user_version`, or the one row of the table `lector_schema` on PostgreSQL. Each
/// migration runs in one transaction with the version bump, so a failed migration leaves the
/// database as it was; on PostgreSQL an advisory lock lets only one Lector migrate at a time.
class SchemaMigrator
{
public:
    /// The schema version this build of Lector writes.
    static int latestVersion();
    /// Migrates the open database behind `connectionName`. Returns an empty string on success,
    /// else a whole-sentence message (a newer schema than this build knows is refused).
    [[nodiscard]] static QString migrate(const QString &connectionName);
    /// The schema version of the open database, or -1 with a sentence in `*error`.
    static int currentVersion(const QString &connectionName, QString *error);
    /// The script of migration `version` split into statements (empty if there is none).
    static QStringList statements(int version, SqlBackend backend = SqlBackend::SQLite);
};

} // namespace lector
