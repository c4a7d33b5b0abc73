// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/schemamigrator.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace lector {

namespace {

QString scriptPath(int version, SqlBackend backend)
{
    const QString prefix = QStringLiteral("%1_").arg(version, 3, 10, QLatin1Char('0'));
    const QDir dir(backend == SqlBackend::PostgreSQL ? u":/lector/sql/postgresql"_qs
                                                     : u":/lector/sql"_qs);
    for (const QString &name : dir.entryList({u"*.sql"_qs}, QDir::Files, QDir::Name))
        if (name.startsWith(prefix))
            return dir.filePath(name);
    return {};
}

QString newerMessage(int current, int latest)
{
    return QStringLiteral("The library was written by a newer Lector (schema %1; this one knows "
                          "up to %2). Lector leaves it untouched.")
        .arg(current)
        .arg(latest);
}

QString migrateSqlite(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_qs) || !query.next())
        return QStringLiteral("Cannot read the library's schema version: %1.")
            .arg(query.lastError().text());
    const int current = query.value(0).toInt();
    const int latest = SchemaMigrator::latestVersion();
    if (current > latest)
        return newerMessage(current, latest);
    for (int version = current + 1; version <= latest; ++version) {
        if (!db.transaction())
            return QStringLiteral("Cannot start a migration: %1.").arg(db.lastError().text());
        for (const QString &statement : SchemaMigrator::statements(version)) {
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

// One migration per transaction, each under an advisory lock and after reading the version
// again, so two Lectors opening an old team library at once migrate it once.
QString migratePostgres(QSqlDatabase &db, const QString &connection)
{
    const int latest = SchemaMigrator::latestVersion();
    for (;;) {
        QString error;
        const int before = SchemaMigrator::currentVersion(connection, &error);
        if (before < 0)
            return error;
        if (before > latest)
            return newerMessage(before, latest);
        if (before == latest)
            return {};
        if (!db.transaction())
            return QStringLiteral("Cannot start a migration: %1.").arg(db.lastError().text());
        QSqlQuery query(db);
        const auto failed = [&](const QString &what) {
            const QString why = query.lastError().text().trimmed();
            db.rollback();
            return QStringLiteral("%1 (schema %2 to %3): %4.")
                .arg(what)
                .arg(before)
                .arg(latest)
                .arg(why);
        };
        if (!query.exec(u"SELECT pg_advisory_xact_lock(76, 0)"_qs))
            return failed(QStringLiteral("Cannot lock the team library for its migration"));
        if (!query.exec(u"SELECT to_regclass('lector_schema') IS NOT NULL"_qs) || !query.next())
            return failed(QStringLiteral("Cannot read the library's schema version"));
        if (!query.value(0).toBool() &&
            !query.exec(u"CREATE TABLE lector_schema (version INTEGER NOT NULL)"_qs))
            return failed(QStringLiteral("The team library cannot be set up by this account"));
        if (!query.exec(u"SELECT coalesce(max(version), 0) FROM lector_schema"_qs) || !query.next())
            return failed(QStringLiteral("Cannot read the library's schema version"));
        const int current = query.value(0).toInt();
        query.finish();
        if (current != before) { // another Lector migrated meanwhile: look again
            db.rollback();
            continue;
        }
        const int version = current + 1;
        for (const QString &statement : SchemaMigrator::statements(version, SqlBackend::PostgreSQL))
            if (!query.exec(statement))
                return failed(QStringLiteral("Migration %1 of the team library failed, so it "
                                             "stays as it was; its owner must upgrade it")
                                  .arg(version));
        if (!query.exec(u"DELETE FROM lector_schema"_qs) ||
            !query.exec(
                QStringLiteral("INSERT INTO lector_schema (version) VALUES (%1)").arg(version)) ||
            !db.commit())
            return failed(
                QStringLiteral("Cannot record the library's schema version %1").arg(version));
    }
}

} // namespace

int SchemaMigrator::latestVersion()
{
    int version = 0;
    while (!scriptPath(version + 1, SqlBackend::SQLite).isEmpty())
        ++version;
    return version;
}

QStringList SchemaMigrator::statements(int version, SqlBackend backend)
{
    QFile file(scriptPath(version, backend));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // Statements end with ';' at the end of a line, except inside a trigger body, which runs
    // from a line ending in BEGIN to the line "END;" (so does a PostgreSQL function body written
    // "BEGIN ATOMIC"), and inside a PostgreSQL function body quoted between two "$$".
    QStringList statements;
    QString current;
    bool inBody = false;
    bool inDollar = false;
    for (const QString &rawLine : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || (!inDollar && line.startsWith(u"--")))
            continue;
        current += rawLine + u'\n';
        if (line.count(u"$$"_qs) % 2 == 1)
            inDollar = !inDollar;
        if (inDollar)
            continue;
        if (line.endsWith(u"BEGIN") || line == u"BEGIN ATOMIC")
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

int SchemaMigrator::currentVersion(const QString &connectionName, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QSqlQuery query(db);
    if (SqlDialect::backend(db) == SqlBackend::SQLite) {
        if (query.exec(u"PRAGMA user_version"_qs) && query.next())
            return query.value(0).toInt();
    } else if (query.exec(u"SELECT to_regclass('lector_schema') IS NOT NULL"_qs) && query.next()) {
        if (!query.value(0).toBool())
            return 0;
        if (query.exec(u"SELECT coalesce(max(version), 0) FROM lector_schema"_qs) && query.next())
            return query.value(0).toInt();
    }
    *error = QStringLiteral("Cannot read the library's schema version: %1.")
                 .arg(query.lastError().text().trimmed());
    return -1;
}

QString SchemaMigrator::migrate(const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    return SqlDialect::backend(db) == SqlBackend::PostgreSQL ? migratePostgres(db, connectionName)
                                                             : migrateSqlite(db);
}

} // namespace lector
