// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleLibrary on a PostgreSQL server (a team library): opening, reconnecting and full-text
// search. Everything else is shared with the SQLite library (articlelibrary.cpp).
#include "library/articlelibrary.h"

#include "library/librarylocation.h"
#include "library/schemamigrator.h"
#include "library/searchsnippet.h"
#include "library/serverbatchwriter.h"
#include "library/servererror.h"
#include "library/sqldialect.h"
#include "library/tsquerytranslator.h"
#include "library/writetransaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace lector {

bool ArticleLibrary::openServer(const QString &location, Access access)
{
    QString error;
    const std::optional<LibraryLocation> where = LibraryLocation::parse(location, &error);
    if (!where)
        return fail(error);
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_qs))
        return fail(QStringLiteral("This Lector cannot open a team library: Qt's PostgreSQL "
                                   "driver is not installed (Debian: libqt6sql6-psql)."));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_qs, m_connection);
        db.setHostName(where->host);
        db.setPort(where->port);
        db.setUserName(where->user);
        db.setDatabaseName(where->database);
        if (!m_password.isEmpty())
            db.setPassword(m_password);
        QString options = u"connect_timeout=5;application_name=Lector"_qs;
        if (!where->sslMode.isEmpty())
            options += u";sslmode="_qs + where->sslMode;
        db.setConnectOptions(options);
        if (!db.open()) {
            const ServerError::Kind kind = ServerError::kindOf(db.lastError().driverText() + u' ' +
                                                               db.lastError().databaseText());
            m_needsPassword =
                kind == ServerError::Kind::WrongPassword || kind == ServerError::Kind::NoPassword;
            m_passwordRefused = kind == ServerError::Kind::WrongPassword;
            error = ServerError::connectFailed(*where, db.lastError());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            return fail(error);
        }
    }
    m_path = where->display();
    m_server = true;
    readServerProcessId();
    m_user = where->user;
    return finishServerOpen(access);
}

bool ArticleLibrary::openAlongside(const ArticleLibrary &library)
{
    close();
    if (!library.m_server)
        return fail(QStringLiteral("Only a team library takes a second writer."));
    {
        // Cloned on this thread, which the connection then belongs to.
        QSqlDatabase db = QSqlDatabase::cloneDatabase(library.m_connection, m_connection);
        if (!db.open()) {
            const QString why = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            return fail(QStringLiteral("Cannot open a second connection to %1: %2.")
                            .arg(library.m_path, why));
        }
    }
    m_path = library.m_path;
    m_server = true;
    m_user = library.m_user;
    m_password = library.m_password;
    m_serverSchema = library.m_serverSchema;
    m_readOnly = library.m_readOnly;
    readServerProcessId();
    return true;
}

// An import batch on a team library (ServerBatchWriter): its own transaction, without the
// writers' lock until its articles are in, so several connections can write batches at once.
// A deadlock or serialization failure the server broke rolls the batch back and writes it again,
// at most four times.
int ArticleLibrary::addArticlesToServer(const QList<PreparedArticle> &articles)
{
    constexpr int Attempts = 4;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    for (int attempt = 1;; ++attempt) {
        QSqlError beginError;
        if (!WriteTransaction::beginUnlocked(db, &beginError)) {
            fail(QStringLiteral("The library is not open or is busy: %1.").arg(beginError.text()));
            return -1;
        }
        // Durability of this batch's commit is not waited for: a killed import still leaves
        // whole batches (each is one transaction); only a crash of the server itself could lose
        // the last commits, which a second import adds again. Large values (the body, its search
        // vector, the analysis blob) are compressed with lz4 where the server has it: pglz was
        // the largest single cost of an import on the server.
        QSqlQuery(db).exec(u"SELECT set_config('synchronous_commit', 'off', true), "
                           "(SELECT set_config('default_toast_compression', 'lz4', true) "
                           "FROM pg_settings WHERE name = 'default_toast_compression' "
                           "AND 'lz4' = ANY(enumvals))"_qs);
        ServerBatchWriter writer(m_connection); // one statement per table for the whole batch
        const int count = writer.write(articles);
        if (count >= 0 && db.commit()) {
            m_error.clear(); // an earlier attempt's failure is not this library's state
            return count;
        }
        const bool retry =
            count < 0 ? writer.retryable() : WriteTransaction::isRetryable(db.lastError());
        fail(count < 0
                 ? writer.lastError()
                 : QStringLiteral("Cannot save to the library: %1.").arg(db.lastError().text()));
        db.rollback();
        if (!retry || attempt == Attempts)
            return -1;
        ++m_retries;
    }
}

// After the connection: the schema version, whether this account may write, and the
// migration (or a read-only opening).
bool ArticleLibrary::finishServerOpen(Access access)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    const QString where = m_path;
    const auto refuse = [this](const QString &message) {
        close();
        return fail(message);
    };
    QString error;
    const int version = SchemaMigrator::currentVersion(m_connection, &error);
    if (version < 0)
        return refuse(error);
    const int latest = SchemaMigrator::latestVersion();
    m_serverSchema = version;
    if (version > latest)
        return refuse(QStringLiteral("The team library %1 was written by a newer Lector (schema "
                                     "%2; this one knows up to %3): update Lector to use it; "
                                     "Lector leaves it untouched.")
                          .arg(where)
                          .arg(version)
                          .arg(latest));
    // An account that may not add articles reads the library as it is (a read-only role).
    bool mayWrite = true;
    if (version > 0) {
        mayWrite = query.exec(u"SELECT has_table_privilege('articles', 'INSERT')"_qs) &&
                   query.next() && query.value(0).toBool();
        query.finish();
    }
    if (access == Access::ReadOnly || !mayWrite) {
        if (version == 0)
            return refuse(QStringLiteral("The team library %1 is empty and this account may "
                                         "only read it: its owner must open it once to set it "
                                         "up.")
                              .arg(where));
        m_readOnly = true;
        // The server refuses any write of this session, whatever a bug might try.
        query.exec(u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_qs);
        m_error = mayWrite ? QString()
                           : QStringLiteral("Your account may read and search the team library "
                                            "%1 but not change it: new articles and corrections "
                                            "are not saved there.")
                                 .arg(where);
        if (version < latest && m_error.isEmpty())
            m_error = QStringLiteral("The team library %1 has an older schema (%2); Lector "
                                     "reads it as it is.")
                          .arg(where)
                          .arg(version);
        return true;
    }
    if (const QString failed = SchemaMigrator::migrate(m_connection); !failed.isEmpty())
        return refuse(QStringLiteral("%1 (%2)").arg(failed, where));
    m_serverSchema = latest;
    return true;
}

bool ArticleLibrary::reconnect() const
{
    if (!QSqlDatabase::contains(m_connection))
        return fail(QStringLiteral("The library is not open."));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!m_server)
        return db.isOpen();
    db.close();
    if (!db.open())
        return fail(ServerError::sentence(m_path, db.lastError()));
    if (m_readOnly)
        QSqlQuery(db).exec(u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_qs);
    readServerProcessId();
    return true;
}

void ArticleLibrary::readServerProcessId() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    m_serverPid =
        query.exec(u"SELECT pg_backend_pid()"_qs) && query.next() ? query.value(0).toLongLong() : 0;
}

namespace {

// Whether more than `pool` articles hold every word of the loosened query: only then can the
// phrase check of the newest `pool` have missed a match. The index answers it, no vector read.
bool poolOverflows(const QSqlDatabase &db, const QString &loose, int pool)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT count(*) FROM (SELECT 1 FROM articles a "
                       "WHERE a.fts @@ CAST(? AS TSQUERY) LIMIT ?) s"_qs))
        return true;
    query.addBindValue(loose);
    query.addBindValue(pool + 1);
    if (!query.exec() || !query.next())
        return true; // unknown: check them all
    return query.value(0).toInt() > pool;
}

// The query as the server normalises it (lower case, accents removed: the lexemes of `fts`), as
// tsquery text; empty on error.
QString normalised(const QSqlDatabase &db, const QString &tsquery)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT CAST(to_tsquery('lector', ?) AS TEXT)"_qs))
        return {};
    query.addBindValue(tsquery);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

} // namespace

QList<LibraryArticle> ArticleLibrary::searchServer(const QString &query, int limit) const
{
    // The same query syntax as FTS5 (TsQueryTranslator), ranked by ts_rank over the title and
    // lead (fts_lead, kept in the row; a title match weighs more: weight A), newest first among
    // equals. A phrase (or NEAR) must be checked on each article's whole vector, read from TOAST
    // storage (about 50 µs each, half a second for a phrase of common words): the GIN index finds
    // the articles holding all its words and, since schema 7, all its pairs of adjacent words
    // (the loosened query, TsQueryTranslator::pairLoosened; no vector read), the newest
    // `phrasePool` of them are kept, and the phrase is checked on those, newest first, until
    // enough hold it (4 × limit, at least 200), which are then ranked. When that gives fewer than
    // `limit` results and more articles than the pool hold the words, the phrase is checked on
    // every one of them, so a match older than the pool is never lost (slow only for a rare
    // phrase of common words). Snippets are made here
    // (SearchSnippet) from the bodies of the `limit` results only: ts_headline parsed each body
    // again on the server (25 ms for a page of 50).
    constexpr int phrasePool = 2000;
    constexpr qint64 everyArticle = std::numeric_limits<qint32>::max();
    static const QString plainSql =
        u"WITH q AS (SELECT to_tsquery('lector', ?) AS q), "
        "top AS (SELECT a.id, ts_rank(a.fts_lead, q.q) AS score FROM articles a, q "
        "  WHERE a.fts @@ q.q ORDER BY 2 DESC, 1 DESC LIMIT ?) "
        "SELECT a.id, a.title, a.source, a.published, left(a.body, 100000) "
        "FROM top JOIN articles a ON a.id = top.id ORDER BY top.score DESC, top.id DESC"_qs;
    // The phrase check stops at the LIMIT of `hits`: a nested loop over `cand` in its order
    // (OFFSET 0 keeps the planner from making it a join that checks every article).
    static const QString phraseSql = QStringLiteral(
        "WITH q AS (SELECT to_tsquery('lector', ?) AS q, CAST(? AS TSQUERY) AS loose), "
        "cand AS MATERIALIZED (SELECT a.id FROM articles a, q WHERE a.fts @@ q.loose "
        "  ORDER BY a.id DESC LIMIT ?), "
        "hits AS MATERIALIZED (SELECT x.id, x.fts_lead FROM cand, q, LATERAL (SELECT a.id, "
        "  a.fts_lead FROM articles a WHERE a.id = cand.id AND a.fts @@ q.q OFFSET 0) x LIMIT "
        "?), "
        "top AS (SELECT h.id, ts_rank(h.fts_lead, q.q) AS score FROM hits h, q "
        "  ORDER BY 2 DESC, 1 DESC LIMIT ?) "
        "SELECT a.id, a.title, a.source, a.published, left(a.body, 100000) "
        "FROM top JOIN articles a ON a.id = top.id ORDER BY top.score DESC, top.id DESC");
    const QString tsquery =
        SqlDialect::storable(SqlBackend::PostgreSQL, TsQueryTranslator::translate(query));
    if (tsquery.isEmpty())
        return {};
    m_error.clear();
    // The planner takes a sequential scan for a common word, which reads every article's
    // vector from TOAST storage; the GIN index never does. Only for this statement.
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const bool local = db.transaction();
    if (local)
        QSqlQuery(db).exec(u"SET LOCAL enable_seqscan = off"_qs);
    // A phrase's loosened query, with its pairs since schema 7 (an older library is read as it
    // is by a reader); empty for a query without phrase (or with a NOT).
    QString loose;
    if (TsQueryTranslator::loosened(tsquery) != tsquery) {
        const QString server = normalised(db, tsquery);
        loose = TsQueryTranslator::pairLoosened(server, m_serverSchema >= 7);
        if (loose == server)
            loose.clear();
    }
    QList<LibraryArticle> hits;
    if (loose.isEmpty()) {
        hits = runListQuery(plainSql, {tsquery, limit});
    } else {
        const int wanted = qMax(200, 4 * limit);
        hits = runListQuery(phraseSql, {tsquery, loose, phrasePool, wanted, limit});
        if (hits.size() < limit && m_error.isEmpty() && poolOverflows(db, loose, phrasePool))
            hits = runListQuery(phraseSql, {tsquery, loose, everyArticle, wanted, limit});
    }
    if (local && !db.commit())
        db.rollback();
    const SearchSnippet snippet(tsquery);
    for (LibraryArticle &hit : hits)
        hit.snippet = snippet.make(hit.snippet); // the body, until here
    if (!m_error.isEmpty() && !isOpen())
        m_error = QStringLiteral("The team library %1 cannot be searched: %2").arg(m_path, m_error);
    return hits;
}

} // namespace lector
