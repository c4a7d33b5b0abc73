// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotations.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace lector {

/// What a user changed in an automatic analysis.
enum class CorrectionKind : quint8 {
    MarkEntity,      ///< `span` is a name of `type` the analysis missed
    RemoveEntity,    ///< the mention at `span` is not a name
    ChangeType,      ///< the entity mentioned at `span` is of `type`
    MergeEntities,   ///< the entity mentioned at `span` is the one mentioned at `target`
    SplitEntity,     ///< the mention at `span` is an actor of its own, not its entity's
    ReassignSpeaker, ///< the quote at `span` was said by the entity mentioned at `target`
                     ///< (an empty `target`: the speaker is unknown)
    SetVisitDate,    ///< the visit whose cue is at `span` happened at `value` / `precision`
                     ///< (an empty `value`: undated); `target` is a mention of its place,
                     ///< telling apart the visits of one cue ("flew to Lisbon and Porto")
};

/// How far a correction reaches. Mention: only the span it names. Article: every mention in
/// the article written exactly as `text`. Library: every article of the library, matched by
/// `text` (spans mean nothing across articles). Speaker and visit corrections are always
/// Mention-scoped.
enum class CorrectionScope : quint8 { Mention, Article, Library };

/// One user correction, applied on top of the automatic analysis (CorrectionApplier). It names
/// what it corrects by UTF-16 spans into the article's text *and* the words at those spans, so it
/// survives re-analysis: the text of an article never changes (it is the article's identity in
/// the library), while the indexes of mentions, entities and quotes do.
struct Correction
{
    qint64 id = 0; ///< row id in the library, 0 while not stored
    CorrectionKind kind = CorrectionKind::MarkEntity;
    CorrectionScope scope = CorrectionScope::Mention;
    Span span;    ///< see CorrectionKind
    QString text; ///< the words at `span` ("Wagner"); the key for Article and Library scope
    EntityType type = EntityType::Other;           ///< MarkEntity, ChangeType
    Span target;                                   ///< MergeEntities, ReassignSpeaker, SetVisitDate
    QString targetText;                            ///< the words at `target`
    QString value;                                 ///< SetVisitDate: a TIMEX3 date value
    DatePrecision precision = DatePrecision::None; ///< SetVisitDate
    QDateTime created;                             ///< when the user made it (UTC)
    QString author; ///< who made it: the library's user name (empty when not known)

    friend bool operator==(const Correction &, const Correction &) = default;
};

/// Names used in JSON, the database and the UI: "mark-entity", "article", ...
QString correctionKindName(CorrectionKind kind);
QString correctionScopeName(CorrectionScope scope);
std::optional<CorrectionKind> correctionKindFromName(QStringView name);
std::optional<CorrectionScope> correctionScopeFromName(QStringView name);

/// A correction as one JSON object (the "corrections" array of `lector export --format json`),
/// and back; nullopt when the object is not a valid correction.
QJsonObject correctionToJson(const Correction &correction);
std::optional<Correction> correctionFromJson(const QJsonObject &object);

/// A sentence for the user, for menus, the undo history and exports:
/// `Marked "Wagner" as an organization`.
QString describeCorrection(const Correction &correction);

} // namespace lector
