// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace lector {

/// Converts UTF-16 offsets (Lector's internal unit) to Unicode code point offsets (the unit of
/// the JSON output and of the W3C TextPositionSelector). Built once per text, O(1) per lookup.
class CodePointMap
{
public:
    explicit CodePointMap(QStringView text);
    qsizetype toCodePoint(qsizetype utf16) const;

private:
    QList<qsizetype> m_map; ///< empty when the text has no surrogate pairs (identity)
};

} // namespace lector
