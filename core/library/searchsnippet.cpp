// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/searchsnippet.h"

namespace lector {

namespace {

struct Span
{
    qsizetype begin = 0;
    qsizetype end = 0;
};

// The text between two words with each run of white space (line breaks too) one space.
QString oneLine(const QString &s)
{
    QString out;
    bool space = false;
    for (const QChar c : s) {
        if (c.isSpace() && space)
            continue;
        space = c.isSpace();
        out += space ? QChar(u' ') : c;
    }
    return out;
}

} // namespace

SearchSnippet::SearchSnippet(const QString &tsquery)
{
    for (qsizetype i = 0; i < tsquery.size(); ++i) {
        if (tsquery[i] != u'\'')
            continue;
        QString word;
        for (++i; i < tsquery.size(); ++i) {
            if (tsquery[i] == u'\'') {
                if (i + 1 < tsquery.size() && tsquery[i + 1] == u'\'') { // '' is a quote
                    word += u'\'';
                    ++i;
                    continue;
                }
                break;
            }
            word += tsquery[i];
        }
        const bool prefix = tsquery.mid(i + 1, 2) == u":*";
        if (!word.isEmpty())
            m_terms.append({folded(word), prefix});
    }
}

QString SearchSnippet::folded(const QString &word)
{
    const QString decomposed = word.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_Enclosing)
            out += c;
    return out.toCaseFolded();
}

bool SearchSnippet::matches(QStringView word) const
{
    // The terms are folded; an ASCII word is compared without case as it is.
    for (const Term &t : m_terms)
        if (t.prefix ? word.startsWith(t.word, Qt::CaseInsensitive)
                     : word.compare(t.word, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString SearchSnippet::make(const QString &text, int words) const
{
    QList<Span> tokens;
    QList<bool> hit;
    for (qsizetype i = 0; i < text.size();) {
        if (!text[i].isLetterOrNumber()) {
            ++i;
            continue;
        }
        const qsizetype begin = i;
        while (i < text.size() && text[i].isLetterOrNumber())
            ++i;
        tokens.append({begin, i});
        const QStringView word = QStringView(text).mid(begin, i - begin);
        // Plain ASCII needs no decomposition: most words of most texts.
        bool ascii = true;
        for (const QChar c : word)
            ascii = ascii && c.unicode() < 0x80;
        hit.append(ascii ? matches(word) : matches(folded(word.toString())));
    }
    if (tokens.isEmpty())
        return {};
    // The window of `words` tokens with the most hits, the first of equals.
    const qsizetype n = tokens.size();
    const qsizetype width = qMin<qsizetype>(qMax(1, words), n);
    qsizetype count = 0;
    for (qsizetype i = 0; i < width; ++i)
        count += hit[i] ? 1 : 0;
    qsizetype best = count, start = 0;
    for (qsizetype i = width; i < n; ++i) {
        count += (hit[i] ? 1 : 0) - (hit[i - width] ? 1 : 0);
        if (count > best) {
            best = count;
            start = i - width + 1;
        }
    }
    // A single hit sits a few words into its window rather than at the very end of it.
    if (best == 1)
        for (qsizetype i = start; i < start + width; ++i)
            if (hit[i]) {
                start = qBound<qsizetype>(0, i - width / 3, n - width);
                break;
            }
    QString snippet = start > 0 ? u"…"_qs : QString();
    for (qsizetype i = start; i < start + width; ++i) {
        if (i > start)
            snippet += oneLine(text.mid(tokens[i - 1].end, tokens[i].begin - tokens[i - 1].end));
        const QString word = text.mid(tokens[i].begin, tokens[i].end - tokens[i].begin);
        snippet += hit[i] ? u'[' + word + u']' : word;
    }
    if (start + width < n)
        snippet += u"…"_qs;
    return snippet;
}

} // namespace lector
