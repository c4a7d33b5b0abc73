// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/entities/nerfeatures.h"
#include "analysis/entities/sequencemodel.h"
#include "analysis/textanalysers.h"
#include "analysis/time/temporaltagger.h"
#include "lexicon/resources.h"
#include "perceptrontrainer.h"
#include "trainingcorpus.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace lector;

// The entity model's trainer (lector-train) on a corpus small enough to know what must
// happen: the plain perceptron stops updating once it tags every training word right, a
// margin (--margin C, --name-margin N) keeps it updating until the gold labels win by that
// much, so a margin must change the weights, and no margin must leave the plain perceptron.
// Word dropout (--word-dropout P, round 20) leaves out a token's word keys now and then in
// training: P = 0 must leave the plain perceptron byte for byte, P > 0 must change the
// weights, the same way each time for the same seed. Domain feature augmentation
// (--domain-augment, round 23) gives every feature a copy of its own per domain in training and
// saves the shared weights only: off, the plain perceptron byte for byte even when the corpus
// knows its domains; on, other weights, the same each time, and a model of the same format.
// A file's weight (--file-weight NAME=W, round 23) scales its documents' updates: 1 must leave
// the plain perceptron byte for byte.
class TestNerTrainer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void margin_data();
    void margin();
    void wordDropout_data();
    void wordDropout();
    void domains_data();
    void domains();
    void domainAugment_data();
    void domainAugment();
    void fileWeight_data();
    void fileWeight();

private:
    struct Trained
    {
        QByteArray bytes;           ///< the saved model file
        double goldOverOther = 0;   ///< mean over words: gold score - best other label's score
        double nameOverOutside = 0; ///< mean over name words: gold score - O's score
    };
    /// The options of every training here, with these margins.
    static PerceptronTrainer::Options options(float margin = 0.0f, float nameMargin = 0.0f);
    Trained train(float margin, float nameMargin) const
    {
        return train(options(margin, nameMargin));
    }
    Trained train(const PerceptronTrainer::Options &options) const;
    /// Trained on the corpus (and, with `tweets`, then on a second file of another kind of
    /// text), the documents given their domains by `domains`.
    Trained train(const PerceptronTrainer::Options &options, TrainingCorpus::Domains domains,
                  bool tweets, const QHash<QString, float> &fileWeights = {}) const;

    std::shared_ptr<const Resources> m_resources;
    QTemporaryDir m_dir;
    QString m_corpus;
    QString m_tweets; ///< a second file: lower-case names and all-capital shouting
};

namespace {

struct Name
{
    const char16_t *text;
    const char16_t *type;
};

// One document of the corpus: its text and the names in it (each found at its first
// occurrence).
QJsonObject document(const QString &text, std::initializer_list<Name> names)
{
    QJsonArray entities;
    for (const Name &name : names) {
        const QString written = QString::fromUtf16(name.text);
        const qsizetype at = text.indexOf(written);
        entities.append(QJsonObject{{u"start"_qs, at},
                                    {u"end"_qs, at + written.size()},
                                    {u"type"_qs, QString::fromUtf16(name.type)}});
    }
    return QJsonObject{{u"id"_qs, u"doc"_qs}, {u"text"_qs, text}, {u"entities"_qs, entities}};
}

} // namespace

void TestNerTrainer::initTestCase()
{
    m_resources = Resources::shared();
    QVERIFY2(m_resources->isValid(), qPrintable(m_resources->error()));
    QVERIFY(m_dir.isValid());
    m_corpus = m_dir.filePath(u"corpus.jsonl"_qs);
    QFile file(m_corpus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QJsonObject documents[] = {
        document(u"Inspector Hallvard Brekke drove to Lillehammer before dawn."_qs,
                 {{u"Hallvard Brekke", u"person"}, {u"Lillehammer", u"place"}}),
        document(u"The board of Vantrell Shipping met in Porto to sign the lease."_qs,
                 {{u"Vantrell Shipping", u"org"}, {u"Porto", u"place"}}),
        document(u"Odile Mercer wrote to the council about the broken bridge."_qs,
                 {{u"Odile Mercer", u"person"}}),
        document(u"Farmers near Kessington sold their wheat to Brandholm Mills."_qs,
                 {{u"Kessington", u"place"}, {u"Brandholm Mills", u"org"}}),
        document(u"The harbour was quiet, and the boats stayed in for the storm."_qs, {}),
    };
    for (const QJsonObject &o : documents)
        file.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    m_tweets = m_dir.filePath(u"tweets.jsonl"_qs);
    QFile tweets(m_tweets);
    QVERIFY(tweets.open(QIODevice::WriteOnly));
    const QJsonObject posts[] = {
        document(u"just landed in Porto with Odile, SO TIRED but happy"_qs,
                 {{u"Porto", u"place"}, {u"Odile", u"person"}}),
        document(u"WHY is the Kessington bus late AGAIN, come on Brandholm Mills"_qs,
                 {{u"Kessington", u"place"}, {u"Brandholm Mills", u"org"}}),
        document(u"Hallvard says the harbour is closed for the storm tonight"_qs,
                 {{u"Hallvard", u"person"}}),
    };
    for (const QJsonObject &o : posts)
        tweets.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
}

PerceptronTrainer::Options TestNerTrainer::options(float margin, float nameMargin)
{
    PerceptronTrainer::Options options;
    options.epochs = 6;
    options.minCount = 1;
    options.history = false; // the scores below need only the corpus's own keys
    options.margin = margin;
    options.nameMargin = nameMargin;
    return options;
}

TestNerTrainer::Trained TestNerTrainer::train(const PerceptronTrainer::Options &options) const
{
    return train(options, TrainingCorpus::Domains::None, false);
}

TestNerTrainer::Trained TestNerTrainer::train(const PerceptronTrainer::Options &options,
                                              TrainingCorpus::Domains domains, bool tweets,
                                              const QHash<QString, float> &fileWeights) const
{
    const TokenAnalyser tokenizer;
    const SentenceAnalyser splitter(*m_resources);
    const TemporalTagger tagger(*m_resources);
    const NerFeatures features(*m_resources);
    const QSet<quint64> nationalities;
    TrainingCorpus corpus({&tokenizer, &splitter, &tagger}, features, nationalities);
    corpus.setDomains(domains);
    corpus.setFileWeights(fileWeights);
    if (!corpus.add(m_corpus).isEmpty())
        return {};
    if (tweets && !corpus.add(m_tweets).isEmpty())
        return {};
    PerceptronTrainer trainer(corpus, options);
    trainer.train();
    const auto model = trainer.model();
    Trained trained;
    const QString path = m_dir.filePath(u"model.bin"_qs);
    if (!model->save(path).isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    trained.bytes = file.readAll();
    // How far the gold label of each training word is ahead, by the model's emissions.
    constexpr int labels = SequenceModel::labelCount, perToken = NerFeatures::perToken;
    int words = 0, nameWords = 0;
    for (const TrainingCorpus::Sentence &sentence : corpus.sentences()) {
        for (size_t i = 0; i < sentence.labels.size(); ++i) {
            quint64 keys[perToken];
            for (int k = 0; k < perToken; ++k)
                keys[k] = corpus.keys()[size_t(sentence.features[i * perToken + size_t(k)])];
            float score[labels];
            model->score(keys, perToken, score);
            const int gold = sentence.labels[i];
            float other = SequenceModel::forbidden;
            for (int y = 0; y < labels; ++y) {
                if (y != gold)
                    other = std::max(other, score[y]);
            }
            trained.goldOverOther += score[gold] - other;
            ++words;
            if (gold != 0) {
                trained.nameOverOutside += score[gold] - score[0];
                ++nameWords;
            }
        }
    }
    trained.goldOverOther /= std::max(words, 1);
    trained.nameOverOutside /= std::max(nameWords, 1);
    return trained;
}

void TestNerTrainer::margin_data()
{
    QTest::addColumn<float>("margin");
    QTest::addColumn<float>("nameMargin");
    QTest::addColumn<bool>("plain");
    // One update moves a word's label scores by one per key (NerFeatures::perToken, 40), so
    // past the first sentences a margin changes a decision only when it is of that order;
    // at the start every score is 0 and any margin breaks the ties towards the gold labels.
    QTest::newRow("no margin: trained twice, the same bytes (a determinism check)")
        << 0.0f << 0.0f << true;
    QTest::newRow("a margin for every wrong label") << 2.0f << 0.0f << false;
    QTest::newRow("a margin for leaving a name out") << 0.0f << 100.0f << false;
    QTest::newRow("both margins") << 2.0f << 100.0f << false;
}

void TestNerTrainer::margin()
{
    QFETCH(float, margin);
    QFETCH(float, nameMargin);
    QFETCH(bool, plain);
    const Trained reference = train(0.0f, 0.0f);
    QVERIFY(!reference.bytes.isEmpty());
    // Trained twice the same way: the same bytes (no margin is compared byte for byte).
    QCOMPARE(train(0.0f, 0.0f).bytes, reference.bytes);
    const Trained trained = train(margin, nameMargin);
    QVERIFY(!trained.bytes.isEmpty());
    QCOMPARE(trained.bytes == reference.bytes, plain);
    if (plain)
        return;
    // What the margin asks for: the gold labels further ahead (of O, for the name margin).
    if (margin > 0.0f)
        QVERIFY2(trained.goldOverOther > reference.goldOverOther,
                 qPrintable(
                     u"%1 against %2"_qs.arg(trained.goldOverOther).arg(reference.goldOverOther)));
    if (nameMargin > 0.0f)
        QVERIFY2(
            trained.nameOverOutside > reference.nameOverOutside,
            qPrintable(
                u"%1 against %2"_qs.arg(trained.nameOverOutside).arg(reference.nameOverOutside)));
}

void TestNerTrainer::wordDropout_data()
{
    QTest::addColumn<float>("dropout");
    QTest::addColumn<bool>("pairs");
    QTest::addColumn<bool>("capitalisedOnly");
    QTest::addColumn<bool>("plain");
    QTest::newRow("no dropout, whatever its keys: the plain perceptron's bytes")
        << 0.0f << true << true << true;
    QTest::newRow("dropout of every token's word") << 0.35f << false << false << false;
    QTest::newRow("dropout of capitalised words and their pairs") << 0.2f << true << true << false;
}

void TestNerTrainer::wordDropout()
{
    QFETCH(float, dropout);
    QFETCH(bool, pairs);
    QFETCH(bool, capitalisedOnly);
    QFETCH(bool, plain);
    const Trained reference = train(options());
    QVERIFY(!reference.bytes.isEmpty());
    PerceptronTrainer::Options dropping = options();
    dropping.wordDropout = dropout;
    dropping.dropPairs = pairs;
    dropping.dropCapitalisedOnly = capitalisedOnly;
    const Trained trained = train(dropping);
    QVERIFY(!trained.bytes.isEmpty());
    QCOMPARE(trained.bytes == reference.bytes, plain);
    // Deterministic: the same seed drops the same keys, so trained again, the same bytes.
    QCOMPARE(train(dropping).bytes, trained.bytes);
}

void TestNerTrainer::domains_data()
{
    QTest::addColumn<int>("by");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("expected");
    const QStringList gum{u"GUM_bio_kessler"_qs, u"GUM_news_flood"_qs, u"GUM_bio_mercer"_qs};
    QTest::newRow("no domains: every document in domain 0")
        << int(TrainingCorpus::Domains::None) << gum << QStringList{};
    QTest::newRow("by file: one domain for the file, however many genres")
        << int(TrainingCorpus::Domains::File) << gum << QStringList{u"FILE"_qs};
    QTest::newRow("by genre: GUM documents by the genre of their id")
        << int(TrainingCorpus::Domains::Genre) << gum << QStringList{u"GUM_bio"_qs, u"GUM_news"_qs};
    QTest::newRow("by genre: other documents by their file")
        << int(TrainingCorpus::Domains::Genre)
        << QStringList{u"conll-0001"_qs, u"litbank_1023_bleak_house"_qs} << QStringList{u"FILE"_qs};
}

// Which domain each document of a file is in (TrainingCorpus::Sentence::domain), the file given
// twice as the shipped recipe gives GUM: the same file is the same domain.
void TestNerTrainer::domains()
{
    QFETCH(int, by);
    QFETCH(QStringList, ids);
    QFETCH(QStringList, expected);
    const QString path = m_dir.filePath(u"domains.jsonl"_qs);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (const QString &id : ids) {
        QJsonObject o = document(u"Odile Mercer walked to Porto."_qs,
                                 {{u"Odile Mercer", u"person"}, {u"Porto", u"place"}});
        o[u"id"_qs] = id;
        file.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    }
    file.close();
    const TokenAnalyser tokenizer;
    const SentenceAnalyser splitter(*m_resources);
    const TemporalTagger tagger(*m_resources);
    const NerFeatures features(*m_resources);
    const QSet<quint64> nationalities;
    TrainingCorpus corpus({&tokenizer, &splitter, &tagger}, features, nationalities);
    corpus.setDomains(TrainingCorpus::Domains(by));
    QVERIFY(corpus.add(path).isEmpty());
    QVERIFY(corpus.add(path).isEmpty());
    expected.replaceInStrings(u"FILE"_qs, path);
    QCOMPARE(corpus.domains(), expected);
    QCOMPARE(corpus.sentences().size(), size_t(2 * ids.size()));
    for (size_t s = 0; s < corpus.sentences().size(); ++s) {
        const QString id = ids[qsizetype(s) % ids.size()];
        const int domain = corpus.sentences()[s].domain;
        if (expected.isEmpty())
            QCOMPARE(domain, 0);
        else if (expected.size() == 1)
            QCOMPARE(domain, 0);
        else
            QCOMPARE(expected[domain], id.section(u'_', 0, 1));
    }
}

void TestNerTrainer::domainAugment_data()
{
    QTest::addColumn<bool>("augment");
    QTest::addColumn<int>("by");
    QTest::addColumn<bool>("plain");
    QTest::newRow("domains known, no augmentation: the plain perceptron's bytes")
        << false << int(TrainingCorpus::Domains::File) << true;
    QTest::newRow("augmentation by file: other weights")
        << true << int(TrainingCorpus::Domains::File) << false;
    QTest::newRow("augmentation by genre (no GUM ids: by file): other weights")
        << true << int(TrainingCorpus::Domains::Genre) << false;
}

void TestNerTrainer::domainAugment()
{
    QFETCH(bool, augment);
    QFETCH(int, by);
    QFETCH(bool, plain);
    const auto domains = TrainingCorpus::Domains(by);
    // Both files, no domains, no augmentation.
    const Trained reference = train(options(), TrainingCorpus::Domains::None, true);
    QVERIFY(!reference.bytes.isEmpty());
    PerceptronTrainer::Options augmented = options();
    augmented.domainAugment = augment;
    const Trained trained = train(augmented, domains, true);
    QVERIFY(!trained.bytes.isEmpty());
    QCOMPARE(trained.bytes == reference.bytes, plain);
    // Deterministic: trained again, the same bytes.
    QCOMPARE(train(augmented, domains, true).bytes, trained.bytes);
    // What is saved is a model of the usual format, the shared weights alone: it loads, and
    // it puts the gold label of the training words ahead on average.
    const QString path = m_dir.filePath(u"augmented.bin"_qs);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(trained.bytes);
    file.close();
    QString error;
    QVERIFY2(SequenceModel::load(path, &error), qPrintable(error));
    QVERIFY2(trained.goldOverOther > 0.0, qPrintable(QString::number(trained.goldOverOther)));
}

void TestNerTrainer::fileWeight_data()
{
    QTest::addColumn<float>("weight");
    QTest::addColumn<bool>("plain");
    QTest::newRow("weight 1: the plain perceptron's bytes") << 1.0f << true;
    QTest::newRow("the tweets at half weight: other weights") << 0.5f << false;
    QTest::newRow("the tweets at double weight: other weights") << 2.0f << false;
}

void TestNerTrainer::fileWeight()
{
    QFETCH(float, weight);
    QFETCH(bool, plain);
    const auto none = TrainingCorpus::Domains::None;
    const Trained reference = train(options(), none, true);
    QVERIFY(!reference.bytes.isEmpty());
    const QHash<QString, float> weights{{u"tweets.jsonl"_qs, weight}};
    const Trained trained = train(options(), none, true, weights);
    QVERIFY(!trained.bytes.isEmpty());
    QCOMPARE(trained.bytes == reference.bytes, plain);
    QCOMPARE(train(options(), none, true, weights).bytes, trained.bytes);
}

QTEST_GUILESS_MAIN(TestNerTrainer)
#include "tst_nertrainer.moc"
