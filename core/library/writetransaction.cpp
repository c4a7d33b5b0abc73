// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/writetransaction.h"

#include "library/servererror.h"
#include "library/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace lector {

namespace {

bool beginOnServer(const QSqlDatabase &db, QSqlError *error, bool lock)
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
    if (!lock || WriteTransaction::lockWriters(connection, error))
        return true;
    connection.rollback();
    return false;
}

} // namespace

bool WriteTransaction::beginUnlocked(const QSqlDatabase &db, QSqlError *error)
{
    if (SqlDialect::backend(db) == SqlBackend::PostgreSQL)
        return beginOnServer(db, error, false);
    return begin(db, error);
}

bool WriteTransaction::lockWriters(const QSqlDatabase &db, QSqlError *error)
{
    if (SqlDialect::backend(db) != SqlBackend::PostgreSQL)
        return true; // BEGIN IMMEDIATE took SQLite's one lock
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(76, 1)")))
        return true;
    if (error)
        *error = query.lastError();
    return false;
}

bool WriteTransaction::isRetryable(const QSqlError &error)
{
    return isRetryable(error.nativeErrorCode());
}

bool WriteTransaction::isRetryable(const QString &sqlState)
{
    return sqlState == u"40P01"_qs || sqlState == u"40001"_qs;
}

bool WriteTransaction::begin(const QSqlDatabase &db, QSqlError *error)
{
    if (SqlDialect::backend(db) == SqlBackend::PostgreSQL)
        return beginOnServer(db, error, true);
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
