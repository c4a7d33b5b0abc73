// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace lector {

/// A half-open range [begin, end) of UTF-16 offsets into Document::text.
struct Span
{
    qsizetype begin = 0;
    qsizetype end = 0;

    constexpr qsizetype length() const { return end - begin; }
    constexpr bool isEmpty() const { return end <= begin; }
    constexpr bool contains(qsizetype pos) const { return pos >= begin && pos < end; }
    constexpr bool contains(Span other) const { return other.begin >= begin && other.end <= end; }
    constexpr bool overlaps(Span other) const { return begin < other.end && other.begin < end; }
    friend constexpr bool operator==(Span a, Span b) = default;
    friend constexpr bool operator<(Span a, Span b)
    {
        return a.begin < b.begin || (a.begin == b.begin && a.end < b.end);
    }
};

} // namespace lector
