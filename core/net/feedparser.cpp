// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/feedparser.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace lector {

namespace {

constexpr qsizetype SummaryChars = 500;

const QString AtomNs = u"http://www.w3.org/2005/Atom"_qs;

// The text inside the current element, including that of any child elements (an Atom
// <content type="xhtml"> holds markup as elements).
QString elementText(QXmlStreamReader &xml)
{
    return xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
}

bool isAtomLinkElement(const QXmlStreamReader &xml)
{
    return xml.name() == u"link" && xml.attributes().hasAttribute(u"href"_qs);
}

// An Atom link is the entry's page when its rel is absent or "alternate".
bool isAlternate(const QXmlStreamReader &xml)
{
    const QStringView rel = xml.attributes().value(u"rel"_qs);
    return rel.isEmpty() || rel == u"alternate";
}

QString absolute(const QUrl &base, const QString &link)
{
    const QString trimmed = link.trimmed();
    if (trimmed.isEmpty())
        return {};
    return base.resolved(QUrl(trimmed)).toString();
}

FeedEntry readEntry(QXmlStreamReader &xml, const QUrl &base)
{
    FeedEntry entry;
    QString summary, content, updated;
    // Each branch reads its element to the end, so readNextStartElement() returns false at the
    // end of the entry.
    while (xml.readNextStartElement()) {
        const QStringView name = xml.name();
        const bool foreign = !xml.namespaceUri().isEmpty() && xml.namespaceUri() != AtomNs &&
                             !xml.namespaceUri().startsWith(u"http://purl.org/rss/1.0");
        if (name == u"title" && !foreign) {
            entry.title = FeedParser::plainText(elementText(xml));
        } else if (isAtomLinkElement(xml)) {
            const QString href = xml.attributes().value(u"href"_qs).toString();
            if (isAlternate(xml) && entry.url.isEmpty())
                entry.url = absolute(base, href);
            xml.skipCurrentElement();
        } else if (name == u"link" && !foreign) {
            const QString link = elementText(xml);
            if (entry.url.isEmpty())
                entry.url = absolute(base, link);
        } else if ((name == u"guid" || name == u"id") && !foreign) {
            entry.guid = elementText(xml);
        } else if ((name == u"pubDate" || name == u"published") ||
                   (name == u"date" && xml.namespaceUri().contains(u"purl.org/dc"))) {
            entry.published = FeedParser::parseDate(elementText(xml));
        } else if (name == u"updated" && !foreign) {
            updated = elementText(xml);
        } else if ((name == u"description" || name == u"summary") && !foreign) {
            summary = elementText(xml);
        } else if (name == u"content" || name == u"encoded") {
            content = elementText(xml);
        } else {
            xml.skipCurrentElement();
        }
    }
    if (!entry.published.isValid() && !updated.isEmpty())
        entry.published = FeedParser::parseDate(updated);
    QString text = FeedParser::plainText(summary.isEmpty() ? content : summary);
    if (text.size() > SummaryChars)
        text = text.left(SummaryChars - 1).trimmed() + u'…';
    entry.summary = text;
    if (entry.guid.isEmpty())
        entry.guid = !entry.url.isEmpty()
                         ? entry.url
                         : entry.title + u'|' + entry.published.toString(Qt::ISODate);
    return entry;
}

} // namespace

QDateTime FeedParser::parseDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QDateTime date = QDateTime::fromString(t, Qt::RFC2822Date);
    if (!date.isValid())
        date = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!date.isValid())
        date = QDateTime::fromString(t, Qt::ISODate);
    if (!date.isValid()) {
        // RFC 822 with a zone name Qt does not know ("EST", "CEST"): read it as UTC.
        static const QRegularExpression zone(u"\\s+[A-Z]{2,5}$"_qs);
        QString stripped = t;
        stripped.remove(zone);
        date = QDateTime::fromString(stripped + u" +0000"_qs, Qt::RFC2822Date);
    }
    return date.isValid() ? date.toUTC() : QDateTime();
}

QString FeedParser::plainText(const QString &html)
{
    if (!html.contains(u'<') && !html.contains(u'&'))
        return html.simplified();
    static const QRegularExpression tags(u"<[^>]*>"_qs);
    QString text = html;
    text.replace(tags, u" "_qs);
    // Entities left after the XML reader decoded one level: the common named ones and
    // numeric references.
    static const QRegularExpression numeric(u"&#(x[0-9a-fA-F]+|[0-9]+);"_qs);
    QString out;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString digits = m.captured(1);
        bool ok = false;
        const uint code =
            digits.startsWith(u'x') ? digits.mid(1).toUInt(&ok, 16) : digits.toUInt(&ok, 10);
        if (ok && code > 0 && code < 0x110000 && !(code >= 0xD800 && code < 0xE000))
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    out.replace(u"&nbsp;"_qs, u" "_qs);
    out.replace(u"&lt;"_qs, u"<"_qs);
    out.replace(u"&gt;"_qs, u">"_qs);
    out.replace(u"&quot;"_qs, u"\""_qs);
    out.replace(u"&apos;"_qs, u"'"_qs);
    out.replace(u"&amp;"_qs, u"&"_qs);
    return out.simplified();
}

ParsedFeed FeedParser::parse(const QByteArray &bytes, const QUrl &feedUrl)
{
    ParsedFeed feed;
    const QByteArray head = bytes.left(1024).toLower();
    if (head.contains("<!doctype html") || head.contains("<html")) {
        feed.error = QStringLiteral("%1 is a web page, not an RSS or Atom feed.")
                         .arg(feedUrl.toDisplayString());
        return feed;
    }
    QXmlStreamReader xml(bytes);
    if (!xml.readNextStartElement()) {
        feed.error = QStringLiteral("%1 is not a feed: %2.")
                         .arg(feedUrl.toDisplayString(),
                              xml.hasError() ? xml.errorString() : u"it is empty"_qs);
        return feed;
    }
    const QStringView root = xml.name();
    if (root == u"feed") {
        feed.kind = ParsedFeed::Kind::Atom;
    } else if (root != u"rss" && root != u"RDF") {
        feed.error = QStringLiteral("%1 is not an RSS or Atom feed (its document is <%2>).")
                         .arg(feedUrl.toDisplayString(), root.toString());
        return feed;
    }
    // Depth 1 is the root, 2 a channel's or feed's children; entries may sit at depth 2
    // (Atom, RSS 1.0) or 3 (RSS 2.0 items inside <channel>).
    int depth = 1;
    while (!xml.atEnd() && !xml.hasError()) {
        xml.readNext();
        if (xml.isEndElement()) {
            --depth;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        ++depth;
        const QStringView name = xml.name();
        if (name == u"item" || name == u"entry") {
            if (feed.entries.size() < MaxEntries)
                feed.entries.append(readEntry(xml, feedUrl));
            else
                xml.skipCurrentElement();
            --depth;
        } else if (name == u"channel") {
            continue;
        } else if (name == u"title" && feed.title.isEmpty() && depth <= 3) {
            feed.title = plainText(elementText(xml));
            --depth;
        } else if (name == u"link" && depth <= 3) {
            if (isAtomLinkElement(xml)) {
                if (isAlternate(xml) && feed.siteUrl.isEmpty())
                    feed.siteUrl = absolute(feedUrl, xml.attributes().value(u"href"_qs).toString());
                xml.skipCurrentElement();
            } else if (const QString link = elementText(xml); feed.siteUrl.isEmpty()) {
                feed.siteUrl = absolute(feedUrl, link);
            }
            --depth;
        } else {
            xml.skipCurrentElement();
            --depth;
        }
    }
    if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
        feed.error = QStringLiteral("The feed %1 is not well-formed XML: %2 (line %3).")
                         .arg(feedUrl.toDisplayString(), xml.errorString())
                         .arg(xml.lineNumber());
        feed.entries.clear();
    }
    return feed;
}

} // namespace lector
