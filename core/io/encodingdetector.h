// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace lector {

/// Turns the bytes of an article into text. Order of evidence: a byte order mark (UTF-8,
/// UTF-16 LE/BE), then for web pages a declared charset (<meta charset>, http-equiv
/// Content-Type) among the first kilobytes, then UTF-8 when the bytes are valid UTF-8, else
/// Windows-1252 (which every byte sequence decodes in, as browsers do for undeclared pages).
/// Stateless and thread-safe.
class EncodingDetector
{
public:
    struct Result
    {
        QString text;     ///< the decoded text, without a byte order mark
        QString encoding; ///< "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", ...
        bool ok = false;  ///< false when the bytes cannot be decoded in the chosen encoding
    };

    /// `lookForMeta` enables the HTML charset declarations. `transportCharset`, the charset a
    /// web server declared (Content-Type), takes the place of the page's own declaration.
    [[nodiscard]] static Result decode(const QByteArray &bytes, bool lookForMeta,
                                       const QByteArray &transportCharset = {});
    /// The charset a page declares in its first 4 KiB ("utf-8", "iso-8859-1"), lower-case, or
    /// an empty string.
    [[nodiscard]] static QByteArray declaredCharset(const QByteArray &bytes);
    /// Whether `bytes` are well-formed UTF-8.
    [[nodiscard]] static bool isValidUtf8(const QByteArray &bytes);
    /// Windows-1252 decoding: Latin-1 except the printable characters at 0x80..0x9F.
    [[nodiscard]] static QString fromWindows1252(const QByteArray &bytes);
};

} // namespace lector
