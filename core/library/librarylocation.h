// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace lector {

/// Where a library lives: an SQLite file (a path, the default) or a team library on a
/// PostgreSQL server, written postgresql://USER@HOST[:PORT]/DB[?sslmode=MODE]. The address
/// never holds a password: libpq reads it from ~/.pgpass or the file PGPASSFILE names, or the
/// window asks for it (ArticleLibrary::setPassword()).
struct LibraryLocation
{
    QString user;
    QString host;
    int port = 5432;
    QString database;
    QString sslMode; ///< empty: libpq's default (prefer)

    /// Whether `location` is a server address (postgresql:// or postgres://), not a path.
    static bool isServer(const QString &location);
    /// Parses a server address; nullopt with a whole sentence in `*error` (which never repeats
    /// a password typed into the address).
    static std::optional<LibraryLocation> parse(const QString &location, QString *error);
    /// The address as shown in messages and the window: postgresql://user@host:port/db.
    QString display() const;
};

} // namespace lector
