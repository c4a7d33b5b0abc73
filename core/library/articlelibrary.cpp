// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/articlelibrary.h"

#include "export/jsonexporter.h"
#include "library/schemamigrator.h"

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

// Qt binds a null QString as SQL NULL; the schema wants empty text instead.
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

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

bool ArticleLibrary::open(const QString &path)
{
    close();
    m_error.clear();
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return fail(
            QStringLiteral("The library path %1 is a folder, not a database file.").arg(path));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QStringLiteral("Cannot create the folder for the library %1.").arg(path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=3000"_qs);
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
            return fail(
                QStringLiteral("The library %1 is not a usable database: %2.").arg(path, error));
        }
        query.exec(u"PRAGMA journal_mode=WAL"_qs);
        query.exec(u"PRAGMA foreign_keys=ON"_qs);
        query.exec(u"PRAGMA synchronous=NORMAL"_qs);
    }
    m_path = path;
    if (const QString error = SchemaMigrator::migrate(m_connection); !error.isEmpty()) {
        close();
        return fail(QStringLiteral("%1 (%2)").arg(error, path));
    }
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
}

bool ArticleLibrary::isOpen() const
{
    return QSqlDatabase::contains(m_connection) &&
           QSqlDatabase::database(m_connection, false).isOpen();
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

bool ArticleLibrary::writeArticle(const Document &document, const Analysis &analysis, qint64 *id,
                                  bool *added)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    const QString hash = contentHash(document.text);
    query.prepare(u"SELECT id FROM articles WHERE hash = ?"_qs);
    query.addBindValue(hash);
    if (!query.exec())
        return fail(QStringLiteral("Cannot search the library: %1.").arg(query.lastError().text()));
    if (query.next()) {
        *id = query.value(0).toLongLong();
        *added = false;
        return true;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    query.prepare(u"INSERT INTO articles (hash, title, source, published, added, body) "
                  "VALUES (?, ?, ?, ?, ?, ?)"_qs);
    query.addBindValue(hash);
    query.addBindValue(nonNull(document.title));
    query.addBindValue(nonNull(document.source));
    query.addBindValue(document.published.isValid()
                           ? QVariant(document.published.toString(Qt::ISODate))
                           : QVariant());
    query.addBindValue(now);
    query.addBindValue(nonNull(document.text));
    if (!query.exec())
        return fail(QStringLiteral("Cannot add the article to the library: %1.")
                        .arg(query.lastError().text()));
    *id = query.lastInsertId().toLongLong();
    *added = true;

    query.prepare(
        u"INSERT INTO analyses (article_id, analyser_version, analysed, json) VALUES (?, ?, ?, ?)"_qs);
    query.addBindValue(*id);
    query.addBindValue(analyserVersion());
    query.addBindValue(now);
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(JsonExporter::analysis(document, analysis)).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return fail(QStringLiteral("Cannot store the analysis: %1.").arg(query.lastError().text()));

    QSqlQuery entity(db);
    entity.prepare(
        u"INSERT INTO entities (article_id, name, type, mentions) VALUES (?, ?, ?, ?)"_qs);
    QSqlQuery form(db);
    form.prepare(u"INSERT INTO entity_forms (entity_id, form) VALUES (?, ?)"_qs);
    for (const Entity &e : analysis.entities) {
        entity.addBindValue(*id);
        entity.addBindValue(e.name);
        entity.addBindValue(entityTypeName(e.type));
        entity.addBindValue(int(e.mentions.size()));
        if (!entity.exec())
            return fail(
                QStringLiteral("Cannot store the entities: %1.").arg(entity.lastError().text()));
        const qint64 entityId = entity.lastInsertId().toLongLong();
        QStringList forms = e.forms;
        if (!forms.contains(e.name))
            forms.prepend(e.name);
        for (const QString &f : forms) {
            form.addBindValue(entityId);
            form.addBindValue(f);
            if (!form.exec())
                return fail(
                    QStringLiteral("Cannot store the entities: %1.").arg(form.lastError().text()));
        }
    }
    return true;
}

std::optional<qint64> ArticleLibrary::addArticle(const Document &document, const Analysis &analysis,
                                                 bool *added)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen()) {
        fail(QStringLiteral("The library is not open."));
        return std::nullopt;
    }
    if (!db.transaction()) {
        fail(QStringLiteral("The library is busy or read-only: %1.").arg(db.lastError().text()));
        return std::nullopt;
    }
    qint64 id = 0;
    bool isNew = false;
    if (!writeArticle(document, analysis, &id, &isNew) || !db.commit()) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("Cannot save to the library: %1.").arg(db.lastError().text());
        db.rollback();
        return std::nullopt;
    }
    if (added)
        *added = isNew;
    return id;
}

int ArticleLibrary::addArticles(const QList<std::pair<Document, Analysis>> &articles)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen() || !db.transaction()) {
        fail(QStringLiteral("The library is not open or is busy: %1.").arg(db.lastError().text()));
        return -1;
    }
    int count = 0;
    for (const auto &[document, analysis] : articles) {
        qint64 id = 0;
        bool isNew = false;
        if (!writeArticle(document, analysis, &id, &isNew)) {
            db.rollback();
            return -1;
        }
        count += isNew ? 1 : 0;
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
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        m_error =
            QStringLiteral("The library cannot run a query: %1.").arg(query.lastError().text());
        return list;
    }
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec()) {
        m_error = query.lastError().text();
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
    query.prepare(u"SELECT title, source, published, body FROM articles WHERE id = ?"_qs);
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
    static const QString sql = u"SELECT a.id, a.title, a.source, a.published, "
                               "snippet(articles_fts, 1, '[', ']', '…', 12) "
                               "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
                               "WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 1.0) "
                               "LIMIT ?"_qs;
    if (query.trimmed().isEmpty())
        return {};
    m_error.clear();
    QList<LibraryArticle> hits = runListQuery(sql, {query, limit});
    if (!m_error.isEmpty()) { // not valid FTS5 syntax: search the words as typed
        m_error.clear();
        hits = runListQuery(sql, {plainWordsQuery(query), limit});
    }
    return hits;
}

QList<LibraryArticle> ArticleLibrary::searchEntity(const QString &name, int limit) const
{
    // A form matches the whole name or its last or first word ("Okafor" finds
    // "Maria Okafor"); entities are then found through any of their forms.
    return runListQuery(
        u"SELECT a.id, a.title, a.source, a.published, group_concat(DISTINCT e.name) "
        "FROM articles a JOIN entities e ON e.article_id = a.id "
        "WHERE e.id IN (SELECT entity_id FROM entity_forms WHERE form = ? "
        "   OR form LIKE '% ' || ? OR form LIKE ? || ' %') "
        "GROUP BY a.id ORDER BY sum(e.mentions) DESC, a.id LIMIT ?"_qs,
        {name.trimmed(), name.trimmed(), name.trimmed(), limit});
}

QList<LibraryEntity> ArticleLibrary::entities(int limit) const
{
    QList<LibraryEntity> list;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT name, type, count(DISTINCT article_id), sum(mentions) FROM entities "
                  "GROUP BY name COLLATE NOCASE, type ORDER BY 3 DESC, 4 DESC, name LIMIT ?"_qs);
    query.addBindValue(limit);
    if (!query.exec())
        return list;
    while (query.next())
        list.append({query.value(0).toString(), entityTypeFromString(query.value(1).toString()),
                     query.value(2).toInt(), query.value(3).toInt()});
    return list;
}

} // namespace lector
