// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/servererror.h"

#include "library/librarylocation.h"

#include <QSqlError>

namespace lector {

ServerError::Kind ServerError::kindOf(const QString &message)
{
    if (message.trimmed().isEmpty())
        return Kind::None;
    if (message.contains(u"password authentication failed"))
        return Kind::WrongPassword;
    if (message.contains(u"no password supplied"))
        return Kind::NoPassword;
    if (message.contains(u"database \"") && message.contains(u"does not exist"))
        return Kind::NoDatabase;
    if (message.contains(u"role \"") && message.contains(u"does not exist"))
        return Kind::NoRole;
    if (message.contains(u"server closed the connection") ||
        message.contains(u"no connection to the server") ||
        message.contains(u"terminating connection") ||
        message.contains(u"connection to server was lost") ||
        message.contains(u"could not send data to server") ||
        message.contains(u"could not receive data from server"))
        return Kind::ConnectionLost;
    if (message.contains(u"Connection refused") || message.contains(u"could not connect") ||
        message.contains(u"timeout expired") || message.contains(u"could not translate host") ||
        message.contains(u"No route to host") || message.contains(u"Network is unreachable") ||
        message.contains(u"the database system is starting up") ||
        message.contains(u"the database system is shutting down"))
        return Kind::Unreachable;
    if (message.contains(u"permission denied") || message.contains(u"read-only transaction"))
        return Kind::NotAllowed;
    return Kind::Other;
}

QString ServerError::connectFailed(const LibraryLocation &l, const QSqlError &error)
{
    const QString detail = error.driverText() + u' ' + error.databaseText();
    const QString where = l.display();
    switch (kindOf(detail)) {
    case Kind::Unreachable:
        return QStringLiteral("The team library server at %1:%2 does not answer (is PostgreSQL "
                              "running and reachable from here?); Lector keeps reading "
                              "articles without the library.")
            .arg(l.host)
            .arg(l.port);
    case Kind::WrongPassword:
        return QStringLiteral("The team library %1 refused the password of %2 (or knows no "
                              "such user): correct it in ~/.pgpass (or the file PGPASSFILE "
                              "names).")
            .arg(where, l.user);
    case Kind::NoPassword:
        return QStringLiteral("The team library %1 asks for the password of %2 and none was "
                              "given: add it to ~/.pgpass (or the file PGPASSFILE names).")
            .arg(where, l.user);
    case Kind::NoDatabase:
        return QStringLiteral("The server %1:%2 has no database %3: ask its administrator to "
                              "create it (tools/create-team-library.sh).")
            .arg(l.host)
            .arg(l.port)
            .arg(l.database);
    case Kind::NoRole:
        return QStringLiteral("The server %1:%2 knows no user %3: ask its administrator for an "
                              "account (tools/create-team-library.sh).")
            .arg(l.host)
            .arg(l.port)
            .arg(l.user);
    default:
        break;
    }
    return QStringLiteral("Cannot open the team library %1: %2.")
        .arg(where, error.databaseText().trimmed().isEmpty() ? error.text().trimmed()
                                                             : error.databaseText().trimmed());
}

bool ServerError::isConnectionLost(const QSqlError &error)
{
    return error.type() == QSqlError::ConnectionError ||
           kindOf(error.text()) == Kind::ConnectionLost;
}

QString ServerError::sentence(const QString &display, const QSqlError &error)
{
    switch (kindOf(error.text())) {
    case Kind::ConnectionLost:
    case Kind::Unreachable:
        return QStringLiteral("The connection to the team library %1 was lost; Lector tries "
                              "again at the next step, and nothing already saved is affected.")
            .arg(display);
    case Kind::NotAllowed:
        return QStringLiteral("Your account may read the team library %1 but not change it.")
            .arg(display);
    default:
        break;
    }
    return QStringLiteral("The team library %1 reported an error: %2.")
        .arg(display, error.text().trimmed());
}

} // namespace lector
