// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/encodingdetector.h"

#include <QStringDecoder>

#include <cctype>

namespace lector {

namespace {

// Windows-1252 maps 0x80..0x9F to printable characters (curly quotes, dashes, the euro sign)
// where Latin-1 has C1 controls; 0 marks the five undefined bytes, kept as C1 code points.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

EncodingDetector::Result decodeWith(QStringConverter::Encoding encoding, const QByteArray &bytes,
                                    qsizetype skip, const QString &name)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    EncodingDetector::Result result;
    result.text = decoder.decode(QByteArrayView(bytes).sliced(skip));
    result.encoding = name;
    result.ok = !decoder.hasError();
    return result;
}

// The value after "charset=" in `text` at `from`, without quotes: "utf-8" in
// <meta http-equiv="Content-Type" content="text/html; charset=utf-8">.
QByteArray charsetValue(const QByteArray &text, qsizetype from)
{
    qsizetype i = from;
    while (i < text.size() && (text[i] == ' ' || text[i] == '"' || text[i] == '\''))
        ++i;
    qsizetype end = i;
    while (end < text.size()) {
        const char c = text[end];
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ':' ||
              c == '.'))
            break;
        ++end;
    }
    return text.mid(i, end - i);
}

} // namespace

QByteArray EncodingDetector::declaredCharset(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(4096).toLower();
    qsizetype at = 0;
    while ((at = head.indexOf("charset", at)) >= 0) {
        at += 7;
        qsizetype i = at;
        while (i < head.size() && head[i] == ' ')
            ++i;
        if (i < head.size() && head[i] == '=') {
            // Only inside a <meta> tag: "charset" also appears in scripts.
            const qsizetype open = head.lastIndexOf('<', at);
            if (open >= 0 && head.mid(open, 5) == "<meta") {
                const QByteArray value = charsetValue(head, i + 1);
                if (!value.isEmpty())
                    return value;
            }
        }
    }
    return {};
}

bool EncodingDetector::isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString ignored = decoder.decode(bytes);
    Q_UNUSED(ignored);
    return !decoder.hasError();
}

QString EncodingDetector::fromWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        const char16_t mapped = (b >= 0x80 && b < 0xA0) ? Cp1252High[b - 0x80] : 0;
        out[i] = mapped ? mapped : char16_t(b);
    }
    return text;
}

EncodingDetector::Result EncodingDetector::decode(const QByteArray &bytes, bool lookForMeta,
                                                  const QByteArray &transportCharset)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return decodeWith(QStringConverter::Utf8, bytes, 3, QStringLiteral("UTF-8"));
    if (bytes.startsWith("\xFF\xFE"))
        return decodeWith(QStringConverter::Utf16LE, bytes, 2, QStringLiteral("UTF-16LE"));
    if (bytes.startsWith("\xFE\xFF"))
        return decodeWith(QStringConverter::Utf16BE, bytes, 2, QStringLiteral("UTF-16BE"));

    const bool utf8 = isValidUtf8(bytes);
    if (lookForMeta || !transportCharset.isEmpty()) {
        const QByteArray declared = transportCharset.isEmpty()
                                        ? declaredCharset(bytes)
                                        : transportCharset.trimmed().toLower();
        // WHATWG: Latin-1 and ASCII labels mean Windows-1252; a page saved as UTF-8 by a
        // browser often keeps its old declaration, so valid UTF-8 wins over a legacy label.
        const bool legacy = declared == "iso-8859-1" || declared == "latin1" ||
                            declared == "us-ascii" || declared == "ascii" ||
                            declared == "windows-1252" || declared == "cp1252";
        if (legacy && !utf8)
            return {fromWindows1252(bytes), QStringLiteral("windows-1252"), true};
        // A page cannot declare UTF-16 in ASCII bytes it is read from: WHATWG reads it as UTF-8.
        if (!declared.isEmpty() && !legacy && declared != "utf-8" && declared != "utf8" &&
            !declared.startsWith("utf-16")) {
            if (auto encoding = QStringConverter::encodingForName(declared.constData()))
                return decodeWith(*encoding, bytes, 0, QString::fromLatin1(declared));
            // Other legacy charsets (windows-1251, koi8-r, iso-8859-2, shift_jis...) through
            // the converters Qt has (ICU).
            QStringDecoder decoder(declared.constData(), QStringConverter::Flag::Stateless);
            if (decoder.isValid()) {
                Result result{decoder.decode(bytes), QString::fromLatin1(declared), true};
                result.ok = !decoder.hasError();
                if (result.ok)
                    return result;
            }
        }
    }
    if (utf8)
        return decodeWith(QStringConverter::Utf8, bytes, 0, QStringLiteral("UTF-8"));
    return {fromWindows1252(bytes), QStringLiteral("windows-1252"), true};
}

} // namespace lector
