// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/correction.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace lector {

class ArticleLibrary;

/// The user's corrections, kept in the library's `corrections` table (schema version 2).
/// Mention- and Article-scoped corrections belong to one article; Library-scoped ones to every
/// article (article_id NULL). Uses the library's connection, so the same thread rules apply.
/// Every write is one transaction with bound values; errors are sentences in lastError().
class CorrectionStore
{
public:
    explicit CorrectionStore(const ArticleLibrary &library);

    /// The corrections that apply to the article, oldest first: its own and the library-wide.
    QList<Correction> corrections(qint64 articleId) const;
    /// Stores `correction` (its id is ignored) for the article; returns the new row id.
    [[nodiscard]] std::optional<qint64> add(qint64 articleId, const Correction &correction);
    /// Removes one correction (undo).
    [[nodiscard]] bool remove(qint64 correctionId);
    /// Every library-wide correction, oldest first.
    QList<Correction> libraryCorrections() const;
    QString lastError() const { return m_error; }

private:
    QList<Correction> select(const QString &sql, const QVariantList &values) const;

    const ArticleLibrary &m_library;
    mutable QString m_error;
};

} // namespace lector
