// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/time/temporaltagger.h"

#include "analysis/textanalysers.h"
#include "analysis/time/timexresolver.h"
#include "lexicon/resources.h"
#include "text/sentencesplitter.h"
#include "text/tokenizer.h"

namespace lector {

namespace {

bool isHyphen(QChar c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u2011';
}

/// "2023-08-17" as a date, else an invalid date.
QDate isoDate(QStringView s)
{
    if (s.size() != 10 || s[4] != u'-' || s[7] != u'-')
        return {};
    return QDate::fromString(s.toString(), Qt::ISODate);
}

/// "10:30" (also "6:00am", "9:15pm") as minutes after midnight, else -1.
int clockMinutes(QStringView s, bool *meridiem)
{
    int add = -1;
    if (s.endsWith(u"am", Qt::CaseInsensitive) || s.endsWith(u"pm", Qt::CaseInsensitive)) {
        add = s.endsWith(u"pm", Qt::CaseInsensitive) ? 12 : 0;
        s.chop(2);
    }
    *meridiem = add >= 0;
    const qsizetype colon = s.indexOf(u':');
    if (colon < 1 || colon > 2 || s.size() != colon + 3)
        return -1;
    bool okH = false, okM = false;
    const int h = s.left(colon).toInt(&okH), m = s.mid(colon + 1).toInt(&okM);
    if (!okH || !okM || h > 23 || m > 59 || (add >= 0 && h > 12))
        return -1;
    return (add >= 0 ? h % 12 + add : h) * 60 + m;
}

} // namespace

TemporalTagger::TemporalTagger(const Resources &resources)
    : m_lexicon(resources)
{}

QList<TimeExpression> TemporalTagger::tag(const QString &text, QDate published)
{
    const auto resources = Resources::shared();
    Document document;
    document.text = text;
    document.published = published;
    Analysis analysis;
    Tokenizer().run(document, analysis);
    SentenceAnalyser(*resources).run(document, analysis);
    TemporalTagger(*resources).run(document, analysis);
    return analysis.times;
}

void TemporalTagger::describe(TimexUnit &unit) const
{
    const QStringView t = unit.text;
    if (t.size() > TimexLexicon::maxWordLength)
        return;
    char16_t buffer[TimexLexicon::maxWordLength];
    quint32 hash = TimexLexicon::hashSeed;
    int digits = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char16_t ch = t[i].unicode();
        const char16_t low =
            ch < 0x80 ? (ch >= u'A' && ch <= u'Z' ? ch + 32 : ch) : t[i].toLower().unicode();
        buffer[i] = low;
        hash = TimexLexicon::hashStep(hash, low);
        if (ch >= u'0' && ch <= u'9' && digits == i)
            ++digits;
    }
    const QStringView lower(buffer, t.size());
    unit.capital = !t.isEmpty() && t[0].isUpper();
    unit.entries = m_lexicon.find(lower, hash);
    if (unit.entries)
        for (const TimexEntry &e : *unit.entries)
            unit.classes |= 1u << int(e.cls);
    if (digits > 0 && digits <= 4) {
        const QStringView rest = QStringView(lower).mid(digits);
        const bool ordinal = rest == u"th" || rest == u"st" || rest == u"nd" || rest == u"rd";
        if (rest.isEmpty() || ordinal || rest == u"s") {
            unit.digits = digits;
            unit.number = t.left(digits).toInt();
            unit.ordinal = ordinal;
            unit.decade = rest == u"s";
        }
    }
    // Tense markers: a listed word ("will", "said"), "they'll", or a regular past ("visited"),
    // never a capitalised name that ends like one ("United States", "Ahmed").
    if (TimexLexicon::entry(unit.entries, TimexClass::Future) || lower.endsWith(u"'ll") ||
        lower.endsWith(u"\u2019ll"))
        unit.tense = 1;
    else if (TimexLexicon::entry(unit.entries, TimexClass::Past) ||
             (!unit.entries && !unit.capital && digits == 0 && lower.size() >= 5 &&
              lower.endsWith(u"ed")))
        unit.tense = -1;
}

void TemporalTagger::addToken(const QString &text, const Token &token, int sentence,
                              TimexUnits &out) const
{
    const QStringView whole = QStringView(text).mid(token.span.begin, token.span.length());
    QDate iso;
    int clock = -1;
    bool meridiem = false;
    if (token.kind == TokenKind::Number) {
        iso = isoDate(whole);
        clock = clockMinutes(whole, &meridiem);
    }
    // "six-day" is read as "six" + "day"; dates and clock times stay whole.
    qsizetype start = 0;
    for (qsizetype i = 0; i <= whole.size(); ++i) {
        if (i < whole.size() &&
            (!isHyphen(whole[i]) || iso.isValid() || i == 0 || i + 1 == whole.size()))
            continue;
        TimexUnit &part = out.emplace_back();
        part.sentence = sentence;
        part.text = whole.mid(start, i - start);
        part.begin = token.span.begin + start;
        part.end = token.span.begin + i;
        part.joined = start > 0;
        part.isoDate = iso;
        part.clock = clock;
        part.meridiem = meridiem;
        if (!iso.isValid() && clock < 0)
            describe(part);
        start = i + 1;
    }
}

namespace {

// Units are made as the grammar reaches them and dropped once it has passed them, so a long
// document's units stay within about 100 KB (1,344 units of 80 bytes) instead of one unit per
// token of the whole text (190 MB for a 10 MB article, every page of it a fresh page fault).
// The grammar reads at most 12 units back (the sentence's tense markers) and a bounded number
// ahead, except a run of number or "about" words, which would have to be 256 words long to
// reach past the window: the matches are the same as over the whole text.
constexpr int unitsBehind = 64;
constexpr int unitsAhead = 256;
constexpr int dropAfter = 1024;

} // namespace

// The document's units in order, made on demand from tokens [0, next); `units` holds the
// latest of them, the earlier ones dropped.
struct TemporalTagger::UnitStream
{
    const TemporalTagger &tagger;
    const QString &text;
    const Analysis &analysis;
    TimexUnits units;
    int next = 0;     ///< the next token to make units from
    int sentence = 0; ///< the sentence of token `next`

    // Makes units until at least `count` exist or the tokens run out.
    void fill(size_t count)
    {
        const QList<Token> &tokens = analysis.tokens;
        while (units.size() < count && next < tokens.size()) {
            const int i = next;
            while (sentence + 1 < analysis.sentences.size() &&
                   analysis.sentences[sentence].endToken <= i)
                ++sentence;
            // "10-year" is three tokens; read it like "six-day": the hyphen joins the words.
            const Span s = tokens[i].span;
            if (s.length() == 1 && isHyphen(text[s.begin]) && i > 0 && i + 1 < tokens.size() &&
                tokens[i - 1].span.end == s.begin && tokens[i + 1].span.begin == s.end) {
                tagger.addToken(text, tokens[i + 1], sentence, units);
                units.back().joined = true;
                next = i + 2;
                continue;
            }
            tagger.addToken(text, tokens[i], sentence, units);
            // A participle after "be" is no past: "will be closed in March", "to be held".
            if (TimexUnit &u = units.back(); u.tense < 0 && units.size() > 1) {
                const TimexUnit &before = units[units.size() - 2];
                if (before.sentence == u.sentence &&
                    before.text.compare(u"be", Qt::CaseInsensitive) == 0)
                    u.tense = 0;
            }
            next = i + 1;
        }
    }
    // Drops the units before `at` but `unitsBehind`; returns how many went.
    int drop(int at)
    {
        const int gone = at - unitsBehind;
        if (gone < dropAfter)
            return 0;
        units.erase(units.begin(), units.begin() + gone);
        return gone;
    }
};

void TemporalTagger::run(const Document &document, Analysis &analysis) const
{
    UnitStream stream{*this, document.text, analysis, {}};
    stream.units.reserve(size_t(dropAfter + unitsBehind + unitsAhead + 64));
    const TimexUnits &units = stream.units;
    TimexContext context;
    context.published = document.published;
    context.anchor = document.published;
    for (int i = 0;;) {
        i -= stream.drop(i);
        stream.fill(size_t(i) + unitsAhead);
        if (i >= int(units.size()))
            break;
        const TimexUnit &u = units[i];
        if (!u.entries && u.digits == 0 && u.clock < 0 && !u.isoDate.isValid()) {
            ++i; // no rule starts with a word the lexicon does not know
            continue;
        }
        const TimexMatch m = m_grammar.match(units, i, context);
        if (!m.isMatch()) {
            ++i;
            continue;
        }
        TimeExpression t;
        t.span = {units[m.first].begin, units[m.end - 1].end};
        t.type = m.type;
        t.value = m.value;
        t.relative = m.relative;
        QDate date;
        if (TimexResolver::parseValue(m.value, &date, &t.precision) && m.type == TimexType::Date &&
            m.anchors) {
            // Later relative expressions ("the following day") count from this date.
            if (t.precision == DatePrecision::Day || t.precision == DatePrecision::Month ||
                t.precision == DatePrecision::Year) {
                context.anchor = date;
                context.anchorSentence = units[m.first].sentence;
                context.anchorIsDay = t.precision == DatePrecision::Day;
                context.anchorHasMonth = t.precision != DatePrecision::Year;
            }
            if (t.precision == DatePrecision::Day)
                context.anchorDay = date;
            if (t.precision == DatePrecision::Quarter) {
                context.lastQuarter = date.year() * 4 + (date.month() - 1) / 3;
                context.lastQuarterSentence = units[m.first].sentence;
            }
        }
        analysis.times.append(t);
        i = m.end;
    }
}

} // namespace lector
