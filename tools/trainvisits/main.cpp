// SPDX-License-Identifier: GPL-3.0-or-later
// lector-trainvisits: trains the visit decision (resources/model/visits.bin) from the visit gold
// set (../shared/eval/visits/visits-train.jsonl, format in its GUIDELINES.md).
//   lector-trainvisits --out resources/model/visits.bin TRAIN.jsonl
//   lector-trainvisits --folds 2 --cv-out PRED.jsonl TRAIN.jsonl   (cross-validation: each
//       document is predicted by a model trained on the other folds; score PRED.jsonl with
//       score_visits.py)
//   lector-trainvisits --extra MORE.jsonl ... TRAIN.jsonl   (MORE's documents are training data
//       alone: in every model trained, every fold's and --out's, never predicted nor scored)
//   lector-trainvisits --extra MORE.jsonl --extra-weight 0.5 ... TRAIN.jsonl   (MORE's pairs
//       count half as much as TRAIN's in the loss: another annotation effort, another mix of
//       sources)
// Deterministic: the same input gives the same model file, byte for byte.
#include "analysis/entities/aliasresolver.h"
#include "analysis/entities/entityrecogniser.h"
#include "analysis/entities/sequencemodel.h"
#include "analysis/pipeline.h"
#include "analysis/quotes/quotationfinder.h"
#include "analysis/quotes/speakerattributor.h"
#include "analysis/textanalysers.h"
#include "analysis/time/temporaltagger.h"
#include "analysis/visits/timelinebuilder.h"
#include "analysis/visits/visitassembler.h"
#include "analysis/visits/visitextractor.h"
#include "analysis/visits/visitmodel.h"
#include "export/jsonexporter.h"
#include "lexicon/resources.h"
#include "visittrainer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

#include <cmath>
#include <limits>
#include <type_traits>

using namespace lector;

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

struct GoldDocument
{
    QString id;
    Document document;
    Analysis prepared; ///< the pipeline up to (not including) the visit extractor
    QJsonArray visits;
    float weight = 1.0f; ///< of each of its pairs in training (--extra-weight for --extra's)
};

QString readGold(const QString &path, const Pipeline &pipeline, int prefix,
                 QList<GoldDocument> &out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("Cannot read %1: %2.").arg(path, file.errorString());
    // A line that is no JSON object, or a document without its text (the committed
    // annotation file before `tools/visit_annotations.py join`), is an error: trained on as an
    // empty document it would change nothing and say nothing.
    for (int line = 1; !file.atEnd(); ++line) {
        const QByteArray bytes = file.readLine();
        if (bytes.trimmed().isEmpty())
            continue;
        const QJsonDocument json = QJsonDocument::fromJson(bytes);
        if (!json.isObject())
            return QStringLiteral("%1:%2: not a JSON object.").arg(path).arg(line);
        const QJsonObject o = json.object();
        GoldDocument g;
        g.id = o.value(u"id").toString();
        g.document.text = o.value(u"text").toString();
        if (g.document.text.isEmpty())
            return QStringLiteral("%1:%2: document %3 has no text (join the annotations with "
                                  "tools/visit_annotations.py first).")
                .arg(path)
                .arg(line)
                .arg(g.id);
        g.document.published = QDate::fromString(o.value(u"dct").toString(), Qt::ISODate);
        g.prepared = pipeline.runPrefix(g.document, prefix);
        g.visits = o.value(u"visits").toArray();
        out.append(std::move(g));
    }
    return {};
}

/// Reads the --extra files onto the end of `docs`; an id already in `docs` is an error (the
/// same document would be trained on while predicted, or twice).
QString readExtra(const QStringList &paths, float weight, const Pipeline &pipeline, int prefix,
                  QList<GoldDocument> &docs)
{
    QSet<QString> ids;
    for (const GoldDocument &g : std::as_const(docs))
        ids.insert(g.id);
    for (const QString &path : paths) {
        const qsizetype from = docs.size();
        if (const QString e = readGold(path, pipeline, prefix, docs); !e.isEmpty())
            return e;
        for (qsizetype i = from; i < docs.size(); ++i) {
            if (ids.contains(docs[i].id))
                return QStringLiteral("%1: document %2 is already in the training data.")
                    .arg(path, docs[i].id);
            ids.insert(docs[i].id);
            docs[i].weight = weight;
        }
    }
    return {};
}

constexpr int Rounds = 4; ///< orders of the examples the pair model is averaged over

QList<VisitExample> examplesOf(const QList<GoldDocument> &docs, const QList<int> &which,
                               const VisitLexicon &lexicon)
{
    const VisitModel empty;
    QList<VisitExample> out;
    for (int i : which) {
        const GoldDocument &g = docs[i];
        const VisitAssembler assembler(g.document, g.prepared, lexicon, empty);
        for (VisitCandidate &c : assembler.candidates()) {
            VisitExample e;
            e.document = i;
            e.status = VisitTrainer::goldStatus(g.prepared, c.visitor, c.place, g.visits);
            e.weight = g.weight;
            e.candidate = std::move(c);
            out.append(std::move(e));
        }
    }
    return out;
}

/// How to learn the pair model (the defaults train the shipped one).
struct Settings
{
    bool logistic = true; ///< else the averaged perceptron of rounds 5-10
    int epochs = 10;      ///< of the perceptron
    int orders = 0;       ///< the perceptron's set of example orders
    int minCount = 1;
    VisitTrainer::Logistic regression;
    /// When above 0, the L2 weight is this times the number of training pairs (--l2 is then
    /// unused): the penalty per pair stays the same however much data a model is trained on.
    float l2PerPair = 0.0f;
    QList<float> rates;         ///< one logistic model per AdaGrad rate, averaged
    bool innerThreshold = true; ///< else the model decides at `threshold`
    float threshold = 0.0f;
    /// The inner-CV F1 averaged over this many grid points each side (the perceptron's: 0):
    /// the curve is flat, so its argmax moved by 0.5-1 with small changes (docs/quality.md,
    /// Visits, round 12); the middle of the plateau moves less.
    int smooth = 4;
    float step = 0.25f;       ///< of the threshold grid (the perceptron's: 1)
    int steps = 12;           ///< grid points each side of 0 (the perceptron's: 10)
    int folds = 0;            ///< of the cross-validation (0: none)
    int exclude = -1;         ///< the one fold to predict (-1: every fold)
    float extraWeight = 1.0f; ///< of the pairs of --extra's documents
};

/// The `least` of readNumber() for a value that must be above 0 (a rate, a step).
constexpr double Above0 = -1.0;

/// A number of option `name` (an integer when `integer`), at least `least`: "" when it is
/// one, else what is wrong with it. A value that is no number was read as 0 before, and a
/// mistyped option trained another model without a word.
QString readNumber(const QString &name, const QString &text, double least, bool integer,
                   double *out)
{
    bool ok = false;
    *out = integer ? double(text.toInt(&ok)) : text.toDouble(&ok);
    // "1/2750" for a rate per pair
    if (!ok && !integer) {
        const qsizetype slash = text.indexOf(u'/');
        bool top = false, bottom = false;
        const double n = text.left(slash).toDouble(&top), d = text.mid(slash + 1).toDouble(&bottom);
        ok = slash > 0 && top && bottom && d != 0.0;
        *out = ok ? n / d : 0.0;
    }
    if (!ok || !std::isfinite(*out))
        return QStringLiteral("--%1 %2: not %3.")
            .arg(name, text, integer ? u"a whole number"_qs : u"a number"_qs);
    if (least == Above0 && *out <= 0.0)
        return QStringLiteral("--%1 %2: must be above 0.").arg(name, text);
    if (least != Above0 && *out < least)
        return QStringLiteral("--%1 %2: must be at least %3.").arg(name, text).arg(least);
    return {};
}

/// The learning settings of the command line; "" when every value is valid, else the first
/// error.
QString readSettings(const QCommandLineParser &parser, Settings &settings)
{
    const QString learner = parser.value(u"learner"_qs);
    if (learner != u"logistic" && learner != u"perceptron")
        return QStringLiteral("--learner %1: logistic or perceptron.").arg(learner);
    settings.logistic = learner == u"logistic";
    if (!settings.logistic) {
        settings.step = 1.0f;
        settings.steps = 10;
        settings.smooth = 0;
    }
    const auto number = [&](const QString &name, double least, bool integer, auto *to) {
        if (!parser.isSet(name) && parser.value(name).isEmpty())
            return QString(); // neither given nor defaulted
        double x = 0.0;
        const QString e = readNumber(name, parser.value(name), least, integer, &x);
        if (e.isEmpty())
            *to = static_cast<std::remove_pointer_t<decltype(to)>>(x);
        return e;
    };
    for (const QString &e : {number(u"epochs"_qs, 1, true, &settings.epochs),
                             number(u"orders"_qs, 0, true, &settings.orders),
                             number(u"min-count"_qs, 1, true, &settings.minCount),
                             number(u"l2"_qs, 0, false, &settings.regression.l2),
                             number(u"l2-per-pair"_qs, Above0, false, &settings.l2PerPair),
                             number(u"iterations"_qs, 1, true, &settings.regression.iterations),
                             number(u"fixed-threshold"_qs, -1e30, false, &settings.threshold),
                             number(u"smooth"_qs, 0, true, &settings.smooth),
                             number(u"folds"_qs, 2, true, &settings.folds),
                             number(u"exclude"_qs, 0, true, &settings.exclude),
                             number(u"extra-weight"_qs, Above0, false, &settings.extraWeight)})
        if (!e.isEmpty())
            return e;
    if (settings.exclude >= 0 && settings.exclude >= settings.folds)
        return QStringLiteral("--exclude %1: needs --folds N above it.").arg(settings.exclude);
    // A weight with no extra document to weigh would train the model of TRAIN alone, as if
    // the extra data had been asked for and found wanting.
    if (parser.isSet(u"extra-weight"_qs) && !parser.isSet(u"extra"_qs))
        return QStringLiteral("--extra-weight %1: needs --extra FILE.")
            .arg(parser.value(u"extra-weight"_qs));
    for (const QString &r : parser.value(u"rate"_qs).split(u',')) {
        double x = 0.0;
        if (const QString e = readNumber(u"rate"_qs, r, Above0, false, &x); !e.isEmpty())
            return e;
        settings.rates.append(float(x));
    }
    settings.innerThreshold = !parser.isSet(u"fixed-threshold"_qs);
    if (parser.isSet(u"grid"_qs)) {
        const QStringList grid = parser.value(u"grid"_qs).split(u',');
        double step = 0.0, steps = 0.0;
        if (grid.size() != 2)
            return QStringLiteral("--grid %1: STEP,N.").arg(parser.value(u"grid"_qs));
        if (const QString e = readNumber(u"grid"_qs, grid[0], Above0, false, &step); !e.isEmpty())
            return e;
        if (const QString e = readNumber(u"grid"_qs, grid[1], 1, true, &steps); !e.isEmpty())
            return e;
        settings.step = float(step);
        settings.steps = int(steps);
    }
    if (parser.isSet(u"predict"_qs) != parser.isSet(u"predict-out"_qs))
        return u"--predict and --predict-out go together."_qs;
    return {};
}

QHash<quint64, float> learn(const QList<VisitExample> &all, const Settings &settings)
{
    const QList<VisitExample> examples = VisitTrainer::withoutRare(all, settings.minCount);
    if (settings.logistic) {
        // The logistic objective is not convex (a pair scores its best occurrence), so where
        // AdaGrad ends depends on its rate: the models of a few rates, averaged, as the
        // perceptron averages a few orders (docs/quality.md, Visits, round 11).
        QHash<quint64, float> weights;
        for (float rate : settings.rates) {
            double objective = 0.0;
            VisitTrainer::Logistic options = settings.regression;
            if (settings.l2PerPair > 0.0f)
                options.l2 = settings.l2PerPair * float(examples.size());
            options.objective = &objective;
            options.rate = rate;
            const auto w = VisitTrainer::trainLogistic(examples, options);
            err() << "  logistic objective " << objective << " over " << examples.size()
                  << " pairs\n";
            for (auto it = w.cbegin(); it != w.cend(); ++it)
                weights[it.key()] += it.value() / float(settings.rates.size());
        }
        return weights;
    }
    // The averaged perceptrons of a few fixed orders of the examples, averaged: about the same
    // F1 as one order, with less luck of the order (docs/quality.md, Visits). The status is
    // not learned: VisitAssembler::tenseOf() reads it from the tense words.
    const VisitTrainer trainer;
    QHash<quint64, float> weights;
    for (int round = 0; round < Rounds; ++round) {
        const QHash<quint64, float> w =
            trainer.trainPairs(examples, settings.epochs, round + settings.orders * Rounds);
        for (auto it = w.cbegin(); it != w.cend(); ++it)
            weights[it.key()] += it.value() / float(Rounds);
    }
    return weights;
}

/// The decision threshold chosen by a 2-fold cross-validation inside the training documents
/// `which` (every other one held out): the candidates of each half scored by a model trained
/// on the other, then VisitTrainer::bestThreshold(). The `extra` documents (--extra) are in
/// both inner training sets and in no held-out half: the threshold is chosen on the kind of
/// documents the model is used on, as the outer folds predict only TRAIN's, and each inner
/// model sees all the extra data, as the model it sets the threshold of does. Never sees a
/// document outside `which` and `extra`.
float innerThreshold(const QList<GoldDocument> &docs, const QList<int> &which,
                     const QList<int> &extra, const VisitLexicon &lexicon, const Settings &settings,
                     float *f1)
{
    QList<VisitTrainer::HeldOut> rows;
    for (int half = 0; half < 2; ++half) {
        QList<int> on, off;
        for (int i = 0; i < which.size(); ++i)
            (i % 2 == half ? off : on).append(which[i]);
        on += extra;
        const auto model = VisitModel::fromWeights(learn(examplesOf(docs, on, lexicon), settings));
        for (int d : std::as_const(off)) {
            const GoldDocument &g = docs[d];
            const VisitAssembler assembler(g.document, g.prepared, lexicon, *model);
            for (const VisitCandidate &c : assembler.candidates()) {
                if (c.occurrences.isEmpty() || c.atHome())
                    continue; // as VisitExtractor::run()
                const VisitAssembler::Scored scored = VisitAssembler::score(*model, c);
                rows.append(
                    {scored.total,
                     VisitTrainer::goldStatus(g.prepared, c.visitor, c.place, g.visits) >= 0,
                     assembler.verdict(c, scored)});
            }
        }
    }
    return VisitTrainer::bestThreshold(rows, settings.step, settings.steps, f1, settings.smooth);
}

/// The model trained on the documents `which` and `extra` (always trained on, never held out).
std::shared_ptr<const VisitModel> train(const QList<GoldDocument> &docs, const QList<int> &which,
                                        const QList<int> &extra, const VisitLexicon &lexicon,
                                        const Settings &settings)
{
    const QList<VisitExample> examples = examplesOf(docs, which + extra, lexicon);
    QHash<quint64, float> weights = learn(examples, settings);
    // The threshold goes into the bias, which every candidate has.
    float f1 = 0.0f;
    const float threshold = settings.innerThreshold
                                ? innerThreshold(docs, which, extra, lexicon, settings, &f1)
                                : settings.threshold;
    weights[VisitModel::key(u"bias")] -= threshold;
    int positive = 0;
    for (const VisitExample &e : examples)
        positive += e.status >= 0;
    err() << "  " << examples.size() << " candidates, " << positive << " gold pairs, "
          << weights.size() << " weights, threshold " << threshold << " (inner-CV pair F1 " << f1
          << ")\n";
    err().flush();
    return VisitModel::fromWeights(weights);
}

/// Each candidate of a held-out document as the decision sees it, to study the decision; with
/// `weights`, a line after each with every weighed key of the pair and of its best sentence.
void writeRows(const GoldDocument &g, const VisitLexicon &lexicon, const VisitModel &model,
               QFile &out, bool weights)
{
    static const QStringList verdicts{u"score"_qs, u"never"_qs, u"always"_qs};
    const VisitAssembler assembler(g.document, g.prepared, lexicon, model);
    const Analysis &a = g.prepared;
    for (const VisitCandidate &c : assembler.candidates()) {
        if (c.occurrences.isEmpty())
            continue;
        const VisitAssembler::Scored scored = VisitAssembler::score(model, c);
        QJsonArray roles;
        for (const VisitOccurrence &o : c.occurrences) {
            QString r = VisitStructure::destinationName(o.destination).toString();
            if (o.pattern)
                r += u"+pattern:"_qs + cueKindName(o.kind);
            roles.append(r);
        }
        const QJsonObject o{{u"id"_qs, g.id},
                            {u"visitor"_qs, a.entities[c.visitor].name},
                            {u"type"_qs, entityTypeName(a.entities[c.visitor].type)},
                            {u"place"_qs, a.entities[c.place].name},
                            {u"gold"_qs, VisitTrainer::goldStatus(a, c.visitor, c.place, g.visits)},
                            {u"home"_qs, c.atHome()},
                            {u"homeByPhrase"_qs, c.homeByPhrase},
                            {u"countries"_qs, QJsonArray::fromStringList(
                                                  assembler.context().countriesOf(c.visitor))},
                            {u"placeCountry"_qs, assembler.context().countryOfPlace(c.place)},
                            {u"score"_qs, scored.total},
                            {u"best"_qs, scored.best},
                            {u"verdict"_qs, verdicts[int(assembler.verdict(c, scored))]},
                            {u"roles"_qs, roles}};
        out.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        if (weights) {
            // Hexadecimal keys, as VisitModel::key() hashes them.
            QJsonArray keys;
            const auto add = [&](const QList<quint64> &features, const QString &where) {
                for (quint64 k : features)
                    if (model.weight(k) != 0.0f)
                        keys.append(QJsonArray{where, QString::number(k, 16), model.weight(k)});
            };
            add(c.features, u"pair"_qs);
            if (scored.best >= 0)
                add(c.occurrences[scored.best].features, u"best"_qs);
            out.write(
                QJsonDocument(QJsonObject{{u"keys"_qs, keys}}).toJson(QJsonDocument::Compact) +
                '\n');
        }
    }
}

QByteArray predict(const GoldDocument &g, const Resources &resources,
                   std::shared_ptr<const VisitModel> model)
{
    Analysis analysis = g.prepared;
    VisitExtractor(resources, std::move(model)).run(g.document, analysis);
    TimelineBuilder().run(g.document, analysis);
    return QJsonDocument(JsonExporter::prediction(g.id, g.document, analysis))
               .toJson(QJsonDocument::Compact) +
           '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Trains Lector's visit model from the visit gold set."_qs);
    parser.addHelpOption();
    parser.addOptions({
        {u"out"_qs, u"Write the model trained on all of TRAIN here."_qs, u"FILE"_qs},
        {u"extra"_qs,
         u"More gold documents (repeatable), always trained on and never predicted: in every "
         "fold's model (and its inner threshold's training halves, never a held-out one), in "
         "--out's and --predict's. An id that is also in TRAIN is refused."_qs,
         u"FILE"_qs},
        {u"extra-weight"_qs,
         u"The weight of each --extra document's pairs in the logistic loss (the perceptron: in "
         "its updates), above 0 (default 1: as TRAIN's). --l2-per-pair counts pairs, not "
         "weights."_qs,
         u"W"_qs},
        {u"folds"_qs, u"Cross-validate over N folds (document i is in fold i mod N)."_qs, u"N"_qs},
        {u"cv-out"_qs, u"With --folds: write each document's prediction here."_qs, u"FILE"_qs},
        {u"exclude"_qs, u"Train without fold K of --folds (and predict it into --cv-out)."_qs,
         u"K"_qs},
        {u"epochs"_qs, u"Perceptron: passes over the data (default 10)."_qs, u"N"_qs, u"10"_qs},
        {u"predict"_qs, u"After training on all of TRAIN, predict this gold file..."_qs,
         u"FILE"_qs},
        {u"predict-out"_qs, u"... into this file (as `lector analyze --jsonl`)."_qs, u"FILE"_qs},
        {u"model"_qs,
         u"With --predict: predict with this model file instead of one trained on TRAIN."_qs,
         u"FILE"_qs},
        {u"predict-rows"_qs,
         u"With --predict: also write each candidate of its documents, its score and verdict "
         "here (JSONL, as --cv-rows)."_qs,
         u"FILE"_qs},
        {u"row-weights"_qs,
         u"With --predict-rows or --cv-rows: after each candidate, a line with every weighed "
         "key of the pair and of its best sentence, to study the decision."_qs},
        {u"rules"_qs,
         u"With --predict: the travel-cue patterns alone (no model), for comparison."_qs},
        {u"candidates"_qs, u"Write every candidate pair of TRAIN here (JSONL), to study recall."_qs,
         u"FILE"_qs},
        {u"orders"_qs,
         u"Perceptron: use the N-th set of example orders (default 0): a trial is judged by the "
         "mean CV over a few sets, since one set moves F1 by about 0.01. The logistic learner "
         "has no order."_qs,
         u"N"_qs, u"0"_qs},
        {u"ner"_qs, u"Recognise entities with this model instead of the compiled-in one."_qs,
         u"FILE"_qs},
        {u"learner"_qs, u"logistic (default) or perceptron."_qs, u"NAME"_qs, u"logistic"_qs},
        {u"l2"_qs, u"Logistic: the L2 weight (default 1)."_qs, u"X"_qs, u"1"_qs},
        {u"l2-per-pair"_qs,
         u"Logistic: the L2 weight is X times the model's training pairs instead of --l2 (the "
         "same penalty per pair for a model trained on more data; 1 / 2750 gives a 2-fold CV "
         "model of visits-train.jsonl alone the default --l2 1)."_qs,
         u"X"_qs},
        {u"iterations"_qs, u"Logistic: full-batch steps (default 2000)."_qs, u"N"_qs, u"2000"_qs},
        {u"rate"_qs,
         u"Logistic: AdaGrad rates, one model each, averaged (default 0.2,0.3,0.5,1)."_qs,
         u"X,..."_qs, u"0.2,0.3,0.5,1"_qs},
        {u"min-count"_qs, u"Leave out features seen in fewer than K training pairs."_qs, u"K"_qs,
         u"1"_qs},
        {u"cv-rows"_qs,
         u"With --folds: write each held-out candidate, its score and verdict here (JSONL). "
         u"Every document's rows, the held-out odd lines included: read only the even lines' "
         u"(docs/quality.md, Visits)."_qs,
         u"FILE"_qs},
        {u"fixed-threshold"_qs,
         u"Decide at score X (default 0) instead of an inner-CV threshold: to compare two "
         "feature sets apart from the threshold's choice."_qs,
         u"X"_qs, u"0"_qs},
        {u"smooth"_qs,
         u"The inner-CV threshold: the F1 averaged over K grid points each side (default 4; "
         "0 for the perceptron)."_qs,
         u"K"_qs},
        {u"grid"_qs,
         u"The inner-CV threshold grid: STEP,N, from -N*STEP to N*STEP (default 0.25,12; "
         "1,10 for the perceptron)."_qs,
         u"STEP,N"_qs},
    });
    parser.addPositionalArgument(u"TRAIN"_qs, u"visits-train.jsonl"_qs);
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        err() << "lector-trainvisits: give one TRAIN.jsonl file.\n";
        return 2;
    }
    const bool rowWeights = parser.isSet(u"row-weights"_qs);
    Settings settings;
    if (const QString e = readSettings(parser, settings); !e.isEmpty()) {
        err() << "lector-trainvisits: " << e << '\n';
        return 2;
    }
    const auto resources = Resources::shared();
    Pipeline pipeline = Pipeline::standard(*resources);
    if (parser.isSet(u"ner"_qs)) {
        QString error;
        auto ner = SequenceModel::load(parser.value(u"ner"_qs), &error);
        if (!ner) {
            err() << error << '\n';
            return 1;
        }
        // The standard analysers before the visits, with this entity model.
        pipeline = Pipeline();
        const bool ok = pipeline.append(std::make_unique<TokenAnalyser>()) &&
                        pipeline.append(std::make_unique<SentenceAnalyser>(*resources)) &&
                        pipeline.append(std::make_unique<TemporalTagger>(*resources)) &&
                        pipeline.append(std::make_unique<EntityRecogniser>(*resources, ner)) &&
                        pipeline.append(std::make_unique<AliasResolver>(*resources)) &&
                        pipeline.append(std::make_unique<QuotationFinder>(*resources)) &&
                        pipeline.append(std::make_unique<SpeakerAttributor>(*resources));
        if (!ok) {
            err() << pipeline.error() << '\n';
            return 1;
        }
    }
    const int prefix = pipeline.indexOf(u"visits");
    QList<GoldDocument> docs;
    if (const QString e =
            readGold(parser.positionalArguments().constFirst(), pipeline, prefix, docs);
        !e.isEmpty()) {
        err() << e << '\n';
        return 1;
    }
    // TRAIN's documents are docs[0, trained); the extra ones follow, only ever trained on.
    const int trained = int(docs.size());
    if (const QString e =
            readExtra(parser.values(u"extra"_qs), settings.extraWeight, pipeline, prefix, docs);
        !e.isEmpty()) {
        err() << e << '\n';
        return 1;
    }
    QList<int> extra;
    for (int i = trained; i < docs.size(); ++i)
        extra.append(i);
    if (!extra.isEmpty())
        err() << extra.size() << " extra documents, always trained on\n";
    // --predict's documents, read before any training: one that is also trained on would be
    // scored by a model that saw its answer.
    QList<GoldDocument> predicted;
    if (parser.isSet(u"predict"_qs)) {
        const QString path = parser.value(u"predict"_qs);
        if (const QString e = readGold(path, pipeline, prefix, predicted); !e.isEmpty()) {
            err() << e << '\n';
            return 1;
        }
        QSet<QString> trainedOn;
        for (const GoldDocument &g : std::as_const(docs))
            trainedOn.insert(g.id);
        for (const GoldDocument &g : std::as_const(predicted))
            if (trainedOn.contains(g.id)) {
                err() << path << ": document " << g.id
                      << " is also trained on (TRAIN or --extra); it would be predicted by a "
                         "model that saw it.\n";
                return 1;
            }
    }
    const VisitExtractor extractor(*resources, nullptr);
    const VisitLexicon &lexicon = extractor.lexicon();
    if (parser.isSet(u"candidates"_qs)) {
        QFile out(parser.value(u"candidates"_qs));
        if (!out.open(QIODevice::WriteOnly)) {
            err() << "Cannot write " << out.fileName() << ": " << out.errorString() << ".\n";
            return 1;
        }
        QList<int> all;
        for (int i = 0; i < trained; ++i)
            all.append(i);
        for (const VisitExample &e : examplesOf(docs, all, lexicon)) {
            const Analysis &a = docs[e.document].prepared;
            const Entity &v = a.entities[e.candidate.visitor], &p = a.entities[e.candidate.place];
            // How the place stands to its cue in each sentence ("pp:for": the object of
            // another preposition), and whether a cue pattern matched there.
            QJsonArray roles;
            for (const VisitOccurrence &o : e.candidate.occurrences) {
                QString r = VisitStructure::destinationName(o.destination).toString();
                if (o.preposition >= 0) {
                    const Span sp = a.tokens[o.preposition].span;
                    r += u':' + docs[e.document].document.text.mid(sp.begin, sp.length()).toLower();
                }
                if (o.pattern)
                    r += u"+pattern"_qs;
                roles.append(r);
            }
            QJsonObject o{{u"id"_qs, docs[e.document].id},
                          {u"visitor"_qs, v.name},
                          {u"visitor_forms"_qs, QJsonArray::fromStringList(v.forms)},
                          {u"place"_qs, p.name},
                          {u"place_forms"_qs, QJsonArray::fromStringList(p.forms)},
                          {u"status"_qs, e.status},
                          {u"home"_qs, e.candidate.atHome()},
                          {u"roles"_qs, roles}};
            // What the article tells of the visitor of a dateline pair.
            if (const VisitCandidate::Dateline &d = e.candidate.dateline; d.pair) {
                static const QStringList homes{u"unknown"_qs, u"same"_qs, u"other"_qs};
                o.insert(u"dateline"_qs, QJsonObject{{u"lead"_qs, d.lead},
                                                     {u"home"_qs, homes[int(d.home)]},
                                                     {u"activity"_qs, d.activity},
                                                     {u"speaker"_qs, d.speaker},
                                                     {u"onlySpeaker"_qs, d.onlySpeaker}});
            }
            out.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        }
    }
    const int folds = settings.folds;
    if (folds >= 2) {
        QList<QByteArray> lines(trained);
        for (int f = 0; f < folds; ++f) {
            if (settings.exclude >= 0 && settings.exclude != f)
                continue;
            QList<int> trainOn;
            for (int i = 0; i < trained; ++i)
                if (i % folds != f)
                    trainOn.append(i);
            err() << "fold " << f << ": training on " << trainOn.size() << " documents\n";
            const auto model = train(docs, trainOn, extra, lexicon, settings);
            for (int i = 0; i < trained; ++i)
                if (i % folds == f)
                    lines[i] = predict(docs[i], *resources, model);
            if (parser.isSet(u"cv-rows"_qs)) {
                QFile rows(parser.value(u"cv-rows"_qs));
                if (!rows.open(QIODevice::WriteOnly |
                               (f ? QIODevice::Append : QIODevice::Truncate))) {
                    err() << "Cannot write " << rows.fileName() << ": " << rows.errorString()
                          << ".\n";
                    return 1;
                }
                for (int i = 0; i < trained; ++i)
                    if (i % folds == f)
                        writeRows(docs[i], lexicon, *model, rows, rowWeights);
            }
        }
        if (parser.isSet(u"cv-out"_qs)) {
            QFile out(parser.value(u"cv-out"_qs));
            if (!out.open(QIODevice::WriteOnly)) {
                err() << "Cannot write " << out.fileName() << ".\n";
                return 1;
            }
            for (const QByteArray &line : std::as_const(lines))
                out.write(line);
        }
    }
    if (parser.isSet(u"out"_qs) || parser.isSet(u"predict"_qs)) {
        QList<int> all;
        for (int i = 0; i < trained; ++i)
            all.append(i);
        std::shared_ptr<const VisitModel> model;
        if (parser.isSet(u"model"_qs)) {
            QString error;
            model = VisitModel::load(parser.value(u"model"_qs), &error);
            if (!model) {
                err() << error << '\n';
                return 1;
            }
        } else {
            err() << "training on all " << trained << " documents\n";
            model = train(docs, all, extra, lexicon, settings);
        }
        if (parser.isSet(u"out"_qs)) {
            if (const QString e = model->save(parser.value(u"out"_qs)); !e.isEmpty()) {
                err() << e << '\n';
                return 1;
            }
        }
        if (parser.isSet(u"predict"_qs)) {
            QFile out(parser.value(u"predict-out"_qs));
            if (!out.open(QIODevice::WriteOnly)) {
                err() << "Cannot write " << out.fileName() << ".\n";
                return 1;
            }
            const bool rules = parser.isSet(u"rules"_qs);
            for (const GoldDocument &g : std::as_const(predicted))
                out.write(predict(g, *resources, rules ? nullptr : model));
            if (parser.isSet(u"predict-rows"_qs)) {
                QFile rows(parser.value(u"predict-rows"_qs));
                if (!rows.open(QIODevice::WriteOnly)) {
                    err() << "Cannot write " << rows.fileName() << ".\n";
                    return 1;
                }
                for (const GoldDocument &g : std::as_const(predicted))
                    writeRows(g, lexicon, *model, rows, rowWeights);
            }
        }
    }
    return 0;
}
