// SPDX-License-Identifier: GPL-3.0-or-later
// Two helpers shared by the open-addressing tables of the entity step (NerFeatures,
// DocumentCase, WordFlagTable, SequenceModel): a bit mixer for slot indexes and huge-page advice
// for large buffers.
#pragma once

#include <QtGlobal>

#include <cstddef>

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

/// The huge-page size that adviseHugePages() works in (2 MiB).
inline constexpr size_t hugePageBytes = size_t(2) << 20;

/// Advises the whole huge pages inside [begin, begin + bytes) into huge pages (Linux
/// madvise(MADV_HUGEPAGE); elsewhere nothing), before the buffer is first written: a 512th of
/// the page faults when a large buffer is first touched. Call it on memory not yet written.
void adviseHugePages(void *begin, size_t bytes);

} // namespace lector
