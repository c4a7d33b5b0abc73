// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/correctedrows.h"

#include "corrections/correctionapplier.h"
#include "library/actorindex.h"
#include "library/analysiscache.h"
#include "library/articlelibrary.h"
#include "library/articlewriter.h"
#include "library/correctionstore.h"
#include "library/libraryerror.h"
#include "library/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>

namespace lector {

namespace {

bool failed(const QSqlQuery &query, QString *error)
{
    *error = LibraryError::sentence(query.lastError());
    return false;
}

// Deletes the article's entity rows, their forms and words first (explicitly, so the rows go
// even on a connection where foreign keys are off).
bool deleteEntities(const QSqlDatabase &db, qint64 articleId, QString *error)
{
    static const QString statements[] = {
        u"DELETE FROM entity_words WHERE entity_id IN "
        "(SELECT id FROM entities WHERE article_id = ?)"_qs,
        u"DELETE FROM entity_forms WHERE entity_id IN "
        "(SELECT id FROM entities WHERE article_id = ?)"_qs,
        u"DELETE FROM entities WHERE article_id = ?"_qs,
    };
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        query.prepare(sql);
        query.addBindValue(articleId);
        if (!query.exec())
            return failed(query, error);
    }
    return true;
}

} // namespace

bool CorrectedRows::rewrite(const ArticleLibrary &library, qint64 articleId, QString *error,
                            ArticleWriter *writer)
{
    const std::optional<Document> document = library.document(articleId);
    if (!document)
        return true; // removed meanwhile: it has no rows left
    const std::optional<Analysis> automatic = AnalysisCache(library).find(articleId, *document);
    if (!automatic)
        return true;
    QString readError;
    const QList<Correction> corrections =
        CorrectionStore::corrections(library.connectionName(), articleId, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    return write(library.connectionName(), articleId, *document, *automatic, corrections, error,
                 writer);
}

bool CorrectedRows::write(const QString &connection, qint64 articleId, const Document &document,
                          const Analysis &automatic, const QList<Correction> &corrections,
                          QString *error, ArticleWriter *writer)
{
    if (!ArticleWriter::writesOn(writer, connection, error))
        return false;
    const Analysis corrected = corrections.isEmpty()
                                   ? automatic
                                   : CorrectionApplier::apply(document, automatic, corrections);
    const QSqlDatabase db = QSqlDatabase::database(connection, false);
    if (!deleteEntities(db, articleId, error))
        return false;
    // The same writer as an import, so a corrected article is searched exactly like a new one.
    std::optional<ArticleWriter> own;
    if (!writer)
        writer = &own.emplace(connection);
    if (!corrected.entities.isEmpty() &&
        !writer->writeEntities(articleId, PreparedArticle::entityRows(corrected))) {
        *error = writer->lastError();
        return false;
    }
    return ActorIndex::writeVisits(connection, articleId, document, corrected, error);
}

QList<Correction> CorrectedRows::reaching(const Document &document, QList<Correction> corrections)
{
    // One whose words are not in this text cannot apply: an import is not slowed by them.
    corrections.removeIf([&document](const Correction &c) {
        return c.scope == CorrectionScope::Library && !document.text.contains(c.text);
    });
    return corrections;
}

std::optional<Analysis> CorrectedRows::forNewArticle(const Document &document,
                                                     const Analysis &automatic,
                                                     const QList<Correction> &libraryWide)
{
    const QList<Correction> corrections = reaching(document, libraryWide);
    if (corrections.isEmpty())
        return std::nullopt;
    return CorrectionApplier::apply(document, automatic, corrections);
}

QList<qint64> CorrectedRows::articlesContaining(const ArticleLibrary &library, const QString &text,
                                                QString *error)
{
    QList<qint64> ids;
    if (text.isEmpty())
        return ids;
    QSqlQuery query(QSqlDatabase::database(library.connectionName(), false));
    query.setForwardOnly(true);
    // instr() is exact and case-sensitive, as CorrectionApplier matches words; the scan reads
    // every body, once per library-wide correction.
    query.prepare(
        SqlDialect::pick(library.connectionName(),
                         u"SELECT id FROM articles WHERE instr(body, ?) > 0 ORDER BY id"_qs,
                         u"SELECT id FROM articles WHERE strpos(body, ?) > 0 ORDER BY id"_qs));
    query.addBindValue(SqlDialect::storable(SqlDialect::backend(library.connectionName()), text));
    if (!query.exec()) {
        failed(query, error);
        return ids;
    }
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace lector
