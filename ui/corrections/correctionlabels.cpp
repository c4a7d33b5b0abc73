// SPDX-License-Identifier: GPL-3.0-or-later
#include "correctionlabels.h"

namespace lector {

namespace {

constexpr qsizetype MaxQuoted = 40;

} // namespace

QString CorrectionLabels::typeLabel(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return tr("&Person");
    case EntityType::Place:
        return tr("P&lace");
    case EntityType::Organization:
        return tr("&Organization");
    case EntityType::Other:
        break;
    }
    return tr("O&ther");
}

QString CorrectionLabels::escaped(const QString &text)
{
    QString out = text;
    return out.replace(u'&', u"&&"_qs);
}

QString CorrectionLabels::quoted(const QString &text)
{
    QString shown = text.simplified();
    if (shown.size() > MaxQuoted)
        shown = shown.left(MaxQuoted - 1) + u'\u2026';
    return escaped(shown);
}

} // namespace lector
