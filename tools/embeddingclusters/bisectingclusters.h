// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace lector {

/// A binary tree of word vectors by recursive 2-means (bisecting k-means): each node's words
/// are split in two along their first principal direction, the split refined by a few rounds
/// of 2-means, until a node is `maxDepth` deep or holds fewer than 2 * `minLeaf` words. A
/// word's bit string is its path from the root ('0' the side holding the node's most frequent
/// word), so prefixes of the path are coarser clusters, as with Brown clusters.
/// Deterministic: no random numbers.
class BisectingClusters
{
public:
    struct Options
    {
        int maxDepth = 16;
        int minLeaf = 4;
        int powerIterations = 30;
        int refineIterations = 8;
    };

    /// `vectors` holds `count` rows of `dims` numbers, row i the word of frequency rank i
    /// (rows are normalised to unit length here).
    BisectingClusters(std::vector<float> vectors, int dims, Options options);

    /// The leaves: each a bit string and its rows in ascending order (most frequent first).
    struct Leaf
    {
        std::string bits;
        std::vector<int> rows;
    };
    std::vector<Leaf> build();

private:
    void split(std::vector<int> rows, const std::string &bits, std::vector<Leaf> &out);
    const float *row(int i) const { return m_vectors.data() + size_t(i) * size_t(m_dims); }

    std::vector<float> m_vectors;
    int m_dims;
    Options m_options;
};

} // namespace lector
