// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/articlereader.h"
#include "io/markdownreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lector;

namespace {

QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray out = littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (QChar c : text) {
        const char lo = char(c.unicode() & 0xFF);
        const char hi = char(c.unicode() >> 8);
        out.append(littleEndian ? lo : hi);
        out.append(littleEndian ? hi : lo);
    }
    return out;
}

const QString Prose = u"The council met on a wet evening, and the new library was the first item.\n"
                      u"Members argued about the roof, the budget and the opening hours."_qs;

} // namespace

class TestArticleReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void encodings_data();
    void encodings();
    void refusals_data();
    void refusals();
    void plainText_data();
    void plainText();
    void markdown_data();
    void markdown();
    void gzippedPage();
    void formatFromName_data();
    void formatFromName();

private:
    QString write(const QString &name, const QByteArray &bytes) const;
    QTemporaryDir m_dir;
};

QString TestArticleReader::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestArticleReader::encodings_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("expected"); // a piece of the decoded text

    const QString curly = u"She called it \u201Cthe best caf\u00E9 in town\u201D."_qs;
    QTest::newRow("UTF-8 with BOM")
        << u"a.txt"_qs << QByteArray("\xEF\xBB\xBF" + curly.toUtf8()) << u"UTF-8"_qs << curly;
    QTest::newRow("UTF-16 LE") << u"a.txt"_qs << utf16(curly, true) << u"UTF-16LE"_qs << curly;
    QTest::newRow("UTF-16 BE") << u"a.txt"_qs << utf16(curly, false) << u"UTF-16BE"_qs << curly;
    QTest::newRow("no charset, UTF-8 bytes")
        << u"a.txt"_qs << curly.toUtf8() << u"UTF-8"_qs << curly;
    QTest::newRow("invalid UTF-8 read as Windows-1252")
        << u"a.txt"_qs << QByteArray("She called it \x93the best caf\xE9 in town\x94.")
        << u"windows-1252"_qs << curly;
    const QByteArray page = "<html><head><meta charset=\"windows-1252\"><title>Caf\xE9s</title>"
                            "</head><body><p>She called it \x93the best caf\xE9 in town\x94.</p>"
                            "</body></html>";
    QTest::newRow("Windows-1252 page") << u"a.html"_qs << page << u"windows-1252"_qs << curly;
    const QByteArray latin = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                             "charset=iso-8859-1\"></head><body><p>She called it \x93the best "
                             "caf\xE9 in town\x94.</p></body></html>";
    QTest::newRow("http-equiv Latin-1 means Windows-1252")
        << u"a.htm"_qs << latin << u"windows-1252"_qs << curly;
}

void TestArticleReader::encodings()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, expected);
    const ReadResult r = ArticleReader::readBytes(bytes, name);
    QVERIFY2(r.isOk(), qPrintable(r.error));
    QCOMPARE(r.document.encoding, encoding);
    QVERIFY2(r.document.text.contains(expected), qPrintable(r.document.text));
    QVERIFY(!r.document.text.startsWith(QChar(0xFEFF)));
}

void TestArticleReader::refusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes"); // written to a file unless the row says otherwise
    QTest::addColumn<QString>("cause");

    QTest::newRow("empty file") << u"empty.txt"_qs << QByteArray() << u"is empty"_qs;
    QTest::newRow("whitespace-only file")
        << u"blank.txt"_qs << QByteArray(" \n\t\r\n  ") << u"only white space"_qs;
    QTest::newRow("binary file") << u"image.txt"_qs
                                 << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                 << u"NUL bytes"_qs;
    QTest::newRow("control characters")
        << u"noise.txt"_qs << QByteArray("\x01\x02\x03\x04 ab \x05\x06\x07\x08") << u"control"_qs;
    QTest::newRow("oversized file") << u"big.txt"_qs << QByteArray(2000, 'a') << u"too large"_qs;
    QTest::newRow("directory") << u"folder"_qs << QByteArray() << u"folder"_qs;
    QTest::newRow("missing file") << u"missing.txt"_qs << QByteArray() << u"does not exist"_qs;
    QTest::newRow("broken gzip") << u"page.html.gz"_qs << QByteArray("\x1f\x8b\x08\x00garbage")
                                 << u"gzip"_qs;
    QString deep;
    for (int i = 0; i < 3000; ++i)
        deep += u"<div>"_qs;
    QTest::newRow("deeply nested markup")
        << u"deep.html"_qs << (deep + u"text"_qs).toUtf8() << u"nests"_qs;
    QTest::newRow("page without text")
        << u"bare.html"_qs << QByteArray("<html><body><nav><a href=/>Home</a></nav></body></html>")
        << u"no article text"_qs;
}

void TestArticleReader::refusals()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, cause);
    QString path = m_dir.filePath(name);
    if (name == u"folder")
        QVERIFY(QDir(m_dir.path()).mkpath(name));
    else if (name != u"missing.txt")
        QVERIFY(!write(name, bytes).isEmpty());
    const qint64 maxBytes = name == u"big.txt" ? 1000 : ArticleReader::DefaultMaxBytes;
    const ReadResult r = ArticleReader::readFile(path, maxBytes);
    QVERIFY(!r.isOk());
    QVERIFY2(r.error.contains(path), qPrintable(r.error));
    QVERIFY2(r.error.contains(cause), qPrintable(r.error));
    QVERIFY(r.error.endsWith(u'.'));
}

void TestArticleReader::plainText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("date");

    const QString headline = u"Council approves new library\n"_qs;
    QTest::newRow("headline first line")
        << headline + Prose << headline + Prose << u"Council approves new library"_qs << QDate();
    QTest::newRow("sentence first line is no title") << Prose << Prose << QString() << QDate();
    QTest::newRow("dateline in text, weekday and month first")
        << headline + u"Friday, May 8, 2009\n"_qs + Prose
        << headline + u"Friday, May 8, 2009\n"_qs + Prose << u"Council approves new library"_qs
        << QDate(2009, 5, 8);
    QTest::newRow("dateline in text, day first")
        << u"LONDON, 8 May 2009 - "_qs + Prose << u"LONDON, 8 May 2009 - "_qs + Prose << QString()
        << QDate(2009, 5, 8);
    QTest::newRow("dateline in text, ISO")
        << u"2009-05-08\n"_qs + Prose << u"2009-05-08\n"_qs + Prose << QString()
        << QDate(2009, 5, 8);
    QTest::newRow("abbreviated month with period")
        << u"Sept. 3, 2021\n"_qs + Prose << u"Sept. 3, 2021\n"_qs + Prose << QString()
        << QDate(2021, 9, 3);
    const QString late = u"The vote was taken after a long debate about the building, its costs "
                         u"and its neighbours, on May 8, 2009."_qs;
    QTest::newRow("date deep in a sentence is no dateline") << late << late << QString() << QDate();
    QTest::newRow("CRLF line endings") << u"Council approves new library\r\nMembers argued.\r\n"_qs
                                       << u"Council approves new library\nMembers argued.\n"_qs
                                       << u"Council approves new library"_qs << QDate();
    QTest::newRow("hard-wrapped paragraphs keep offsets")
        << u"The council met on a wet\nevening and argued.\n\nMembers voted late\nin the night.\n"_qs
        << u"The council met on a wet evening and argued.\n\nMembers voted late in the night.\n"_qs
        << QString() << QDate();
}

void TestArticleReader::plainText()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedText);
    QFETCH(QString, title);
    QFETCH(QDate, date);
    const ReadResult r = ArticleReader::readBytes(text.toUtf8(), u"story.txt"_qs);
    QVERIFY2(r.isOk(), qPrintable(r.error));
    QCOMPARE(r.document.text, expectedText);
    QCOMPARE(r.document.title, title);
    QCOMPARE(r.document.published, date);
    QCOMPARE(r.document.publishedOrigin,
             date.isValid() ? DateOrigin::Dateline : DateOrigin::Unknown);
}

void TestArticleReader::markdown_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<QString>("title");

    QTest::newRow("markdown link") << u"Read [the council's report](https://example.org/r) now."_qs
                                   << u"Read the council's report now."_qs << QString();
    QTest::newRow("heading gives title")
        << u"# Library plans\n\nThe council met."_qs << u"Library plans\nThe council met."_qs
        << u"Library plans"_qs;
    QTest::newRow("setext heading") << u"Library plans\n=============\nThe council met."_qs
                                    << u"Library plans\nThe council met."_qs << u"Library plans"_qs;
    QTest::newRow("emphasis stripped") << u"It was **very** late and _everyone_ left."_qs
                                       << u"It was very late and everyone left."_qs << QString();
    QTest::newRow("snake_case and arithmetic kept")
        << u"Set max_size to 2 * 3."_qs << u"Set max_size to 2 * 3."_qs << QString();
    QTest::newRow("image dropped")
        << u"Before ![a wet roof](roof.jpg) after."_qs << u"Before after."_qs << QString();
    QTest::newRow("list items are lines")
        << u"- first point\n- second point"_qs << u"first point\nsecond point"_qs << QString();
    QTest::newRow("block quote") << u"> We will build it, she said."_qs
                                 << u"We will build it, she said."_qs << QString();
    QTest::newRow("fenced code dropped")
        << u"Before.\n\n```\nint x = 1;\n```\n\nAfter."_qs << u"Before.\nAfter."_qs << QString();
    QTest::newRow("wrapped paragraph joined")
        << u"The council met\non a wet evening."_qs << u"The council met on a wet evening."_qs
        << QString();
    QTest::newRow("inline code") << u"Run `make` first."_qs << u"Run make first."_qs << QString();
}

void TestArticleReader::markdown()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expectedText);
    QFETCH(QString, title);
    const ReadResult r = ArticleReader::readBytes(markdown.toUtf8(), u"story.md"_qs);
    QVERIFY2(r.isOk(), qPrintable(r.error));
    QCOMPARE(r.document.text, expectedText);
    QCOMPARE(r.document.title, title);
    if (!title.isEmpty()) {
        QVERIFY(!r.document.headings.isEmpty());
        QCOMPARE(r.document.text.mid(r.document.headings.front().begin,
                                     r.document.headings.front().length()),
                 title);
    }
}

void TestArticleReader::gzippedPage()
{
    const QString path =
        qEnvironmentVariable("LECTOR_SOURCE_DIR") + u"/tests/data/io/page.html.gz"_qs;
    const ReadResult r = ArticleReader::readFile(path);
    QVERIFY2(r.isOk(), qPrintable(r.error));
    QCOMPARE(r.document.title, u"Harbour ferry returns after winter repairs"_qs);
    QCOMPARE(r.document.siteName, u"Coastal Courier"_qs);
    QVERIFY(r.document.text.contains(u"second boat"));
    QVERIFY(!r.document.text.contains(u"<p>"));
}

void TestArticleReader::formatFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format");
    QTest::newRow("html") << u"a.HTML"_qs << int(ArticleReader::Format::Html);
    QTest::newRow("compressed html") << u"a.html.gz"_qs << int(ArticleReader::Format::Html);
    QTest::newRow("markdown") << u"notes.md"_qs << int(ArticleReader::Format::Markdown);
    QTest::newRow("text") << u"a.txt"_qs << int(ArticleReader::Format::PlainText);
    QTest::newRow("unknown suffix") << u"a.dat"_qs << int(ArticleReader::Format::Auto);
}

void TestArticleReader::formatFromName()
{
    QFETCH(QString, name);
    QFETCH(int, format);
    QCOMPARE(int(ArticleReader::formatForName(name)), format);
}

QTEST_GUILESS_MAIN(TestArticleReader)
#include "tst_articlereader.moc"
