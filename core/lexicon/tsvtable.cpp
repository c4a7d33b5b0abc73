// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon/tsvtable.h"

#include <QFile>

#include <cstring>

namespace lector {

namespace {

// The parser works on the UTF-8 bytes and decodes each field on its own: TAB, LF, CR and '#'
// are ASCII, so they never occur inside a multi-byte sequence, and the fields come out as if
// the whole file had been decoded first. The gazetteer has tens of thousands of rows and is
// read at every start, so this skips decoding into one big string and scanning it again.
qsizetype find(QByteArrayView bytes, char c, qsizetype from)
{
    if (from >= bytes.size())
        return -1;
    const void *hit = std::memchr(bytes.data() + from, c, size_t(bytes.size() - from));
    return hit ? static_cast<const char *>(hit) - bytes.data() : -1;
}

qsizetype count(QByteArrayView bytes, char c)
{
    qsizetype n = 0;
    for (qsizetype at = find(bytes, c, 0); at >= 0; at = find(bytes, c, at + 1))
        ++n;
    return n;
}

// Whether a line holds only white space (Unicode's, as QString::trimmed() sees it). Nearly
// every line starts with a printable ASCII character and is decided without decoding.
bool isBlank(QByteArrayView line)
{
    const uchar first = uchar(line.front());
    if (first > ' ' && first < 0x7f)
        return false;
    return QString::fromUtf8(line).trimmed().isEmpty();
}

QStringList fieldsOf(QByteArrayView line)
{
    QStringList fields;
    fields.reserve(count(line, '\t') + 1);
    qsizetype start = 0;
    for (qsizetype tab = find(line, '\t', 0); tab >= 0; tab = find(line, '\t', start)) {
        fields.append(QString::fromUtf8(line.sliced(start, tab - start)));
        start = tab + 1;
    }
    fields.append(QString::fromUtf8(line.sliced(start)));
    return fields;
}

} // namespace

TsvTable TsvTable::read(const QString &path, int minColumns)
{
    TsvTable table;
    table.m_path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        table.m_error =
            QStringLiteral("Cannot open the data file %1: %2.").arg(path, file.errorString());
        return table;
    }
    const QByteArray bytes = file.readAll();
    const QByteArrayView all(bytes);
    table.m_rows.reserve(count(all, '\n') + 1);
    int lineNumber = 0;
    for (qsizetype start = 0; start <= all.size();) {
        qsizetype end = find(all, '\n', start);
        if (end < 0)
            end = all.size();
        QByteArrayView line = all.sliced(start, end - start);
        start = end + 1;
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty() || line.front() == '#' || isBlank(line))
            continue;
        Row row;
        row.line = lineNumber;
        row.fields = fieldsOf(line);
        if (row.fields.size() < minColumns) {
            table.m_error = QStringLiteral("The data file %1 has too few fields on line %2: %3 "
                                           "where its rows need at least %4.")
                                .arg(path)
                                .arg(lineNumber)
                                .arg(row.fields.size())
                                .arg(minColumns);
            table.m_rows.clear();
            return table;
        }
        table.m_rows.append(std::move(row));
    }
    table.m_rows.squeeze();
    return table;
}

} // namespace lector
