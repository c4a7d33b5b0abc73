// SPDX-License-Identifier: GPL-3.0-or-later
// The WordWeightCache is a shortcut: the recogniser's scores must be exactly those of summing
// every feature key in the model, whatever the cache held before (growth, a fresh start past
// its bound, an earlier document on the same thread).
#include "analysis/entities/entityrecogniser.h"
#include "analysis/entities/nerfeatures.h"
#include "analysis/entities/sequencemodel.h"
#include "analysis/entities/wordweightcache.h"
#include "analysis/textanalysers.h"
#include "analysis/time/temporaltagger.h"
#include "lexicon/resources.h"
#include "text/sentencesplitter.h"
#include "text/tokenizer.h"

#include <QTest>

#include <thread>

using namespace lector;

namespace {

constexpr int Labels = SequenceModel::labelCount;

struct Described
{
    Analysis analysis;
    std::vector<NerTokenFacts> facts;
};

// The cache's five rows for token `i` of the sentence [first, end), summed, then the pair keys:
// what EntityRecogniser::scoreCandidates() computes.
void scoreThroughCache(WordWeightCache &cache, const SequenceModel &model,
                       const std::vector<NerTokenFacts> &facts, int first, int end, int i,
                       float *out)
{
    const auto row = [&](int j, NerFeatures::Role role) {
        const NerTokenFacts &f = j < first  ? NerFeatures::outside(true)
                                 : j >= end ? NerFeatures::outside(false)
                                            : facts[size_t(j)];
        return cache.sums(f) + role * Labels;
    };
    cache.makeRoom(5);
    qint32 base[Labels] = {};
    const std::pair<int, NerFeatures::Role> parts[] = {{i, NerFeatures::Self},
                                                       {i - 1, NerFeatures::Previous},
                                                       {i + 1, NerFeatures::Next},
                                                       {i - 2, NerFeatures::BeforePrevious},
                                                       {i + 2, NerFeatures::AfterNext}};
    for (const auto &[j, role] : parts) {
        const qint32 *sums = row(j, role);
        for (int y = 0; y < Labels; ++y)
            base[y] += sums[y];
    }
    quint64 pairs[NerFeatures::pairKeys];
    NerFeatures::extractPairKeys(facts, first, end, i, pairs);
    model.scoreSequence(pairs, 1, NerFeatures::pairKeys, base, out);
}

} // namespace

class TestWordWeightCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameScoresAsAllKeys_data();
    void sameScoresAsAllKeys();
    void sameScoresAfterGrowingPastItsBound();
    void resultsDoNotDependOnEarlierDocuments();

private:
    Described describe(const QString &text) const;
    /// QCOMPAREs the cached and the direct scores of every token of every sentence; returns
    /// whether any weight was non-zero (so that the test cannot pass on an empty model).
    bool compareAll(WordWeightCache &cache, const Described &d) const;

    std::shared_ptr<const Resources> m_resources;
    std::shared_ptr<const SequenceModel> m_model;
};

void TestWordWeightCache::initTestCase()
{
    m_resources = Resources::shared();
    QVERIFY2(m_resources->isValid(), qPrintable(m_resources->error()));
    m_model = SequenceModel::shared();
    QVERIFY2(!m_model->isEmpty(), "the compiled-in model ner.bin is missing");
}

Described TestWordWeightCache::describe(const QString &text) const
{
    Document document;
    document.text = text;
    Described d;
    Tokenizer().run(document, d.analysis);
    SentenceAnalyser(*m_resources).run(document, d.analysis);
    TemporalTagger(*m_resources).run(document, d.analysis);
    NerFeatures(*m_resources).describe(text, d.analysis.tokens, d.analysis.times, d.facts);
    return d;
}

bool TestWordWeightCache::compareAll(WordWeightCache &cache, const Described &d) const
{
    bool someWeight = false;
    for (const Sentence &s : d.analysis.sentences) {
        for (int i = s.firstToken; i < s.endToken; ++i) {
            quint64 keys[NerFeatures::perToken];
            NerFeatures::extractToken(d.facts, s.firstToken, s.endToken, i, keys);
            float direct[Labels], cached[Labels];
            m_model->score(keys, NerFeatures::perToken, direct);
            scoreThroughCache(cache, *m_model, d.facts, s.firstToken, s.endToken, i, cached);
            for (int y = 0; y < Labels; ++y) {
                if (cached[y] != direct[y]) {
                    qWarning("token %d label %d: cached %g, direct %g", i, y, double(cached[y]),
                             double(direct[y]));
                    return false;
                }
                someWeight = someWeight || direct[y] != 0.0f;
            }
        }
    }
    return someWeight;
}

void TestWordWeightCache::sameScoresAsAllKeys_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("names and lower-case words")
        << u"The harbour master Petra Lindqvist met dock workers in Gdansk."_qs;
    QTest::newRow("one-word sentence") << u"Agreed."_qs;
    QTest::newRow("digits, hyphens and initials")
        << u"The 2-1 vote left J. R. Okoro-Bassey short of 300 seats."_qs;
    QTest::newRow("headline in capitals") << u"PORT STRIKE ENDS\nWorkers returned on Friday."_qs;
    QTest::newRow("the same word twice in a sentence")
        << u"Mendes said Mendes would not resign, Mendes said."_qs;
}

void TestWordWeightCache::sameScoresAsAllKeys()
{
    QFETCH(QString, text);
    WordWeightCache cache;
    cache.use(m_model);
    const Described d = describe(text);
    QVERIFY(!d.analysis.sentences.isEmpty());
    QVERIFY2(compareAll(cache, d), "cached and direct scores differ, or no weight at all");
    // A second pass reads every word from the table instead of the model.
    QVERIFY2(compareAll(cache, d), "cached scores differ once the words are in the table");
}

// More distinct words than the table keeps (16384) make it grow, then start afresh.
void TestWordWeightCache::sameScoresAfterGrowingPastItsBound()
{
    QString text;
    for (int i = 0; i < 20000; ++i)
        text += u"Ferrow%1 "_qs.arg(i);
    text += u"met Petra Lindqvist.\n"_qs;
    const Described d = describe(text);
    WordWeightCache cache;
    cache.use(m_model);
    for (const NerTokenFacts &f : d.facts) { // fill the table with every distinct word
        cache.makeRoom(1);
        cache.sums(f);
    }
    QVERIFY2(compareAll(cache, d), "scores differ after the table grew and started afresh");
}

// The cache lives per thread across documents: a warm thread must tag as a fresh one does.
void TestWordWeightCache::resultsDoNotDependOnEarlierDocuments()
{
    const QString earlier = u"Talks between Ostrava and the Lindqvist family ended. Ferrow "
                            "Industries said nothing."_qs;
    const QString later = u"Petra Lindqvist flew to Ostrava. Lindqvist met Ferrow Industries "
                          "staff there on Monday."_qs;
    const auto tag = [this](const QString &text) {
        Document document;
        document.text = text;
        Analysis analysis;
        Tokenizer().run(document, analysis);
        SentenceAnalyser(*m_resources).run(document, analysis);
        TemporalTagger(*m_resources).run(document, analysis);
        EntityRecogniser(*m_resources).run(document, analysis);
        QStringList out;
        for (const Mention &m : std::as_const(analysis.mentions))
            out << text.mid(m.span.begin, m.span.length()) + u'/' + entityTypeName(m.type);
        return out;
    };
    QStringList fresh;
    std::thread([&] { fresh = tag(later); }).join(); // a new thread: an empty cache
    tag(earlier);
    const QStringList warm = tag(later);
    QVERIFY(!fresh.isEmpty());
    QCOMPARE(warm, fresh);
}

QTEST_GUILESS_MAIN(TestWordWeightCache)
#include "tst_wordweightcache.moc"
