// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis.h"
#include "model/document.h"

#include <QString>

namespace lector {

/// Renders an analysis as CSV tables for spreadsheets (RFC 4180: comma-separated, CRLF line
/// ends, fields quoted when they hold a comma, quote or line break; UTF-8 with no BOM).
/// entities(): name,type,forms,count (forms joined by "; ", count = mentions);
/// quotes(): speaker,quote,article (the article is its title, else its source).
class CsvExporter
{
public:
    static QString entities(const Document &document, const Analysis &analysis);
    static QString quotes(const Document &document, const Analysis &analysis);
    /// Quotes one field when it needs it ('say "hi"' -> '"say ""hi"""').
    static QString field(const QString &value);
    /// Writes `text` to `path` through QSaveFile. Returns an empty string on success, else a
    /// whole-sentence error naming the file.
    [[nodiscard]] static QString writeFile(const QString &path, const QString &text);
};

} // namespace lector
