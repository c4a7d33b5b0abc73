// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSqlError;

namespace lector {

struct LibraryLocation;

/// The faults of a team library on a PostgreSQL server, each told in one sentence: server down
/// or unreachable, wrong or missing password, missing database or role, connection lost, no
/// right to write. libpq reports them as text (its messages are stable across releases).
class ServerError
{
public:
    enum class Kind {
        None,
        Unreachable,
        WrongPassword,
        NoPassword,
        NoDatabase,
        NoRole,
        ConnectionLost,
        NotAllowed,
        Other
    };
    static Kind kindOf(const QString &message);
    /// The sentence for a failed connection to `location`.
    static QString connectFailed(const LibraryLocation &location, const QSqlError &error);
    /// Whether a failed statement means the connection itself is gone (reconnect and retry).
    static bool isConnectionLost(const QSqlError &error);
    /// A statement's error in words ("The connection to the team library was lost ...").
    static QString sentence(const QString &display, const QSqlError &error);
};

} // namespace lector
