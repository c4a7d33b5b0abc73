// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace lector {

SqlBackend SqlDialect::backend(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL" ? SqlBackend::PostgreSQL : SqlBackend::SQLite;
}

SqlBackend SqlDialect::backend(const QString &connection)
{
    return backend(QSqlDatabase::database(connection, false));
}

QString SqlDialect::storable(SqlBackend backend, const QString &text)
{
    if (text.isNull())
        return QStringLiteral("");
    if (backend == SqlBackend::PostgreSQL && text.contains(QChar(0))) {
        QString copy = text;
        copy.replace(QChar(0), QChar(u' '));
        return copy;
    }
    return text;
}

QVariant SqlDialect::storableUtf8(SqlBackend backend, const QByteArray &utf8)
{
    if (backend == SqlBackend::SQLite)
        return utf8;
    QString text = QString::fromUtf8(utf8);
    // JSON arrays escape U+0000 as \u0000, which jsonb refuses.
    if (text.contains(u"\\u0000"))
        text.replace(u"\\u0000"_qs, u"\\u0020"_qs);
    return storable(backend, text);
}

qint64 SqlDialect::insertedId(QSqlQuery &query)
{
    if (!query.isSelect()) // SQLite: no RETURNING clause
        return query.lastInsertId().toLongLong();
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

QString SqlDialect::returningId(const QString &connection)
{
    return isPostgres(connection) ? u" RETURNING id"_qs : QString();
}

} // namespace lector
