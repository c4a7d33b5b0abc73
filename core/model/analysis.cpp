// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/analysis.h"

#include <algorithm>

namespace lector {

namespace {

template<typename List> int indexCovering(const List &list, qsizetype pos)
{
    auto it = std::upper_bound(list.cbegin(), list.cend(), pos,
                               [](qsizetype p, const auto &item) { return p < item.span.begin; });
    if (it == list.cbegin())
        return -1;
    --it;
    return it->span.contains(pos) ? int(it - list.cbegin()) : -1;
}

} // namespace

int Analysis::mentionAt(qsizetype pos) const
{
    return indexCovering(mentions, pos);
}

int Analysis::sentenceAt(qsizetype pos) const
{
    return indexCovering(sentences, pos);
}

int Analysis::tokenAfter(qsizetype pos) const
{
    auto it = std::partition_point(tokens.cbegin(), tokens.cend(),
                                   [pos](const Token &t) { return t.span.end <= pos; });
    return int(it - tokens.cbegin());
}

QString entityTypeName(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return QStringLiteral("person");
    case EntityType::Place:
        return QStringLiteral("place");
    case EntityType::Organization:
        return QStringLiteral("organization");
    case EntityType::Other:
        break;
    }
    return QStringLiteral("other");
}

QString quoteKindName(QuoteKind kind)
{
    switch (kind) {
    case QuoteKind::Direct:
        return QStringLiteral("direct");
    case QuoteKind::Partial:
        return QStringLiteral("partial");
    case QuoteKind::Scare:
        return QStringLiteral("scare");
    case QuoteKind::Indirect:
        break;
    }
    return QStringLiteral("indirect");
}

QString visitStatusName(VisitStatus status)
{
    switch (status) {
    case VisitStatus::Past:
        return QStringLiteral("past");
    case VisitStatus::Ongoing:
        return QStringLiteral("ongoing");
    case VisitStatus::Planned:
        return QStringLiteral("planned");
    case VisitStatus::Cancelled:
        return QStringLiteral("cancelled");
    case VisitStatus::Hypothetical:
        break;
    }
    return QStringLiteral("hypothetical");
}

QString precisionName(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::None:
        return QStringLiteral("none");
    case DatePrecision::Century:
        return QStringLiteral("century");
    case DatePrecision::Decade:
        return QStringLiteral("decade");
    case DatePrecision::Year:
        return QStringLiteral("year");
    case DatePrecision::Season:
        return QStringLiteral("season");
    case DatePrecision::Quarter:
        return QStringLiteral("quarter");
    case DatePrecision::Month:
        return QStringLiteral("month");
    case DatePrecision::Week:
        return QStringLiteral("week");
    case DatePrecision::Day:
        return QStringLiteral("day");
    case DatePrecision::Time:
        break;
    }
    return QStringLiteral("time");
}

} // namespace lector
