// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document.h"

namespace lector {

/// Turns decoded plain text into a Document.
///
/// Contract: the text keeps the character offsets of the file. Only line endings change
/// ("\r\n" and "\r" become "\n") and, in hard-wrapped text (paragraphs of several lines
/// separated by blank lines), the line breaks inside a paragraph become spaces, which keeps
/// every offset. Blank lines stay. The title is the first line when it looks like a headline
/// (short, no final period); the publication date comes from a dateline in the first lines
/// (publishedOrigin Dateline).
class PlainTextReader
{
public:
    static void read(const QString &text, Document &document);

    /// "\r\n" and "\r" to "\n".
    [[nodiscard]] static QString normaliseLineEndings(const QString &text);
    /// The first line when it reads as a headline, else an empty string.
    [[nodiscard]] static QString headline(QStringView text);
    /// A dateline among the first three non-empty lines; invalid when none.
    [[nodiscard]] static QDate dateline(QStringView text);
};

} // namespace lector
