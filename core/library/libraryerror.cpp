// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/libraryerror.h"

#include "library/servererror.h"

#include <QSqlError>

namespace lector {

namespace {

// SQLite's primary result codes (sqlite3.h); Qt reports them, possibly extended, as text.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteNotADatabase = 26;

} // namespace

LibraryError::Kind LibraryError::kind(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return Kind::None;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff; // extended codes keep the low byte
    // PostgreSQL's codes are five-character SQLSTATEs ("42501"), never SQLite numbers.
    if (!ok || error.nativeErrorCode().size() == 5)
        return kindOf(error.text());
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        return Kind::Locked;
    case SqliteReadOnly:
        return Kind::ReadOnly;
    case SqliteFull:
        return Kind::Full;
    case SqliteCorrupt:
    case SqliteNotADatabase:
        return Kind::Corrupt;
    default:
        return kindOf(error.text());
    }
}

// The texts are sqlite3_errstr()'s, stable across SQLite releases: "database is locked",
// "attempt to write a readonly database", "database or disk is full", "file is not a database".
LibraryError::Kind LibraryError::kindOf(const QString &message)
{
    if (message.isEmpty())
        return Kind::None;
    if (message.contains(u"is locked"))
        return Kind::Locked;
    if (message.contains(u"readonly database") || message.contains(u"read-only") ||
        message.contains(u"permission denied for table"))
        return Kind::ReadOnly;
    if (message.contains(u"disk is full") || message.contains(u"No space left on device"))
        return Kind::Full;
    if (message.contains(u"malformed") || message.contains(u"not a database"))
        return Kind::Corrupt;
    return Kind::Other;
}

QString LibraryError::advice(Kind kind)
{
    switch (kind) {
    case Kind::Locked:
        return QStringLiteral("The library is locked by another program (another Lector or a "
                              "database tool is writing to it); nothing was changed, try again "
                              "when it is done.");
    case Kind::ReadOnly:
        return QStringLiteral("The library is read-only; Lector can list and search it but "
                              "cannot add to it.");
    case Kind::Full:
        return QStringLiteral("Disk full: there is no room left for the library; nothing was "
                              "saved and the articles already stored are intact.");
    case Kind::Corrupt:
        return QStringLiteral("The library file is damaged; Lector leaves it as it is.");
    case Kind::None:
    case Kind::Other:
        break;
    }
    return {};
}

QString LibraryError::sentence(const QSqlError &error)
{
    // A team library's server that went away, or an account that may only read it.
    switch (ServerError::kindOf(error.text())) {
    case ServerError::Kind::ConnectionLost:
    case ServerError::Kind::Unreachable:
        return QStringLiteral("The team library's server cannot be reached; nothing was saved "
                              "(%1).")
            .arg(error.text().trimmed());
    default:
        break;
    }
    const QString advised = advice(kind(error));
    const QString detail = error.text().trimmed();
    if (advised.isEmpty())
        return QStringLiteral("The library reported an error: %1.").arg(detail);
    return QStringLiteral("%1 (%2)").arg(advised, detail);
}

QString LibraryError::explained(const QString &message)
{
    const QString advised = advice(kindOf(message));
    if (advised.isEmpty() || message.startsWith(advised))
        return message;
    return advised + u' ' + message;
}

} // namespace lector
