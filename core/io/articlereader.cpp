// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/articlereader.h"

#include "io/encodingdetector.h"
#include "io/htmlextractor.h"
#include "io/markdownreader.h"
#include "io/plaintextreader.h"

#include <QFile>
#include <QFileInfo>

#include <zlib.h>

namespace lector {

namespace {

constexpr qsizetype SniffBytes = 64 * 1024;

bool isGzip(const QByteArray &bytes)
{
    return bytes.size() >= 2 && uchar(bytes[0]) == 0x1F && uchar(bytes[1]) == 0x8B;
}

// Inflates a gzip stream, stopping with an error past `maxBytes`.
QString gunzip(const QByteArray &in, qint64 maxBytes, QByteArray &out)
{
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 16) != Z_OK)
        return QStringLiteral("it cannot be decompressed");
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    zs.avail_in = uInt(in.size());
    char buffer[64 * 1024];
    int status = Z_OK;
    while (status == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef *>(buffer);
        zs.avail_out = sizeof buffer;
        status = inflate(&zs, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - zs.avail_out));
        if (out.size() > maxBytes) {
            inflateEnd(&zs);
            return QStringLiteral("it is larger than %1 bytes when decompressed").arg(maxBytes);
        }
        if (status == Z_BUF_ERROR && zs.avail_in == 0)
            break;
    }
    inflateEnd(&zs);
    if (status != Z_STREAM_END)
        return QStringLiteral("it is not a complete gzip stream");
    return {};
}

bool sniffsAsHtml(const QString &text)
{
    const QStringView head = QStringView(text).left(2048).trimmed();
    return head.startsWith(u"<!doctype html", Qt::CaseInsensitive) ||
           head.startsWith(u"<html", Qt::CaseInsensitive) ||
           head.contains(u"<body", Qt::CaseInsensitive) ||
           head.contains(u"<head", Qt::CaseInsensitive);
}

QString errorFor(const QString &name, const QString &cause)
{
    return QStringLiteral("The file %1 %2.").arg(name, cause);
}

} // namespace

ArticleReader::Format ArticleReader::formatForName(const QString &name)
{
    QString lower = name.toLower();
    if (lower.endsWith(u".gz"))
        lower.chop(3);
    if (lower.endsWith(u".md") || lower.endsWith(u".markdown"))
        return Format::Markdown;
    if (lower.endsWith(u".html") || lower.endsWith(u".htm") || lower.endsWith(u".xhtml"))
        return Format::Html;
    if (lower.endsWith(u".txt") || lower.endsWith(u".text"))
        return Format::PlainText;
    return Format::Auto;
}

bool ArticleReader::looksBinary(const QByteArray &bytes, QString *why)
{
    const QByteArrayView head = QByteArrayView(bytes).first(std::min(bytes.size(), SniffBytes));
    if (head.contains('\0')) {
        *why = QStringLiteral("looks binary, not text: it contains NUL bytes");
        return true;
    }
    qsizetype controls = 0;
    for (char c : head) {
        const auto b = uchar(c);
        if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f')
            ++controls;
    }
    if (controls * 10 > head.size()) {
        *why = QStringLiteral("looks binary, not text: %1% of its first bytes are control "
                              "characters")
                   .arg(controls * 100 / head.size());
        return true;
    }
    return false;
}

ReadResult ArticleReader::readFile(const QString &path, qint64 maxBytes)
{
    ReadResult result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = errorFor(path, QStringLiteral("does not exist"));
    } else if (info.isDir()) {
        result.error = errorFor(path, QStringLiteral("is a folder, not an article"));
    } else if (info.size() > maxBytes) {
        result.error = errorFor(path, QStringLiteral("is too large: %1 bytes, at most %2 are read")
                                          .arg(info.size())
                                          .arg(maxBytes));
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            result.error =
                errorFor(path, QStringLiteral("cannot be opened (%1)").arg(file.errorString()));
        else
            return readBytes(file.readAll(), path, Format::Auto, maxBytes);
    }
    return result;
}

ReadResult ArticleReader::readBytes(const QByteArray &input, const QString &name, Format format,
                                    qint64 maxBytes, const QByteArray &charset)
{
    ReadResult result;
    result.document.source = name;
    QByteArray bytes = input;
    if (isGzip(bytes)) {
        QByteArray inflated;
        if (const QString cause = gunzip(bytes, maxBytes, inflated); !cause.isEmpty()) {
            result.error = errorFor(name, QStringLiteral("cannot be read: ") + cause);
            return result;
        }
        bytes = inflated;
    }
    if (bytes.size() > maxBytes) {
        result.error = errorFor(name, QStringLiteral("is too large: %1 bytes, at most %2 are read")
                                          .arg(bytes.size())
                                          .arg(maxBytes));
        return result;
    }
    if (bytes.isEmpty()) {
        result.error = errorFor(name, QStringLiteral("is empty"));
        return result;
    }
    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    if (QString why; !utf16 && looksBinary(bytes, &why)) {
        result.error = errorFor(name, why);
        return result;
    }
    if (format == Format::Auto)
        format = formatForName(name);
    const EncodingDetector::Result decoded =
        EncodingDetector::decode(bytes, format == Format::Html || format == Format::Auto, charset);
    if (!decoded.ok) {
        result.error =
            errorFor(name, QStringLiteral("cannot be decoded as %1").arg(decoded.encoding));
        return result;
    }
    if (decoded.text.trimmed().isEmpty()) {
        result.error = errorFor(name, QStringLiteral("contains only white space"));
        return result;
    }
    if (format == Format::Auto)
        format = sniffsAsHtml(decoded.text) ? Format::Html : Format::PlainText;
    Document &doc = result.document;
    doc.encoding = decoded.encoding;
    if (format == Format::Html) {
        if (const QString cause = HtmlExtractor::read(decoded.text, doc); !cause.isEmpty())
            result.error = errorFor(name, QStringLiteral("cannot be read: ") + cause);
        else if (doc.text.trimmed().isEmpty())
            result.error =
                errorFor(name, QStringLiteral("holds no article text that could be found"));
    } else if (format == Format::Markdown) {
        MarkdownReader::read(decoded.text, doc);
    } else {
        PlainTextReader::read(decoded.text, doc);
    }
    return result;
}

} // namespace lector
