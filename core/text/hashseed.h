// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace lector {

/// The seed of every QHash and QSet of the process.
///
/// With a random seed (Qt's default), Qt 6.4 hashes strings with AES instructions; on the
/// AVX-512 Xeons Lector is measured on, that costs 250-300 ns per short QString instead of
/// 60-80 ns, and a QHash<QString, ...> lookup 560 ns instead of 83 ns (docs/performance.md),
/// which alone would use up the pipeline's budget of 0.2 us per character. Seed 0 makes Qt
/// use its portable hash. The price is that hash-flooding with crafted keys becomes
/// possible, which a desktop reader of articles the user chose can accept.
class HashSeed
{
public:
    /// Call first thing in main(): a QHash keeps the seed it was created with.
    static void useFastSeed();
};

} // namespace lector
