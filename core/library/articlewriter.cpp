// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/articlewriter.h"

#include "library/analysiscache.h"
#include "library/articlelibrary.h"
#include "library/serverbatchwriter.h"
#include "library/sqldialect.h"
#include "model/analysiscodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>

namespace lector {

namespace {

// The rows of entity_words (schema 4) for an entity's forms: the parts of each form before and
// after each space ("Maria", "Maria Ana", "Ana Okafor", "Okafor" for "Maria Ana Okafor"),
// leaving out those that are forms already (searchEntity() looks at the forms too).
QStringList formWords(const QStringList &forms)
{
    QStringList words;
    for (const QString &form : forms) {
        for (qsizetype space = form.indexOf(u' '); space >= 0;
             space = form.indexOf(u' ', space + 1)) {
            for (const QString &part : {form.left(space), form.mid(space + 1)})
                if (!part.isEmpty() && !words.contains(part) && !forms.contains(part))
                    words.append(part);
        }
    }
    return words;
}

} // namespace

PreparedArticle PreparedArticle::make(Document document, Analysis analysis)
{
    PreparedArticle a{std::move(document), std::move(analysis), {}, {}, {}, {}};
    a.hash = ArticleLibrary::contentHash(a.document.text);
    a.body = a.document.text.isNull() ? QByteArray("") : a.document.text.toUtf8(); // not NULL
    a.cache = AnalysisCodec::encode(a.analysis);
    a.entities = entityRows(a.analysis);
    return a;
}

QVariantList PreparedArticle::articleRow(SqlBackend backend) const
{
    return {hash, SqlDialect::storable(backend, document.title),
            SqlDialect::storable(backend, document.source),
            document.published.isValid() ? QVariant(document.published.toString(Qt::ISODate))
                                         : QVariant(),
            urlKey(backend)};
}

QString PreparedArticle::urlKey(SqlBackend backend) const
{
    return SqlDialect::storable(backend, document.url);
}

QByteArray PreparedArticle::entityRows(const Analysis &analysis)
{
    QJsonArray entities;
    for (const Entity &e : analysis.entities) {
        QStringList forms = e.forms;
        if (!forms.contains(e.name))
            forms.prepend(e.name);
        entities.append(QJsonArray{e.name, entityTypeName(e.type), int(e.mentions.size()),
                                   QJsonArray::fromStringList(forms),
                                   QJsonArray::fromStringList(formWords(forms))});
    }
    return QJsonDocument(entities).toJson(QJsonDocument::Compact);
}

bool ArticleWriter::writesOn(const ArticleWriter *writer, const QString &connection, QString *error)
{
    if (!writer || writer->m_connection == connection)
        return true;
    *error = QStringLiteral("Internal error: an article writer of the connection \"%1\" was "
                            "given to write on the connection \"%2\"; nothing was written.")
                 .arg(writer->m_connection, connection);
    return false;
}

ArticleWriter::ArticleWriter(const QString &connection)
    : m_connection(connection)
    , m_now(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
{
    const QSqlDatabase db = QSqlDatabase::database(connection, false);
    m_backend = SqlDialect::backend(db);
    if (m_backend == SqlBackend::PostgreSQL) {
        m_prepared = true; // each statement on its first use (preparePostgres())
        return;
    }
    m_find = QSqlQuery(db);
    m_article = QSqlQuery(db);
    m_cache = QSqlQuery(db);
    m_entity = QSqlQuery(db);
    m_form = QSqlQuery(db);
    m_lastEntity = QSqlQuery(db);
    m_words = QSqlQuery(db);
    m_index = QSqlQuery(db);
    m_prepared =
        // The same text, or the same web page (url is NULL-bound for articles that have none).
        m_find.prepare(u"SELECT id FROM articles WHERE hash = ? OR url = ?"_qs) &&
        m_article.prepare(u"INSERT INTO articles (hash, title, source, published, added, body, "
                          "url) VALUES (?, ?, ?, ?, ?, CAST(? AS TEXT), ?)"_qs) &&
        m_cache.prepare(AnalysisCache::upsertSql()) &&
        m_entity.prepare(u"INSERT INTO entities (id, article_id, name, type, mentions) "
                         "SELECT ? + key, ?, json_extract(value, '$[0]'), "
                         "json_extract(value, '$[1]'), json_extract(value, '$[2]') "
                         "FROM json_each(CAST(? AS TEXT))"_qs) &&
        m_form.prepare(u"INSERT INTO entity_forms (entity_id, form) "
                       "SELECT ? + e.key, f.value FROM json_each(CAST(? AS TEXT)) e, "
                       "json_each(e.value, '$[3]') f"_qs) &&
        m_words.prepare(u"INSERT INTO entity_words (entity_id, word) "
                        "SELECT ? + e.key, w.value FROM json_each(CAST(? AS TEXT)) e, "
                        "json_each(e.value, '$[4]') w"_qs) &&
        m_index.prepare(u"INSERT INTO articles_fts (rowid, title, body) "
                        "SELECT id, title, body FROM articles "
                        "WHERE id IN (SELECT value FROM json_each(?))"_qs) &&
        m_lastEntity.prepare(u"SELECT coalesce(max(id), 0) FROM entities"_qs);
    if (!m_prepared) {
        QString why;
        for (const QSqlQuery *q :
             {&m_find, &m_article, &m_cache, &m_entity, &m_form, &m_words, &m_index})
            why += q->lastError().text();
        m_error = QStringLiteral("The library cannot prepare its writes: %1.").arg(why);
    }
}

bool ArticleWriter::fail(const QString &what, const QSqlQuery &query)
{
    m_error = QStringLiteral("%1: %2.").arg(what, query.lastError().text());
    return false;
}

bool ArticleWriter::write(const PreparedArticle &article, qint64 *id, bool *added)
{
    if (!m_prepared || (m_backend == SqlBackend::PostgreSQL && !preparePostgres()))
        return false;
    // The duplicate rule (PreparedArticle::urlKey): the same text, or the same web page.
    const QVariantList row = article.articleRow(m_backend);
    const QString url = row.at(4).toString();
    m_find.bindValue(0, article.hash);
    m_find.bindValue(1, url.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(url));
    if (!m_find.exec())
        return fail(QStringLiteral("Cannot search the library"), m_find);
    if (m_find.next()) {
        *id = m_find.value(0).toLongLong();
        *added = false;
        m_find.finish();
        return true;
    }
    m_find.finish();
    const Document &document = article.document;
    for (int column = 0; column < 4; ++column)
        m_article.bindValue(column, row.at(column));
    m_article.bindValue(4, m_now);
    m_article.bindValue(5, SqlDialect::storableUtf8(m_backend, article.body));
    m_article.bindValue(6, url);
    if (!m_article.exec())
        return fail(QStringLiteral("Cannot add the article to the library"), m_article);
    *id = SqlDialect::insertedId(m_article);
    *added = true;
    m_unindexed.append(*id);

    m_cache.bindValue(0, *id);
    m_cache.bindValue(1, AnalysisCache::analysisVersion());
    m_cache.bindValue(2, AnalysisCache::dateKey(document));
    m_cache.bindValue(3, article.cache);
    if (!m_cache.exec())
        return fail(QStringLiteral("Cannot store the analysis"), m_cache);
    return article.analysis.entities.isEmpty() || writeEntities(*id, article.entities);
}

// One statement for the whole batch, the last of the transaction: FTS5 keeps the terms of all
// its articles in memory and writes them as one segment at the commit (see migration 004).
bool ArticleWriter::finish()
{
    if (m_backend == SqlBackend::PostgreSQL) // the server keeps the tsvector column itself
        m_unindexed.clear();
    if (m_unindexed.isEmpty())
        return true;
    QJsonArray ids;
    for (const qint64 id : std::as_const(m_unindexed))
        ids.append(id);
    m_index.bindValue(0, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    if (!m_index.exec())
        return fail(QStringLiteral("Cannot index the articles for search"), m_index);
    m_unindexed.clear();
    return true;
}

bool ArticleWriter::writeEntities(qint64 articleId, const QByteArray &entityRows)
{
    if (!m_prepared)
        return false;
    if (m_backend == SqlBackend::PostgreSQL) { // ids from the sequence, as an import takes them
        if (!m_entityPrepared) {               // once for all the articles of this writer
            m_entity = QSqlQuery(QSqlDatabase::database(m_connection, false));
            m_entity.setForwardOnly(true);
            if (!m_entity.prepare(ServerBatchWriter::entitiesSql()))
                return fail(QStringLiteral("Cannot store the entities"), m_entity);
            m_entityPrepared = true;
        }
        m_entity.bindValue(0, ServerBatchWriter::entityBatch(articleId, entityRows));
        if (!m_entity.exec())
            return fail(QStringLiteral("Cannot store the entities"), m_entity);
        m_entity.finish();
        return true;
    }
    // Read for each article (a max() of the primary key is one b-tree step), so rows that other
    // code writes in the same transaction (CorrectedRows) can never take these ids.
    if (!m_lastEntity.exec() || !m_lastEntity.next())
        return fail(QStringLiteral("Cannot store the entities"), m_lastEntity);
    const qint64 first = m_lastEntity.value(0).toLongLong() + 1;
    m_lastEntity.finish();
    for (QSqlQuery *query : {&m_entity, &m_form, &m_words}) {
        query->bindValue(0, first);
        query->bindValue(query == &m_entity ? 2 : 1,
                         SqlDialect::storableUtf8(m_backend, entityRows));
        if (query == &m_entity)
            query->bindValue(1, articleId);
        if (!query->exec())
            return fail(QStringLiteral("Cannot store the entities"), *query);
    }
    return true;
}

// The same statements for PostgreSQL, prepared on the first write (a writer that only rewrites
// entity rows, CorrectedRows, never needs them): ids come back through RETURNING, there is no
// separate full-text table to fill, and the entity rows are ServerBatchWriter's statement (ids
// from the sequence), prepared on the first writeEntities().
bool ArticleWriter::preparePostgres()
{
    if (m_articlesPrepared)
        return true;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    for (QSqlQuery *q : {&m_find, &m_article, &m_cache})
        *q = QSqlQuery(db);
    m_articlesPrepared =
        m_find.prepare(u"SELECT id FROM articles WHERE hash = ? OR url = ?"_qs) &&
        m_article.prepare(u"INSERT INTO articles (hash, title, source, published, added, body, "
                          "url) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_qs) &&
        m_cache.prepare(AnalysisCache::upsertSql());
    if (!m_articlesPrepared) {
        QString why;
        for (const QSqlQuery *q : {&m_find, &m_article, &m_cache})
            why += q->lastError().text();
        m_error = QStringLiteral("The library cannot prepare its writes: %1.").arg(why);
    }
    return m_articlesPrepared;
}

} // namespace lector
