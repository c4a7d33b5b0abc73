// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon/travelcuetable.h"

#include "lexicon/resources.h"

namespace lector {

QStringView cueKindName(CueKind kind)
{
    switch (kind) {
    case CueKind::Go:
        return u"go";
    case CueKind::Be:
        return u"be";
    case CueKind::Visit:
        return u"visit";
    case CueKind::Meet:
        return u"meet";
    case CueKind::Noun:
        return u"noun";
    case CueKind::Host:
        break;
    }
    return u"host";
}

std::optional<CueKind> TravelCueTable::kindOf(QStringView className)
{
    for (const CueKind kind :
         {CueKind::Go, CueKind::Be, CueKind::Visit, CueKind::Meet, CueKind::Noun, CueKind::Host}) {
        if (className == cueKindName(kind))
            return kind;
    }
    return std::nullopt;
}

TravelCueTable::TravelCueTable(const Resources &resources)
{
    // columns: word, class, argument (the prepositions, comma-separated), detail
    for (const TsvTable::Row &row : resources.table(u"travelcues"_qs).rows()) {
        const QStringList &f = row.fields;
        if (f.size() < 2)
            continue;
        const std::optional<CueKind> kind = kindOf(f[1]);
        if (!kind)
            continue;
        Cue cue;
        cue.word = f[0].toLower();
        cue.kind = *kind;
        for (const QString &part : f.value(2).split(u',', Qt::SkipEmptyParts))
            cue.prepositions.append(part.trimmed().toLower());
        cue.event = f.value(3) == u"event";
        m_cues.append(cue);
    }
}

} // namespace lector
