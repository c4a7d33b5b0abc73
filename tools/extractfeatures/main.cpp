// SPDX-License-Identifier: GPL-3.0-or-later
// lector-extract-features PAGE... : one JSON line per block of each page, in document order:
// {"page": PATH, "text": ..., "kept": bool, "f": {feature: value}}. The page is decoded as
// `lector extract` decodes it (declared charset, then UTF-8 or Windows-1252).
#include "io/encodingdetector.h"
#include "io/htmlextractor.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace lector;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    const QStringList pages = app.arguments().mid(1);
    for (const QString &path : pages) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 1;
        }
        const EncodingDetector::Result decoded = EncodingDetector::decode(file.readAll(), true, {});
        for (const HtmlExtractor::TrainingBlock &block :
             HtmlExtractor::blocksForTraining(decoded.text)) {
            QJsonObject features;
            for (const auto &[name, value] : block.features)
                features.insert(name, double(value));
            const QJsonObject line{{u"page"_qs, path},
                                   {u"text"_qs, block.text},
                                   {u"kept"_qs, block.kept},
                                   {u"f"_qs, features}};
            out.write(QJsonDocument(line).toJson(QJsonDocument::Compact));
            out.write("\n");
        }
    }
    return 0;
}
