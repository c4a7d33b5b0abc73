// SPDX-License-Identifier: GPL-3.0-or-later
// lector-packresources ROOT OUTPUT: packs the TSV tables under ROOT (resources/lexicon and
// resources/gazetteer), the gazetteer and the finished word cluster table built from them into
// OUTPUT, the form Lector loads at start-up without parsing (core/lexicon/packedresources.h).
// Run by the build; the TSV files stay the source of truth. A broken table (a short row, an
// unknown type) fails the build here with the table's file:line message and exit status 1
// (PackedResources::packFile()); nothing is written.
#include "lexicon/packedresources.h"

#include <QDir>

#include <cstdio>

using namespace lector;

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "Usage: lector-packresources ROOT OUTPUT\n");
        return 2;
    }
    QString error;
    if (!PackedResources::packFile(QDir::cleanPath(QString::fromLocal8Bit(argv[1])),
                                   QString::fromLocal8Bit(argv[2]), &error)) {
        std::fprintf(stderr, "lector-packresources: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
