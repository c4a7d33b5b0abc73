// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/analysiscodec.h"

#include <QDataStream>
#include <QIODevice>

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace lector {

namespace {

constexpr quint32 Magic = 0x4c43414eu; // "LCAN": Lector analysis

// Readers of one field kind. Every read checks the stream status at the end of decode(); list
// counts are checked against the bytes left before anything is reserved, so a corrupt count of
// four billion fails instead of allocating.
class Reader
{
public:
    explicit Reader(QDataStream &in)
        : m_in(in)
    {}

    bool ok() const { return m_ok && m_in.status() == QDataStream::Ok; }
    void fail() { m_ok = false; }

    qsizetype count(int minimumBytesEach)
    {
        quint32 n = 0;
        m_in >> n;
        if (!ok() || qint64(n) * minimumBytesEach > m_in.device()->bytesAvailable()) {
            fail();
            return 0;
        }
        return qsizetype(n);
    }
    template<typename Enum> Enum enumValue(Enum last)
    {
        quint8 v = 0;
        m_in >> v;
        if (v > quint8(last))
            fail();
        return Enum(qMin(v, quint8(last)));
    }
    Span span()
    {
        qint32 begin = 0, end = 0;
        m_in >> begin >> end;
        return {qsizetype(begin), qsizetype(end)};
    }
    int integer()
    {
        qint32 v = 0;
        m_in >> v;
        return v;
    }
    bool boolean()
    {
        quint8 v = 0;
        m_in >> v;
        if (v > 1)
            fail();
        return v != 0;
    }
    QString string()
    {
        QByteArray utf8;
        m_in >> utf8;
        return QString::fromUtf8(utf8);
    }
    float real()
    {
        float v = 0;
        m_in >> v;
        return v;
    }
    QStringList strings()
    {
        QStringList list;
        const qsizetype n = count(4);
        list.reserve(n);
        for (qsizetype i = 0; i < n && ok(); ++i)
            list.append(string());
        return list;
    }
    QList<int> integers()
    {
        QList<int> list;
        const qsizetype n = count(4);
        list.reserve(n);
        for (qsizetype i = 0; i < n && ok(); ++i)
            list.append(integer());
        return list;
    }
    // Reads a list whose elements take at least `minimumBytes` each.
    template<typename T, typename ReadOne> QList<T> list(int minimumBytes, ReadOne readOne)
    {
        QList<T> result;
        const qsizetype n = count(minimumBytes);
        result.reserve(n);
        for (qsizetype i = 0; i < n && ok(); ++i)
            result.append(readOne(*this));
        return result;
    }

private:
    QDataStream &m_in;
    bool m_ok = true;
};

// Strings go as UTF-8: names and values are mostly ASCII, half the size of QString's UTF-16.
struct Utf8
{
    const QString &text;
};

QDataStream &operator<<(QDataStream &out, Utf8 s)
{
    return out << s.text.toUtf8();
}

// 32-bit offsets: the reader refuses articles far below 2^31 UTF-16 units, and a span that
// did not fit would come back negative and fail the consistency check.
void write(QDataStream &out, Span s)
{
    out << qint32(s.begin) << qint32(s.end);
}

void write(QDataStream &out, const QStringList &list)
{
    out << quint32(list.size());
    for (const QString &s : list)
        out << Utf8{s};
}

void write(QDataStream &out, const QList<int> &list)
{
    out << quint32(list.size());
    for (int v : list)
        out << qint32(v);
}

void appendVarint(QByteArray &bytes, quint64 value)
{
    while (value >= 0x80) {
        bytes.append(char(value | 0x80));
        value >>= 7;
    }
    bytes.append(char(value));
}

// Zigzag, so a small negative number stays one byte.
void appendSignedVarint(QByteArray &bytes, qint64 value)
{
    appendVarint(bytes, (quint64(value) << 1) ^ quint64(value >> 63));
}

// LEB128, seven bits a byte, low first; false past the end or after ten bytes.
bool takeVarint(const uchar *&p, const uchar *end, quint64 *value)
{
    *value = 0;
    for (int shift = 0; shift < 70 && p < end; shift += 7) {
        const uchar byte = *p++;
        *value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

bool takeSignedVarint(const uchar *&p, const uchar *end, qint64 *value)
{
    quint64 v = 0;
    if (!takeVarint(p, end, &v))
        return false;
    *value = qint64(v >> 1) ^ -qint64(v & 1);
    return true;
}

// Tokens are most of an analysis, so each is three bytes: the gap since the previous token's
// end, its length, and its kind with the line flag ("in 2023" -> gap 0 len 2, gap 1 len 4).
void writeTokensAndSentences(QDataStream &out, const Analysis &a)
{
    QByteArray block;
    block.reserve(a.tokens.size() * 3);
    qsizetype previousEnd = 0;
    for (const Token &t : a.tokens) {
        appendSignedVarint(block, t.span.begin - previousEnd);
        appendSignedVarint(block, t.span.end - t.span.begin);
        block.append(char(quint8(t.kind) | (t.startsLine ? 0x80 : 0)));
        previousEnd = t.span.end;
    }
    out << quint32(a.tokens.size()) << block;
    out << quint32(a.sentences.size());
    for (const Sentence &s : a.sentences) {
        write(out, s.span);
        out << qint32(s.firstToken) << qint32(s.endToken) << qint32(s.paragraph);
    }
}

void writeMentionsAndEntities(QDataStream &out, const Analysis &a)
{
    out << quint32(a.mentions.size());
    for (const Mention &m : a.mentions) {
        write(out, m.span);
        out << quint8(m.type) << quint8(m.source) << qint32(m.entity) << Utf8{m.role}
            << m.confidence;
    }
    out << quint32(a.entities.size());
    for (const Entity &e : a.entities) {
        out << Utf8{e.id} << Utf8{e.name} << quint8(e.type) << Utf8{e.subtype};
        write(out, e.forms);
        write(out, e.roles);
        write(out, e.mentions);
        out << quint8(e.gender);
    }
}

void writeQuotes(QDataStream &out, const Analysis &a)
{
    out << quint32(a.quotes.size());
    for (const Quote &q : a.quotes) {
        write(out, q.span);
        write(out, q.outer);
        out << quint8(q.kind) << qint32(q.speaker) << qint32(q.speakerMention);
        write(out, q.speakerSpan);
        out << Utf8{q.speakerName};
        write(out, q.cueSpan);
        out << Utf8{q.cue} << q.confidence;
    }
}

void writeTimesAndVisits(QDataStream &out, const Analysis &a)
{
    out << quint32(a.times.size());
    for (const TimeExpression &t : a.times) {
        write(out, t.span);
        out << quint8(t.type) << Utf8{t.value} << quint8(t.precision) << quint8(t.relative);
    }
    out << quint32(a.visits.size());
    for (const Visit &v : a.visits) {
        out << qint32(v.visitor) << qint32(v.place) << qint32(v.host);
        write(out, v.metWith);
        out << qint32(v.time) << Utf8{v.date} << quint8(v.precision) << Utf8{v.duration}
            << qint32(v.sentence);
        write(out, v.evidence);
        write(out, v.cueSpan);
        out << quint8(v.status) << qint32(v.region);
        write(out, v.sentences);
    }
    write(out, a.timeline);
    write(out, a.completed);
}

// Smallest encoded sizes, for the count checks: a Token is a span (8) and two bytes.
constexpr int SpanBytes = 8;

// The token block of writeTokensAndSentences(); nullopt when it is malformed.
std::optional<QList<Token>> parseTokens(quint32 count, const QByteArray &block)
{
    if (qint64(count) * 3 > block.size())
        return std::nullopt;
    QList<Token> tokens;
    tokens.reserve(count);
    const auto *p = reinterpret_cast<const uchar *>(block.constData());
    const uchar *end = p + block.size();
    qint64 previousEnd = 0;
    for (quint32 i = 0; i < count; ++i) {
        qint64 gap = 0, length = 0;
        if (!takeSignedVarint(p, end, &gap) || !takeSignedVarint(p, end, &length) || p == end)
            return std::nullopt;
        const uchar flags = *p++;
        const qint64 begin = previousEnd + gap;
        if (begin < 0 || length < 0 || begin + length > std::numeric_limits<qint32>::max() ||
            (flags & 0x7f) > quint8(TokenKind::Symbol))
            return std::nullopt;
        tokens.append({{qsizetype(begin), qsizetype(begin + length)},
                       TokenKind(flags & 0x7f),
                       (flags & 0x80) != 0});
        previousEnd = begin + length;
    }
    if (p != end)
        return std::nullopt;
    return tokens;
}

Sentence readSentence(Reader &r)
{
    Sentence s;
    s.span = r.span();
    s.firstToken = r.integer();
    s.endToken = r.integer();
    s.paragraph = r.integer();
    return s;
}

Mention readMention(Reader &r)
{
    Mention m;
    m.span = r.span();
    m.type = r.enumValue(EntityType::Other);
    m.source = r.enumValue(MentionSource::User);
    m.entity = r.integer();
    m.role = r.string();
    m.confidence = r.real();
    return m;
}

Entity readEntity(Reader &r)
{
    Entity e;
    e.id = r.string();
    e.name = r.string();
    e.type = r.enumValue(EntityType::Other);
    e.subtype = r.string();
    e.forms = r.strings();
    e.roles = r.strings();
    e.mentions = r.integers();
    e.gender = r.enumValue(Gender::Female);
    return e;
}

Quote readQuote(Reader &r)
{
    Quote q;
    q.span = r.span();
    q.outer = r.span();
    q.kind = r.enumValue(QuoteKind::Indirect);
    q.speaker = r.integer();
    q.speakerMention = r.integer();
    q.speakerSpan = r.span();
    q.speakerName = r.string();
    q.cueSpan = r.span();
    q.cue = r.string();
    q.confidence = r.real();
    return q;
}

TimeExpression readTime(Reader &r)
{
    TimeExpression t;
    t.span = r.span();
    t.type = r.enumValue(TimexType::Set);
    t.value = r.string();
    t.precision = r.enumValue(DatePrecision::Time);
    t.relative = r.boolean();
    return t;
}

Visit readVisit(Reader &r)
{
    Visit v;
    v.visitor = r.integer();
    v.place = r.integer();
    v.host = r.integer();
    v.metWith = r.integers();
    v.time = r.integer();
    v.date = r.string();
    v.precision = r.enumValue(DatePrecision::Time);
    v.duration = r.string();
    v.sentence = r.integer();
    v.evidence = r.span();
    v.cueSpan = r.span();
    v.status = r.enumValue(VisitStatus::Hypothetical);
    v.region = r.integer();
    v.sentences = r.integers();
    return v;
}

std::optional<Analysis> readPayload(const QByteArray &payload)
{
    QDataStream in(payload);
    in.setVersion(QDataStream::Qt_6_4);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    Reader r(in);
    Analysis a;
    quint32 tokenCount = 0;
    QByteArray tokenBlock;
    in >> tokenCount >> tokenBlock;
    std::optional<QList<Token>> tokens = parseTokens(tokenCount, tokenBlock);
    if (!tokens)
        return std::nullopt;
    a.tokens = std::move(*tokens);
    a.sentences = r.list<Sentence>(SpanBytes + 12, readSentence);
    a.mentions = r.list<Mention>(SpanBytes + 14, readMention);
    a.entities = r.list<Entity>(23, readEntity);
    a.quotes = r.list<Quote>(4 * SpanBytes + 21, readQuote);
    a.times = r.list<TimeExpression>(SpanBytes + 7, readTime);
    a.visits = r.list<Visit>(2 * SpanBytes + 42, readVisit);
    a.timeline = r.integers();
    a.completed = r.strings();
    if (!r.ok() || !in.atEnd())
        return std::nullopt;
    return a;
}

bool validIndex(int index, qsizetype size, bool optional)
{
    return (optional && index == -1) || (index >= 0 && index < size);
}

bool validSpan(Span s, qsizetype textLength)
{
    return s.begin >= 0 && s.begin <= s.end && (textLength < 0 || s.end <= textLength);
}

} // namespace

QByteArray AnalysisCodec::encode(const Analysis &analysis)
{
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out.setFloatingPointPrecision(QDataStream::SinglePrecision);
        writeTokensAndSentences(out, analysis);
        writeMentionsAndEntities(out, analysis);
        writeQuotes(out, analysis);
        writeTimesAndVisits(out, analysis);
    }
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    const auto crc = quint32(
        crc32(0, reinterpret_cast<const Bytef *>(payload.constData()), uInt(payload.size())));
    out << Magic << FormatVersion << crc << payload;
    return bytes;
}

std::optional<Analysis> AnalysisCodec::decode(const QByteArray &bytes, qsizetype textLength)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, crc = 0;
    quint16 version = 0;
    QByteArray payload;
    in >> magic >> version >> crc;
    if (in.status() != QDataStream::Ok || magic != Magic || version != FormatVersion)
        return std::nullopt;
    in >> payload; // Qt reads a long block in steps, so a corrupt length cannot over-allocate
    if (in.status() != QDataStream::Ok || !in.atEnd() ||
        crc != quint32(crc32(0, reinterpret_cast<const Bytef *>(payload.constData()),
                             uInt(payload.size()))))
        return std::nullopt;
    std::optional<Analysis> analysis = readPayload(payload);
    if (analysis && !isConsistent(*analysis, textLength))
        return std::nullopt;
    return analysis;
}

bool AnalysisCodec::isConsistent(const Analysis &a, qsizetype textLength)
{
    const auto spansOk = [&](const auto &list, auto spanOf) {
        return std::all_of(list.cbegin(), list.cend(),
                           [&](const auto &x) { return validSpan(spanOf(x), textLength); });
    };
    const qsizetype tokens = a.tokens.size(), entities = a.entities.size();
    const qsizetype mentions = a.mentions.size(), sentences = a.sentences.size();
    if (!spansOk(a.tokens, [](const Token &t) { return t.span; }) ||
        !spansOk(a.mentions, [](const Mention &m) { return m.span; }) ||
        !spansOk(a.times, [](const TimeExpression &t) { return t.span; }))
        return false;
    for (const Sentence &s : a.sentences)
        if (!validSpan(s.span, textLength) || s.firstToken < 0 || s.firstToken > s.endToken ||
            s.endToken > tokens)
            return false;
    for (const Mention &m : a.mentions)
        if (!validIndex(m.entity, entities, true))
            return false;
    for (const Entity &e : a.entities)
        for (int m : e.mentions)
            if (!validIndex(m, mentions, false))
                return false;
    for (const Quote &q : a.quotes)
        if (!validSpan(q.span, textLength) || !validSpan(q.outer, textLength) ||
            !validSpan(q.speakerSpan, textLength) || !validSpan(q.cueSpan, textLength) ||
            !validIndex(q.speaker, entities, true) || !validIndex(q.speakerMention, mentions, true))
            return false;
    for (const Visit &v : a.visits) {
        if (!validIndex(v.visitor, entities, true) || !validIndex(v.place, entities, true) ||
            !validIndex(v.host, entities, true) || !validIndex(v.region, entities, true) ||
            !validIndex(v.time, a.times.size(), true) || !validIndex(v.sentence, sentences, true) ||
            !validSpan(v.evidence, textLength) || !validSpan(v.cueSpan, textLength))
            return false;
        for (int m : v.metWith)
            if (!validIndex(m, entities, false))
                return false;
        for (int s : v.sentences)
            if (!validIndex(s, sentences, false))
                return false;
    }
    return std::all_of(a.timeline.cbegin(), a.timeline.cend(),
                       [&](int v) { return validIndex(v, a.visits.size(), false); });
}

} // namespace lector
