// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/writetransaction.h"

#include "library/servererror.h"
#include "library/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace lector {

namespace {

bool beginOnServer(const QSqlDatabase &db, QSqlError *error)
{
    QSqlDatabase connection = db;
    // A connection that an earlier try could not open again (the server was away) is retried.
    if (!connection.isOpen() && !connection.open()) {
        if (error)
            *error = connection.lastError();
        return false;
    }
    if (!connection.transaction()) {
        if (!ServerError::isConnectionLost(connection.lastError())) {
            if (error)
                *error = connection.lastError();
            return false;
        }
        connection.close(); // the server went away and may be back: one new connection
        if (!connection.open() || !connection.transaction()) {
            if (error)
                *error = connection.lastError();
            return false;
        }
    }
    QSqlQuery query(connection);
    if (query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(76, 1)")))
        return true;
    if (error)
        *error = query.lastError();
    connection.rollback();
    return false;
}

} // namespace

bool WriteTransaction::begin(const QSqlDatabase &db, QSqlError *error)
{
    if (SqlDialect::backend(db) == SqlBackend::PostgreSQL)
        return beginOnServer(db, error);
    if (!db.isOpen()) {
        if (error)
            *error = QSqlError(QStringLiteral("the library is not open"), QString(),
                               QSqlError::ConnectionError);
        return false;
    }
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    if (error)
        *error = query.lastError();
    return false;
}

} // namespace lector
