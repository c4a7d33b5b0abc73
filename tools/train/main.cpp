// SPDX-License-Identifier: GPL-3.0-or-later
// lector-train: trains the entity recogniser's model from gold corpora in the eval JSONL format.
//   lector-train --out resources/model/ner.bin TRAIN.jsonl... [--dev DEV.jsonl --dev-out P.jsonl]
//   [--clusters FILE]: another wordclusters.tsv (a cross-validation fold's own clusters)
//   [--margin C] [--name-margin N]: cost-augmented training (tried in round 12, not used by the
//   shipped model: docs/quality.md, Entities); tools/train/ner_cv.sh cross-validates a recipe
//   [--word-dropout P] [--dropout-pairs] [--dropout-cluster] [--dropout-capitalised]
//   [--dropout-names]: word dropout in training (round 20, tried, not used by the shipped model:
//   docs/quality.md): a token's word keys left out with probability P at each visit; 0 (the
//   default) gives the plain perceptron byte for byte
//   [--domain-augment file|genre] [--domain-scale X]: domain feature augmentation (round 23,
//   docs/quality.md): in training each feature also fires as a copy of its own per training
//   file (genre: per file, and per genre for GUM documents); only the shared weights are saved;
//   [--domain-file NAME]... gives a copy to the documents of those files only;
//   [--file-weight NAME=W]: the updates of a file's documents scaled by W (round 23, tried)
#include "analysis/entities/aliasresolver.h"
#include "analysis/entities/entityrecogniser.h"
#include "analysis/entities/sequencemodel.h"
#include "analysis/textanalysers.h"
#include "analysis/time/temporaltagger.h"
#include "export/jsonexporter.h"
#include "lexicon/resources.h"
#include "perceptrontrainer.h"
#include "text/sentencesplitter.h"
#include "text/tokenizer.h"
#include "trainingcorpus.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

using namespace lector;

namespace {

// Writes predictions for every document of a gold file, as `lector analyze --jsonl` would.
QString predict(const std::vector<const Analyser *> &before, const EntityRecogniser &recogniser,
                const AliasResolver &aliases, const QString &in, const QString &out)
{
    QFile input(in), output(out);
    if (!input.open(QIODevice::ReadOnly))
        return QStringLiteral("Cannot read %1: %2.").arg(in, input.errorString());
    if (!output.open(QIODevice::WriteOnly))
        return QStringLiteral("Cannot write %1: %2.").arg(out, output.errorString());
    while (!input.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(input.readLine()).object();
        if (o.isEmpty())
            continue;
        Document document;
        document.text = o.value(u"text").toString();
        Analysis analysis = TrainingCorpus::prepare(before, document);
        recogniser.run(document, analysis);
        // The alias resolver makes types agree across the article ("Moretti" after "Elena
        // Moretti"), as `lector analyze` does.
        aliases.run(document, analysis);
        const QJsonObject p =
            JsonExporter::prediction(o.value(u"id").toString(), document, analysis);
        output.write(QJsonDocument(p).toJson(QJsonDocument::Compact) + '\n');
    }
    return {};
}

// The compiled-in tables with lexicon/wordclusters.tsv replaced by `clusters`, parsed from a
// temporary copy (Resources::load() reads a folder); null with `error` set on failure.
std::shared_ptr<const Resources> withClusters(const QString &clusters, QString *error)
{
    const QTemporaryDir dir;
    for (const QString &sub : {u"lexicon"_qs, u"gazetteer"_qs}) {
        QDir(dir.path()).mkpath(sub);
        QDirIterator files(u":/lector/"_qs + sub, {u"*.tsv"_qs}, QDir::Files);
        while (files.hasNext()) {
            files.next();
            if (!QFile::copy(files.filePath(), dir.filePath(sub + u'/' + files.fileName()))) {
                *error = u"Cannot copy "_qs + files.filePath();
                return {};
            }
        }
    }
    const QString target = dir.filePath(u"lexicon/wordclusters.tsv"_qs);
    QFile::remove(target);
    if (!QFile::copy(clusters, target)) {
        *error = u"Cannot read "_qs + clusters;
        return {};
    }
    auto resources = Resources::load(dir.path());
    if (!resources->isValid()) {
        *error = resources->error();
        return {};
    }
    return resources;
}

// Predicts the --dev file into --dev-out when both are given; returns the exit code.
int writeDev(const QCommandLineParser &parser, const std::vector<const Analyser *> &before,
             const Resources &resources, std::shared_ptr<const SequenceModel> model)
{
    if (!parser.isSet(u"dev"_qs))
        return 0;
    const EntityRecogniser recogniser(resources, std::move(model),
                                      parser.isSet(u"greedy"_qs)
                                          ? EntityRecogniser::Decoding::Greedy
                                          : EntityRecogniser::Decoding::Viterbi);
    const AliasResolver aliases(resources);
    const QString error =
        predict(before, recogniser, aliases, parser.value(u"dev"_qs), parser.value(u"dev-out"_qs));
    if (!error.isEmpty()) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Trains Lector's entity recogniser model."_qs);
    parser.addHelpOption();
    parser.addOptions(
        {{u"out"_qs, u"Model file to write."_qs, u"FILE"_qs},
         {u"epochs"_qs, u"Training epochs."_qs, u"N"_qs, u"10"_qs},
         {u"min-count"_qs, u"Drop rarer features."_qs, u"N"_qs, u"2"_qs},
         {u"max-features"_qs, u"Keep at most N features."_qs, u"N"_qs, u"350000"_qs},
         {u"dev"_qs, u"Gold file to predict after training."_qs, u"FILE"_qs},
         {u"dev-out"_qs, u"Where to write the dev predictions."_qs, u"FILE"_qs},
         {u"greedy"_qs, u"Decode the dev file greedily."_qs},
         {u"no-history"_qs, u"Train without the prediction-history features."_qs},
         {u"seed"_qs, u"Seed of the sentence order (to measure retraining noise)."_qs, u"N"_qs},
         {u"model"_qs, u"Predict with this model instead of training."_qs, u"FILE"_qs},
         {u"clusters"_qs, u"Word clusters to use instead of the compiled-in wordclusters.tsv."_qs,
          u"FILE"_qs},
         {u"margin"_qs, u"Train with cost-augmented decoding: C more for every wrong label."_qs,
          u"C"_qs, u"0"_qs},
         {u"name-margin"_qs, u"Train with C more again for O on a gold name's word."_qs, u"C"_qs,
          u"0"_qs},
         {u"word-dropout"_qs,
          u"Leave out a token's word keys with probability P at each training visit."_qs, u"P"_qs,
          u"0"_qs},
         {u"dropout-pairs"_qs, u"Word dropout also leaves out the word-pair keys."_qs},
         {u"dropout-capitalised"_qs, u"Word dropout of capitalised tokens only."_qs},
         {u"dropout-names"_qs, u"Word dropout of the tokens of gold names only."_qs},
         {u"dropout-cluster"_qs, u"Word dropout also leaves out the cluster's full path."_qs},
         {u"domain-augment"_qs,
          u"Train with a copy of every feature per domain: 'file' (each training file) or "
          "'genre' (each file, GUM documents by genre); only the shared weights are saved."_qs,
          u"BY"_qs},
         {u"domain-file"_qs,
          u"With --domain-augment, only the documents of the files of this name get a domain "
          "copy (repeatable; the others train the shared features only)."_qs,
          u"NAME"_qs},
         {u"file-weight"_qs,
          u"NAME=W: the training updates of the documents of the files of this name are "
          "scaled by W (repeatable)."_qs,
          u"NAME=W"_qs},
         {u"domain-scale"_qs, u"The value of the domain copies' features."_qs, u"X"_qs, u"1"_qs}});
    parser.addPositionalArgument(
        u"train"_qs, u"Training files (eval JSONL), FILE#N for the first N documents."_qs);
    parser.process(app);
    QTextStream err(stderr);
    std::shared_ptr<const Resources> resources = Resources::shared();
    if (parser.isSet(u"clusters"_qs)) {
        QString error;
        resources = withClusters(parser.value(u"clusters"_qs), &error);
        if (!resources) {
            err << error << Qt::endl;
            return 1;
        }
    }
    const TokenAnalyser tokenizer;
    const SentenceAnalyser splitter(*resources);
    const TemporalTagger tagger(*resources);
    const std::vector<const Analyser *> before{&tokenizer, &splitter, &tagger};
    const NerFeatures features(*resources);
    QSet<quint64> nationalities;
    for (const TsvTable::Row &row : resources->table(u"demonyms"_qs).rows())
        nationalities.insert(NerFeatures::hashLower(row.fields.first()));
    if (parser.isSet(u"model"_qs)) {
        QString error;
        const auto model = SequenceModel::load(parser.value(u"model"_qs), &error);
        if (!model) {
            err << error << Qt::endl;
            return 1;
        }
        return writeDev(parser, before, *resources, model);
    }
    TrainingCorpus corpus(before, features, nationalities);
    if (parser.isSet(u"domain-augment"_qs)) {
        const QString by = parser.value(u"domain-augment"_qs);
        if (by != u"file" && by != u"genre") {
            err << "--domain-augment takes 'file' or 'genre'." << Qt::endl;
            return 1;
        }
        corpus.setDomains(by == u"file" ? TrainingCorpus::Domains::File
                                        : TrainingCorpus::Domains::Genre);
        corpus.setDomainFiles(parser.values(u"domain-file"_qs));
    }
    QHash<QString, float> weights;
    for (const QString &value : parser.values(u"file-weight"_qs)) {
        const qsizetype at = value.lastIndexOf(u'=');
        bool ok = false;
        const float weight = at > 0 ? value.mid(at + 1).toFloat(&ok) : 0.0f;
        if (!ok || weight <= 0.0f) {
            err << "--file-weight takes NAME=W with W > 0." << Qt::endl;
            return 1;
        }
        weights.insert(value.left(at), weight);
    }
    corpus.setFileWeights(weights);
    for (const QString &argument : parser.positionalArguments()) {
        // "gmb.jsonl#200": only the first 200 documents of a file.
        const qsizetype hash = argument.lastIndexOf(u'#');
        const QString path = hash < 0 ? argument : argument.left(hash);
        const int limit = hash < 0 ? 0 : argument.mid(hash + 1).toInt();
        if (const QString error = corpus.add(path, limit); !error.isEmpty()) {
            err << error << Qt::endl;
            return 1;
        }
    }
    err << corpus.sentences().size() << " sentences, " << corpus.tokenCount() << " tokens, "
        << corpus.keys().size() << " features" << Qt::endl;
    PerceptronTrainer::Options options;
    options.epochs = parser.value(u"epochs"_qs).toInt();
    options.minCount = parser.value(u"min-count"_qs).toInt();
    options.maxFeatures = parser.value(u"max-features"_qs).toInt();
    options.history = !parser.isSet(u"no-history"_qs);
    options.margin = parser.value(u"margin"_qs).toFloat();
    options.nameMargin = parser.value(u"name-margin"_qs).toFloat();
    options.wordDropout = parser.value(u"word-dropout"_qs).toFloat();
    options.dropPairs = parser.isSet(u"dropout-pairs"_qs);
    options.dropCapitalisedOnly = parser.isSet(u"dropout-capitalised"_qs);
    options.dropNamesOnly = parser.isSet(u"dropout-names"_qs);
    options.dropClusterPath = parser.isSet(u"dropout-cluster"_qs);
    options.domainAugment = parser.isSet(u"domain-augment"_qs);
    options.domainScale = parser.value(u"domain-scale"_qs).toFloat();
    if (parser.isSet(u"seed"_qs))
        options.seed = parser.value(u"seed"_qs).toULongLong();
    PerceptronTrainer trainer(corpus, options);
    trainer.train();
    const auto model = trainer.model();
    err << model->featureCount() << " features kept" << Qt::endl;
    if (parser.isSet(u"out"_qs)) {
        if (const QString error = model->save(parser.value(u"out"_qs)); !error.isEmpty()) {
            err << error << Qt::endl;
            return 1;
        }
    }
    return writeDev(parser, before, *resources, model);
}
