// SPDX-License-Identifier: GPL-3.0-or-later
// lector-embeddingclusters: hierarchical word clusters from pretrained word vectors, for the
// entity features (resources/lexicon/wordclusters.tsv; how it is rebuilt:
// tools/make_embedding_clusters.sh).
//
//   lector-embeddingclusters [--words N] [--depth 18] [--min-leaf 4] [--source TEXT]
//                            --out FILE VECTORS.txt
//
// VECTORS.txt is in the GloVe text format (a word, then its numbers, separated by spaces), the
// words by descending frequency (tools/embeddingclusters/vectors_from_wink.py writes it). Each
// word is lower-cased with digits folded to '0', as NerFeatures::hashLower() reads it; a word
// whose folded form came earlier is skipped; the first --words words are kept (0, the
// default: all). Their unit
// vectors are split by recursive 2-means (BisectingClusters) into a binary tree; the output has
// one row per leaf: its bit string (the path from the root), a tab, its words by descending
// frequency separated by spaces, so WordClusterTable and the features read it as they read
// Brown clusters.
#include "bisectingclusters.h"
#include "clusterarguments.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QTextStream>

#include <cstdio>

using namespace lector;

namespace {

int fail(const char *message)
{
    std::fprintf(stderr, "lector-embeddingclusters: %s\n", message);
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int maxWords = 0;
    BisectingClusters::Options options;
    options.maxDepth = 18;
    ClusterArguments args;
    args.addInteger(u"words", &maxWords);
    args.addInteger(u"depth", &options.maxDepth);
    args.addInteger(u"min-leaf", &options.minLeaf);
    if (!args.parse(app.arguments().mid(1)) || args.inputs().size() != 1)
        return fail("usage: [--words N] [--depth D] [--min-leaf M] [--source TEXT] --out FILE "
                    "VECTORS.txt");
    const QString out = args.out(), source = args.source(), input = args.inputs().first();
    if (maxWords < 0 || options.maxDepth < 1 || options.maxDepth > 18 || options.minLeaf < 1)
        return fail("needs --depth 1 to 18, --min-leaf 1 or more, --words 0 or more");

    QFile file(input);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail("cannot read the vectors");
    QStringList words;
    QSet<QString> seen;
    std::vector<float> vectors;
    int dims = 0;
    while (!file.atEnd() && (maxWords == 0 || words.size() < maxWords)) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const QList<QStringView> fields = QStringView(line).split(u' ', Qt::SkipEmptyParts);
        if (fields.size() < 2)
            continue;
        if (dims == 0)
            dims = int(fields.size() - 1);
        if (fields.size() - 1 != dims)
            return fail("rows of different lengths");
        const QString word = ClusterArguments::folded(fields.front());
        if (seen.contains(word))
            continue;
        seen.insert(word);
        words.append(word);
        for (qsizetype d = 1; d < fields.size(); ++d)
            vectors.push_back(fields[d].toFloat());
    }
    if (words.isEmpty())
        return fail("no vectors read");
    std::fprintf(stderr, "%lld words, %d dimensions\n", qlonglong(words.size()), dims);

    BisectingClusters clusters(std::move(vectors), dims, options);
    const std::vector<BisectingClusters::Leaf> leaves = clusters.build();
    int deepest = 0;
    for (const auto &leaf : leaves)
        deepest = std::max(deepest, int(leaf.bits.size()));
    std::fprintf(stderr, "%zu leaves, deepest %d bits\n", leaves.size(), deepest);

    QFile target(out);
    if (!target.open(QIODevice::WriteOnly | QIODevice::Text | QIODevice::Truncate))
        return fail("cannot write the output");
    QTextStream stream(&target);
    stream
        << "# Word clusters for the entity features: a word's bit string is its path in a binary\n"
           "# tree of pretrained word vectors split by recursive 2-means, and its prefixes are\n"
           "# features. Made by tools/make_embedding_clusters.sh (tools/embeddingclusters); do "
           "not\n"
           "# edit by hand.\n";
    if (!source.isEmpty())
        stream << "# Source: " << source << '\n';
    stream << "# " << words.size() << " words, " << leaves.size() << " leaves, at most "
           << options.maxDepth << " bits, leaves of at least " << options.minLeaf << " words\n"
           << "# columns: bits, words (lower case, digits as 0, by descending frequency)\n";
    for (const auto &leaf : leaves) {
        stream << QString::fromStdString(leaf.bits.empty() ? std::string("0") : leaf.bits) << '\t';
        for (size_t i = 0; i < leaf.rows.size(); ++i) {
            if (i)
                stream << ' ';
            stream << words[leaf.rows[i]];
        }
        stream << '\n';
    }
    return 0;
}
