// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

class QSqlDatabase;
class QSqlQuery;

namespace lector {

/// The database behind a library connection: SQLite (a file, the default) or PostgreSQL (a
/// team library on a server). The library's classes share their SQL where both accept it and
/// ask here for the few forms that differ.
enum class SqlBackend { SQLite, PostgreSQL };

class SqlDialect
{
public:
    static SqlBackend backend(const QSqlDatabase &db);
    static SqlBackend backend(const QString &connection);
    static bool isPostgres(const QString &connection)
    {
        return backend(connection) == SqlBackend::PostgreSQL;
    }
    /// `sqlite` on an SQLite connection, `postgres` on a PostgreSQL one.
    static QString pick(const QString &connection, const QString &sqlite, const QString &postgres)
    {
        return isPostgres(connection) ? postgres : sqlite;
    }
    /// Text as the backend can store it: PostgreSQL's text cannot hold U+0000, which becomes a
    /// space there (same length, so spans keep their meaning, and a word boundary as it was);
    /// a null QString becomes empty text (the columns are NOT NULL).
    static QString storable(SqlBackend backend, const QString &text);
    /// The same for UTF-8 bytes (bodies and JSON prepared on import workers): PostgreSQL gets a
    /// QString (a QByteArray would be bound as bytea), SQLite the bytes as they are.
    static QVariant storableUtf8(SqlBackend backend, const QByteArray &utf8);
    /// The id of the row an INSERT just wrote: PostgreSQL's statements end in RETURNING id (see
    /// returningId()), SQLite reports its rowid.
    static qint64 insertedId(QSqlQuery &query);
    /// " RETURNING id" on PostgreSQL, nothing on SQLite.
    static QString returningId(const QString &connection);
};

} // namespace lector
