// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/htmlexporter.h"

#include "export/htmlhighlighter.h"
#include "export/htmlpanels.h"
#include "export/htmltimeline.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace lector {

namespace {

// The style sheet lives in resources/export/ (compiled in) and is inlined, so the page stays
// one self-contained file.
QString styleSheet()
{
    QFile css(u":/lector/export/report.css"_qs);
    if (!css.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(css.readAll());
}

QString titleOf(const Document &document)
{
    if (!document.title.trimmed().isEmpty())
        return document.title.simplified();
    if (!document.source.isEmpty())
        return QFileInfo(document.source).fileName();
    return u"Untitled article"_qs;
}

QString originOf(DateOrigin origin)
{
    switch (origin) {
    case DateOrigin::Markup:
        return u"from the page's metadata"_qs;
    case DateOrigin::Dateline:
        return u"from the dateline"_qs;
    case DateOrigin::Url:
        return u"from the address"_qs;
    case DateOrigin::User:
        return u"given by the user"_qs;
    case DateOrigin::Unknown:
        break;
    }
    return {};
}

QString header(const Document &document)
{
    QString meta;
    if (document.published.isValid()) {
        const QString iso = document.published.toString(Qt::ISODate);
        meta = u"Published <time datetime=\""_qs + iso + u"\">"_qs + iso + u"</time>"_qs;
        if (const QString origin = originOf(document.publishedOrigin); !origin.isEmpty())
            meta += u" ("_qs + origin + u')';
    } else {
        meta = u"Publication date unknown: relative dates are left unresolved"_qs;
    }
    if (!document.author.isEmpty())
        meta += u" &middot; "_qs + document.author.toHtmlEscaped();
    if (!document.siteName.isEmpty())
        meta += u" &middot; "_qs + document.siteName.toHtmlEscaped();
    if (!document.url.isEmpty())
        meta += u" &middot; <a href=\""_qs + document.url.toHtmlEscaped() + u"\">"_qs +
                document.url.toHtmlEscaped() + u"</a>"_qs;
    else if (!document.source.isEmpty())
        meta += u" &middot; "_qs + QFileInfo(document.source).fileName().toHtmlEscaped();
    return u"<header><h1>"_qs + titleOf(document).toHtmlEscaped() + u"</h1><p class=\"meta\">"_qs +
           meta + u"</p></header>\n"_qs;
}

} // namespace

QString HtmlExporter::toHtml(const Document &document, const Analysis &analysis,
                             const QList<Correction> &corrections)
{
    const HtmlPanels panels(document, analysis);
    QString html = u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "<meta name=\"generator\" content=\"Lector " LECTOR_VERSION "\">\n<title>"_qs;
    html += titleOf(document).toHtmlEscaped() + u"</title>\n<style>\n"_qs + styleSheet() +
            u"</style>\n</head>\n<body>\n<div class=\"page\">\n"_qs + header(document);
    html += u"<article>\n"_qs + HtmlHighlighter(document, analysis).render() +
            u"</article>\n<aside>\n"_qs + HtmlPanels::legend() +
            panels.entities(EntityType::Person) + panels.entities(EntityType::Place) +
            panels.entities(EntityType::Organization) + panels.quotes() +
            HtmlPanels::corrections(corrections) + u"</aside>\n"_qs;
    html += HtmlTimeline(document, analysis).render();
    html +=
        u"<footer>Exported by Lector " LECTOR_VERSION ". Highlighting and lists are an "
        "automatic reading of the text and can be wrong.</footer>\n</div>\n</body>\n</html>\n"_qs;
    return html;
}

QString HtmlExporter::writeFile(const QString &path, const Document &document,
                                const Analysis &analysis, const QList<Correction> &corrections)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("Cannot write %1: %2.").arg(path, file.errorString());
    const QByteArray bytes = toHtml(document, analysis, corrections).toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return QStringLiteral("Cannot write %1: %2.").arg(path, file.errorString());
    return {};
}

} // namespace lector
