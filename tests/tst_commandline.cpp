// SPDX-License-Identifier: GPL-3.0-or-later
// Smoke tests of the real `lector` binary (LECTOR_BINARY), run the way scripts and the
// measurement tools run it: exit status, standard output and standard error.
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void analyzeJson();
    void analyzeJsonDate();
    void analyzeJsonl();
    void extract();
    void extractBody();
    void exportHtml();
    void errors_data();
    void errors();
    void versionAndHelp();
    void screenshot();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList &arguments, int timeoutMs = 60'000) const;
    QString writeFile(const QString &name, const QByteArray &bytes) const;

    QString m_binary;
    QString m_sample;
    QTemporaryDir m_dir;
};

TestCommandLine::Result TestCommandLine::run(const QStringList &arguments, int timeoutMs) const
{
    QProcess process;
    process.start(m_binary, arguments);
    Result r;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

QString TestCommandLine::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

void TestCommandLine::initTestCase()
{
    m_binary = qEnvironmentVariable("LECTOR_BINARY");
    if (m_binary.isEmpty() || !QFile::exists(m_binary))
        QSKIP("LECTOR_BINARY does not name the lector program (run through ctest).");
    m_sample = qEnvironmentVariable("LECTOR_SOURCE_DIR") + u"/resources/samples/summit-visit.txt";
    QVERIFY2(QFile::exists(m_sample), qPrintable(m_sample));
    QVERIFY(m_dir.isValid());
}

void TestCommandLine::analyzeJson()
{
    const Result r = run({u"analyze"_qs, u"--json"_qs, m_sample});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    for (const char16_t *key :
         {u"title", u"published", u"source", u"entities", u"quotes", u"dates", u"visits"})
        QVERIFY2(json.contains(QStringView(key)), qPrintable(QString::fromUtf16(key)));
    QVERIFY(json[u"entities"].isArray());
    QVERIFY(r.err.isEmpty());
}

void TestCommandLine::analyzeJsonDate()
{
    const Result r = run({u"analyze"_qs, u"--json"_qs, u"--date"_qs, u"2021-11-30"_qs, m_sample});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json[u"published"].toString(), u"2021-11-30"_qs);
}

// Two good lines and a broken one: two predictions in order, one error line, a failure status.
void TestCommandLine::analyzeJsonl()
{
    const QString in = writeFile(
        u"in.jsonl"_qs,
        "{\"id\":\"a\",\"text\":\"The envoy arrived on Monday.\",\"dct\":\"2022-03-02\"}\n"
        "{\"id\":\"b\", this is not json\n"
        "\n"
        "{\"id\":\"c\",\"text\":\"Nothing happened.\",\"dct\":null}\n");
    const Result r = run({u"analyze"_qs, u"--jsonl"_qs, in});
    QVERIFY(r.exitCode != 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(lines[0]).object()[u"id"].toString(), u"a"_qs);
    QCOMPARE(QJsonDocument::fromJson(lines[0]).object()[u"dct"].toString(), u"2022-03-02"_qs);
    QCOMPARE(QJsonDocument::fromJson(lines[1]).object()[u"id"].toString(), u"c"_qs);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.err.contains(":2:"));
}

void TestCommandLine::extract()
{
    const Result r = run({u"extract"_qs, m_sample});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    const QStringList lines = out.split(u'\n');
    QVERIFY(lines.size() > 4);
    QVERIFY(!lines[0].contains(u'\n'));
    QVERIFY(lines[1].isEmpty() || QDate::fromString(lines[1], Qt::ISODate).isValid());
    QVERIFY(lines[2].isEmpty());
    const Result body = run({u"extract"_qs, u"--body"_qs, m_sample});
    QCOMPARE(body.exitCode, 0);
    QCOMPARE(lines.mid(3).join(u'\n'), QString::fromUtf8(body.out));
}

void TestCommandLine::extractBody()
{
    const QString path = writeFile(u"plain.txt"_qs, "A short line of news about a visit.\n");
    const Result r = run({u"extract"_qs, u"--body"_qs, path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QString::fromUtf8(r.out).contains(u"a short line of news about a visit",
                                              Qt::CaseInsensitive));
}

void TestCommandLine::exportHtml()
{
    const QString out = m_dir.filePath(u"export.html"_qs);
    const Result r = run({u"export"_qs, m_sample, u"-o"_qs, out});
    QCOMPARE(r.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray html = file.readAll();
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(html.contains("id=\"legend\""));
    QVERIFY(html.contains("Nairobi"));
}

void TestCommandLine::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString missing = m_dir.filePath(u"does-not-exist.txt"_qs);
    const QString binary =
        writeFile(u"picture.txt"_qs, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", 18));
    const QString empty = writeFile(u"empty.txt"_qs, QByteArray());
    QTest::newRow("missing file") << QStringList{u"analyze"_qs, u"--json"_qs, missing} << 1;
    QTest::newRow("missing file to extract") << QStringList{u"extract"_qs, missing} << 1;
    QTest::newRow("binary file") << QStringList{u"analyze"_qs, u"--json"_qs, binary} << 1;
    QTest::newRow("empty file") << QStringList{u"extract"_qs, empty} << 1;
    QTest::newRow("missing jsonl") << QStringList{u"analyze"_qs, u"--jsonl"_qs, missing} << 1;
    QTest::newRow("unwritable export")
        << QStringList{u"export"_qs, m_sample, u"-o"_qs, m_dir.filePath(u"no/such/dir/x.html"_qs)}
        << 1;
    QTest::newRow("bad date") << QStringList{u"analyze"_qs, u"--json"_qs, u"--date"_qs,
                                             u"2023-02-30"_qs, m_sample}
                              << 2;
    QTest::newRow("date in another format")
        << QStringList{u"analyze"_qs, u"--json"_qs, u"--date"_qs, u"17/08/2023"_qs, m_sample} << 2;
    QTest::newRow("unknown option")
        << QStringList{u"extract"_qs, u"--frobnicate"_qs, m_sample} << 2;
    QTest::newRow("option of another subcommand")
        << QStringList{u"extract"_qs, u"--json"_qs, m_sample} << 2;
    QTest::newRow("analyze without a format") << QStringList{u"analyze"_qs, m_sample} << 2;
    QTest::newRow("two files to extract") << QStringList{u"extract"_qs, m_sample, m_sample} << 2;
    QTest::newRow("export without output") << QStringList{u"export"_qs, m_sample} << 2;
    QTest::newRow("bad screenshot size")
        << QStringList{u"--screenshot"_qs, u"x.png"_qs, u"--size"_qs, u"huge"_qs, m_sample} << 2;
    QTest::newRow("bad theme") << QStringList{u"--screenshot"_qs, u"x.png"_qs, u"--theme"_qs,
                                              u"sepia"_qs, m_sample}
                               << 2;
}

// Every failure: a non-zero status, nothing on standard output, one line on standard error.
void TestCommandLine::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Result r = run(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.out.isEmpty(), r.out.left(200).constData());
    QVERIFY2(r.err.startsWith("lector: "), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
}

void TestCommandLine::versionAndHelp()
{
    const Result version = run({u"--version"_qs});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("lector "));
    const Result help = run({u"--help"_qs});
    QCOMPARE(help.exitCode, 0);
    for (const char *command :
         {"analyze --json", "analyze --jsonl", "extract", "export", "--screenshot"})
        QVERIFY2(help.out.contains(command), command);
}

void TestCommandLine::screenshot()
{
    const QString png = m_dir.filePath(u"window.png"_qs);
    const Result r = run({u"--screenshot"_qs, png, u"--size"_qs, u"1000x700"_qs, u"--theme"_qs,
                          u"dark"_qs, m_sample},
                         120'000);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1000, 700));
    // --panel: one dock alone, wider than its default share of the window.
    const QString panel = m_dir.filePath(u"timeline.png"_qs);
    const Result p = run({u"--screenshot"_qs, panel, u"--size"_qs, u"1000x700"_qs, u"--panel"_qs,
                          u"timeline"_qs, m_sample},
                         120'000);
    QVERIFY2(p.exitCode == 0, p.err.constData());
    const QImage dock(panel);
    QVERIFY(!dock.isNull());
    QVERIFY2(dock.width() > 300 && dock.width() < 1000, qPrintable(QString::number(dock.width())));
    const Result none = run({u"--screenshot"_qs, panel, u"--panel"_qs, u"nosuch"_qs, m_sample});
    QCOMPARE(none.exitCode, 1);
    // A panel is grabbed alone: asking for the hover card too is refused, not silently dropped.
    const Result both = run(
        {u"--screenshot"_qs, panel, u"--panel"_qs, u"timeline"_qs, u"--hover-card"_qs, m_sample});
    QVERIFY(both.exitCode != 0);
    QVERIFY2(both.err.contains("cannot be combined"), both.err.constData());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
