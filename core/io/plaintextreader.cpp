// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/plaintextreader.h"

#include "io/datefinder.h"

namespace lector {

namespace {

constexpr qsizetype MaxHeadlineLength = 200;
constexpr int DatelineLines = 3;
// A dateline starts its line: "WASHINGTON, Friday, May 8, 2009 -"; a date further on is news.
constexpr qsizetype MaxDatelineLength = 64;

// Whether blank lines separate paragraphs that span several lines, as in e-mailed or
// typewriter-style text wrapped at 72 columns: then a single '\n' is not a paragraph break.
bool isHardWrapped(QStringView text)
{
    int blocks = 0;
    int multiLine = 0;
    int linesInBlock = 0;
    for (QStringView line : text.tokenize(u'\n')) {
        if (line.trimmed().isEmpty()) {
            if (linesInBlock > 0) {
                ++blocks;
                multiLine += linesInBlock > 1;
            }
            linesInBlock = 0;
        } else {
            ++linesInBlock;
        }
    }
    if (linesInBlock > 0) {
        ++blocks;
        multiLine += linesInBlock > 1;
    }
    return blocks >= 2 && multiLine * 2 > blocks;
}

// Joins the lines of each paragraph with a space, keeping length and offsets.
void unwrap(QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'\n')
            continue;
        const bool blankBefore = i == 0 || text[i - 1] == u'\n';
        const bool blankAfter = i + 1 >= text.size() || text[i + 1] == u'\n';
        if (!blankBefore && !blankAfter)
            text[i] = u' ';
    }
}

} // namespace

QString PlainTextReader::normaliseLineEndings(const QString &text)
{
    if (!text.contains(u'\r'))
        return text;
    QString out = text;
    out.replace(u"\r\n"_qs, u"\n"_qs);
    out.replace(u'\r', u'\n');
    return out;
}

QString PlainTextReader::headline(QStringView text)
{
    const qsizetype end = text.indexOf(u'\n');
    const QStringView line = (end < 0 ? text : text.left(end)).trimmed();
    if (line.isEmpty() || line.size() > MaxHeadlineLength)
        return {};
    // "Minister visits the capital" is a headline; "The minister left." is a sentence.
    const QChar last = line.back();
    if (last == u'.' || last == u',' || last == u';' || last == u':')
        return {};
    if (!line.front().isUpper() && !line.front().isDigit() && !line.front().isPunct())
        return {};
    // "May 8, 2009" alone on the first line is a dateline, not a headline.
    if (line.size() < 40 && DateFinder::shared().find(line).isValid())
        return {};
    return line.toString();
}

QDate PlainTextReader::dateline(QStringView text)
{
    int seen = 0;
    for (QStringView line : text.tokenize(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (const QDate date = DateFinder::shared().find(line.left(MaxDatelineLength));
            date.isValid())
            return date;
        if (++seen == DatelineLines)
            break;
    }
    return {};
}

void PlainTextReader::read(const QString &text, Document &document)
{
    document.text = normaliseLineEndings(text);
    if (isHardWrapped(document.text))
        unwrap(document.text);
    document.title = headline(document.text);
    document.published = dateline(document.text);
    document.publishedOrigin =
        document.published.isValid() ? DateOrigin::Dateline : DateOrigin::Unknown;
}

} // namespace lector
