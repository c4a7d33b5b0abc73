// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/articlereader.h"

#include <QCoreApplication>

class QMimeData;

namespace lector {

/// Turns what the clipboard holds into an article for Edit > Paste as Article: a copied web
/// page (HTML) goes through the HTML reader, which finds the title, date and body; plain text,
/// or HTML in which no article text is found, is read as plain text. Stateless.
class ClipboardArticle
{
    Q_DECLARE_TR_FUNCTIONS(ClipboardArticle)
public:
    /// The document's source is "Pasted article". An error when `mime` is null or holds no
    /// text.
    [[nodiscard]] static ReadResult read(const QMimeData *mime);
};

} // namespace lector
