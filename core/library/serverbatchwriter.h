// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace lector {

struct PreparedArticle;

/// Writes an import batch into a team library (PostgreSQL) with one statement per table for the
/// whole batch instead of about ten per article: Qt's QPSQL driver sends every execution as its
/// own round trip and has no COPY, so the rows of a batch travel as one JSON array each and the
/// server unpacks them (jsonb_array_elements). The statements are:
/// 0. a lock on each article's keys (its hash and web address; lockKeys());
/// 1. which articles are there already (by content hash or web address);
/// 2. the new `articles` rows (their tsvector columns are computed by the server in the same
///    statement), ids back through RETURNING;
/// 3. their `analysis_cache` rows;
/// 4. `entities`, `entity_forms` and `entity_words` in one statement (data-modifying CTEs; entity
///    ids from the table's identity sequence, schema 8);
/// 5. `visits` and `visit_forms` in one statement (ids from the table's identity sequence);
/// The entity and visit rows are those of the analysis corrected by the library-wide corrections
/// (read once for the batch, CorrectedRows::forNewArticle()); then the writers' lock
/// (WriteTransaction::lockWriters()), under which the corrections that can reach the new articles
/// are read again: when one came or went meanwhile, the rows of the articles concerned are
/// written again from the corrections then stored (CorrectedRows::write()); the lock is held
/// until the commit.
/// Every value is bound, never spliced into the SQL. Inside the caller's transaction, begun with
/// WriteTransaction::beginUnlocked() (or holding the writers' lock already, when nothing else
/// writes). Several connections can write batches at once (an import's writers): the duplicate
/// rule holds between them through the key locks (a batch waits for the one that holds a key of
/// its own to commit, then finds that article stored), and everything up to the corrections
/// (the search vectors, the entity rows) is computed for two batches at the same time. Errors are
/// sentences in lastError(); a deadlock or serialization failure the server broke is retryable()
/// (roll back and write the batch again).
class ServerBatchWriter
{
public:
    explicit ServerBatchWriter(const QString &connection);

    /// Stores the articles of `articles` not in the library yet (the first of two equal texts in
    /// one batch), their rows corrected by the corrections that reach them; returns how many
    /// were new, -1 on error.
    [[nodiscard]] int write(const QList<PreparedArticle> &articles);
    QString lastError() const { return m_error; }
    /// An article's `entities`, `entity_forms` and `entity_words` rows (as
    /// PreparedArticle::entityRows() makes them) with ids from the sequence: ArticleWriter on a
    /// team library, for one article and for CorrectedRows.
    [[nodiscard]] bool writeEntities(qint64 articleId, const QByteArray &entityRows);
    /// The statement of writeEntities(), for a writer that prepares it once and executes it for
    /// many articles (ArticleWriter): one bound value, entityBatch().
    static QString entitiesSql();
    /// That value for one article: [[articleId, entityRows]].
    static QVariant entityBatch(qint64 articleId, const QByteArray &entityRows);
    /// Whether the last write() failed on a deadlock or serialization failure (40P01, 40001).
    bool retryable() const;
    /// Locks the keys (hash, web address) of `articles` until the end of the transaction, in one
    /// order for every writer (ascending 64-bit key), so two writers never wait for each other's
    /// keys in a cycle; call it before the writers' lock. False with `*error`.
    static bool lockKeys(const QString &connection, const QList<PreparedArticle> &articles,
                         QString *error);

private:
    bool lockKeys(const QList<PreparedArticle> &articles);
    bool run(const QString &what, const QString &sql, const QVariantList &values,
             QList<QVariantList> *rows = nullptr);

    QString m_connection;
    QString m_now;
    QString m_error;
    QString m_sqlState; ///< of the statement that failed
};

} // namespace lector
