// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSqlDatabase;
class QSqlError;

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
};

} // namespace lector
