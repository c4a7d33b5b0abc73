// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleLibrary's reading side: the article list, one article, the look-ups by text and web
// address, full-text and entity search, and the library's entities (the opening and the writes
// are in articlelibrary.cpp, what only a team library does in articlelibraryserver.cpp).
#include "library/articlelibrary.h"

#include "library/servererror.h"
#include "library/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace lector {

namespace {

EntityType entityTypeFromString(const QString &s)
{
    for (EntityType t : {EntityType::Person, EntityType::Place, EntityType::Organization})
        if (entityTypeName(t) == s)
            return t;
    return EntityType::Other;
}

// Makes a user's words safe for FTS5 MATCH when they are not valid FTS5 syntax: the words
// are kept, punctuation and operators dropped, each word quoted ('Lisbon" AND (' -> "Lisbon").
QString plainWordsQuery(const QString &query)
{
    static const QStringList operators = {u"AND"_qs, u"OR"_qs, u"NOT"_qs, u"NEAR"_qs};
    QStringList words;
    QString word;
    for (qsizetype i = 0; i <= query.size(); ++i) {
        if (i < query.size() && query[i].isLetterOrNumber()) {
            word += query[i];
            continue;
        }
        if (!word.isEmpty() && !operators.contains(word))
            words.append(u'"' + word + u'"');
        word.clear();
    }
    return words.join(u' ');
}

} // namespace

bool ArticleLibrary::containsText(const QString &text) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT 1 FROM articles WHERE hash = ?"_qs);
    query.addBindValue(contentHash(text));
    return query.exec() && query.next();
}

std::optional<qint64> ArticleLibrary::articleIdForText(const QString &text) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT id FROM articles WHERE hash = ?"_qs);
    query.addBindValue(contentHash(text));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<qint64> ArticleLibrary::articleIdForUrl(const QString &url) const
{
    if (url.isEmpty())
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT id FROM articles WHERE url = ? ORDER BY id LIMIT 1"_qs);
    query.addBindValue(url);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

QList<LibraryArticle> ArticleLibrary::runListQuery(const QString &sql,
                                                   const QVariantList &values) const
{
    QList<LibraryArticle> list;
    if (m_server && !QSqlDatabase::database(m_connection, false).isOpen())
        QSqlDatabase::database(m_connection, false).open(); // the server was away last time
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    const auto run = [&]() {
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return false;
        for (const QVariant &v : values)
            query.addBindValue(v);
        return query.exec();
    };
    bool ran = run();
    // A team library whose server restarted: one new connection, then the query once more.
    if (!ran && m_server && ServerError::isConnectionLost(query.lastError())) {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
        if (db.open()) {
            if (m_readOnly)
                QSqlQuery(db).exec(u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_qs);
            query = QSqlQuery(db);
            ran = run();
        }
    }
    if (!ran) {
        m_error =
            m_server ? ServerError::sentence(m_path, query.lastError()) : query.lastError().text();
        return list;
    }
    while (query.next()) {
        LibraryArticle a;
        a.id = query.value(0).toLongLong();
        a.title = query.value(1).toString();
        a.source = query.value(2).toString();
        a.published = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        a.snippet = query.value(4).toString();
        list.append(a);
    }
    return list;
}

QList<LibraryArticle> ArticleLibrary::articles() const
{
    return runListQuery(u"SELECT id, title, source, published, '' FROM articles ORDER BY id"_qs,
                        {});
}

int ArticleLibrary::articleCount() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    return query.exec(u"SELECT count(*) FROM articles"_qs) && query.next() ? query.value(0).toInt()
                                                                           : 0;
}

std::optional<Document> ArticleLibrary::document(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT title, source, published, body, url FROM articles WHERE id = ?"_qs);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Document doc;
    doc.title = query.value(0).toString();
    doc.source = query.value(1).toString();
    doc.published = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    if (doc.published.isValid())
        doc.publishedOrigin = DateOrigin::Markup;
    doc.text = query.value(3).toString();
    doc.url = query.value(4).toString();
    return doc;
}

bool ArticleLibrary::removeArticle(qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"DELETE FROM articles WHERE id = ?"_qs);
    query.addBindValue(id);
    if (!query.exec())
        return fail(QStringLiteral("Cannot remove the article: %1.").arg(query.lastError().text()));
    return query.numRowsAffected() > 0;
}

QList<LibraryArticle> ArticleLibrary::search(const QString &query, int limit) const
{
    // Ranks every match but builds snippets only for the `limit` best: a snippet re-reads and
    // re-tokenises the article body, which for a common word on 10,000 articles cost ten times
    // the ranking. The snippets come from a second pass over the matches (cheap without
    // ranking); its `+rowid` keeps FTS5 from re-running the query once per kept row, which
    // for a prefix ("b*") means expanding the prefix again each time.
    static const QString sql =
        u"WITH top(id, score) AS (SELECT rowid, bm25(articles_fts, 5.0, 1.0) FROM articles_fts "
        "  WHERE articles_fts MATCH ? ORDER BY 2, 1 LIMIT ?), "
        "snippets(id, snippet) AS MATERIALIZED (SELECT rowid, "
        "  snippet(articles_fts, 1, '[', ']', '…', 12) FROM articles_fts "
        "  WHERE articles_fts MATCH ? AND +rowid IN (SELECT id FROM top)) "
        "SELECT a.id, a.title, a.source, a.published, s.snippet "
        "FROM top JOIN articles a ON a.id = top.id JOIN snippets s ON s.id = top.id "
        "ORDER BY top.score, top.id"_qs;
    if (query.trimmed().isEmpty())
        return {};
    if (m_server)
        return searchServer(query, limit);
    m_error.clear();
    QList<LibraryArticle> hits = runListQuery(sql, {query, limit, query});
    if (!m_error.isEmpty()) { // not valid FTS5 syntax: search the words as typed
        m_error.clear();
        const QString words = plainWordsQuery(query);
        hits = runListQuery(sql, {words, limit, words});
    }
    return hits;
}

QList<LibraryArticle> ArticleLibrary::searchEntity(const QString &name, int limit) const
{
    // A form matches the whole name or the words at its start or end ("Okafor" finds
    // "Maria Okafor"; entity_words holds those parts); entities are then found through any
    // of their forms. Both lookups use an index (entity_forms_form, entity_words_word); the
    // entities are ranked per article before the `limit` best articles are read.
    const QString trimmed = name.trimmed();
    return runListQuery(
        QStringLiteral(
            "WITH hits(article_id, names, mentions) AS (SELECT e.article_id, "
            "  %1, sum(e.mentions) FROM entities e "
            "  WHERE e.id IN (SELECT entity_id FROM entity_forms WHERE form = ? "
            "    UNION SELECT entity_id FROM entity_words WHERE word = ?) "
            "  GROUP BY e.article_id ORDER BY 3 DESC, 1 LIMIT ?) "
            "SELECT a.id, a.title, a.source, a.published, h.names "
            "FROM hits h JOIN articles a ON a.id = h.article_id ORDER BY h.mentions DESC, a.id")
            .arg(m_server ? u"string_agg(DISTINCT e.name, ',')"_qs
                          : u"group_concat(DISTINCT e.name)"_qs),
        {SqlDialect::storable(m_server ? SqlBackend::PostgreSQL : SqlBackend::SQLite, trimmed),
         SqlDialect::storable(m_server ? SqlBackend::PostgreSQL : SqlBackend::SQLite, trimmed),
         limit});
}

QList<LibraryEntity> ArticleLibrary::entities(int limit) const
{
    QList<LibraryEntity> list;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    // PostgreSQL wants the name of a group as an aggregate (SQLite takes one of the group's).
    query.prepare(QStringLiteral("SELECT %1, type, count(DISTINCT article_id), sum(mentions) "
                                 "FROM entities GROUP BY name COLLATE NOCASE, type "
                                 "ORDER BY 3 DESC, 4 DESC, 1 LIMIT ?")
                      .arg(m_server ? u"min(name)"_qs : u"name"_qs));
    query.addBindValue(limit);
    if (!query.exec())
        return list;
    while (query.next())
        list.append({query.value(0).toString(), entityTypeFromString(query.value(1).toString()),
                     query.value(2).toInt(), query.value(3).toInt()});
    return list;
}

} // namespace lector
