// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/hashseed.h"

#include <QHashFunctions>

namespace lector {

void HashSeed::useFastSeed()
{
    QHashSeed::setDeterministicGlobalSeed();
}

} // namespace lector
