// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon/tsvtable.h"

#include <QFile>

namespace lector {

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
    const QString text = QString::fromUtf8(bytes);
    int lineNumber = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(u'#') || line.trimmed().isEmpty())
            continue;
        Row row;
        row.line = lineNumber;
        for (QStringView field : line.split(u'\t'))
            row.fields.append(field.toString());
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
    return table;
}

} // namespace lector
