// SPDX-License-Identifier: GPL-3.0-or-later
// lector-brownclusters: Brown word clusters from unlabeled text, for the entity features
// (resources/lexicon/wordclusters.tsv; how it is rebuilt: tools/make_brown_clusters.sh).
//
//   lector-brownclusters [--classes 256] [--min-count 3] [--source TEXT] --out FILE INPUT...
//
// An INPUT ending in .jsonl is read a line at a time and only its "text" field is used (the
// eval files' annotations are never read); any other INPUT is plain text, one paragraph a
// line. Text is cut into tokens by Lector's own Tokenizer and each token
// lower-cased with digits folded to '0', as NerFeatures::hashLower() reads it. Each line (or
// paragraph) is a sequence of its own. The output has one row per cluster: its bit string,
// a tab, its words by descending count separated by spaces.
#include "brownclustering.h"
#include "clusterarguments.h"

#include "text/tokenizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace lector;

namespace {

struct Vocabulary
{
    QHash<QString, int> ids;
    QStringList words;
    std::vector<int64_t> counts;
    std::vector<int> sequence; // word ids, -1 at a line's end

    void read(const QString &text)
    {
        const QList<Token> tokens = Tokenizer::tokenize(text);
        for (const Token &token : tokens) {
            if (token.startsLine && !sequence.empty() && sequence.back() != -1)
                sequence.push_back(-1);
            const QString word = ClusterArguments::folded(
                QStringView(text).mid(token.span.begin, token.span.length()));
            auto it = ids.constFind(word);
            if (it == ids.constEnd()) {
                it = ids.insert(word, int(words.size()));
                words.append(word);
                counts.push_back(0);
            }
            ++counts[size_t(*it)];
            sequence.push_back(*it);
        }
        if (!sequence.empty() && sequence.back() != -1)
            sequence.push_back(-1);
    }
};

void printLine(const std::string &line)
{
    std::fprintf(stderr, "%s\n", line.c_str());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    BrownClustering::Options options;
    ClusterArguments args;
    args.addInteger(u"classes", &options.classes);
    args.addInteger(u"min-count", &options.minCount);
    args.addInteger(u"passes", &options.maxPasses);
    const bool parsed = args.parse(app.arguments().mid(1));
    const QString out = args.out(), source = args.source();
    const QStringList inputs = args.inputs();
    if (!parsed || options.classes < 2 || options.minCount < 1) {
        std::fprintf(stderr, "usage: lector-brownclusters [--classes N] [--min-count N] "
                             "[--passes N] [--source TEXT] --out FILE INPUT...\n");
        return 2;
    }

    Vocabulary vocabulary;
    for (const QString &path : inputs) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 1;
        }
        if (path.endsWith(u".jsonl")) {
            while (!file.atEnd()) {
                const QByteArray line = file.readLine().trimmed();
                if (!line.isEmpty())
                    vocabulary.read(QJsonDocument::fromJson(line)
                                        .object()
                                        .value(QStringLiteral("text"))
                                        .toString());
            }
        } else {
            vocabulary.read(QString::fromUtf8(file.readAll()));
        }
    }
    const size_t n = vocabulary.counts.size();
    std::fprintf(stderr, "%zu tokens, %zu distinct words\n",
                 vocabulary.sequence.size() -
                     size_t(std::count(vocabulary.sequence.begin(), vocabulary.sequence.end(), -1)),
                 n);

    // Ids by descending count, then by the word, so the result depends on the text alone.
    std::vector<int> order(n);
    for (size_t i = 0; i < n; ++i)
        order[i] = int(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (vocabulary.counts[size_t(a)] != vocabulary.counts[size_t(b)])
            return vocabulary.counts[size_t(a)] > vocabulary.counts[size_t(b)];
        return vocabulary.words[a] < vocabulary.words[b];
    });
    std::vector<int> rank(n);
    std::vector<int64_t> counts(n);
    for (size_t r = 0; r < n; ++r) {
        rank[size_t(order[r])] = int(r);
        counts[r] = vocabulary.counts[size_t(order[r])];
    }
    for (int &id : vocabulary.sequence) {
        if (id >= 0)
            id = rank[size_t(id)];
    }

    BrownClustering clustering(vocabulary.sequence, counts, options);
    vocabulary.sequence.clear();
    vocabulary.sequence.shrink_to_fit();
    clustering.run(printLine);

    std::map<std::string, QStringList> clusters;
    for (int w = 0; w < clustering.clustered(); ++w)
        clusters[clustering.bits(w)].append(vocabulary.words[order[size_t(w)]]);
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(out));
        return 1;
    }
    QTextStream stream(&file);
    stream << "# Brown word clusters for the entity features: a word's bit string is its path in\n"
              "# the tree of classes, and its prefixes are features. Made by\n"
              "# tools/make_brown_clusters.sh (tools/brownclusters); do not edit by hand.\n";
    if (!source.isEmpty())
        stream << "# Text: " << source << "\n";
    stream << "# " << options.classes << " classes, words seen " << options.minCount
           << " times or more, " << clustering.clustered() << " words.\n"
           << "# columns: bits, words (lower case, digits as 0, by descending count)\n";
    for (const auto &[bits, words] : clusters)
        stream << QString::fromStdString(bits) << u'\t' << words.join(u' ') << u'\n';
    return 0;
}
