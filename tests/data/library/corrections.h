// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the library's correction tests: a dated document and a correction naming
// the first occurrence of some words in a text.

#include "corrections/correction.h"
#include "model/document.h"

#include <QDate>

namespace lector::test {

inline Document makeDocument(const QString &text, const QString &title)
{
    Document doc;
    doc.text = text;
    doc.title = title;
    doc.published = QDate(2025, 3, 4);
    return doc;
}

/// A correction of `kind` on the first occurrence of `words` in `text`.
inline Correction makeCorrection(CorrectionKind kind, CorrectionScope scope, const QString &text,
                                 const QString &words, EntityType type = EntityType::Other)
{
    Correction c;
    c.kind = kind;
    c.scope = scope;
    c.text = words;
    const qsizetype at = text.indexOf(words);
    c.span = {at, at + words.size()};
    c.type = type;
    return c;
}

} // namespace lector::test
