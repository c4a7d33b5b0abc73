// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/articlereader.h"

#include <QFile>
#include <QFileInfo>

namespace lector {

ReadResult ArticleReader::readFile(const QString &path, qint64 maxBytes)
{
    ReadResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("Cannot open %1: %2.").arg(path, file.errorString());
        return result;
    }
    if (file.size() > maxBytes) {
        result.error = QStringLiteral("%1 is too large to read.").arg(path);
        return result;
    }
    return readBytes(file.readAll(), path);
}

ReadResult ArticleReader::readBytes(const QByteArray &bytes, const QString &name, Format)
{
    ReadResult result;
    result.document.text = QString::fromUtf8(bytes);
    result.document.source = name;
    return result;
}

} // namespace lector
