// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon/tsvtable.h"

#include <QFile>

namespace lector {

namespace {

// A line's fields, split at TAB without the temporary list QStringView::split() builds: the
// gazetteer has tens of thousands of rows and is read at every start.
QStringList fieldsOf(QStringView line)
{
    QStringList fields;
    fields.reserve(line.count(u'\t') + 1);
    qsizetype start = 0;
    for (qsizetype tab = line.indexOf(u'\t'); tab >= 0; tab = line.indexOf(u'\t', start)) {
        fields.append(line.sliced(start, tab - start).toString());
        start = tab + 1;
    }
    fields.append(line.sliced(start).toString());
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
    const QString text = QString::fromUtf8(file.readAll());
    const QStringView all(text);
    table.m_rows.reserve(all.count(u'\n') + 1);
    int lineNumber = 0;
    for (qsizetype start = 0; start <= all.size();) {
        qsizetype end = all.indexOf(u'\n', start);
        if (end < 0)
            end = all.size();
        QStringView line = all.sliced(start, end - start);
        start = end + 1;
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(u'#') || line.trimmed().isEmpty())
            continue;
        Row row;
        row.line = lineNumber;
        row.fields = fieldsOf(line);
        if (row.fields.size() < minColumns) {
            table.m_error =
                QStringLiteral("The data file %1 has %2 fields on line %3 where %4 are needed.")
                    .arg(path)
                    .arg(row.fields.size())
                    .arg(lineNumber)
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
