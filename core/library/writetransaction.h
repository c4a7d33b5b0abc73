// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSqlDatabase;
class QSqlError;
class QString;

namespace lector {

/// Starts the library's write transactions with `BEGIN IMMEDIATE`, which takes SQLite's write
/// lock at once and so waits out another writer (an import's thread, a second Lector) for the
/// busy timeout. QSqlDatabase::transaction() issues a deferred `BEGIN`: a transaction that has
/// read and then writes while another connection holds the lock cannot wait (the snapshot it
/// read may be stale) and fails with "database is locked" at once.
/// On a PostgreSQL team library it is a `BEGIN` and an advisory lock that every Lector writer
/// takes, so writers follow each other as on SQLite (entity ids, the order of corrections) while
/// readers never wait; a connection lost since the last statement (a restarted server) is opened
/// again once first.
/// Contract: end the transaction with QSqlDatabase::commit() or rollback(), as after
/// transaction() (the SQLite driver keeps no state of its own about it).
class WriteTransaction
{
public:
    /// Begins a write transaction on `db`; false with SQLite's error in `*error` (when given).
    static bool begin(const QSqlDatabase &db, QSqlError *error = nullptr);
    /// On a team library, a write transaction that does not take the writers' lock yet: an
    /// import batch (ServerBatchWriter) first locks the keys of its own articles, inserts them
    /// (the server computes their search vectors, most of an import's server time, while other
    /// import connections do the same), and only then takes the lock with lockWriters() for the
    /// rows numbered from the library's largest (entities). Whoever holds the writers' lock never
    /// waits for an article key, so two writers cannot wait for each other in a cycle.
    static bool beginUnlocked(const QSqlDatabase &db, QSqlError *error = nullptr);
    /// Takes the writers' lock inside a transaction of beginUnlocked(), until its end.
    static bool lockWriters(const QSqlDatabase &db, QSqlError *error = nullptr);
    /// Whether `error` ended a transaction that may simply be run again: a deadlock the server
    /// broke (SQLSTATE 40P01) or a serialization failure (40001).
    static bool isRetryable(const QSqlError &error);
    /// The same from a SQLSTATE (QSqlError::nativeErrorCode()).
    static bool isRetryable(const QString &sqlState);
};

} // namespace lector
