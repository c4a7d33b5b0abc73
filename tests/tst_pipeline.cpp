// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/pipeline.h"
#include "analysis/textanalysers.h"
#include "lexicon/resources.h"
#include "text/tokenizer.h"

#include <QTest>
#include <QThreadPool>

using namespace lector;

namespace {

class NeedsMissing final : public Analyser
{
public:
    QString name() const override { return u"needs-missing"_qs; }
    QStringList prerequisites() const override { return {u"entities"_qs}; }
    void run(const Document &, Analysis &) const override {}
};

} // namespace

class TestPipeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void missingPrerequisiteIsRefused();
    void standardRunsEveryAnalyserInOrder();
    void resourcesLoad();
    void emptyDocument();
    void sharedPipelineIsBuiltOnce();
};

void TestPipeline::missingPrerequisiteIsRefused()
{
    Pipeline pipeline;
    QVERIFY(pipeline.append(std::make_unique<TokenAnalyser>()));
    QVERIFY(!pipeline.append(std::make_unique<NeedsMissing>()));
    QVERIFY(pipeline.error().contains(u"entities"_qs));
    QCOMPARE(pipeline.size(), 1);
}

void TestPipeline::standardRunsEveryAnalyserInOrder()
{
    const Pipeline pipeline = Pipeline::standard(*Resources::shared());
    Document doc;
    doc.text = u"The minister arrived in the capital on Monday."_qs;
    const Analysis analysis = pipeline.run(doc);
    QCOMPARE(analysis.completed,
             (QStringList{u"tokens"_qs, u"sentences"_qs, u"dates"_qs, u"entities"_qs, u"aliases"_qs,
                          u"quotes"_qs, u"speakers"_qs, u"visits"_qs, u"timeline"_qs}));
    QCOMPARE(analysis.sentences.size(), 1);
}

void TestPipeline::resourcesLoad()
{
    const auto resources = Resources::shared();
    QVERIFY2(resources->isValid(), qPrintable(resources->error()));
    QVERIFY(resources->hasTable(u"abbreviations"_qs));
    QVERIFY(!Resources::load(u"/nonexistent"_qs)->hasTable(u"abbreviations"_qs));
}

void TestPipeline::emptyDocument()
{
    const Analysis analysis = Pipeline::standard(*Resources::shared()).run(Document{});
    QVERIFY(analysis.tokens.isEmpty());
    QVERIFY(analysis.mentions.isEmpty());
    QVERIFY(analysis.timeline.isEmpty());
}

// main() preloads the pipeline on a pool thread while the window is built; the window's
// runner then asks for it from another thread and must get the same, complete one.
void TestPipeline::sharedPipelineIsBuiltOnce()
{
    Pipeline::preload();
    const auto first = Pipeline::shared();
    QVERIFY(QThreadPool::globalInstance()->waitForDone(30'000));
    const auto second = Pipeline::shared();
    QVERIFY(first);
    QCOMPARE(first.get(), second.get());
    QCOMPARE(first->size(), Pipeline::standard(*Resources::shared()).size());
    Document doc;
    doc.text = u"The minister arrived in the capital on Monday."_qs;
    QCOMPARE(first->run(doc).completed.size(), first->size());
}

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
