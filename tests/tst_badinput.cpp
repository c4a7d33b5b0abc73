// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input, end to end: through ArticleReader and the standard Pipeline, and through the real
// lector binary where the user sees the message. Every input gets a clear message or a sensible
// result; none may crash or hang (CTest's timeout catches a hang, so no timing asserts here).
#include "analysis/pipeline.h"
#include "export/jsonexporter.h"
#include "io/articlereader.h"
#include "lexicon/resources.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lector;

namespace {

// Input that is not worth a file in tests/data: generated, so the repository stays small.
QByteArray repeated(const QByteArray &piece, qsizetype count)
{
    return piece.repeated(count);
}

QByteArray nestedHtml(int depth)
{
    return "<html><body>" + repeated("<div><span>", depth) +
           "<p>Deep words in Arden. The river rose again on Sunday, and the mill by the old "
           "bridge closed for a week while the water stayed high.</p>" +
           repeated("</span></div>", depth) + "</body></html>";
}

bool spanInside(const Span &span, qsizetype length)
{
    return span.begin >= 0 && span.begin <= span.end && span.end <= length;
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refused_data();
    void refused();
    void readAndAnalysed_data();
    void readAndAnalysed();
    void fiftyMegabytes();
    void binaryExplains_data();
    void binaryExplains();
    void binaryAnalysesUnbalancedQuotes();

private:
    QString write(const QString &name, const QByteArray &bytes) const;
    QString pathFor(const QString &name, const QByteArray &bytes, const QString &kind) const;

    QTemporaryDir m_dir;
    std::shared_ptr<const Resources> m_resources;
};

void TestBadInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_resources = Resources::shared();
    QVERIFY2(m_resources->isValid(), qPrintable(m_resources->error()));
}

QString TestBadInput::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

// "file": the bytes in a file; "vanished": a file that was written and removed again, as when
// it is deleted while Lector loads it; "folder": a directory where a file is expected.
QString TestBadInput::pathFor(const QString &name, const QByteArray &bytes,
                              const QString &kind) const
{
    if (kind == u"folder") {
        QDir(m_dir.path()).mkpath(name);
        return m_dir.filePath(name);
    }
    const QString path = write(name, bytes);
    if (kind == u"vanished")
        QFile::remove(path);
    return path;
}

void TestBadInput::refused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("cause"); // a piece of the message

    QTest::newRow("empty file") << u"empty.txt"_qs << QByteArray() << u"file"_qs << u"is empty"_qs;
    QTest::newRow("only white space")
        << u"blank.txt"_qs << QByteArray(" \t\r\n\n   \n\f") << u"file"_qs << u"white space"_qs;
    QTest::newRow("0-byte HTML") << u"empty.html"_qs << QByteArray() << u"file"_qs
                                 << u"is empty"_qs;
    QTest::newRow("HTML without text")
        << u"markup.html"_qs << QByteArray("<html><head><script>x()</script></head></html>")
        << u"file"_qs << u"no article text"_qs;
    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(char((i * 37) % 256));
    QTest::newRow("binary file") << u"image.txt"_qs << binary << u"file"_qs << u"binary"_qs;
    QTest::newRow("control characters")
        << u"controls.txt"_qs << repeated("\x01\x02 text \x03\x04\x05\x06\x07\x08", 100)
        << u"file"_qs << u"control characters"_qs;
    QTest::newRow("truncated gzip")
        << u"page.html.gz"_qs << QByteArray("\x1f\x8b\x08\x00\x00") << u"file"_qs << u"gzip"_qs;
    QTest::newRow("HTML nested 100,000 deep")
        << u"abyss.html"_qs << nestedHtml(100000) << u"file"_qs << u"nests"_qs;
    QTest::newRow("file removed while loading")
        << u"gone.txt"_qs << QByteArray("Soon gone.") << u"vanished"_qs << u"does not exist"_qs;
    QTest::newRow("folder passed as a file")
        << u"folder.txt"_qs << QByteArray() << u"folder"_qs << u"is a folder"_qs;
}

void TestBadInput::refused()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, kind);
    QFETCH(QString, cause);
    const QString path = pathFor(name, bytes, kind);
    QVERIFY(!path.isEmpty());
    const ReadResult result = ArticleReader::readFile(path);
    QVERIFY(!result.isOk());
    QVERIFY2(result.error.contains(path), qPrintable(result.error));
    QVERIFY2(result.error.contains(cause), qPrintable(result.error));
    QVERIFY2(result.error.endsWith(u'.'), qPrintable(result.error));
}

void TestBadInput::readAndAnalysed_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // a piece of the document text

    QTest::newRow("invalid UTF-8")
        << u"broken.txt"_qs << QByteArray("Mina Tove arrived in Carlow.\xC3\x28 \xE2\x82 \xFF end.")
        << u"Mina Tove arrived in Carlow."_qs;
    QTest::newRow("mixed line endings")
        << u"endings.txt"_qs << QByteArray("First line.\r\nSecond line.\rThird line.\nFourth.")
        << u"Second line.\nThird line.\nFourth."_qs;
    QTest::newRow("5 MB line without spaces")
        << u"oneword.txt"_qs << repeated("abcdefghij", 512 * 1024) << u"abcdefghijabcdefghij"_qs;
    // 300 elements deep: nested far beyond real pages, yet under the depth the reader refuses.
    QTest::newRow("deeply nested HTML")
        << u"nested.html"_qs << nestedHtml(150) << u"Deep words in Arden."_qs;
    // 1,800 elements deep: just under the depth the reader refuses; the text must survive.
    QTest::newRow("HTML nested just under the limit")
        << u"deeper.html"_qs << nestedHtml(900) << u"Deep words in Arden."_qs;
    QTest::newRow("100,000 quotation marks")
        << u"quotes.txt"_qs << QByteArray("Tam said " + repeated("\"", 100000))
        << u"Tam said \"\"\""_qs;
    QTest::newRow("100,000 curly quotation marks")
        << u"curly.txt"_qs << QByteArray("Ola wrote " + repeated("\xE2\x80\x9C", 100000))
        << u"Ola wrote \u201C"_qs;
    QTest::newRow("50,000 nested single quotes")
        << u"singles.txt"_qs
        << QByteArray("Kit said " + repeated("\xE2\x80\x98", 50000) + "yes" +
                      repeated("\xE2\x80\x99", 50000))
        << u"Kit said \u2018"_qs;
    QTest::newRow("100,000 brackets in Markdown")
        << u"brackets.md"_qs << QByteArray("# Links\n\nSee " + repeated("[", 100000) + " end.")
        << u"See [[["_qs;
    QTest::newRow("unbalanced quotes")
        << u"unbalanced.txt"_qs
        << QByteArray("\"We will stay, said Ren Aldo on Monday.\n\nThe talks ended\" early. "
                      "\u201CThen more,\u201D he added \u201Cand\n\n\u2018never closed.")
        << u"said Ren Aldo on Monday."_qs;
}

void TestBadInput::readAndAnalysed()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString path = write(name, bytes);
    QVERIFY(!path.isEmpty());
    const ReadResult result = ArticleReader::readFile(path);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    const Document &document = result.document;
    QVERIFY2(document.text.contains(expected), qPrintable(document.text.left(200)));
    QVERIFY(!document.text.contains(u'\r'));

    const Analysis analysis = Pipeline::standard(*m_resources).run(document);
    const qsizetype length = document.text.size();
    QVERIFY(!analysis.tokens.isEmpty());
    for (const Token &token : analysis.tokens)
        QVERIFY(spanInside(token.span, length));
    for (const Mention &mention : analysis.mentions)
        QVERIFY(spanInside(mention.span, length));
    for (const Quote &quote : analysis.quotes)
        QVERIFY(spanInside(quote.outer, length) && quote.outer.contains(quote.span));
    for (const TimeExpression &time : analysis.times)
        QVERIFY(spanInside(time.span, length));
    QVERIFY(!QJsonDocument(JsonExporter::analysis(document, analysis)).toJson().isEmpty());
}

// 50 MB of ordinary text: read (it is under the default limit) without trouble, and refused
// with a message naming both sizes when the limit is lower.
void TestBadInput::fiftyMegabytes()
{
    const QByteArray paragraph = "The ferry to Kessel left at noon, the harbour master said.\n";
    const qsizetype count = 50 * 1024 * 1024 / paragraph.size();
    const QString path = write(u"huge.txt"_qs, repeated(paragraph, count));
    QVERIFY(!path.isEmpty());

    const ReadResult limited = ArticleReader::readFile(path, 8 * 1024 * 1024);
    QVERIFY(!limited.isOk());
    QVERIFY2(limited.error.contains(u"too large"_qs), qPrintable(limited.error));
    QVERIFY2(limited.error.contains(QString::number(8 * 1024 * 1024)), qPrintable(limited.error));

    const ReadResult read = ArticleReader::readFile(path);
    if (read.isOk())
        QCOMPARE(read.document.text.size(), paragraph.size() * count);
    else
        QVERIFY2(read.error.contains(u"too large"_qs), qPrintable(read.error));
}

void TestBadInput::binaryExplains_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("cause");

    QTest::newRow("empty file") << u"cli-empty.txt"_qs << QByteArray() << u"file"_qs
                                << u"is empty"_qs;
    QTest::newRow("binary file") << u"cli-binary.txt"_qs
                                 << QByteArray("\x7f"
                                               "ELF\x02\x01\x00\x00",
                                               8)
                                 << u"file"_qs << u"binary"_qs;
    QTest::newRow("file removed while loading")
        << u"cli-gone.txt"_qs << QByteArray("Gone.") << u"vanished"_qs << u"does not exist"_qs;
    QTest::newRow("folder passed as a file")
        << u"cli-folder"_qs << QByteArray() << u"folder"_qs << u"is a folder"_qs;
}

// The user sees one line naming the file and the cause, and exit status 1, not a crash.
void TestBadInput::binaryExplains()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, kind);
    QFETCH(QString, cause);
    const QString binary = qEnvironmentVariable("LECTOR_BINARY");
    if (binary.isEmpty())
        QSKIP("LECTOR_BINARY is not set");
    const QString path = pathFor(name, bytes, kind);
    for (const QStringList &arguments :
         {QStringList{u"extract"_qs, path}, QStringList{u"analyze"_qs, u"--json"_qs, path}}) {
        QProcess lector;
        lector.start(binary, arguments);
        QVERIFY(lector.waitForFinished(120000));
        QCOMPARE(lector.exitStatus(), QProcess::NormalExit);
        QCOMPARE(lector.exitCode(), 1);
        const QString error = QString::fromUtf8(lector.readAllStandardError());
        QVERIFY2(error.contains(path) && error.contains(cause), qPrintable(error));
        QVERIFY(lector.readAllStandardOutput().isEmpty());
    }
}

void TestBadInput::binaryAnalysesUnbalancedQuotes()
{
    const QString binary = qEnvironmentVariable("LECTOR_BINARY");
    if (binary.isEmpty())
        QSKIP("LECTOR_BINARY is not set");
    const QString path =
        write(u"cli-quotes.txt"_qs, "\"Open, said Lia Moss.\n\n" + repeated("\" \u201D ", 2000));
    QProcess lector;
    lector.start(binary, {u"analyze"_qs, u"--json"_qs, path});
    QVERIFY(lector.waitForFinished(120000));
    QCOMPARE(lector.exitStatus(), QProcess::NormalExit);
    QCOMPARE(lector.exitCode(), 0);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(lector.readAllStandardOutput(), &error);
    QVERIFY2(json.isObject(), qPrintable(error.errorString()));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
