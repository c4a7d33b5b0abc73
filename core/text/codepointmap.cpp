// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/codepointmap.h"

#include <algorithm>

namespace lector {

CodePointMap::CodePointMap(QStringView text)
{
    if (std::none_of(text.begin(), text.end(), [](QChar c) { return c.isHighSurrogate(); }))
        return;
    m_map.resize(text.size() + 1);
    qsizetype cp = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        m_map[i] = cp;
        if (!(text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate()))
            ++cp;
        else
            m_map[i] = cp - 1;
    }
    m_map[text.size()] = cp;
}

qsizetype CodePointMap::toCodePoint(qsizetype utf16) const
{
    if (m_map.isEmpty())
        return utf16;
    return m_map.value(std::clamp<qsizetype>(utf16, 0, m_map.size() - 1));
}

} // namespace lector
