// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// lector-trainvisits run as its users run it, on a gold set small enough to know the answer:
// the documents of --extra are training data alone. They change every model trained (each
// cross-validation fold's, --out's), and no output ever predicts one of them: the figures the
// cross-validation gives stay figures on TRAIN's documents.
class TestTrainVisits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void extraDocumentsAreOnlyTrainedOn_data();
    void extraDocumentsAreOnlyTrainedOn();
    void extraDocumentInTrainIsRefused();
    void extraWeightWeighsTheExtraPairs_data();
    void extraWeightWeighsTheExtraPairs();
    void malformedExtraIsRefused_data();
    void malformedExtraIsRefused();
    void badArgumentIsRefused_data();
    void badArgumentIsRefused();
    void rowWeightsFollowEachRow();

private:
    struct Run
    {
        int exitCode = -1;
        QString error;
        QByteArray predicted; ///< the file written at {pred}
        QByteArray changed;   ///< the file that must change with --extra
    };
    Run run(const QStringList &arguments, const QStringList &extra, const QString &changed);

    QString m_binary;
    QTemporaryDir m_dir;
    QString m_train, m_extra, m_other, m_repeat;
    QStringList m_trainIds, m_otherIds;
};

namespace {

struct Visit
{
    const char16_t *visitor;
    const char16_t *place;
};

QJsonObject document(const QString &id, const QString &text, std::initializer_list<Visit> visits)
{
    QJsonArray gold;
    for (const Visit &v : visits) {
        const QString place = QString::fromUtf16(v.place);
        const qsizetype at = text.indexOf(place);
        const qsizetype begin = text.lastIndexOf(u". "_qs, at);
        const qsizetype end = text.indexOf(u'.', at);
        gold.append(QJsonObject{{u"visitor"_qs, QString::fromUtf16(v.visitor)},
                                {u"places"_qs, QJsonArray{place}},
                                {u"date"_qs, QJsonValue::Null},
                                {u"date_text"_qs, QJsonValue::Null},
                                {u"status"_qs, u"past"_qs},
                                {u"evidence"_qs, text.mid(begin < 0 ? 0 : begin + 2,
                                                          end - (begin < 0 ? 0 : begin + 2) + 1)}});
    }
    return QJsonObject{{u"id"_qs, id},
                       {u"source"_qs, u"test"_qs},
                       {u"dct"_qs, u"2025-03-10"_qs},
                       {u"text"_qs, text},
                       {u"visits"_qs, gold}};
}

bool write(const QString &path, const QList<QJsonObject> &documents)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    for (const QJsonObject &d : documents)
        file.write(QJsonDocument(d).toJson(QJsonDocument::Compact) + '\n');
    return true;
}

QStringList idsOf(const QByteArray &jsonl)
{
    QStringList out;
    for (const QByteArray &line : jsonl.split('\n'))
        if (!line.trimmed().isEmpty())
            out.append(QJsonDocument::fromJson(line).object().value(u"id").toString());
    return out;
}

QStringList everyOther(const QStringList &ids, int from)
{
    QStringList out;
    for (qsizetype i = from; i < ids.size(); i += 2)
        out.append(ids[i]);
    return out;
}

} // namespace

void TestTrainVisits::initTestCase()
{
    m_binary = qEnvironmentVariable("LECTOR_TRAINVISITS");
    QVERIFY2(!m_binary.isEmpty() && QFile::exists(m_binary),
             "LECTOR_TRAINVISITS names no lector-trainvisits (tests/CMakeLists.txt sets it)");
    QVERIFY(m_dir.isValid());
    const QList<QJsonObject> train{
        document(u"train-flight"_qs,
                 u"Foreign Minister Halvard Strand flew to Nairobi on Monday for talks with "
                 "Kenyan officials. Strand met the trade minister there."_qs,
                 {{u"Halvard Strand", u"Nairobi"}}),
        document(u"train-arrival"_qs,
                 u"Senator Maribel Ostrowski arrived in Lisbon on Tuesday. She toured the "
                 "harbour with the mayor."_qs,
                 {{u"Maribel Ostrowski", u"Lisbon"}}),
        document(u"train-birthplace"_qs,
                 u"Governor Teodor Vance was born in Ohio. He spoke about taxes on Thursday."_qs,
                 {}),
        document(u"train-talks"_qs,
                 u"Chancellor Ilse Brandauer visited Warsaw last week and held talks with the "
                 "Polish president."_qs,
                 {{u"Ilse Brandauer", u"Warsaw"}}),
        document(u"train-budget"_qs,
                 u"Mayor Corin Ashdown said the budget for Leeds would rise next year."_qs, {}),
        document(u"train-conference"_qs,
                 u"Ambassador Rufus Okonjo travelled to Geneva on Friday for the conference on "
                 "water."_qs,
                 {{u"Rufus Okonjo", u"Geneva"}}),
    };
    const QList<QJsonObject> extra{
        document(u"extra-flight"_qs,
                 u"Secretary Delphine Marchetti flew to Cairo on Sunday to meet Egyptian "
                 "leaders."_qs,
                 {{u"Delphine Marchetti", u"Cairo"}}),
        document(u"extra-resident"_qs,
                 u"Professor Anselm Kroft lives in Vienna and teaches history there."_qs, {}),
        document(u"extra-team"_qs,
                 u"Coach Bettina Lund arrived in Santiago with her team on Wednesday."_qs,
                 {{u"Bettina Lund", u"Santiago"}}),
    };
    const QList<QJsonObject> other{
        document(u"other-tour"_qs,
                 u"Premier Osric Vale toured Manila on Saturday and visited a school."_qs,
                 {{u"Osric Vale", u"Manila"}}),
    };
    m_train = m_dir.filePath(u"train.jsonl"_qs);
    m_extra = m_dir.filePath(u"extra.jsonl"_qs);
    m_other = m_dir.filePath(u"other.jsonl"_qs);
    m_repeat = m_dir.filePath(u"repeat.jsonl"_qs);
    QVERIFY(write(m_train, train));
    QVERIFY(write(m_extra, extra));
    QVERIFY(write(m_other, other));
    QVERIFY(write(m_repeat, {extra[0], train[3]}));
    for (const QJsonObject &d : train)
        m_trainIds.append(d.value(u"id").toString());
    for (const QJsonObject &d : other)
        m_otherIds.append(d.value(u"id").toString());
}

TestTrainVisits::Run TestTrainVisits::run(const QStringList &arguments, const QStringList &extra,
                                          const QString &changed)
{
    const QString tag = QString::number(extra.size());
    QStringList args;
    for (const QString &a : arguments)
        args.append(a == u"{pred}"    ? m_dir.filePath(u"pred"_qs + tag)
                    : a == u"{rows}"  ? m_dir.filePath(u"rows"_qs + tag)
                    : a == u"{model}" ? m_dir.filePath(u"model"_qs + tag)
                    : a == u"{other}" ? m_other
                    : a == u"{train}" ? m_train
                                      : a);
    for (const QString &e : extra)
        args << u"--extra"_qs << e;
    for (const QString &name : {u"pred"_qs, u"rows"_qs, u"model"_qs})
        QFile::remove(m_dir.filePath(name + tag)); // of an earlier run
    args << m_train;
    QProcess process;
    process.start(m_binary, args);
    Run r;
    if (!process.waitForFinished(120000))
        return r;
    r.exitCode = process.exitCode();
    r.error = QString::fromUtf8(process.readAllStandardError());
    const auto read = [&](const QString &name) {
        QFile f(m_dir.filePath(name + tag));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    r.predicted = read(u"pred"_qs);
    r.changed = read(changed);
    return r;
}

void TestTrainVisits::extraDocumentsAreOnlyTrainedOn_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("predicted"); ///< the ids written at {pred}, in order
    QTest::addColumn<QString>("changed");       ///< "rows" (held-out scores) or "model"
    QTest::newRow("cross-validation") << QStringList{u"--folds"_qs, u"2"_qs,         u"--cv-out"_qs,
                                                     u"{pred}"_qs,  u"--cv-rows"_qs, u"{rows}"_qs}
                                      << m_trainIds << u"rows"_qs;
    QTest::newRow("one fold of the cross-validation")
        << QStringList{u"--folds"_qs,  u"2"_qs,      u"--exclude"_qs, u"1"_qs,
                       u"--cv-out"_qs, u"{pred}"_qs, u"--cv-rows"_qs, u"{rows}"_qs}
        << everyOther(m_trainIds, 1) << u"rows"_qs;
    QTest::newRow("three folds") << QStringList{u"--folds"_qs, u"3"_qs,         u"--cv-out"_qs,
                                                u"{pred}"_qs,  u"--cv-rows"_qs, u"{rows}"_qs}
                                 << m_trainIds << u"rows"_qs;
    QTest::newRow("the model written out and a predicted file")
        << QStringList{u"--out"_qs,   u"{model}"_qs,       u"--predict"_qs,
                       u"{other}"_qs, u"--predict-out"_qs, u"{pred}"_qs}
        << m_otherIds << u"model"_qs;
}

void TestTrainVisits::extraDocumentsAreOnlyTrainedOn()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, predicted);
    QFETCH(QString, changed);
    const Run without = run(arguments, {}, changed);
    QCOMPARE(without.exitCode, 0);
    const Run with = run(arguments, {m_extra}, changed);
    QVERIFY2(with.exitCode == 0, qPrintable(with.error));
    QVERIFY2(with.error.contains(u"3 extra documents"_qs), qPrintable(with.error));
    // Only the documents of TRAIN (or --predict's file) are predicted, with or without extra.
    QCOMPARE(idsOf(without.predicted), predicted);
    QCOMPARE(idsOf(with.predicted), predicted);
    // ... and the extra documents were trained on: the held-out scores or the model differ.
    QVERIFY(!without.changed.isEmpty());
    QVERIFY(!with.changed.isEmpty());
    QVERIFY(with.changed != without.changed);
}

void TestTrainVisits::extraDocumentInTrainIsRefused()
{
    // A document both in TRAIN and in --extra would be trained on in the fold that predicts
    // it: refused, and no prediction written.
    const Run r =
        run({u"--folds"_qs, u"2"_qs, u"--cv-out"_qs, u"{pred}"_qs}, {m_repeat}, u"rows"_qs);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.error.contains(u"train-talks"_qs), qPrintable(r.error));
    QVERIFY(r.predicted.isEmpty());
}

void TestTrainVisits::extraWeightWeighsTheExtraPairs_data()
{
    // --extra-weight W: the extra documents' pairs count W times in the loss (the perceptron:
    // in its updates). W 1 is the model without the option, byte for byte; another W gives
    // another model than both W 1 and no extra data.
    QTest::addColumn<QStringList>("arguments");
    const QStringList out{u"--out"_qs, u"{model}"_qs};
    QTest::newRow("the logistic model") << out;
    QTest::newRow("the perceptron") << out + QStringList{u"--learner"_qs, u"perceptron"_qs};
}

void TestTrainVisits::extraWeightWeighsTheExtraPairs()
{
    QFETCH(QStringList, arguments);
    const Run without = run(arguments, {}, u"model"_qs);
    const Run plain = run(arguments, {m_extra}, u"model"_qs);
    const Run one =
        run(arguments + QStringList{u"--extra-weight"_qs, u"1"_qs}, {m_extra}, u"model"_qs);
    const Run low =
        run(arguments + QStringList{u"--extra-weight"_qs, u"0.25"_qs}, {m_extra}, u"model"_qs);
    for (const Run *r : {&without, &plain, &one, &low}) {
        QVERIFY2(r->exitCode == 0, qPrintable(r->error));
        QVERIFY(!r->changed.isEmpty());
    }
    QCOMPARE(one.changed, plain.changed);
    QVERIFY(low.changed != plain.changed);
    QVERIFY(low.changed != without.changed);
}

void TestTrainVisits::malformedExtraIsRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("a line that is no JSON")
        << QByteArray("{\"id\": \"x\", \"text\": \"Mayor Ana Ruiz flew to Lima.\"\n")
        << u":1: not a JSON object"_qs;
    // The committed annotation file keeps no text: it must be joined first.
    QTest::newRow("a document without its text")
        << QByteArray("\n{\"id\": \"no-text\", \"visits\": []}\n")
        << u":2: document no-text has no text"_qs;
}

void TestTrainVisits::malformedExtraIsRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(u"malformed.jsonl"_qs);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    const Run r = run({u"--folds"_qs, u"2"_qs, u"--cv-out"_qs, u"{pred}"_qs}, {path}, u"rows"_qs);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
    QVERIFY(r.predicted.isEmpty());
}

void TestTrainVisits::badArgumentIsRefused_data()
{
    // Each was read as 0 or ignored before, and trained another model than the one asked for
    // with exit code 0; a predicted document that was trained on gave a figure of a model
    // that saw its answer.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QStringList cv{u"--folds"_qs, u"2"_qs, u"--cv-out"_qs, u"{pred}"_qs};
    QTest::newRow("a rate per pair that is no number")
        << cv + QStringList{u"--l2-per-pair"_qs, u"abc"_qs}
        << u"--l2-per-pair abc: not a number"_qs;
    QTest::newRow("a rate per pair over zero") << cv + QStringList{u"--l2-per-pair"_qs, u"1/0"_qs}
                                               << u"--l2-per-pair 1/0: not a number"_qs;
    QTest::newRow("one fold") << QStringList{u"--folds"_qs, u"1"_qs, u"--cv-out"_qs, u"{pred}"_qs}
                              << u"--folds 1: must be at least 2"_qs;
    QTest::newRow("a fold beyond the folds")
        << cv + QStringList{u"--exclude"_qs, u"2"_qs} << u"--exclude 2: needs --folds"_qs;
    QTest::newRow("a learning rate that is a word")
        << cv + QStringList{u"--rate"_qs, u"0.2,fast"_qs} << u"--rate fast: not a number"_qs;
    QTest::newRow("a grid without its size")
        << cv + QStringList{u"--grid"_qs, u"0.25"_qs} << u"--grid 0.25: STEP,N"_qs;
    QTest::newRow("an unknown learner")
        << cv + QStringList{u"--learner"_qs, u"svm"_qs} << u"--learner svm"_qs;
    QTest::newRow("an extra weight of zero")
        << cv + QStringList{u"--extra-weight"_qs, u"0"_qs, u"--extra"_qs, u"{train}"_qs}
        << u"--extra-weight 0: must be above 0"_qs;
    QTest::newRow("an extra weight that is a word")
        << cv + QStringList{u"--extra-weight"_qs, u"half"_qs, u"--extra"_qs, u"{train}"_qs}
        << u"--extra-weight half: not a number"_qs;
    QTest::newRow("an extra weight with no extra document")
        << cv + QStringList{u"--extra-weight"_qs, u"0.5"_qs}
        << u"--extra-weight 0.5: needs --extra"_qs;
    QTest::newRow("a file to predict without the file to write")
        << QStringList{u"--predict"_qs, u"{other}"_qs} << u"--predict and --predict-out"_qs;
    QTest::newRow("a predicted document that is trained on")
        << QStringList{u"--predict"_qs, u"{train}"_qs, u"--predict-out"_qs, u"{pred}"_qs}
        << u"document train-flight is also trained on"_qs;
}

void TestTrainVisits::badArgumentIsRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = run(arguments, {}, u"pred"_qs);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
    QVERIFY(r.predicted.isEmpty());
}

// --row-weights (round 17's review: it was an environment switch outside --help): each row of
// --cv-rows is followed by a line of the keys the model weighs for it; the rows are unchanged.
void TestTrainVisits::rowWeightsFollowEachRow()
{
    const QStringList arguments{u"--folds"_qs, u"2"_qs,         u"--cv-out"_qs,
                                u"{pred}"_qs,  u"--cv-rows"_qs, u"{rows}"_qs};
    const Run plain = run(arguments, {}, u"rows"_qs);
    const Run weighed = run(arguments + QStringList{u"--row-weights"_qs}, {}, u"rows"_qs);
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(weighed.exitCode, 0);
    const QList<QByteArray> rows = plain.changed.trimmed().split('\n');
    const QList<QByteArray> lines = weighed.changed.trimmed().split('\n');
    QVERIFY(!plain.changed.isEmpty());
    QCOMPARE(lines.size(), 2 * rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(lines[2 * i], rows[i]);
        QVERIFY2(lines[2 * i + 1].startsWith("{\"keys\":["), lines[2 * i + 1].constData());
    }
}

QTEST_GUILESS_MAIN(TestTrainVisits)
#include "tst_trainvisits.moc"
