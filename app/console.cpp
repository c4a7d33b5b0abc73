// SPDX-License-Identifier: GPL-3.0-or-later
#include "console.h"

#include <cstdio>

namespace lector {

bool Console::write(const QByteArray &bytes)
{
    return std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size());
}

bool Console::flush()
{
    return std::fflush(stdout) == 0;
}

void Console::error(const QString &message)
{
    // One line, so scripts can rely on `2>&1 | head -1`: a message that quotes a file name or
    // parser text with a line break in it is folded.
    QString line = message.simplified();
    const QByteArray bytes = u"lector: "_qs.toUtf8() + line.toUtf8() + '\n';
    std::fflush(stdout);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

bool Console::print(const QString &text)
{
    if (!write(text) || !flush()) {
        error(u"Cannot write to standard output."_qs);
        return false;
    }
    return true;
}

QString Console::oneLine(const QString &text)
{
    QString s = text;
    s.replace(u'\t', u' ');
    return s.simplified();
}

} // namespace lector
