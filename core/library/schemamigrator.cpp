// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/schemamigrator.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace lector {

namespace {

QString scriptPath(int version)
{
    const QString prefix = QStringLiteral("%1_").arg(version, 3, 10, QLatin1Char('0'));
    const QDir dir(u":/lector/sql"_qs);
    for (const QString &name : dir.entryList({u"*.sql"_qs}, QDir::Files, QDir::Name))
        if (name.startsWith(prefix))
            return dir.filePath(name);
    return {};
}

} // namespace

int SchemaMigrator::latestVersion()
{
    int version = 0;
    while (!scriptPath(version + 1).isEmpty())
        ++version;
    return version;
}

QStringList SchemaMigrator::statements(int version)
{
    QFile file(scriptPath(version));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // Statements end with ';' at the end of a line, except inside a trigger body, which runs
    // from a line ending in BEGIN to the line "END;".
    QStringList statements;
    QString current;
    bool inBody = false;
    for (const QString &rawLine : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u"--"))
            continue;
        current += rawLine + u'\n';
        if (line.endsWith(u"BEGIN"))
            inBody = true;
        if ((inBody && line == u"END;") || (!inBody && line.endsWith(u';'))) {
            inBody = false;
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

QString SchemaMigrator::migrate(const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_qs) || !query.next())
        return QStringLiteral("Cannot read the library's schema version: %1.")
            .arg(query.lastError().text());
    const int current = query.value(0).toInt();
    const int latest = latestVersion();
    if (current > latest)
        return QStringLiteral(
                   "The library was written by a newer Lector (schema %1; this one knows "
                   "up to %2). Lector leaves it untouched.")
            .arg(current)
            .arg(latest);
    for (int version = current + 1; version <= latest; ++version) {
        if (!db.transaction())
            return QStringLiteral("Cannot start a migration: %1.").arg(db.lastError().text());
        for (const QString &statement : statements(version)) {
            if (!query.exec(statement)) {
                const QString error = query.lastError().text();
                db.rollback();
                return QStringLiteral("Migration %1 of the library failed: %2.")
                    .arg(version)
                    .arg(error);
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) || !db.commit()) {
            db.rollback();
            return QStringLiteral("Cannot record the library's schema version %1.").arg(version);
        }
    }
    return {};
}

} // namespace lector
