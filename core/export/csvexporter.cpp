// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/csvexporter.h"

#include <QSaveFile>

namespace lector {

namespace {

QString row(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted.append(CsvExporter::field(f));
    return quoted.join(u',') + u"\r\n"_qs;
}

} // namespace

QString CsvExporter::field(const QString &value)
{
    const bool needsQuotes = value.contains(u',') || value.contains(u'"') ||
                             value.contains(u'\n') || value.contains(u'\r');
    if (!needsQuotes)
        return value;
    QString escaped = value;
    escaped.replace(u"\""_qs, u"\"\""_qs);
    return u'"' + escaped + u'"';
}

QString CsvExporter::entities(const Document &, const Analysis &analysis)
{
    QString out = row({u"name"_qs, u"type"_qs, u"forms"_qs, u"count"_qs});
    for (const Entity &e : analysis.entities)
        out += row({e.name, entityTypeName(e.type), e.forms.join(u"; "_qs),
                    QString::number(e.mentions.size())});
    return out;
}

QString CsvExporter::quotes(const Document &document, const Analysis &analysis)
{
    const QString article = document.title.isEmpty() ? document.source : document.title;
    QString out = row({u"speaker"_qs, u"quote"_qs, u"article"_qs});
    for (const Quote &q : analysis.quotes) {
        QString speaker = q.speakerName;
        if (q.speaker >= 0 && q.speaker < analysis.entities.size())
            speaker = analysis.entities.at(q.speaker).name;
        const QString words =
            document.text.mid(q.span.begin, q.span.end - q.span.begin).simplified();
        out += row({speaker, words, article.simplified()});
    }
    return out;
}

QString CsvExporter::writeFile(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("Cannot write %1: %2.").arg(path, file.errorString());
    file.write(text.toUtf8());
    if (!file.commit())
        return QStringLiteral("Cannot write %1: %2.").arg(path, file.errorString());
    return {};
}

} // namespace lector
