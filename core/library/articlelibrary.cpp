// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/articlelibrary.h"

#include "export/jsonexporter.h"
#include "library/analysiscache.h"
#include "library/articlewriter.h"
#include "library/libraryerror.h"
#include "library/librarylocation.h"
#include "library/schemamigrator.h"
#include "library/serverbatchwriter.h"
#include "library/servererror.h"
#include "library/sqldialect.h"
#include "library/writetransaction.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace lector {

namespace {

QAtomicInt connectionCounter;

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

ArticleLibrary::ArticleLibrary()
    : m_connection(QStringLiteral("lector-library-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{}

ArticleLibrary::~ArticleLibrary()
{
    close();
}

QString ArticleLibrary::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           u"/library.sqlite"_qs;
}

bool ArticleLibrary::fail(const QString &message) const
{
    m_error = message;
    return false;
}

bool ArticleLibrary::open(const QString &path, Access access)
{
    close();
    m_error.clear();
    m_needsPassword = false;
    m_passwordRefused = false;
    if (LibraryLocation::isServer(path))
        return openServer(path, access);
    // Who writes to a file library: the login name (corrections record it, schema 6).
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"})
        if (m_user = qEnvironmentVariable(variable); !m_user.isEmpty())
            break;
    if (m_user.isEmpty())
        m_user = QDir::home().dirName();
    const QFileInfo info(path);
    // A file the user cannot write is opened read-only up front (as root, see the migration
    // fallback below): listing and searching still work.
    const bool readOnly = access == Access::ReadOnly || (info.exists() && !info.isWritable());
    if (info.exists() && info.isDir())
        return fail(
            QStringLiteral("The library path %1 is a folder, not a database file.").arg(path));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QStringLiteral("Cannot create the folder for the library %1.").arg(path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? u"QSQLITE_BUSY_TIMEOUT=3000;QSQLITE_OPEN_READONLY"_qs
                                      : u"QSQLITE_BUSY_TIMEOUT=3000"_qs);
        if (!db.open()) {
            const QString error = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            return fail(QStringLiteral("Cannot open the library %1: %2.").arg(path, error));
        }
        QSqlQuery query(db);
        // A corrupt or foreign file fails here, before anything is written to it.
        if (!query.exec(u"PRAGMA schema_version"_qs)) {
            const QString error = query.lastError().text();
            query = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            if (LibraryError::kindOf(error) == LibraryError::Kind::Locked)
                return fail(LibraryError::explained(error + u" ("_qs + path + u')'));
            return fail(
                QStringLiteral("The library %1 is not a usable database: %2.").arg(path, error));
        }
        // A newer schema is refused by the migrator; switching it to WAL first would already
        // change its header.
        const bool newer = query.exec(u"PRAGMA user_version"_qs) && query.next() &&
                           query.value(0).toInt() > SchemaMigrator::latestVersion();
        if (!readOnly && !newer)
            query.exec(u"PRAGMA journal_mode=WAL"_qs);
        query.exec(u"PRAGMA foreign_keys=ON"_qs);
        query.exec(u"PRAGMA synchronous=NORMAL"_qs);
    }
    m_path = path;
    m_readOnly = readOnly;
    if (readOnly)
        return openedReadOnly();
    if (const QString error = SchemaMigrator::migrate(m_connection); !error.isEmpty()) {
        close();
        // SQLITE_READONLY: a read-only mount, or a file only root could have written.
        if (LibraryError::kindOf(error) == LibraryError::Kind::ReadOnly)
            return open(path, Access::ReadOnly);
        return fail(LibraryError::explained(QStringLiteral("%1 (%2)").arg(error, path)));
    }
    return true;
}

// A read-only library cannot be migrated: one of a newer schema is refused as when writable,
// an older one is listed as it is (what the newer tables hold is then simply missing).
bool ArticleLibrary::openedReadOnly()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    const int version =
        query.exec(u"PRAGMA user_version"_qs) && query.next() ? query.value(0).toInt() : 0;
    if (version > SchemaMigrator::latestVersion()) {
        const QString path = m_path;
        close();
        return fail(QStringLiteral("The library %1 was written by a newer Lector (schema %2); "
                                   "Lector leaves it untouched.")
                        .arg(path)
                        .arg(version));
    }
    m_error = QStringLiteral("The library %1 is read-only: Lector lists and searches it but "
                             "adds nothing to it.")
                  .arg(m_path);
    return true;
}

void ArticleLibrary::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_path.clear();
    m_readOnly = false;
    m_server = false;
}

bool ArticleLibrary::isOpen() const
{
    // A team library stays open while its server is away: the next statement connects again.
    return QSqlDatabase::contains(m_connection) &&
           (m_server || QSqlDatabase::database(m_connection, false).isOpen());
}

QString ArticleLibrary::contentHash(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.trimmed().toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString ArticleLibrary::analyserVersion()
{
    return QStringLiteral(LECTOR_VERSION);
}

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

bool ArticleLibrary::writeArticle(ArticleWriter &writer, const PreparedArticle &article, qint64 *id,
                                  bool *added, bool lookForCorrections)
{
    if (!writer.write(article, id, added)) // the article, its entities and its cache entry
        return fail(writer.lastError());
    if (!*added)
        return true;
    // The visits (schema 3) and corrected rows, in the same transaction as the article.
    return AnalysisCache::writeRows(m_connection, *id, article.document, article.analysis,
                                    lookForCorrections, &m_error);
}

// Whether a stored correction can apply to an article added now: a library-wide one, or one of
// an article id not yet taken (new articles get ids above the largest). One query per import
// batch instead of one per article; inside the batch's transaction, so no correction can be
// added between this look-up and the writes.
bool ArticleLibrary::correctionsCanReachNewArticles()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    // On an error, look per article as before.
    return !query.exec(u"SELECT EXISTS (SELECT 1 FROM corrections WHERE article_id IS NULL "
                       "OR article_id > (SELECT coalesce(max(id), 0) FROM articles))"_qs) ||
           !query.next() || query.value(0).toBool();
}

std::optional<qint64> ArticleLibrary::addArticle(const Document &document, const Analysis &analysis,
                                                 bool *added)
{
    m_error.clear(); // a failure below is explained from m_error when set, else from SQLite
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!isOpen()) {
        fail(QStringLiteral("The library is not open."));
        return std::nullopt;
    }
    const PreparedArticle article = PreparedArticle::make(document, analysis);
    QSqlError beginError;
    // On a server, the article's keys before the writers' lock, as an import's writers take them
    // (ServerBatchWriter), so this write and theirs never wait for each other in a cycle.
    if (m_server && WriteTransaction::beginUnlocked(db, &beginError)) {
        QString keyError;
        if (!ServerBatchWriter::lockKeys(m_connection, {article}, &keyError) ||
            !WriteTransaction::lockWriters(db, &beginError)) {
            db.rollback();
            fail(keyError.isEmpty() ? LibraryError::sentence(beginError) : keyError);
            return std::nullopt;
        }
    } else if (m_server || !WriteTransaction::begin(db, &beginError)) {
        // waits for another writer (busy timeout)
        fail(LibraryError::sentence(beginError));
        return std::nullopt;
    }
    qint64 id = 0;
    bool isNew = false;
    ArticleWriter writer(m_connection);
    if (!writeArticle(writer, article, &id, &isNew) ||
        !(writer.finish() || fail(writer.lastError())) || !db.commit()) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("Cannot save to the library: %1.").arg(db.lastError().text());
        db.rollback();
        m_error = LibraryError::explained(m_error); // "Disk full: ...", "... is locked ..."
        return std::nullopt;
    }
    if (added)
        *added = isNew;
    return id;
}

int ArticleLibrary::addArticles(const QList<std::pair<Document, Analysis>> &articles)
{
    QList<PreparedArticle> prepared;
    prepared.reserve(articles.size());
    for (const auto &[document, analysis] : articles)
        prepared.append(PreparedArticle::make(document, analysis));
    return addArticles(prepared);
}

int ArticleLibrary::addArticles(const QList<PreparedArticle> &articles)
{
    if (m_server)
        return addArticlesToServer(articles);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // An import inserts into indexes keyed by names and words, in no order: with SQLite's
    // default 2 MB page cache most inserts missed it and re-read pages from the file.
    if (db.isOpen())
        QSqlQuery(db).exec(u"PRAGMA cache_size = -65536"_qs); // 64 MiB, this connection only
    QSqlError beginError;
    if (!WriteTransaction::begin(db, &beginError)) {
        fail(QStringLiteral("The library is not open or is busy: %1.").arg(beginError.text()));
        return -1;
    }
    int count = 0;
    ArticleWriter writer(m_connection); // its statements are prepared once for the batch
    const bool lookForCorrections = correctionsCanReachNewArticles();
    for (const PreparedArticle &article : articles) {
        qint64 id = 0;
        bool isNew = false;
        if (!writeArticle(writer, article, &id, &isNew, lookForCorrections)) {
            db.rollback();
            return -1;
        }
        count += isNew ? 1 : 0;
    }
    if (!writer.finish()) {
        fail(writer.lastError());
        db.rollback();
        return -1;
    }
    if (!db.commit()) {
        fail(QStringLiteral("Cannot save to the library: %1.").arg(db.lastError().text()));
        db.rollback();
        return -1;
    }
    return count;
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
