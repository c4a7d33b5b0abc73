// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "analysis/pipeline.h"
#include "export/jsonexporter.h"
#include "io/articlereader.h"
#include "lexicon/resources.h"
#include "mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace lector {

namespace {

int analyzeJsonl(const QString &path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "lector: cannot open %s: %s\n", qPrintable(path),
                     qPrintable(in.errorString()));
        return 1;
    }
    const auto resources = Resources::shared();
    const Pipeline pipeline = Pipeline::standard(*resources);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        Document doc;
        doc.text = o.value(u"text").toString();
        doc.published = QDate::fromString(o.value(u"dct").toString(), Qt::ISODate);
        const Analysis a = pipeline.run(doc);
        out.write(QJsonDocument(JsonExporter::prediction(o.value(u"id").toString(), doc, a))
                      .toJson(QJsonDocument::Compact));
        out.write("\n");
    }
    return 0;
}

int analyzeJson(const QString &path, const QString &date)
{
    ReadResult read = ArticleReader::readFile(path);
    if (!read.isOk()) {
        std::fprintf(stderr, "lector: %s\n", qPrintable(read.error));
        return 1;
    }
    if (!date.isEmpty()) {
        read.document.published = QDate::fromString(date, Qt::ISODate);
        read.document.publishedOrigin = DateOrigin::User;
    }
    const auto resources = Resources::shared();
    const Analysis a = Pipeline::standard(*resources).run(read.document);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    out.write(
        QJsonDocument(JsonExporter::analysis(read.document, a)).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace

int runLector(int argc, char **argv)
{
    if (argc >= 2 && qstrcmp(argv[1], "analyze") == 0) {
        QCoreApplication app(argc, argv);
        QStringList args = app.arguments().mid(2);
        QString date;
        if (int i = args.indexOf(u"--date"_qs); i >= 0 && i + 1 < args.size()) {
            date = args.at(i + 1);
            args.remove(i, 2);
        }
        if (args.size() == 2 && args[0] == u"--jsonl")
            return analyzeJsonl(args[1]);
        if (args.size() == 2 && args[0] == u"--json")
            return analyzeJson(args[1], date);
        std::fprintf(stderr,
                     "usage: lector analyze --json [--date YYYY-MM-DD] FILE | --jsonl IN.jsonl\n");
        return 2;
    }
    QApplication app(argc, argv);
    MainWindow window;
    window.show();
    return app.exec();
}

} // namespace lector
