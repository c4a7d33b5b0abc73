// SPDX-License-Identifier: GPL-3.0-or-later
#include "corrections/correction.h"

#include "model/analysis.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <array>
#include <utility>

namespace lector {

namespace {

constexpr std::array<std::pair<CorrectionKind, const char16_t *>, 7> KindNames = {{
    {CorrectionKind::MarkEntity, u"mark-entity"},
    {CorrectionKind::RemoveEntity, u"remove-entity"},
    {CorrectionKind::ChangeType, u"change-type"},
    {CorrectionKind::MergeEntities, u"merge-entities"},
    {CorrectionKind::SplitEntity, u"split-entity"},
    {CorrectionKind::ReassignSpeaker, u"reassign-speaker"},
    {CorrectionKind::SetVisitDate, u"set-visit-date"},
}};

constexpr std::array<std::pair<CorrectionScope, const char16_t *>, 3> ScopeNames = {{
    {CorrectionScope::Mention, u"mention"},
    {CorrectionScope::Article, u"article"},
    {CorrectionScope::Library, u"library"},
}};

constexpr std::array<EntityType, 4> EntityTypes = {EntityType::Person, EntityType::Place,
                                                   EntityType::Organization, EntityType::Other};

constexpr std::array<DatePrecision, 10> Precisions = {
    DatePrecision::None,   DatePrecision::Century, DatePrecision::Decade, DatePrecision::Year,
    DatePrecision::Season, DatePrecision::Quarter, DatePrecision::Month,  DatePrecision::Week,
    DatePrecision::Day,    DatePrecision::Time};

QJsonObject spanToJson(Span span)
{
    return QJsonObject{{u"begin"_qs, qint64(span.begin)}, {u"end"_qs, qint64(span.end)}};
}

/// A span object {"begin": b, "end": e} with 0 <= b <= e; nullopt otherwise.
std::optional<Span> spanFromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const QJsonValue begin = object.value(u"begin");
    const QJsonValue end = object.value(u"end");
    if (!begin.isDouble() || !end.isDouble())
        return std::nullopt;
    const Span span{qsizetype(begin.toInteger(-1)), qsizetype(end.toInteger(-1))};
    if (span.begin < 0 || span.end < span.begin)
        return std::nullopt;
    return span;
}

std::optional<EntityType> entityTypeFromName(QStringView name)
{
    for (EntityType type : EntityTypes)
        if (entityTypeName(type) == name)
            return type;
    return std::nullopt;
}

std::optional<DatePrecision> precisionFromName(QStringView name)
{
    for (DatePrecision precision : Precisions)
        if (precisionName(precision) == name)
            return precision;
    return std::nullopt;
}

/// "an organization", for sentences such as `Marked "Wagner" as an organization`.
QString typePhrase(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return QCoreApplication::translate("Correction", "a person");
    case EntityType::Place:
        return QCoreApplication::translate("Correction", "a place");
    case EntityType::Organization:
        return QCoreApplication::translate("Correction", "an organization");
    case EntityType::Other:
        break;
    }
    return QCoreApplication::translate("Correction", "another kind of name");
}

/// Long quotes are shortened so that a menu entry stays one line.
QString shortened(const QString &text)
{
    constexpr qsizetype Longest = 40;
    const QString simplified = text.simplified();
    if (simplified.size() <= Longest)
        return simplified;
    return simplified.left(Longest - 1).trimmed() + u'\u2026';
}

// The place names the visit among those of one cue: "Dated the visit “flew” to “Porto”".
QString visitSentence(const Correction &c, const QString &text)
{
    if (!c.targetText.isEmpty()) {
        const QString place = shortened(c.targetText);
        if (c.value.isEmpty())
            return QCoreApplication::translate(
                       "Correction",
                       "Removed the date of the visit \u201c%1\u201d to \u201c%2\u201d")
                .arg(text, place);
        return QCoreApplication::translate("Correction",
                                           "Dated the visit \u201c%1\u201d to \u201c%2\u201d %3")
            .arg(text, place, c.value);
    }
    if (c.value.isEmpty())
        return QCoreApplication::translate("Correction",
                                           "Removed the date of the visit \u201c%1\u201d")
            .arg(text);
    return QCoreApplication::translate("Correction", "Dated the visit \u201c%1\u201d %2")
        .arg(text, c.value);
}

QString sentenceFor(const Correction &c)
{
    const QString text = shortened(c.text);
    switch (c.kind) {
    case CorrectionKind::MarkEntity:
        return QCoreApplication::translate("Correction", "Marked \u201c%1\u201d as %2")
            .arg(text, typePhrase(c.type));
    case CorrectionKind::RemoveEntity:
        return QCoreApplication::translate("Correction", "Removed \u201c%1\u201d as a name")
            .arg(text);
    case CorrectionKind::ChangeType:
        return QCoreApplication::translate("Correction", "Changed \u201c%1\u201d to %2")
            .arg(text, typePhrase(c.type));
    case CorrectionKind::MergeEntities:
        return QCoreApplication::translate("Correction",
                                           "Merged \u201c%1\u201d into \u201c%2\u201d")
            .arg(text, shortened(c.targetText));
    case CorrectionKind::SplitEntity:
        return QCoreApplication::translate("Correction", "Made \u201c%1\u201d an actor of its own")
            .arg(text);
    case CorrectionKind::ReassignSpeaker:
        if (c.targetText.isEmpty())
            return QCoreApplication::translate("Correction",
                                               "Marked the speaker of \u201c%1\u201d as unknown")
                .arg(text);
        return QCoreApplication::translate("Correction",
                                           "Attributed \u201c%1\u201d to \u201c%2\u201d")
            .arg(text, shortened(c.targetText));
    case CorrectionKind::SetVisitDate:
        break;
    }
    return visitSentence(c, text);
}

} // namespace

QString correctionKindName(CorrectionKind kind)
{
    for (const auto &[k, name] : KindNames)
        if (k == kind)
            return QString::fromUtf16(name);
    return {};
}

QString correctionScopeName(CorrectionScope scope)
{
    for (const auto &[s, name] : ScopeNames)
        if (s == scope)
            return QString::fromUtf16(name);
    return {};
}

std::optional<CorrectionKind> correctionKindFromName(QStringView name)
{
    for (const auto &[kind, n] : KindNames)
        if (name == QStringView(n))
            return kind;
    return std::nullopt;
}

std::optional<CorrectionScope> correctionScopeFromName(QStringView name)
{
    for (const auto &[scope, n] : ScopeNames)
        if (name == QStringView(n))
            return scope;
    return std::nullopt;
}

QJsonObject correctionToJson(const Correction &c)
{
    QJsonObject object{
        {u"kind"_qs, correctionKindName(c.kind)},
        {u"scope"_qs, correctionScopeName(c.scope)},
        {u"span"_qs, spanToJson(c.span)},
        {u"text"_qs, c.text},
        {u"type"_qs, entityTypeName(c.type)},
        {u"target"_qs, spanToJson(c.target)},
        {u"targetText"_qs, c.targetText},
        {u"value"_qs, c.value},
        {u"precision"_qs, precisionName(c.precision)},
        {u"description"_qs, describeCorrection(c)},
    };
    if (c.id != 0)
        object.insert(u"id", c.id);
    if (c.created.isValid())
        object.insert(u"created", c.created.toUTC().toString(Qt::ISODateWithMs));
    if (!c.author.isEmpty())
        object.insert(u"author", c.author);
    return object;
}

std::optional<Correction> correctionFromJson(const QJsonObject &object)
{
    const auto kind = correctionKindFromName(object.value(u"kind").toString());
    const auto scope = correctionScopeFromName(object.value(u"scope").toString(u"mention"_qs));
    const auto span = spanFromJson(object.value(u"span"));
    const auto type = entityTypeFromName(object.value(u"type").toString(u"other"_qs));
    const auto precision = precisionFromName(object.value(u"precision").toString(u"none"_qs));
    const QJsonValue targetValue = object.value(u"target");
    const auto target =
        targetValue.isUndefined() ? std::optional<Span>(Span{}) : spanFromJson(targetValue);
    if (!kind || !scope || !span || !type || !precision || !target)
        return std::nullopt;
    Correction c;
    c.id = object.value(u"id").toInteger(0);
    c.kind = *kind;
    c.scope = *scope;
    c.span = *span;
    c.text = object.value(u"text").toString();
    c.type = *type;
    c.target = *target;
    c.targetText = object.value(u"targetText").toString();
    c.value = object.value(u"value").toString();
    c.precision = *precision;
    const QString created = object.value(u"created").toString();
    if (!created.isEmpty()) {
        c.created = QDateTime::fromString(created, Qt::ISODateWithMs);
        if (!c.created.isValid())
            return std::nullopt;
        c.created = c.created.toUTC();
    }
    c.author = object.value(u"author").toString();
    return c;
}

QString describeCorrection(const Correction &correction)
{
    const QString sentence = sentenceFor(correction);
    switch (correction.scope) {
    case CorrectionScope::Mention:
        break;
    case CorrectionScope::Article:
        return QCoreApplication::translate("Correction", "%1 everywhere in the article")
            .arg(sentence);
    case CorrectionScope::Library:
        return QCoreApplication::translate("Correction", "%1 in every article").arg(sentence);
    }
    return sentence;
}

} // namespace lector
