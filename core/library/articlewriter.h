// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/sqldialect.h"
#include "model/analysis.h"
#include "model/document.h"

#include <QByteArray>
#include <QSqlQuery>
#include <QString>

namespace lector {

/// An article ready to be written: besides the document and its analysis, the costly values
/// the writer needs (the content hash, the analysis-cache blob, the texts in UTF-8, SQLite's
/// encoding), computed where the article was analysed, so that an import's one writer thread
/// only binds values.
struct PreparedArticle
{
    Document document;
    Analysis analysis;
    QString hash;    ///< ArticleLibrary::contentHash(document.text)
    QByteArray body; ///< document.text in UTF-8
    /// AnalysisCodec::encode(analysis): the `analysis_cache` row (the automatic analysis,
    /// never a corrected one).
    QByteArray cache;
    /// The `entities`, `entity_forms` and `entity_words` rows as one JSON array, [[name, type,
    /// mentions, [form, ...], [word, ...]], ...], the name always among the forms: three
    /// statements per article.
    QByteArray entities;

    static PreparedArticle make(Document document, Analysis analysis);
    /// The `articles` row as both writers store it (ArticleWriter one by one, ServerBatchWriter a
    /// batch at once): hash, title, source, published (ISO 8601 date, or null), web address;
    /// texts made storable for `backend`. The body is `body`, bound apart.
    QVariantList articleRow(SqlBackend backend) const;
    /// The web address by which both writers recognise an article already stored (besides its
    /// hash: the same text, or the same page), empty when it has none.
    QString urlKey(SqlBackend backend) const;
    /// The `entities` field alone, for rewriting an article's entity rows (CorrectedRows).
    static QByteArray entityRows(const Analysis &analysis);
};

/// Writes articles into the library tables `articles` (and so `articles_fts`), `analysis_cache`,
/// `entities`, `entity_forms` and `entity_words` inside the caller's transaction, with each
/// statement prepared once for many articles (an import batch). An article whose text is already
/// stored (same hash) is found, not written again. Entity ids are given by the writer (the next
/// after the largest; on a team library, from the table's sequence, as ServerBatchWriter takes
/// them), so the entities, forms and words of an article take one statement each:
/// use it on the thread that owns the connection, and only while that transaction is open
/// (which keeps the ids free). Full-text indexing waits for finish(). Errors are sentences in
/// lastError(). The JSON table `analyses` of schema 1 is no longer written: nothing reads it
/// since the analysis cache (schema 3); old libraries keep their rows.
class ArticleWriter
{
public:
    explicit ArticleWriter(const QString &connection);

    /// Stores `article`, or finds it by its hash: `*id` is its row, `*added` whether it is new.
    [[nodiscard]] bool write(const PreparedArticle &article, qint64 *id, bool *added);
    /// Adds the articles written since the last call to the full-text index (articles_fts):
    /// call it once, after the last write() and before the commit.
    [[nodiscard]] bool finish();
    /// Adds an article's `entities`, `entity_forms` and `entity_words` rows, given as
    /// PreparedArticle::entityRows() makes them (CorrectedRows rewrites them this way too).
    [[nodiscard]] bool writeEntities(qint64 articleId, const QByteArray &entityRows);
    QString lastError() const { return m_error; }
    /// Whether `writer` (when given) writes on `connection`, so that what it writes is in the
    /// caller's transaction; else false with a sentence in `*error`. The functions that take a
    /// connection and a writer (AnalysisCache::writeRows(), CorrectedRows::write()) refuse a
    /// mismatched pair before writing anything.
    [[nodiscard]] static bool writesOn(const ArticleWriter *writer, const QString &connection,
                                       QString *error);

private:
    bool fail(const QString &what, const QSqlQuery &query);
    bool preparePostgres();

    QSqlQuery m_find;
    QSqlQuery m_article;
    QSqlQuery m_cache;
    QSqlQuery m_entity;
    QSqlQuery m_form;
    QSqlQuery m_words;
    QSqlQuery m_lastEntity;
    QSqlQuery m_index;
    QList<qint64> m_unindexed; ///< articles written but not yet in articles_fts
    QString m_connection;
    QString m_now; ///< one "added"/"analysed" time for everything this writer stores
    QString m_error;
    bool m_prepared = false;
    bool m_articlesPrepared = false; ///< PostgreSQL: m_find, m_article, m_cache
    bool m_entityPrepared = false;   ///< PostgreSQL: m_entity
    SqlBackend m_backend = SqlBackend::SQLite;
};

} // namespace lector
