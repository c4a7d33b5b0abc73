// SPDX-License-Identifier: GPL-3.0-or-later
// Two helpers shared by the open-addressing tables of the entity step (NerFeatures,
// DocumentCase, WordFlagTable, SequenceModel): a bit mixer for slot indexes (splitmix64(), in
// lexicon/wordhash.h since the word cluster table is built by the lexicon layer) and huge-page
// advice for large buffers.
#pragma once

#include "lexicon/wordhash.h"

#include <QtGlobal>

#include <cstddef>

namespace lector {

/// The huge-page size that adviseHugePages() works in (2 MiB).
inline constexpr size_t hugePageBytes = size_t(2) << 20;

/// Advises the whole huge pages inside [begin, begin + bytes) into huge pages (Linux
/// madvise(MADV_HUGEPAGE); elsewhere nothing), before the buffer is first written: a 512th of
/// the page faults when a large buffer is first touched. Call it on memory not yet written.
void adviseHugePages(void *begin, size_t bytes);

} // namespace lector
