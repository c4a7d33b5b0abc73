// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace lector {

struct PreparedArticle;

/// Writes an import batch into a team library (PostgreSQL) with one statement per table for the
/// whole batch instead of about ten per article: Qt's QPSQL driver sends every execution as its
/// own round trip and has no COPY, so the rows of a batch travel as one JSON array each and the
/// server unpacks them (jsonb_array_elements). The statements are:
/// 1. which articles are there already (by content hash or web address);
/// 2. the new `articles` rows (their tsvector columns are computed by the server in the same
///    statement), ids back through RETURNING;
/// 3. their `analysis_cache` rows;
/// 4. `entities`, `entity_forms` and `entity_words` in one statement (data-modifying CTEs; entity
///    ids follow the largest, as ArticleWriter gives them);
/// 5. `visits` and `visit_forms` in one statement (ids from the table's identity sequence).
/// Every value is bound, never spliced into the SQL. Inside the caller's transaction, which must
/// hold the library's write lock (WriteTransaction). Errors are sentences in lastError().
class ServerBatchWriter
{
public:
    explicit ServerBatchWriter(const QString &connection);

    /// Stores the articles of `articles` not in the library yet (the first of two equal texts in
    /// one batch); returns how many were new, -1 on error. `lookForCorrections` as in
    /// AnalysisCache::writeRows (a new article's rows with the corrections that reach it, written
    /// per article: an import rarely meets one).
    [[nodiscard]] int write(const QList<PreparedArticle> &articles, bool lookForCorrections);
    QString lastError() const { return m_error; }

private:
    bool run(const QString &what, const QString &sql, const QVariantList &values,
             QList<QVariantList> *rows = nullptr);

    QString m_connection;
    QString m_now;
    QString m_error;
};

} // namespace lector
