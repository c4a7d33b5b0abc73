// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/librarylocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace lector {

bool LibraryLocation::isServer(const QString &location)
{
    const QString trimmed = location.trimmed();
    return trimmed.startsWith(u"postgresql://", Qt::CaseInsensitive) ||
           trimmed.startsWith(u"postgres://", Qt::CaseInsensitive);
}

std::optional<LibraryLocation> LibraryLocation::parse(const QString &location, QString *error)
{
    const auto failed = [error](const QString &why) {
        *error = QStringLiteral("The team library address is not usable: %1 (expected "
                                "postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]).")
                     .arg(why);
        return std::nullopt;
    };
    if (!isServer(location))
        return failed(QStringLiteral("it does not begin with postgresql://"));
    const QUrl url(location.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return failed(QStringLiteral("it is not a well-formed address"));
    if (!url.password().isEmpty())
        return failed(QStringLiteral("it contains a password, which would show in the process "
                                     "list and in logs; put the password in ~/.pgpass (or the "
                                     "file PGPASSFILE names) instead"));
    LibraryLocation l;
    l.user = url.userName();
    l.host = url.host();
    l.port = url.port(5432);
    l.database = url.path().mid(1);
    if (l.user.isEmpty())
        return failed(QStringLiteral("it names no user"));
    if (l.host.isEmpty())
        return failed(QStringLiteral("it names no server"));
    if (l.database.isEmpty() || l.database.contains(u'/'))
        return failed(QStringLiteral("it names no database"));
    static const QStringList sslModes = {u"disable"_qs, u"allow"_qs,     u"prefer"_qs,
                                         u"require"_qs, u"verify-ca"_qs, u"verify-full"_qs};
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != u"sslmode")
            return failed(QStringLiteral("the option %1 is not known (only sslmode is)").arg(key));
        if (!sslModes.contains(value))
            return failed(QStringLiteral("sslmode must be one of %1").arg(sslModes.join(u", ")));
        l.sslMode = value;
    }
    return l;
}

QString LibraryLocation::display() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace lector
