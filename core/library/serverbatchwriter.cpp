// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/serverbatchwriter.h"

#include "library/actorindex.h"
#include "library/analysiscache.h"
#include "library/articlewriter.h"
#include "library/correctedrows.h"
#include "library/correctionstore.h"
#include "library/sqldialect.h"
#include "library/writetransaction.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace lector {

namespace {

QString storable(const QString &text)
{
    return SqlDialect::storable(SqlBackend::PostgreSQL, text);
}

QString json(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Statement 0: a transaction lock on each key, ascending (the DISTINCT keeps the subquery from
// being merged into the outer query, so the locks are taken in the sorted order). Keys: 'h' and
// the hash, 'u' and the web address; advisory locks of one bigint never meet the writers' lock
// of two integers (76, 1).
const QString keysSql = u"SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT DISTINCT "
                        "hashtextextended(x, 76) AS k FROM "
                        "jsonb_array_elements_text(CAST(? AS JSONB)) x ORDER BY k) s"_qs;

// Statement 1: the articles of the batch already stored, by hash or by web address.
const QString findSql = u"SELECT id, hash, url FROM articles WHERE hash IN "
                        "(SELECT jsonb_array_elements_text(CAST(? AS JSONB))) "
                        "UNION SELECT id, hash, url FROM articles WHERE url IN "
                        "(SELECT jsonb_array_elements_text(CAST(? AS JSONB)))"_qs;

// Statement 2: rows [hash, title, source, published or null, body, url].
const QString articlesSql =
    u"INSERT INTO articles (hash, title, source, published, added, body, url) "
    "SELECT v->>0, v->>1, v->>2, v->>3, CAST(? AS TEXT), v->>4, v->>5 "
    "FROM jsonb_array_elements(CAST(? AS JSONB)) v RETURNING id, hash"_qs;

// Statement 3: rows [article id, published key, blob in base64].
const QString cacheSql =
    u"INSERT INTO analysis_cache (article_id, analyser_version, published, data) "
    "SELECT CAST(v->>0 AS BIGINT), CAST(? AS TEXT), v->>1, decode(v->>2, 'base64') "
    "FROM jsonb_array_elements(CAST(? AS JSONB)) v ON CONFLICT (article_id) DO UPDATE SET "
    "analyser_version = excluded.analyser_version, published = excluded.published, "
    "data = excluded.data"_qs;

// Statement 4: rows [article id, PreparedArticle::entities]; ids from the table's identity
// sequence (schema 8; every writer of a team library takes them there), in the order of the
// batch (a volatile function of the select list is computed after the ORDER BY). The forms
// and words follow their entities in the same statement.
const QString entitiesStatement =
    u"WITH a AS (SELECT CAST(x.v->>0 AS BIGINT) AS article_id, x.ord, x.v->1 AS rows "
    "  FROM jsonb_array_elements(CAST(? AS JSONB)) WITH ORDINALITY x(v, ord)), "
    "e AS MATERIALIZED (SELECT nextval(pg_get_serial_sequence('entities', 'id')) AS id, "
    "  a.article_id, r.v FROM a, jsonb_array_elements(a.rows) WITH ORDINALITY r(v, ord) "
    "  ORDER BY a.ord, r.ord), "
    "ie AS (INSERT INTO entities (id, article_id, name, type, mentions) "
    "  SELECT id, article_id, v->>0, v->>1, CAST(v->>2 AS INTEGER) FROM e), "
    "iform AS (INSERT INTO entity_forms (entity_id, form) "
    "  SELECT e.id, f FROM e, jsonb_array_elements_text(e.v->3) f) "
    "INSERT INTO entity_words (entity_id, word) "
    "  SELECT e.id, w FROM e, jsonb_array_elements_text(e.v->4) w"_qs;

// Statement 5: rows of ActorIndex::visitRows(); ids from the identity sequence, which the
// one-article path (ActorIndex::writeVisits) uses too.
const QString visitsSql =
    u"WITH v AS MATERIALIZED (SELECT nextval(pg_get_serial_sequence('visits', 'id')) AS id, "
    "  x.v FROM jsonb_array_elements(CAST(? AS JSONB)) WITH ORDINALITY x(v, ord) ORDER BY x.ord), "
    "iv AS (INSERT INTO visits (id, article_id, visitor, place, date, precision, evidence) "
    "  SELECT id, CAST(v->>0 AS BIGINT), v->>1, v->>2, v->>3, v->>4, v->>5 FROM v) "
    "INSERT INTO visit_forms (visit_id, form) "
    "  SELECT v.id, f FROM v, jsonb_array_elements_text(v.v->6) f"_qs;

// Under the writers' lock: the corrections that can reach the new articles now (bound: their
// ids as a JSON array), to compare with those their rows were written from.
const QString reachingSql =
    u"SELECT id FROM corrections WHERE article_id IS NULL OR article_id IN "
    "(SELECT CAST(jsonb_array_elements_text(CAST(? AS JSONB)) AS BIGINT)) ORDER BY id"_qs;

} // namespace

ServerBatchWriter::ServerBatchWriter(const QString &connection)
    : m_connection(connection)
    , m_now(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
{}

bool ServerBatchWriter::run(const QString &what, const QString &sql, const QVariantList &values,
                            QList<QVariantList> *rows)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        m_error = QStringLiteral("%1: %2.").arg(what, query.lastError().text());
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = QStringLiteral("%1: %2.").arg(what, query.lastError().text());
        m_sqlState = query.lastError().nativeErrorCode();
        return false;
    }
    if (rows) {
        const int columns = query.record().count();
        while (query.next()) {
            QVariantList row;
            for (int c = 0; c < columns; ++c)
                row.append(query.value(c));
            rows->append(row);
        }
    }
    return true;
}

bool ServerBatchWriter::retryable() const
{
    return WriteTransaction::isRetryable(m_sqlState);
}

bool ServerBatchWriter::lockKeys(const QList<PreparedArticle> &articles)
{
    QJsonArray keys;
    for (const PreparedArticle &a : articles) {
        keys.append(QString(u'h' + a.hash));
        if (const QString url = a.urlKey(SqlBackend::PostgreSQL); !url.isEmpty())
            keys.append(QString(u'u' + url));
    }
    return run(QStringLiteral("Cannot lock the new articles"), keysSql, {json(keys)});
}

bool ServerBatchWriter::lockKeys(const QString &connection, const QList<PreparedArticle> &articles,
                                 QString *error)
{
    ServerBatchWriter writer(connection);
    if (writer.lockKeys(articles))
        return true;
    *error = writer.m_error;
    return false;
}

QString ServerBatchWriter::entitiesSql()
{
    return entitiesStatement;
}

QVariant ServerBatchWriter::entityBatch(qint64 articleId, const QByteArray &entityRows)
{
    return SqlDialect::storableUtf8(SqlBackend::PostgreSQL,
                                    "[[" + QByteArray::number(articleId) + ',' + entityRows + "]]");
}

bool ServerBatchWriter::writeEntities(qint64 articleId, const QByteArray &entityRows)
{
    m_error.clear();
    m_sqlState.clear();
    return run(QStringLiteral("Cannot store the entities"), entitiesStatement,
               {entityBatch(articleId, entityRows)});
}

int ServerBatchWriter::write(const QList<PreparedArticle> &articles)
{
    m_error.clear();
    m_sqlState.clear();
    if (articles.isEmpty())
        return 0;
    // 0. The keys of the batch: a writer that holds one of them commits first, and its articles
    // are then found below.
    if (!lockKeys(articles))
        return -1;
    // 1. What is there already.
    // The duplicate rule of ArticleWriter: the same text (hash) or the same web page (urlKey).
    QJsonArray hashes, urls;
    for (const PreparedArticle &a : articles) {
        hashes.append(a.hash);
        if (const QString url = a.urlKey(SqlBackend::PostgreSQL); !url.isEmpty())
            urls.append(url);
    }
    QList<QVariantList> found;
    if (!run(QStringLiteral("Cannot search the library"), findSql, {json(hashes), json(urls)},
             &found))
        return -1;
    QSet<QString> knownHashes, knownUrls;
    for (const QVariantList &row : std::as_const(found)) {
        knownHashes.insert(row.at(1).toString());
        if (const QString url = row.at(2).toString(); !url.isEmpty())
            knownUrls.insert(url);
    }
    // The new ones: neither stored nor an earlier article of this batch (same text or page).
    QList<const PreparedArticle *> fresh;
    QJsonArray rows;
    for (const PreparedArticle &a : articles) {
        const QVariantList row = a.articleRow(SqlBackend::PostgreSQL);
        const QString url = row.at(4).toString();
        if (knownHashes.contains(a.hash) || (!url.isEmpty() && knownUrls.contains(url)))
            continue;
        knownHashes.insert(a.hash);
        if (!url.isEmpty())
            knownUrls.insert(url);
        fresh.append(&a);
        // [hash, title, source, published, body, url]: the row of ArticleWriter, body included.
        QJsonArray json = QJsonArray::fromVariantList(row);
        json.insert(4, storable(a.document.text));
        rows.append(json);
    }
    if (fresh.isEmpty())
        return 0; // nothing written: the writers' lock is not needed

    // 2. The articles; the server computes their search vectors in the same statement.
    QList<QVariantList> inserted;
    if (!run(QStringLiteral("Cannot add the articles to the library"), articlesSql,
             {m_now, json(rows)}, &inserted))
        return -1;
    QHash<QString, qint64> ids;
    for (const QVariantList &row : std::as_const(inserted))
        ids.insert(row.at(1).toString(), row.at(0).toLongLong());

    // The corrections that reach new articles: the library-wide ones, read once, applied here
    // before the rows are written (so they are written once, corrected), and checked again under
    // the writers' lock below.
    QString readError;
    const QList<Correction> libraryWide =
        CorrectionStore::libraryCorrections(m_connection, &readError);
    if (!readError.isEmpty()) {
        m_error = readError;
        return -1;
    }

    // 3.-5. The analysis cache (the automatic analysis), entities and visits (corrected) of the
    // new articles.
    QJsonArray cache, visits;
    QByteArray entities = "[";
    QList<bool> corrected; // per fresh article: its rows are of a corrected analysis
    for (const PreparedArticle *a : std::as_const(fresh)) {
        const qint64 id = ids.value(a->hash);
        cache.append(QJsonArray{id, AnalysisCache::dateKey(a->document),
                                QString::fromLatin1(a->cache.toBase64())});
        const std::optional<Analysis> correctedAnalysis =
            CorrectedRows::forNewArticle(a->document, a->analysis, libraryWide);
        const Analysis &analysis = correctedAnalysis ? *correctedAnalysis : a->analysis;
        corrected.append(correctedAnalysis.has_value());
        if (!analysis.entities.isEmpty()) {
            if (entities.size() > 1)
                entities += ',';
            entities += '[' + QByteArray::number(id) + ',' +
                        (correctedAnalysis ? PreparedArticle::entityRows(analysis) : a->entities) +
                        ']';
        }
        for (const QJsonValue &visit : ActorIndex::visitRows(id, a->document, analysis))
            visits.append(visit);
    }
    entities += ']';
    if (!run(QStringLiteral("Cannot store the analysis"), cacheSql,
             {AnalysisCache::analysisVersion(), json(cache)}))
        return -1;
    if (entities.size() > 2 && !run(QStringLiteral("Cannot store the entities"), entitiesStatement,
                                    {SqlDialect::storableUtf8(SqlBackend::PostgreSQL, entities)}))
        return -1;
    if (!visits.isEmpty() &&
        !run(QStringLiteral("Cannot store the visits"), visitsSql,
             {SqlDialect::storableUtf8(SqlBackend::PostgreSQL,
                                       QJsonDocument(visits).toJson(QJsonDocument::Compact))}))
        return -1;

    // From here to the commit one writer at a time, so no correction comes between the check
    // and the commit (a correction's transaction holds the writers' lock too).
    QSqlError lockError;
    if (!WriteTransaction::lockWriters(QSqlDatabase::database(m_connection, false), &lockError)) {
        m_error = QStringLiteral("Cannot lock the library for writing: %1.").arg(lockError.text());
        m_sqlState = lockError.nativeErrorCode();
        return -1;
    }
    // A correction stored or undone since the read above (or one of a new article's id): the
    // rows of every new article it may concern are written again, one article at a time, from
    // the corrections stored now (rare: a correction made during the import).
    QJsonArray freshIds;
    for (const PreparedArticle *a : std::as_const(fresh))
        freshIds.append(ids.value(a->hash));
    QList<QVariantList> reaching;
    if (!run(QStringLiteral("Cannot read the corrections"), reachingSql, {json(freshIds)},
             &reaching))
        return -1;
    bool same = reaching.size() == libraryWide.size();
    for (qsizetype i = 0; same && i < reaching.size(); ++i)
        same = reaching[i].at(0).toLongLong() == libraryWide[i].id;
    if (!same) {
        ArticleWriter writer(m_connection); // the entity statement prepared once for the batch
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            const PreparedArticle *a = fresh[i];
            const qint64 id = ids.value(a->hash);
            const QList<Correction> now = CorrectedRows::reaching(
                a->document, CorrectionStore::corrections(m_connection, id, &readError));
            if (!readError.isEmpty()) {
                m_error = readError;
                return -1;
            }
            if ((corrected[i] || !now.isEmpty()) &&
                !CorrectedRows::write(m_connection, id, a->document, a->analysis, now, &m_error,
                                      &writer))
                return -1;
        }
    }
    return int(fresh.size());
}

} // namespace lector
