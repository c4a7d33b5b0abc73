// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/quotes/quotemarkscanner.h"

#include <QVarLengthArray>

#include <algorithm>

namespace lector {

namespace {

enum class Family : quint8 { Double, Single };
enum class Role : quint8 { None, Open, Close, Either };

struct Mark
{
    Role role = Role::None;
    Family family = Family::Double;
    int length = 1;
    bool low = false; ///< „ : closed by “ as well as ”
};

struct Open
{
    qsizetype pos;
    Mark mark;
};

bool isQuoteChar(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u'\u201C':
    case u'\u201D':
    case u'\u2018':
    case u'\u2019':
    case u'\u201E':
    case u'\u00AB':
    case u'\u00BB':
        return true;
    default:
        return false;
    }
}

// A mark after a space, a bracket, a dash or another mark opens: ("Yes" / —"Yes" / “‘Yes).
bool opensAfter(QChar prev)
{
    return prev.isSpace() || prev == u'(' || prev == u'[' || prev == u'{' || prev == u'-' ||
           prev == u'\u2014' || prev == u'\u2013' || prev == u'/' || isQuoteChar(prev);
}

// A mark before a space or punctuation closes: (yes," / yes". / yes”)).
bool closesBefore(QChar next)
{
    return next.isSpace() || (next.isPunct() && next != u'(' && next != u'[') || isQuoteChar(next);
}

bool isApostropheChar(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

// Reads the mark at i. prev/next are the neighbouring characters (a space at a paragraph edge).
Mark markAt(QStringView text, qsizetype i, qsizetype end)
{
    const QChar c = text[i];
    const QChar prev = i > 0 ? text[i - 1] : QChar(u' ');
    const auto nextAt = [&](qsizetype k) { return k < end ? text[k] : QChar(u' '); };
    switch (c.unicode()) {
    case u'\u201C':
        return {Role::Open, Family::Double, 1, false};
    case u'\u201D':
    case u'\u00BB':
        return {Role::Close, Family::Double, 1, false};
    case u'\u201E':
        return {Role::Open, Family::Double, 1, true};
    case u'\u00AB':
        return {Role::Open, Family::Double, 1, false};
    case u'"':
        return {Role::Either, Family::Double, 1, false};
    case u'`':
        return nextAt(i + 1) == u'`' ? Mark{Role::Open, Family::Double, 2, false} : Mark{};
    case u'\u2018':
        // ‘90s is an apostrophe typed the wrong way round.
        return nextAt(i + 1).isDigit() ? Mark{} : Mark{Role::Open, Family::Single, 1, false};
    default:
        break;
    }
    if (!isApostropheChar(c))
        return {};
    if (c == u'\'' && nextAt(i + 1) == u'\'') // ''Yes,'' she said.
        return {Role::Either, Family::Double, 2, false};
    const QChar next = nextAt(i + 1);
    const bool prevWord = prev.isLetterOrNumber();
    const bool nextWord = next.isLetterOrNumber();
    if (prevWord && nextWord) // don't, Li's
        return {};
    if (!prevWord && next.isDigit()) // the '90s
        return {};
    if (!prevWord && nextWord && isApostropheChar(nextAt(i + 2)) && !nextAt(i + 3).isLetter())
        return {}; // rock 'n' roll: the whole 'n' is an elision
    if (opensAfter(prev) && !closesBefore(next))
        return {Role::Open, Family::Single, 1, false};
    return {Role::Close, Family::Single, 1, false}; // students' or a closing mark
}

// Index in `stack` of the open mark a closing `mark` at pos pairs with, or -1. A single mark
// never closes across an open double one ("He said ‘no” leaves ‘ unclosed).
qsizetype matchingOpen(const QVarLengthArray<Open, 8> &stack, Mark mark, QChar c)
{
    for (qsizetype k = stack.size() - 1; k >= 0; --k) {
        const Mark &open = stack[k].mark;
        if (open.family == mark.family) {
            // “ closes „ only; ” closes both.
            if (c == u'\u201C' && !open.low)
                return -1;
            return k;
        }
        if (mark.family == Family::Single)
            return -1;
    }
    return -1;
}

Span trimmed(QStringView text, qsizetype begin, qsizetype end)
{
    while (begin < end && text[begin].isSpace())
        ++begin;
    while (end > begin && text[end - 1].isSpace())
        --end;
    return {begin, end};
}

// True when the first non-blank character after `end` (the next paragraph) opens a quotation.
bool nextParagraphOpens(QStringView text, qsizetype end, Family family)
{
    qsizetype k = end;
    while (k < text.size() && text[k].isSpace())
        ++k;
    if (k >= text.size())
        return false;
    const QChar c = text[k];
    if (family == Family::Single)
        return c == u'\u2018' || c == u'\'';
    return c == u'"' || c == u'\u201C' || c == u'\u201E' || c == u'\u00AB' ||
           (c == u'\'' && k + 1 < text.size() && text[k + 1] == u'\'');
}

} // namespace

QList<QuoteMarkScanner::Segment> QuoteMarkScanner::scan(QStringView text)
{
    QList<Segment> out;
    qsizetype begin = 0;
    while (begin < text.size()) {
        qsizetype end = text.indexOf(u'\n', begin);
        if (end < 0)
            end = text.size();
        scanParagraph(text, begin, end, out);
        begin = end + 1;
    }
    return out;
}

void QuoteMarkScanner::scanParagraph(QStringView text, qsizetype begin, qsizetype end,
                                     QList<Segment> &out)
{
    const qsizetype first = out.size();
    QVarLengthArray<Open, 8> stack;
    for (qsizetype i = begin; i < end; ++i) {
        if (!isQuoteChar(text[i]) && text[i] != u'`')
            continue;
        Mark mark = markAt(text, i, end);
        if (mark.role == Role::None)
            continue;
        const QChar c = text[i];
        if (mark.role == Role::Either || (c == u'\u201C' && !stack.isEmpty())) {
            // A straight mark, or a “ that may close a „: decide by the neighbours, then by what
            // is open ("Yes," he said: the first opens, the second closes).
            const QChar prev = i > begin ? text[i - 1] : QChar(u' ');
            const QChar next = i + mark.length < end ? text[i + mark.length] : QChar(u' ');
            const bool opens = i == begin || opensAfter(prev);
            const bool closes = closesBefore(next);
            const bool pending = matchingOpen(stack, mark, c) >= 0;
            if (mark.role == Role::Either)
                mark.role = opens && !closes   ? Role::Open
                            : closes && !opens ? Role::Close
                            : pending          ? Role::Close
                                               : Role::Open;
            else if (pending && stack[matchingOpen(stack, mark, c)].mark.low)
                mark.role = Role::Close;
        }
        if (mark.role == Role::Open) {
            stack.append({i, mark});
        } else {
            const qsizetype k = matchingOpen(stack, mark, c);
            if (k >= 0) {
                const Open open = stack[k];
                stack.resize(k);
                // Only outermost quotations count; an unclosed single mark below may be an
                // apostrophe ('Twas), so it does not hide what follows.
                const bool outermost =
                    std::none_of(stack.cbegin(), stack.cend(),
                                 [](const Open &o) { return o.mark.family == Family::Double; });
                if (outermost) {
                    const qsizetype inner = open.pos + open.mark.length;
                    out.append({trimmed(text, inner, i),
                                {open.pos, i + mark.length},
                                true,
                                false,
                                open.mark.family == Family::Single});
                }
            }
        }
        i += mark.length - 1;
    }
    // The outermost double mark left open runs to the paragraph end.
    for (const Open &open : stack) {
        if (open.mark.family != Family::Double)
            continue;
        const Span span = trimmed(text, open.pos + open.mark.length, end);
        if (!span.isEmpty())
            out.append({span,
                        {open.pos, span.end},
                        false,
                        nextParagraphOpens(text, end, Family::Double),
                        false});
        break;
    }
    // A single quotation closed around earlier finds contains them: keep the outermost.
    std::sort(out.begin() + first, out.end(),
              [](const Segment &a, const Segment &b) { return a.outer < b.outer; });
    qsizetype kept = first;
    for (qsizetype k = first; k < out.size(); ++k) {
        if (kept > first && out[kept - 1].outer.contains(out[k].outer))
            continue;
        out[kept++] = out[k];
    }
    out.resize(kept);
}

} // namespace lector
