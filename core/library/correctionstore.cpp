// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/correctionstore.h"

#include "library/articlelibrary.h"
#include "library/articlewriter.h"
#include "library/correctedrows.h"
#include "library/libraryerror.h"
#include "library/sqldialect.h"
#include "library/writetransaction.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace lector {

namespace {

const QString SelectColumns =
    u"SELECT id, kind, scope, span_begin, span_end, text, type, target_begin, target_end, "
    "target_text, value, precision, created, author FROM corrections "_qs;

/// The current row of a SelectColumns query; the names are checked by correctionFromJson, so
/// a row written by a newer Lector with a kind this one does not know is left out.
std::optional<Correction> rowToCorrection(const QSqlQuery &query)
{
    const auto span = [&query](int begin) {
        return QJsonObject{{u"begin"_qs, query.value(begin).toLongLong()},
                           {u"end"_qs, query.value(begin + 1).toLongLong()}};
    };
    const QJsonObject object{
        {u"id"_qs, query.value(0).toLongLong()},
        {u"kind"_qs, query.value(1).toString()},
        {u"scope"_qs, query.value(2).toString()},
        {u"span"_qs, span(3)},
        {u"text"_qs, query.value(5).toString()},
        {u"type"_qs, query.value(6).toString()},
        {u"target"_qs, span(7)},
        {u"targetText"_qs, query.value(9).toString()},
        {u"value"_qs, query.value(10).toString()},
        {u"precision"_qs, query.value(11).toString()},
        {u"created"_qs, query.value(12).toString()},
        {u"author"_qs, query.value(13).toString()},
    };
    return correctionFromJson(object);
}

} // namespace

CorrectionStore::CorrectionStore(const ArticleLibrary &library)
    : m_library(library)
{}

QList<Correction> CorrectionStore::corrections(qint64 articleId) const
{
    return select(SelectColumns + u"WHERE article_id = ? OR article_id IS NULL ORDER BY id"_qs,
                  {articleId});
}

QList<Correction> CorrectionStore::libraryCorrections() const
{
    m_error.clear();
    return libraryCorrections(m_library.connectionName(), &m_error);
}

QList<Correction> CorrectionStore::libraryCorrections(const QString &connection, QString *error)
{
    return select(connection, SelectColumns + u"WHERE article_id IS NULL ORDER BY id"_qs, {},
                  error);
}

QList<Correction> CorrectionStore::corrections(const QString &connection, qint64 articleId,
                                               QString *error)
{
    return select(connection,
                  SelectColumns + u"WHERE article_id = ? OR article_id IS NULL ORDER BY id"_qs,
                  {articleId}, error);
}

QList<Correction> CorrectionStore::select(const QString &sql, const QVariantList &values) const
{
    m_error.clear();
    return select(m_library.connectionName(), sql, values, &m_error);
}

QList<Correction> CorrectionStore::select(const QString &connection, const QString &sql,
                                          const QVariantList &values, QString *error)
{
    QList<Correction> result;
    QSqlQuery query(QSqlDatabase::database(connection, false));
    query.setForwardOnly(true);
    // A library opened read-only below schema 6 has no author column: the authors are unknown.
    if (!query.prepare(sql) &&
        !query.prepare(QString(sql).replace(u", author FROM"_qs, u", '' FROM"_qs))) {
        *error = QStringLiteral("Cannot read the corrections: %1.").arg(query.lastError().text());
        return result;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = QStringLiteral("Cannot read the corrections: %1.").arg(query.lastError().text());
        return result;
    }
    while (query.next()) {
        if (auto correction = rowToCorrection(query))
            result.append(*correction);
    }
    return result;
}

std::optional<qint64> CorrectionStore::add(qint64 articleId, const Correction &c)
{
    m_error.clear();
    QSqlDatabase db = QSqlDatabase::database(m_library.connectionName(), false);
    QSqlError beginError;
    if (!WriteTransaction::begin(db, &beginError)) { // waits for another writer (busy timeout)
        m_error = QStringLiteral("Cannot store the correction: %1")
                      .arg(LibraryError::sentence(beginError));
        return std::nullopt;
    }
    QSqlQuery query(db);
    query.prepare(
        u"INSERT INTO corrections (article_id, kind, scope, span_begin, span_end, text, type, "
        "target_begin, target_end, target_text, value, precision, created, author) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs +
        SqlDialect::returningId(m_library.connectionName()));
    const SqlBackend backend = SqlDialect::backend(db);
    // A library-wide correction belongs to no article: it reaches every one.
    query.addBindValue(c.scope == CorrectionScope::Library ? QVariant() : QVariant(articleId));
    query.addBindValue(correctionKindName(c.kind));
    query.addBindValue(correctionScopeName(c.scope));
    query.addBindValue(qint64(c.span.begin));
    query.addBindValue(qint64(c.span.end));
    query.addBindValue(SqlDialect::storable(backend, c.text));
    query.addBindValue(entityTypeName(c.type));
    query.addBindValue(qint64(c.target.begin));
    query.addBindValue(qint64(c.target.end));
    query.addBindValue(SqlDialect::storable(backend, c.targetText));
    query.addBindValue(SqlDialect::storable(backend, c.value));
    query.addBindValue(precisionName(c.precision));
    const QDateTime created = c.created.isValid() ? c.created : QDateTime::currentDateTimeUtc();
    query.addBindValue(created.toUTC().toString(Qt::ISODateWithMs));
    // Who: the author a correction already has (one carried over from an export), else the
    // library's user (the server account on a team library).
    query.addBindValue(
        SqlDialect::storable(backend, c.author.isEmpty() ? m_library.userName() : c.author));
    if (!query.exec()) {
        m_error = QStringLiteral("Cannot store the correction: %1.").arg(query.lastError().text());
        db.rollback();
        return std::nullopt;
    }
    const qint64 id = SqlDialect::insertedId(query);
    if (!rewriteRows(articleId, c.scope == CorrectionScope::Library ? c.text : QString())) {
        db.rollback();
        return std::nullopt;
    }
    if (!db.commit()) {
        m_error = QStringLiteral("Cannot store the correction: %1.").arg(db.lastError().text());
        db.rollback();
        return std::nullopt;
    }
    return id;
}

bool CorrectionStore::remove(qint64 correctionId, qint64 articleId)
{
    m_error.clear();
    QSqlDatabase db = QSqlDatabase::database(m_library.connectionName(), false);
    QSqlError beginError;
    if (!WriteTransaction::begin(db, &beginError)) {
        m_error = QStringLiteral("Cannot remove the correction: %1")
                      .arg(LibraryError::sentence(beginError));
        return false;
    }
    // Ids are per library: a row of another article (another library opened since) never
    // matches, so an undo cannot delete someone else's correction.
    const QVariant owner = articleId > 0 ? QVariant(articleId) : QVariant();
    QSqlQuery query(db);
    // Which articles the correction reached, for their index rows once it is gone.
    query.prepare(
        u"SELECT text FROM corrections WHERE id = ? AND article_id IS NOT DISTINCT FROM ?"_qs);
    query.addBindValue(correctionId);
    query.addBindValue(owner);
    const bool found = query.exec() && query.next();
    const QString libraryText = found && articleId == 0 ? query.value(0).toString() : QString();
    query.finish();
    query.prepare(u"DELETE FROM corrections WHERE id = ? AND article_id IS NOT DISTINCT FROM ?"_qs);
    query.addBindValue(correctionId);
    query.addBindValue(owner);
    if (!query.exec()) {
        m_error = QStringLiteral("Cannot remove the correction: %1.").arg(query.lastError().text());
        db.rollback();
        return false;
    }
    if (query.numRowsAffected() != 1) {
        db.rollback();
        m_error = QStringLiteral("There is no correction %1 in the library.").arg(correctionId);
        return false;
    }
    if (!rewriteRows(articleId, libraryText)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        m_error = QStringLiteral("Cannot remove the correction: %1.").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

bool CorrectionStore::rewriteRows(qint64 articleId, const QString &libraryText)
{
    QString error;
    QList<qint64> articles =
        libraryText.isEmpty() ? QList<qint64>{}
                              : CorrectedRows::articlesContaining(m_library, libraryText, &error);
    if (articleId > 0 && !articles.contains(articleId))
        articles.append(articleId);
    ArticleWriter writer(m_library.connectionName()); // its statements prepared once for all
    for (const qint64 id : std::as_const(articles)) {
        if (!error.isEmpty() || !CorrectedRows::rewrite(m_library, id, &error, &writer))
            break;
    }
    if (error.isEmpty())
        return true;
    m_error = QStringLiteral("Cannot update the library's entities: %1").arg(error);
    return false;
}

} // namespace lector
