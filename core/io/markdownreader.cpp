// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/markdownreader.h"

#include "io/plaintextreader.h"

#include <QStringList>

#include <algorithm>

namespace lector {

namespace {

struct Block
{
    QString text;
    int headingLevel = 0; ///< 0 for a paragraph
};

bool isRule(QStringView line)
{
    // "---", "***", "___", "- - -": three or more of one marker and nothing else.
    QChar marker;
    int count = 0;
    for (QChar c : line) {
        if (c.isSpace())
            continue;
        if (c != u'-' && c != u'*' && c != u'_')
            return false;
        if (count > 0 && c != marker)
            return false;
        marker = c;
        ++count;
    }
    return count >= 3;
}

bool isAll(QStringView line, QChar c)
{
    line = line.trimmed();
    return !line.isEmpty() && line.count(c) == line.size();
}

int atxLevel(QStringView line)
{
    int level = 0;
    while (level < line.size() && line[level] == u'#')
        ++level;
    if (level == 0 || level > 6 || (level < line.size() && line[level] != u' '))
        return 0;
    return level;
}

// "> quoted", "- item", "* item", "1. item", "2) item", "- [x] task" -> the content.
QStringView stripContainers(QStringView line)
{
    for (;;) {
        line = line.trimmed();
        if (line.startsWith(u'>')) {
            line = line.mid(1);
            continue;
        }
        if (line.size() >= 2 && (line[0] == u'-' || line[0] == u'*' || line[0] == u'+') &&
            line[1] == u' ' && !isRule(line)) {
            line = line.mid(2);
            continue;
        }
        qsizetype digits = 0;
        while (digits < line.size() && digits < 9 && line[digits].isDigit())
            ++digits;
        if (digits > 0 && digits + 1 < line.size() &&
            (line[digits] == u'.' || line[digits] == u')') && line[digits + 1] == u' ') {
            line = line.mid(digits + 2);
            continue;
        }
        if (line.startsWith(u"[ ] ") || line.startsWith(u"[x] ") || line.startsWith(u"[X] "))
            line = line.mid(4);
        return line;
    }
}

// "| a | b |" -> "a b"; the "|---|---|" row is dropped by the caller.
QString tableRow(QStringView line)
{
    QStringList cells;
    for (QStringView cell : line.tokenize(u'|', Qt::SkipEmptyParts))
        if (!cell.trimmed().isEmpty())
            cells.append(cell.trimmed().toString());
    return cells.join(u' ');
}

bool isTableDivider(QStringView line)
{
    line = line.trimmed();
    if (!line.contains(u'-') || !line.contains(u'|'))
        return false;
    for (QChar c : line)
        if (c != u'|' && c != u'-' && c != u':' && c != u' ')
            return false;
    return true;
}

class BlockBuilder
{
public:
    void addLine(QStringView content)
    {
        const QString text = MarkdownReader::stripInline(content).simplified();
        if (text.isEmpty())
            return;
        if (!m_paragraph.isEmpty())
            m_paragraph += u' ';
        m_paragraph += text;
    }
    void heading(QStringView content, int level)
    {
        flush();
        const QString text = MarkdownReader::stripInline(content).trimmed();
        if (!text.isEmpty())
            m_blocks.append({text, level});
    }
    // A setext underline turns the paragraph so far into a heading.
    bool promote(int level)
    {
        if (m_paragraph.isEmpty())
            return false;
        m_blocks.append({m_paragraph, level});
        m_paragraph.clear();
        return true;
    }
    void flush()
    {
        if (!m_paragraph.isEmpty())
            m_blocks.append({m_paragraph, 0});
        m_paragraph.clear();
    }
    const QList<Block> &blocks() const { return m_blocks; }

private:
    QList<Block> m_blocks;
    QString m_paragraph;
};

QList<Block> parseBlocks(const QString &markdown)
{
    BlockBuilder builder;
    bool inFence = false;
    bool previousBlank = true;
    for (QStringView line : QStringView(markdown).tokenize(u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~")) {
            builder.flush();
            inFence = !inFence;
            continue;
        }
        const bool indentedCode =
            previousBlank && (line.startsWith(u"    ") || line.startsWith(u'\t'));
        if (inFence || (indentedCode && !trimmed.isEmpty())) {
            continue;
        }
        previousBlank = trimmed.isEmpty();
        if (trimmed.isEmpty()) {
            builder.flush();
        } else if (isAll(trimmed, u'=') && builder.promote(1)) {
        } else if (isAll(trimmed, u'-') && builder.promote(2)) {
        } else if (isRule(trimmed) || isTableDivider(trimmed)) {
            builder.flush();
        } else if (trimmed.startsWith(u'[') && trimmed.contains(u"]: ")) {
            continue; // "[1]: https://example.org" reference definition
        } else if (const QStringView content = stripContainers(line); atxLevel(content) > 0) {
            const int level = atxLevel(content);
            QStringView text = content.mid(level).trimmed();
            while (text.endsWith(u'#')) // closing hashes of "## Heading ##"
                text.chop(1);
            builder.heading(text, level);
        } else if (content.startsWith(u'|')) {
            builder.flush();
            builder.addLine(tableRow(content));
            builder.flush();
        } else {
            // A list item or quote starts its own paragraph only after a blank line or
            // marker; "- one\n- two" gives two lines.
            if (content.size() != trimmed.size())
                builder.flush();
            builder.addLine(content);
        }
    }
    builder.flush();
    return builder.blocks();
}

} // namespace

void MarkdownReader::read(const QString &markdown, Document &document)
{
    const QList<Block> blocks = parseBlocks(PlainTextReader::normaliseLineEndings(markdown));
    document.text.clear();
    for (const Block &block : blocks) {
        if (!document.text.isEmpty())
            document.text += u'\n';
        if (block.headingLevel > 0) {
            document.headings.append(
                {document.text.size(), document.text.size() + block.text.size()});
            if (block.headingLevel == 1 && document.title.isEmpty())
                document.title = block.text;
        }
        document.text += block.text;
    }
    if (document.title.isEmpty() && !blocks.isEmpty() && blocks.front().headingLevel > 0)
        document.title = blocks.front().text;
    document.published = PlainTextReader::dateline(document.text);
    document.publishedOrigin =
        document.published.isValid() ? DateOrigin::Dateline : DateOrigin::Unknown;
}

} // namespace lector

namespace lector {

namespace {

// Link texts and targets longer than this are not looked for: a line of 100,000 "[" would
// otherwise scan to its end from every one of them (quadratic time).
constexpr qsizetype MaxBracketSpan = 4096;

// The index of the bracket closing the one at `open`, or -1: "[a [b] c]" nests.
qsizetype matching(QStringView s, qsizetype open, QChar opening, QChar closing)
{
    int depth = 0;
    const qsizetype end = std::min(s.size(), open + MaxBracketSpan);
    for (qsizetype i = open; i < end; ++i) {
        if (s[i] == u'\\') {
            ++i;
        } else if (s[i] == opening) {
            ++depth;
        } else if (s[i] == closing && --depth == 0) {
            return i;
        }
    }
    return -1;
}

bool isBoundary(QStringView s, qsizetype i)
{
    return i < 0 || i >= s.size() || s[i].isSpace() || s[i].isPunct();
}

// Emphasis markers go: "**bold**", "_it_", "~~gone~~"; "2 * 3" and "snake_case" stay.
bool isEmphasis(QStringView s, qsizetype begin, qsizetype end)
{
    const QChar c = s[begin];
    const bool spaceBefore = begin == 0 || s[begin - 1].isSpace();
    const bool spaceAfter = end >= s.size() || s[end].isSpace();
    if (spaceBefore && spaceAfter)
        return false;
    if (c == u'~')
        return end - begin >= 2;
    if (c == u'_')
        return isBoundary(s, begin - 1) || isBoundary(s, end);
    return true;
}

// After "[text]" at `close`: skips "(url)" or "[ref]" and returns where scanning resumes.
qsizetype skipTarget(QStringView s, qsizetype close)
{
    const qsizetype next = close + 1;
    if (next < s.size() && (s[next] == u'(' || s[next] == u'[')) {
        const qsizetype end = matching(s, next, s[next], s[next] == u'(' ? u')' : u']');
        if (end > 0)
            return end + 1;
    }
    return next;
}

} // namespace

namespace {

// The handlers below consume one construct at `i`, append its text to `out` and return the
// index after it; they return -1 when the character at `i` starts no such construct.

// "`make`" -> "make"; an unclosed backtick stays.
qsizetype codeSpan(QStringView s, qsizetype i, QString &out)
{
    qsizetype run = i;
    while (run < s.size() && s[run] == u'`')
        ++run;
    const qsizetype close = s.indexOf(s.mid(i, run - i), run);
    if (close < 0) {
        out += s.mid(i, run - i);
        return run;
    }
    out += s.mid(run, close - run).trimmed();
    return close + (run - i);
}

// "![alt](src)" -> nothing; "[text](url)" and "[text][ref]" -> "text"; "[sic]" stays.
qsizetype linkOrImage(QStringView s, qsizetype i, QString &out)
{
    const bool image = s[i] == u'!';
    const qsizetype open = image ? i + 1 : i;
    const qsizetype close = matching(s, open, u'[', u']');
    if (close < 0 || skipTarget(s, close) == close + 1)
        return -1;
    if (!image)
        out += MarkdownReader::stripInline(s.mid(open + 1, close - open - 1));
    return skipTarget(s, close);
}

// "<https://example.org>" -> the address; "<b>", "</span>" -> nothing.
qsizetype htmlTag(QStringView s, qsizetype i, QString &out)
{
    if (i + 1 >= s.size() || !(s[i + 1].isLetter() || s[i + 1] == u'/'))
        return -1;
    const qsizetype close = s.indexOf(u'>', i);
    if (close < 0)
        return -1;
    const QStringView tag = s.mid(i + 1, close - i - 1);
    if (tag.contains(u'<'))
        return -1;
    if (tag.startsWith(u"http://") || tag.startsWith(u"https://"))
        out += tag;
    return close + 1;
}

qsizetype emphasis(QStringView s, qsizetype i, QString &out)
{
    qsizetype run = i;
    while (run < s.size() && s[run] == s[i])
        ++run;
    if (!isEmphasis(s, i, run))
        out += s.mid(i, run - i);
    return run;
}

} // namespace

QString MarkdownReader::stripInline(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size();) {
        const QChar c = s[i];
        qsizetype next = -1;
        if (c == u'\\' && i + 1 < s.size() && s[i + 1].isPunct()) {
            out += s[i + 1];
            next = i + 2;
        } else if (c == u'`') {
            next = codeSpan(s, i, out);
        } else if (c == u'[' || (c == u'!' && i + 1 < s.size() && s[i + 1] == u'[')) {
            next = linkOrImage(s, i, out);
        } else if (c == u'<') {
            next = htmlTag(s, i, out);
        } else if (c == u'*' || c == u'_' || c == u'~') {
            next = emphasis(s, i, out);
        }
        if (next < 0) {
            out += c;
            next = i + 1;
        }
        i = next;
    }
    return out;
}

} // namespace lector
