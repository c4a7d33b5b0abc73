// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipboardarticle.h"

#include <QMimeData>

namespace lector {

namespace {

// The clipboard hands over decoded text. A byte order mark makes the reader keep it as UTF-8
// even when the copied markup still declares the page's original charset
// (<meta charset="windows-1252">), which no longer applies.
QByteArray utf8WithBom(const QString &text)
{
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace

ReadResult ClipboardArticle::read(const QMimeData *mime)
{
    const QString name = tr("Pasted article");
    const bool hasHtml = mime && mime->hasHtml() && !mime->html().trimmed().isEmpty();
    const bool hasText = mime && mime->hasText() && !mime->text().trimmed().isEmpty();
    if (!hasHtml && !hasText) {
        ReadResult empty;
        empty.error = tr("The clipboard holds no text to open as an article.");
        return empty;
    }
    if (hasHtml) {
        ReadResult html =
            ArticleReader::readBytes(utf8WithBom(mime->html()), name, ArticleReader::Format::Html);
        if (html.isOk() || !hasText) {
            html.document.source = name;
            return html;
        }
    }
    ReadResult text =
        ArticleReader::readBytes(utf8WithBom(mime->text()), name, ArticleReader::Format::PlainText);
    text.document.source = name;
    return text;
}

} // namespace lector
