// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/textanalysers.h"
#include "lexicon/resources.h"
#include "text/sentencesplitter.h"
#include "text/tokenizer.h"

#include <QTest>

using namespace lector;

class TestSentenceSplitter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sentences_data();
    void sentences();
};

void TestSentenceSplitter::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("two plain sentences")
        << u"The talks ended. Both sides left."_qs
        << QStringList{u"The talks ended."_qs, u"Both sides left."_qs};
    QTest::newRow("title abbreviation") << u"Gen. Okafor arrived. He spoke."_qs
                                        << QStringList{u"Gen. Okafor arrived."_qs, u"He spoke."_qs};
    QTest::newRow("month abbreviation") << u"They met on Aug. 17 in the capital."_qs
                                        << QStringList{u"They met on Aug. 17 in the capital."_qs};
    QTest::newRow("initial") << u"The report by J. Moreno was late."_qs
                             << QStringList{u"The report by J. Moreno was late."_qs};
    QTest::newRow("closing quote after period")
        << u"\"We will return.\" The envoy left."_qs
        << QStringList{u"\"We will return.\""_qs, u"The envoy left."_qs};
    QTest::newRow("lower-case after period")
        << u"It cost 3 vs. 4 units."_qs << QStringList{u"It cost 3 vs. 4 units."_qs};
    QTest::newRow("headline line stands alone")
        << u"Envoy lands in capital\nThe envoy landed on Monday."_qs
        << QStringList{u"Envoy lands in capital"_qs, u"The envoy landed on Monday."_qs};
    QTest::newRow("question and exclamation")
        << u"Why now? Nobody knows! Talks go on."_qs
        << QStringList{u"Why now?"_qs, u"Nobody knows!"_qs, u"Talks go on."_qs};
    QTest::newRow("initialism inside sentence")
        << u"The U.S. envoy spoke."_qs << QStringList{u"The U.S. envoy spoke."_qs};
}

void TestSentenceSplitter::sentences()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const auto resources = Resources::shared();
    QVERIFY2(resources->isValid(), qPrintable(resources->error()));
    Document doc;
    doc.text = text;
    Analysis analysis;
    Tokenizer().run(doc, analysis);
    SentenceAnalyser(*resources).run(doc, analysis);
    QStringList got;
    for (const Sentence &s : analysis.sentences)
        got.append(text.mid(s.span.begin, s.span.length()));
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(TestSentenceSplitter)
#include "tst_sentencesplitter.moc"
