// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/pipeline.h"
#include "lexicon/resources.h"
#include "model/analysiscodec.h"

#include <QRandomGenerator>
#include <QTest>

#include <zlib.h>

using namespace lector;

namespace {

// Written for this test: people, places, dates, a quotation and a visit.
const QString ArticleText =
    u"Foreign Minister Ana Duarte arrived in Nairobi on Tuesday for three days of talks.\n"
    "\"We came to listen,\" Duarte told reporters at the airport. She met President "
    "Samuel Kiprono on Wednesday.\n"
    "The ministry said in a statement that the visit would strengthen trade ties."_qs;

// Every field set to something other than its default, so a field the codec forgets to write
// shows up in the comparison.
Analysis handBuiltAnalysis()
{
    Analysis a;
    // The last token goes back before the previous one's end: a negative gap in the encoding.
    a.tokens = {{{0, 3}, TokenKind::Word, true},
                {{4, 6}, TokenKind::Number, false},
                {{1, 2}, TokenKind::Symbol, true}};
    a.sentences = {{{0, 6}, 0, 2, 3}};
    a.mentions = {{{0, 3}, EntityType::Person, MentionSource::Alias, 0, u"Envoy"_qs, 0.25f}};
    a.entities = {{u"e1"_qs,
                   u"Name Surname"_qs,
                   EntityType::Person,
                   u"official"_qs,
                   {u"Name Surname"_qs, u"Surname"_qs},
                   {u"Envoy"_qs},
                   {0},
                   Gender::Female},
                  {u"e2"_qs,
                   u"Capital"_qs,
                   EntityType::Place,
                   u"city"_qs,
                   {u"Capital"_qs},
                   {},
                   {},
                   Gender::Unknown}};
    Quote q;
    q.span = {1, 2};
    q.outer = {0, 3};
    q.kind = QuoteKind::Partial;
    q.speaker = 0;
    q.speakerMention = 0;
    q.speakerSpan = {0, 3};
    q.speakerName = u"Name Surname"_qs;
    q.cueSpan = {4, 6};
    q.cue = u"say"_qs;
    q.confidence = 0.75f;
    a.quotes = {q};
    a.times = {{{4, 6}, TimexType::Duration, u"P3D"_qs, DatePrecision::Week, true}};
    Visit v;
    v.visitor = 0;
    v.place = 1;
    v.host = 1;
    v.metWith = {0, 1};
    v.time = 0;
    v.date = u"2024-W10"_qs;
    v.precision = DatePrecision::Week;
    v.duration = u"P3D"_qs;
    v.sentence = 0;
    v.evidence = {0, 6};
    v.cueSpan = {4, 6};
    v.status = VisitStatus::Ongoing;
    v.region = 1;
    v.sentences = {0};
    a.visits = {v};
    a.timeline = {0};
    a.completed = {u"tokens"_qs, u"visits"_qs};
    return a;
}

QByteArray withHeader(const QByteArray &payload)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << quint32(0x4c43414eu) << AnalysisCodec::FormatVersion
        << quint32(
               crc32(0, reinterpret_cast<const Bytef *>(payload.constData()), uInt(payload.size())))
        << payload;
    return bytes;
}

// The payload inside an encoded blob (after magic, version, CRC and the block length).
QByteArray payloadOf(const QByteArray &blob)
{
    return blob.mid(4 + 2 + 4 + 4);
}

} // namespace

class TestAnalysisCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void truncatedGivesNothing();
    void randomBytesGiveNothing();
    void corruptPayloadNeverCrashes();
    void indexOutOfRangeIsRefused_data();
    void indexOutOfRangeIsRefused();
    void spanOutsideTextIsRefused();
};

void TestAnalysisCodec::roundTrip_data()
{
    QTest::addColumn<Analysis>("analysis");
    Document doc;
    doc.text = ArticleText;
    doc.published = QDate(2024, 5, 6);
    const Analysis real = Pipeline::standard(*Resources::shared()).run(doc);
    QVERIFY(!real.entities.isEmpty() && !real.quotes.isEmpty() && !real.times.isEmpty());
    QTest::newRow("pipeline analysis of a news text") << real;
    QTest::newRow("every field away from its default") << handBuiltAnalysis();
    QTest::newRow("empty analysis") << Analysis();
}

void TestAnalysisCodec::roundTrip()
{
    QFETCH(Analysis, analysis);
    const std::optional<Analysis> back = AnalysisCodec::decode(AnalysisCodec::encode(analysis));
    QVERIFY(back);
    const Analysis &b = *back;
    QCOMPARE(b.tokens.size(), analysis.tokens.size());
    for (qsizetype i = 0; i < b.tokens.size(); ++i) {
        QCOMPARE(b.tokens[i].span, analysis.tokens[i].span);
        QCOMPARE(b.tokens[i].kind, analysis.tokens[i].kind);
        QCOMPARE(b.tokens[i].startsLine, analysis.tokens[i].startsLine);
    }
    QCOMPARE(b.sentences.size(), analysis.sentences.size());
    for (qsizetype i = 0; i < b.sentences.size(); ++i) {
        QCOMPARE(b.sentences[i].span, analysis.sentences[i].span);
        QCOMPARE(b.sentences[i].firstToken, analysis.sentences[i].firstToken);
        QCOMPARE(b.sentences[i].endToken, analysis.sentences[i].endToken);
        QCOMPARE(b.sentences[i].paragraph, analysis.sentences[i].paragraph);
    }
    QCOMPARE(b.mentions.size(), analysis.mentions.size());
    for (qsizetype i = 0; i < b.mentions.size(); ++i) {
        const Mention &x = b.mentions[i], &y = analysis.mentions[i];
        QCOMPARE(x.span, y.span);
        QCOMPARE(x.type, y.type);
        QCOMPARE(x.source, y.source);
        QCOMPARE(x.entity, y.entity);
        QCOMPARE(x.role, y.role);
        QCOMPARE(x.confidence, y.confidence);
    }
    QCOMPARE(b.entities.size(), analysis.entities.size());
    for (qsizetype i = 0; i < b.entities.size(); ++i) {
        const Entity &x = b.entities[i], &y = analysis.entities[i];
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.name, y.name);
        QCOMPARE(x.type, y.type);
        QCOMPARE(x.subtype, y.subtype);
        QCOMPARE(x.forms, y.forms);
        QCOMPARE(x.roles, y.roles);
        QCOMPARE(x.mentions, y.mentions);
        QCOMPARE(x.gender, y.gender);
    }
    QCOMPARE(b.quotes.size(), analysis.quotes.size());
    for (qsizetype i = 0; i < b.quotes.size(); ++i) {
        const Quote &x = b.quotes[i], &y = analysis.quotes[i];
        QCOMPARE(x.span, y.span);
        QCOMPARE(x.outer, y.outer);
        QCOMPARE(x.kind, y.kind);
        QCOMPARE(x.speaker, y.speaker);
        QCOMPARE(x.speakerMention, y.speakerMention);
        QCOMPARE(x.speakerSpan, y.speakerSpan);
        QCOMPARE(x.speakerName, y.speakerName);
        QCOMPARE(x.cueSpan, y.cueSpan);
        QCOMPARE(x.cue, y.cue);
        QCOMPARE(x.confidence, y.confidence);
    }
    QCOMPARE(b.times.size(), analysis.times.size());
    for (qsizetype i = 0; i < b.times.size(); ++i) {
        const TimeExpression &x = b.times[i], &y = analysis.times[i];
        QCOMPARE(x.span, y.span);
        QCOMPARE(x.type, y.type);
        QCOMPARE(x.value, y.value);
        QCOMPARE(x.precision, y.precision);
        QCOMPARE(x.relative, y.relative);
    }
    QCOMPARE(b.visits.size(), analysis.visits.size());
    for (qsizetype i = 0; i < b.visits.size(); ++i) {
        const Visit &x = b.visits[i], &y = analysis.visits[i];
        QCOMPARE(x.visitor, y.visitor);
        QCOMPARE(x.place, y.place);
        QCOMPARE(x.host, y.host);
        QCOMPARE(x.metWith, y.metWith);
        QCOMPARE(x.time, y.time);
        QCOMPARE(x.date, y.date);
        QCOMPARE(x.precision, y.precision);
        QCOMPARE(x.duration, y.duration);
        QCOMPARE(x.sentence, y.sentence);
        QCOMPARE(x.evidence, y.evidence);
        QCOMPARE(x.cueSpan, y.cueSpan);
        QCOMPARE(x.status, y.status);
        QCOMPARE(x.region, y.region);
        QCOMPARE(x.sentences, y.sentences);
    }
    QCOMPARE(b.timeline, analysis.timeline);
    QCOMPARE(b.completed, analysis.completed);
}

void TestAnalysisCodec::truncatedGivesNothing()
{
    const QByteArray blob = AnalysisCodec::encode(handBuiltAnalysis());
    QVERIFY(AnalysisCodec::decode(blob));
    for (qsizetype length = 0; length < blob.size(); ++length)
        QVERIFY2(!AnalysisCodec::decode(blob.left(length)), qPrintable(QString::number(length)));
    QVERIFY(!AnalysisCodec::decode(blob + QByteArray(1, '\0')));
}

void TestAnalysisCodec::randomBytesGiveNothing()
{
    QRandomGenerator random(20241128);
    for (int i = 0; i < 2000; ++i) {
        QByteArray bytes(random.bounded(0, 400), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(256));
        QVERIFY(!AnalysisCodec::decode(bytes));
        // The same bytes behind a valid header and checksum reach the field parser.
        QVERIFY(!AnalysisCodec::decode(withHeader(bytes)));
    }
}

// Flipped bytes with a recomputed checksum pass the CRC: the parser and the index checks must
// still refuse or return a consistent analysis, and never crash or allocate wildly.
void TestAnalysisCodec::corruptPayloadNeverCrashes()
{
    Document doc;
    doc.text = ArticleText;
    const Analysis real = Pipeline::standard(*Resources::shared()).run(doc);
    const QByteArray payload = payloadOf(AnalysisCodec::encode(real));
    QRandomGenerator random(7);
    int refused = 0;
    for (int i = 0; i < 3000; ++i) {
        QByteArray corrupt = payload;
        for (int flips = 0; flips < 3; ++flips)
            corrupt[random.bounded(int(corrupt.size()))] = char(random.bounded(256));
        const std::optional<Analysis> decoded =
            AnalysisCodec::decode(withHeader(corrupt), ArticleText.size());
        if (!decoded)
            ++refused;
        else
            QVERIFY(AnalysisCodec::isConsistent(*decoded, ArticleText.size()));
    }
    QVERIFY(refused > 0);
}

void TestAnalysisCodec::indexOutOfRangeIsRefused_data()
{
    QTest::addColumn<int>("field");
    QTest::newRow("mention of a missing entity") << 0;
    QTest::newRow("entity with a missing mention") << 1;
    QTest::newRow("quote speaker past the entities") << 2;
    QTest::newRow("visit place past the entities") << 3;
    QTest::newRow("timeline entry past the visits") << 4;
    QTest::newRow("sentence ending past the tokens") << 5;
    QTest::newRow("span ending before it begins") << 6;
}

void TestAnalysisCodec::indexOutOfRangeIsRefused()
{
    QFETCH(int, field);
    Analysis a = handBuiltAnalysis();
    switch (field) {
    case 0:
        a.mentions[0].entity = 2;
        break;
    case 1:
        a.entities[0].mentions = {1};
        break;
    case 2:
        a.quotes[0].speaker = 5;
        break;
    case 3:
        a.visits[0].place = -2;
        break;
    case 4:
        a.timeline = {1};
        break;
    case 5:
        a.sentences[0].endToken = 4;
        break;
    case 6:
        a.tokens[0].span = {3, 2};
        break;
    }
    QVERIFY(!AnalysisCodec::isConsistent(a));
    QVERIFY(!AnalysisCodec::decode(AnalysisCodec::encode(a)));
}

void TestAnalysisCodec::spanOutsideTextIsRefused()
{
    const QByteArray blob = AnalysisCodec::encode(handBuiltAnalysis());
    QVERIFY(AnalysisCodec::decode(blob, 6));
    QVERIFY(!AnalysisCodec::decode(blob, 5));
}

QTEST_GUILESS_MAIN(TestAnalysisCodec)
#include "tst_analysiscodec.moc"
