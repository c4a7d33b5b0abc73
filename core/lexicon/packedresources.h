// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lexicon/nametable.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace lector {

class Gazetteer;
class Resources;

/// The compiled-in resources in a form that loads without parsing: every TSV table and the
/// gazetteer built from them, packed at build time by tools/packresources from the same
/// resources/lexicon/*.tsv and resources/gazetteer/*.tsv that stay the source of truth.
///
/// Layout (native byte order; the packer runs on the build host): a header and a metadata
/// section of 32-bit integers, then one UTF-16 string pool. Every string is (offset, length)
/// into the pool, so table fields and gazetteer words become QString::fromRawData() views of
/// the compiled-in bytes: no decoding, no allocation per field. The pool lives as long as the
/// process, so such strings may be copied and kept anywhere. Like every raw-data QString, a
/// shared field must not be asked for utf16() from several threads (Qt makes a terminated copy
/// in place): copy it first, or use constData().
///
/// Each gazetteer entry's population is stored as a number (version 3), not parsed again from
/// its extra field. After the pool, at the next 8-byte boundary: the finished word cluster table,
/// its slots as WordClusterTable lays them out (a power of two of native 8-byte slots; the
/// header gives their count and the number of words). Lector reads them in place, so no word
/// is hashed or inserted at start-up; the rows of lexicon/wordclusters.tsv are not stored.
/// Version 4 adds, after the gazetteer, the finished place -> country and demonym -> country
/// tables (Resources::placeCountries(), NameTable): their slots are read in place from the
/// metadata integers, their keys from the pool. Version 5 adds the finished city -> first-level
/// subdivisions table (Resources::cityRegions()) after them, alike.
///
/// Contract: unpack() gives the same tables (names, paths ":/lector/...", rows, line
/// numbers, fields; no rows for wordclusters), the same gazetteer (entries, phrases, order),
/// the same word cluster slots and the same country tables (slots, keys, values) as
/// Resources::load(":/lector") parsing the TSV files; tst_packedresources checks it. A blob
/// of another version or size is not read (the caller then parses the files).
class PackedResources
{
public:
    /// The resource path of the packed form.
    static QString path() { return QStringLiteral(":/lector/packed/resources.bin"); }

    /// Packs `resources`, loaded from the TSV files under `root`; their paths are stored as
    /// if loaded from ":/lector". An empty result when `resources` is invalid: a broken
    /// table is then reported at run time, as by parsing.
    static QByteArray pack(const Resources &resources, const QString &root);
    /// lector-packresources: loads the TSV tables under `root` and writes their pack to
    /// `output`. False, with the reason in `error`, when a table is broken (the table's
    /// "file:line" message; nothing is written, so the build stops there instead of the
    /// program refusing to start) or the file cannot be written.
    static bool packFile(const QString &root, const QString &output, QString *error);

    /// The compiled-in packed resources, or null when absent, stale or damaged (the caller
    /// then parses the TSV files).
    static std::shared_ptr<const Resources> unpack();
    /// The resources packed in `bytes` (as pack() made them), or null when they are of another
    /// version or damaged. The strings and the cluster slots are read in place: `bytes` must
    /// stay unchanged for the life of the process (the compiled-in bytes do).
    static std::shared_ptr<const Resources> unpack(const QByteArray &bytes);

private:
    class Reader;
    class Writer;
    static void packTables(const Resources &resources, const QString &root, Writer &writer);
    static void packGazetteer(const Gazetteer &gazetteer, Writer &writer);
    static void unpackTables(Reader &reader, int count, Resources &resources);
    static void unpackGazetteer(Reader &reader, Gazetteer &gazetteer);
    static void packNames(const NameTable &table, Writer &writer);
    static std::optional<NameTable> unpackNames(Reader &reader);
};

} // namespace lector
