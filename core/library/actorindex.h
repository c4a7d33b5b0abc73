// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis.h"
#include "model/document.h"

#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace lector {

class ArticleLibrary;

/// An article of the library in which an actor appears.
struct ActorArticle
{
    qint64 id = 0;
    QString title;
    QDate published;
    int mentions = 0;
};

/// One visit of an actor, from any article of the library.
struct ActorVisit
{
    qint64 articleId = 0;
    QString articleTitle;
    QString visitor; ///< the visitor's canonical name in that article
    QString place;
    QString date; ///< TIMEX3 value, empty when undated
    DatePrecision precision = DatePrecision::None;
    QString evidence; ///< the sentence that tells of the visit
};

/// An actor across the library: the other articles that mention them under any of their forms
/// (entities and entity_forms, schema 1) and their visits in every article (visits and
/// visit_forms, schema 3, written with each article's analysis). An actor is matched by any of
/// its forms and by its type, so the person "Jordan" does not find the country. Uses the
/// library's connection; queries only, with bound values.
class ActorIndex
{
public:
    explicit ActorIndex(const ArticleLibrary &library);

    /// Articles other than `excludeArticle` (0 for none) where an entity of `type` has one of
    /// `forms`, newest first.
    QList<ActorArticle> otherArticles(const QStringList &forms, EntityType type,
                                      qint64 excludeArticle) const;
    /// Visits of an actor with one of `forms` in every article, dated ones by date (oldest
    /// first), then undated ones.
    QList<ActorVisit> visits(const QStringList &forms) const;
    QString lastError() const { return m_error; }

    /// Replaces the visits stored for the article, inside the caller's transaction.
    [[nodiscard]] static bool writeVisits(const QString &connection, qint64 articleId,
                                          const Document &document, const Analysis &analysis,
                                          QString *error);
    /// The visits writeVisits() stores (it writes these rows), as JSON rows [article_id, visitor,
    /// place, date, precision, evidence, [visitor form, ...]] (a team library's import writes a
    /// whole batch with one statement, ServerBatchWriter).
    static QJsonArray visitRows(qint64 articleId, const Document &document,
                                const Analysis &analysis);

private:
    const ArticleLibrary &m_library;
    mutable QString m_error;
};

} // namespace lector
