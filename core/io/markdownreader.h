// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document.h"

#include <QStringView>

namespace lector {

/// Turns Markdown into a Document of plain paragraphs, one per line.
///
/// Headings ("# A", "A\n==="), emphasis, links ("[text](url)" keeps "text"), block quotes,
/// list markers, tables and inline code lose their syntax; images, reference definitions,
/// horizontal rules and fenced or indented code blocks are dropped (code is not prose). Lines
/// of one paragraph are joined with a space. Headings are recorded in Document::headings; the
/// first level-one heading is the title. A dateline in the first lines gives the date.
class MarkdownReader
{
public:
    static void read(const QString &markdown, Document &document);

    /// The inline content of one line as plain text: "see [the *report*](u)" -> "see the
    /// report".
    [[nodiscard]] static QString stripInline(QStringView line);
};

} // namespace lector
