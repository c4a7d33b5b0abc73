// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleLibrary on a PostgreSQL server (a team library): opening, reconnecting and full-text
// search. Everything else is shared with the SQLite library (articlelibrary.cpp).
#include "library/articlelibrary.h"

#include "library/librarylocation.h"
#include "library/schemamigrator.h"
#include "library/servererror.h"
#include "library/sqldialect.h"
#include "library/tsquerytranslator.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

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
            error = ServerError::connectFailed(*where, db.lastError());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            return fail(error);
        }
    }
    m_path = where->display();
    m_server = true;
    m_user = where->user;
    return finishServerOpen(access);
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
    return true;
}

bool ArticleLibrary::reconnect()
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
    return true;
}

QList<LibraryArticle> ArticleLibrary::searchServer(const QString &query, int limit) const
{
    // The same query syntax as FTS5 (TsQueryTranslator), ranked by ts_rank over the title and
    // lead (fts_lead; a title match weighs more: weight A), newest first among equals, snippets by
    // ts_headline for the `limit` best only (it re-reads the body, so only its first 100,000
    // characters: a megabyte of hits took seconds).
    static const QString sql =
        u"WITH q AS (SELECT to_tsquery('lector', ?) AS q), "
        "top AS (SELECT a.id, ts_rank(a.fts_lead, q.q) AS score "
        "  FROM articles a, q WHERE a.fts @@ q.q ORDER BY 2 DESC, 1 DESC LIMIT ?) "
        "SELECT a.id, a.title, a.source, a.published, "
        "  ts_headline('lector', left(a.body, 100000), q.q, "
        "  'StartSel=[, StopSel=], MaxWords=14, MinWords=5, ShortWord=0, "
        "MaxFragments=1, FragmentDelimiter=…') "
        "FROM top JOIN articles a ON a.id = top.id, q "
        "ORDER BY top.score DESC, top.id DESC"_qs;
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
    QList<LibraryArticle> hits = runListQuery(sql, {tsquery, limit});
    if (local && !db.commit())
        db.rollback();
    if (!m_error.isEmpty() && !isOpen())
        m_error = QStringLiteral("The team library %1 cannot be searched: %2").arg(m_path, m_error);
    return hits;
}

} // namespace lector
