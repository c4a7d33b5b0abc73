// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

namespace lector {

/// Brown clustering (Brown et al. 1992) of a word sequence: words are grouped into classes so
/// that the class bigram model keeps as much of the text's likelihood as possible, and the
/// classes are then merged pairwise into a binary tree, whose path from the root (a bit
/// string) names each word's class at every granularity.
///
/// The flat classes come from the exchange algorithm (Kneser and Ney 1993; Martin, Liermann
/// and Ney 1998), which optimises the same objective as Brown's merging, in time linear in the
/// number of distinct bigrams per pass: every word in turn moves to the class that gains most,
/// until a pass moves almost nothing or the pass cap is reached (the text of
/// tools/make_brown_clusters.sh settles after 17 of the 20 passes allowed). The tree is Brown's
/// agglomerative merging of those final classes (each step merges the pair that loses least average
/// mutual information), updated incrementally in O(classes^2) per merge. Words seen fewer than
/// `minCount` times share one fixed class, as do line boundaries, so a word keeps what "next to a
/// rare word" tells.
///
/// Deterministic: words are visited by count, then by index, and ties keep the lower class.
class BrownClustering
{
public:
    struct Options
    {
        int classes = 256;
        int minCount = 3;
        int maxPasses = 20;
        double stopFraction = 0.001; ///< stop when a pass moves fewer words than this share
    };

    /// `sequence` holds word ids in [0, words), -1 where a line ends; `counts` the words'
    /// occurrences. Ids must be numbered by descending count (ties in any fixed order).
    BrownClustering(const std::vector<int> &sequence, const std::vector<int64_t> &counts,
                    const Options &options);

    /// Runs the exchange passes and the merging; `log` is called with progress lines.
    void run(void (*log)(const std::string &line));

    /// Words clustered (count >= minCount): ids [0, clustered()).
    int clustered() const { return m_words; }
    /// The bit string of word `w` (< clustered()).
    const std::string &bits(int w) const { return m_paths[size_t(m_class[size_t(w)])]; }

private:
    double f(int64_t n) const
    {
        return n < int64_t(m_nlogn.size()) ? m_nlogn[size_t(n)] : double(n) * std::log(double(n));
    }
    double objective() const;
    int exchangePass();
    void moveWord(int w, int from, int to, int sign);
    void buildTree();
    double mergeGain(int a, int b) const; // change of the objective when a and b merge
    double pairTerm(int c, int d, int x) const;

    int m_words = 0;   // clustered words
    int m_classes = 0; // movable classes
    int m_total = 0;   // classes with the fixed ones (rare words, line boundary)
    Options m_options;
    std::vector<int64_t> m_counts;
    // Word bigrams as compressed rows: successors and predecessors of each clustered word
    // (other ids: m_words for a rare word, m_words + 1 for a line boundary).
    std::vector<int64_t> m_succStart, m_predStart;
    std::vector<int> m_succWord, m_predWord;
    std::vector<int64_t> m_succCount, m_predCount;
    std::vector<int64_t> m_self;          // bigram count of (w, w)
    std::vector<int> m_class;             // per word id incl. the two fixed ids
    std::vector<int64_t> m_n;             // m_total x m_total class bigram counts
    std::vector<int64_t> m_left, m_right; // class marginals
    std::vector<double> m_nlogn;
    std::vector<std::string> m_paths; // per movable class
    // scratch of exchangePass()
    std::vector<int64_t> m_sc, m_pc;
    std::vector<int> m_succClasses, m_predClasses;
    std::vector<double> m_gains;
};

} // namespace lector
