// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/entities/tablememory.h"

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace lector {

void adviseHugePages(void *begin, size_t bytes)
{
#ifdef Q_OS_LINUX
    const auto start = reinterpret_cast<quintptr>(begin);
    const quintptr first = (start + hugePageBytes - 1) & ~quintptr(hugePageBytes - 1);
    const quintptr last = (start + bytes) & ~quintptr(hugePageBytes - 1);
    if (last > first)
        madvise(reinterpret_cast<void *>(first), last - first, MADV_HUGEPAGE);
#else
    Q_UNUSED(begin);
    Q_UNUSED(bytes);
#endif
}

} // namespace lector
