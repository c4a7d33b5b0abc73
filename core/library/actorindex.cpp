// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/actorindex.h"

#include "library/articlelibrary.h"
#include "library/libraryerror.h"
#include "library/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace lector {

namespace {

// Forms are compared without case by the column's collation; empty and repeated forms are
// dropped so the IN list stays short.
QStringList cleanForms(const QStringList &forms)
{
    QStringList clean;
    for (const QString &f : forms) {
        const QString t = f.trimmed();
        if (!t.isEmpty() && !clean.contains(t, Qt::CaseInsensitive))
            clean.append(t);
    }
    return clean;
}

// "?, ?, ?" for a bound IN list.
QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(u", ");
}

DatePrecision precisionFromName(const QString &name)
{
    for (int p = int(DatePrecision::None); p <= int(DatePrecision::Time); ++p)
        if (precisionName(DatePrecision(p)) == name)
            return DatePrecision(p);
    return DatePrecision::None;
}

QStringList visitorForms(const Entity &visitor)
{
    QStringList forms = visitor.forms;
    if (!forms.contains(visitor.name))
        forms.prepend(visitor.name);
    return cleanForms(forms);
}

} // namespace

ActorIndex::ActorIndex(const ArticleLibrary &library)
    : m_library(library)
{}

QList<ActorArticle> ActorIndex::otherArticles(const QStringList &forms, EntityType type,
                                              qint64 excludeArticle) const
{
    QList<ActorArticle> list;
    const QStringList clean = cleanForms(forms);
    if (clean.isEmpty())
        return list;
    QSqlQuery query(QSqlDatabase::database(m_library.connectionName(), false));
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT a.id, a.title, a.published, sum(e.mentions) FROM entities e "
                       "JOIN articles a ON a.id = e.article_id "
                       "WHERE e.type = ? AND a.id != ? AND e.id IN "
                       "(SELECT entity_id FROM entity_forms WHERE form IN (%1)) "
                       "GROUP BY a.id ORDER BY a.published IS NULL, a.published DESC, a.id")
            .arg(placeholders(clean.size())));
    query.addBindValue(entityTypeName(type));
    query.addBindValue(excludeArticle);
    for (const QString &f : clean)
        query.addBindValue(f);
    if (!query.exec()) {
        m_error = LibraryError::sentence(query.lastError());
        return list;
    }
    while (query.next())
        list.append({query.value(0).toLongLong(), query.value(1).toString(),
                     QDate::fromString(query.value(2).toString(), Qt::ISODate),
                     query.value(3).toInt()});
    return list;
}

QList<ActorVisit> ActorIndex::visits(const QStringList &forms) const
{
    QList<ActorVisit> list;
    const QStringList clean = cleanForms(forms);
    if (clean.isEmpty())
        return list;
    QSqlQuery query(QSqlDatabase::database(m_library.connectionName(), false));
    query.setForwardOnly(true);
    // TIMEX3 values sort as text within a precision ("2023-08" before "2023-08-17").
    query.prepare(QStringLiteral("SELECT v.article_id, a.title, v.visitor, v.place, v.date, "
                                 "v.precision, v.evidence FROM visits v "
                                 "JOIN articles a ON a.id = v.article_id "
                                 "WHERE v.id IN (SELECT visit_id FROM visit_forms WHERE form IN "
                                 "(%1)) ORDER BY v.date = '', v.date, a.published, v.id")
                      .arg(placeholders(clean.size())));
    for (const QString &f : clean)
        query.addBindValue(f);
    if (!query.exec()) {
        m_error = LibraryError::sentence(query.lastError());
        return list;
    }
    while (query.next())
        list.append({query.value(0).toLongLong(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(),
                     query.value(4).toString(), precisionFromName(query.value(5).toString()),
                     query.value(6).toString()});
    return list;
}

bool ActorIndex::writeVisits(const QString &connection, qint64 articleId, const Document &document,
                             const Analysis &analysis, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    QSqlQuery visit(db), form(db);
    visit.prepare(u"DELETE FROM visits WHERE article_id = ?"_qs);
    visit.addBindValue(articleId);
    if (!visit.exec()) {
        *error = LibraryError::sentence(visit.lastError());
        return false;
    }
    const SqlBackend backend = SqlDialect::backend(db);
    visit.prepare(u"INSERT INTO visits (article_id, visitor, place, date, precision, evidence) "
                  "VALUES (?, ?, ?, ?, ?, ?)"_qs +
                  SqlDialect::returningId(connection));
    form.prepare(u"INSERT INTO visit_forms (visit_id, form) VALUES (?, ?)"_qs);
    // The rows of visitRows(), one statement each.
    for (const QJsonValue &value : visitRows(articleId, document, analysis)) {
        const QJsonArray row = value.toArray();
        visit.addBindValue(articleId);
        for (qsizetype column = 1; column <= 5; ++column)
            visit.addBindValue(SqlDialect::storable(backend, row.at(column).toString()));
        if (!visit.exec()) {
            *error = LibraryError::sentence(visit.lastError());
            return false;
        }
        const qint64 visitId = SqlDialect::insertedId(visit);
        for (const QJsonValue &f : row.at(6).toArray()) {
            form.addBindValue(visitId);
            form.addBindValue(f.toString());
            if (!form.exec()) {
                *error = LibraryError::sentence(form.lastError());
                return false;
            }
        }
    }
    return true;
}

QJsonArray ActorIndex::visitRows(qint64 articleId, const Document &document,
                                 const Analysis &analysis)
{
    QJsonArray rows;
    const qsizetype entities = analysis.entities.size();
    for (const Visit &v : analysis.visits) {
        if (v.visitor < 0 || v.visitor >= entities)
            continue;
        const Entity &visitor = analysis.entities.at(v.visitor);
        rows.append(
            QJsonArray{articleId, visitor.name,
                       v.place >= 0 && v.place < entities ? analysis.entities.at(v.place).name
                                                          : QStringLiteral(""),
                       v.date.isNull() ? QStringLiteral("") : v.date, precisionName(v.precision),
                       document.text.mid(v.evidence.begin, v.evidence.length()).trimmed(),
                       QJsonArray::fromStringList(visitorForms(visitor))});
    }
    return rows;
}

} // namespace lector
