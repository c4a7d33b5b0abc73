// SPDX-License-Identifier: GPL-3.0-or-later
// The word hash of the entity features (NerFeatures::hashLower()) and the bit mixer of their
// open-addressing tables, in the lexicon layer so that tools/packresources can build a finished
// table at build time (WordClusterTable) exactly as the program builds it.
#pragma once

#include <QChar>
#include <QStringView>
#include <QtGlobal>

namespace lector {

/// The splitmix64 finaliser: spreads the bits of a word hash so that keys spread over the slots
/// of an open-addressing table.
inline quint64 splitmix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

namespace wordhash {

/// FNV-1a over UTF-16 code units.
inline constexpr quint64 fnvOffset = 14695981039346656037ULL;
inline constexpr quint64 fnvPrime = 1099511628211ULL;

inline quint64 step(quint64 h, char16_t c)
{
    return (h ^ c) * fnvPrime;
}

/// A character as the lower-case hash reads it: lower case, every digit folded to '0'.
inline char16_t lowerFolded(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128) {
        if (u >= u'A' && u <= u'Z')
            return char16_t(u + 32);
        if (u >= u'0' && u <= u'9')
            return u'0';
        return u;
    }
    if (c.isDigit())
        return u'0';
    return c.toLower().unicode();
}

/// The hash of a word lower-cased with digits folded to '0' ("Oslo", "OSLO" and "oslo" alike);
/// never 0 (the low bit is set), so 0 can mark an empty slot.
inline quint64 lowerFoldedHash(QStringView word)
{
    quint64 h = fnvOffset;
    for (QChar c : word)
        h = step(h, lowerFolded(c));
    return h | 1;
}

} // namespace wordhash

} // namespace lector
