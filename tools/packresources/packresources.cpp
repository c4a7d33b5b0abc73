// SPDX-License-Identifier: GPL-3.0-or-later
// lector-packresources ROOT OUTPUT: packs the TSV tables under ROOT (resources/lexicon and
// resources/gazetteer), the gazetteer and the finished word cluster table built from them into
// OUTPUT, the form Lector loads at start-up without parsing (core/lexicon/packedresources.h).
// Run by the build; the TSV files stay the source of truth. When a table is broken it writes
// an empty file, so the program parses the files at run time and reports the error as before.
#include "lexicon/packedresources.h"
#include "lexicon/resources.h"

#include <QDir>
#include <QSaveFile>

#include <cstdio>

using namespace lector;

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "Usage: lector-packresources ROOT OUTPUT\n");
        return 2;
    }
    const QString root = QDir::cleanPath(QString::fromLocal8Bit(argv[1]));
    const std::shared_ptr<const Resources> resources = Resources::load(root);
    if (!resources->isValid())
        std::fprintf(stderr, "lector-packresources: %s The program will parse the files.\n",
                     qPrintable(resources->error()));
    QSaveFile out(QString::fromLocal8Bit(argv[2]));
    if (!out.open(QIODevice::WriteOnly) || out.write(PackedResources::pack(*resources, root)) < 0 ||
        !out.commit()) {
        std::fprintf(stderr, "lector-packresources: cannot write %s: %s\n", argv[2],
                     qPrintable(out.errorString()));
        return 1;
    }
    return 0;
}
