// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/htmlmetadata.h"

#include "io/datefinder.h"

#include <gumbo.h>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace lector {

namespace {

// <meta> keys that carry the publication date, best first.
const char *const DateKeys[] = {"article:published_time",
                                "og:published_time",
                                "article:published",
                                "datepublished",
                                "pubdate",
                                "publishdate",
                                "publish-date",
                                "publish_date",
                                "sailthru.date",
                                "parsely-pub-date",
                                "dc.date.issued",
                                "dcterms.created",
                                "dc.date",
                                "date"};

struct Collected
{
    QHash<QString, QString> meta; ///< lower-case property/name/itemprop -> content, first wins
    QList<QString> jsonLd;
    QString titleTag;
    QString h1;
    QString timeValue;
    QString authorLink;
    QString canonical;
};

void collectElement(const GumboNode *node, Collected &c)
{
    const int t = HtmlTree::tag(node);
    if (t == GUMBO_TAG_META) {
        QString key = HtmlTree::attribute(node, "property");
        if (key.isEmpty())
            key = HtmlTree::attribute(node, "name");
        if (key.isEmpty())
            key = HtmlTree::attribute(node, "itemprop");
        const QString content = HtmlTree::attribute(node, "content").trimmed();
        if (!key.isEmpty() && !content.isEmpty() && !c.meta.contains(key.toLower()))
            c.meta.insert(key.toLower(), content);
    } else if (t == GUMBO_TAG_SCRIPT) {
        if (HtmlTree::attribute(node, "type").contains(u"ld+json"))
            for (unsigned i = 0; i < node->v.element.children.length; ++i)
                c.jsonLd.append(HtmlTree::ownText(
                    static_cast<const GumboNode *>(node->v.element.children.data[i])));
    } else if (t == GUMBO_TAG_TITLE && c.titleTag.isEmpty()) {
        c.titleTag = HtmlTree::text(node);
    } else if (t == GUMBO_TAG_H1 && c.h1.isEmpty()) {
        c.h1 = HtmlTree::text(node);
    } else if (t == GUMBO_TAG_TIME && c.timeValue.isEmpty()) {
        c.timeValue = HtmlTree::attribute(node, "datetime");
    } else if (t == GUMBO_TAG_LINK && HtmlTree::attribute(node, "rel") == u"canonical") {
        c.canonical = HtmlTree::attribute(node, "href");
    } else if (t == GUMBO_TAG_A && c.authorLink.isEmpty() &&
               HtmlTree::attribute(node, "rel") == u"author") {
        c.authorLink = HtmlTree::text(node);
    }
    // itemprop="datePublished" on a <time> or <span>: the value is an attribute.
    if (t != GUMBO_TAG_META && HtmlTree::attribute(node, "itemprop") == u"datePublished") {
        QString v = HtmlTree::attribute(node, "datetime");
        if (v.isEmpty())
            v = HtmlTree::attribute(node, "content");
        if (!v.isEmpty() && !c.meta.contains(u"datepublished"_qs))
            c.meta.insert(u"datepublished"_qs, v);
    }
}

Collected collect(const GumboNode *root)
{
    Collected c;
    // Iterative walk: malformed pages nest deeper than a call stack should.
    QList<const GumboNode *> stack{root};
    while (!stack.isEmpty()) {
        const GumboNode *node = stack.takeLast();
        if (!HtmlTree::isElement(node))
            continue;
        collectElement(node, c);
        const GumboVector &children = node->v.element.children;
        for (unsigned i = children.length; i-- > 0;)
            stack.append(static_cast<const GumboNode *>(children.data[i]));
    }
    return c;
}

QString nameOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isArray()) {
        QStringList names;
        for (const QJsonValue &item : v.toArray())
            if (const QString n = nameOf(item); !n.isEmpty())
                names.append(n);
        return names.join(u", ");
    }
    return v.toObject().value(u"name").toString();
}

// The first JSON-LD object that describes the article (has a headline or a date), searching
// arrays and @graph lists.
QJsonObject articleObject(const QJsonValue &v, int depth = 0)
{
    if (depth > 8)
        return {};
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            if (QJsonObject o = articleObject(item, depth + 1); !o.isEmpty())
                return o;
        return {};
    }
    const QJsonObject o = v.toObject();
    if (o.contains(u"headline") || o.contains(u"datePublished"))
        return o;
    if (o.contains(u"@graph"))
        return articleObject(o.value(u"@graph"), depth + 1);
    return {};
}

void readJsonLd(const Collected &c, HtmlMetadata &m, QString &headline)
{
    for (const QString &script : c.jsonLd) {
        const QJsonDocument doc = QJsonDocument::fromJson(script.trimmed().toUtf8());
        const QJsonObject o =
            articleObject(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
        if (o.isEmpty())
            continue;
        if (headline.isEmpty())
            headline = o.value(u"headline").toString().trimmed();
        if (!m.published.isValid())
            m.published = DateFinder::shared().parseValue(o.value(u"datePublished").toString());
        if (m.author.isEmpty())
            m.author = nameOf(o.value(u"author")).trimmed();
        if (m.siteName.isEmpty())
            m.siteName = nameOf(o.value(u"publisher")).trimmed();
    }
}

} // namespace

QString HtmlMetadata::cleanTitle(const QString &title, const QString &siteName)
{
    static const QString separators[] = {u" | "_qs,  u" - "_qs, u" \u2013 "_qs, u" \u2014 "_qs,
                                         u" :: "_qs, u" / "_qs, u" \u00B7 "_qs};
    for (const QString &sep : separators) {
        const qsizetype last = title.lastIndexOf(sep);
        const qsizetype first = title.indexOf(sep);
        if (last < 0)
            continue;
        const QString head = title.left(last).trimmed();
        const QString tail = title.mid(last + sep.size()).trimmed();
        // "Site name | Headline" puts the site first.
        if (!siteName.isEmpty() &&
            title.left(first).trimmed().compare(siteName, Qt::CaseInsensitive) == 0)
            return title.mid(first + sep.size()).trimmed();
        if ((!siteName.isEmpty() && tail.compare(siteName, Qt::CaseInsensitive) == 0) ||
            head.count(u' ') >= 2)
            return head;
    }
    return title;
}

HtmlMetadata HtmlMetadata::read(const HtmlTree &tree)
{
    HtmlMetadata m;
    if (!tree.root())
        return m;
    const Collected c = collect(tree.root());
    QString headline;
    readJsonLd(c, m, headline);
    if (m.siteName.isEmpty())
        m.siteName = c.meta.value(u"og:site_name"_qs);
    if (m.author.isEmpty()) {
        const QString meta = c.meta.value(u"author"_qs);
        m.author = meta.startsWith(u"http") ? c.authorLink : meta;
        if (m.author.isEmpty())
            m.author = c.authorLink;
    }
    for (const QString &candidate :
         {c.meta.value(u"og:title"_qs), headline, c.meta.value(u"twitter:title"_qs), c.h1}) {
        if (!candidate.trimmed().isEmpty()) {
            m.title = cleanTitle(HtmlTree::simplified(candidate), m.siteName);
            break;
        }
    }
    if (m.title.isEmpty())
        m.title = cleanTitle(c.titleTag, m.siteName);
    m.h1 = c.h1;

    for (const char *key : DateKeys) {
        if (m.published.isValid())
            break;
        m.published = DateFinder::shared().parseValue(c.meta.value(QString::fromLatin1(key)));
    }
    if (!m.published.isValid() && !c.timeValue.isEmpty())
        m.published = DateFinder::shared().parseValue(c.timeValue);
    m.url = c.canonical.isEmpty() ? c.meta.value(u"og:url"_qs) : c.canonical;
    if (m.published.isValid()) {
        m.publishedOrigin = DateOrigin::Markup;
    } else if (const QDate d = DateFinder::fromUrl(m.url); d.isValid()) {
        m.published = d;
        m.publishedOrigin = DateOrigin::Url;
    }
    return m;
}

} // namespace lector
