// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace lector {

/// Standard output and error for the headless commands, always UTF-8 whatever the locale.
class Console
{
public:
    /// Writes bytes to standard output unchanged; false when the stream failed (closed pipe).
    static bool write(const QByteArray &bytes);
    static bool write(const QString &text) { return write(text.toUtf8()); }
    static bool flush();
    /// Writes and flushes `text`; on failure says "Cannot write to standard output." on
    /// standard error and returns false.
    static bool print(const QString &text);
    /// `text` on one line: tabs and line breaks inside a field would break the
    /// one-record-a-line output.
    static QString oneLine(const QString &text);
    /// Prints "lector: MESSAGE" as exactly one line on standard error.
    static void error(const QString &message);
};

} // namespace lector
