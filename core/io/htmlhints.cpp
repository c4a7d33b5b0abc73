// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/htmlhints.h"

#include "lexicon/tsvtable.h"

namespace lector {

HtmlHints::HtmlHints()
{
    // Read on its own rather than through Resources::shared(): `lector extract` and the
    // library import should not wait for every gazetteer to load just to read a page.
    // LECTOR_HTML_HINTS names another table, for measuring extraction without some fragments
    // (tools/extract_loso.py); the compiled-in one otherwise.
    const QString path = qEnvironmentVariable("LECTOR_HTML_HINTS");
    const TsvTable table =
        TsvTable::read(path.isEmpty() ? u":/lector/lexicon/html_hints.tsv"_qs : path, 2);
    Q_ASSERT_X(table.isValid(), "HtmlHints", qPrintable(table.error()));
    for (const TsvTable::Row &row : table.rows()) {
        if (row.fields.size() < 2)
            continue;
        const QString fragment = row.fields.at(0).toLower();
        const QString kind = row.fields.at(1).trimmed();
        if (kind == u"unlikely")
            m_unlikely.append(fragment);
        else if (kind == u"maybe")
            m_maybe.append(fragment);
        else if (kind == u"positive")
            m_positive.append(fragment);
        else if (kind == u"negative")
            m_negative.append(fragment);
        else if (kind == u"boilerplate")
            m_boilerplate.append(fragment);
    }
}

const HtmlHints &HtmlHints::shared()
{
    static const HtmlHints hints;
    return hints;
}

QString HtmlHints::classAndId(const HtmlTree::Node *node)
{
    const QString cls = HtmlTree::attribute(node, "class");
    const QString id = HtmlTree::attribute(node, "id");
    if (cls.isEmpty() && id.isEmpty())
        return {};
    return (cls + u' ' + id).toLower();
}

bool HtmlHints::matchesAny(const QString &text, const QStringList &fragments)
{
    for (const QString &f : fragments)
        if (text.contains(f))
            return true;
    return false;
}

int HtmlHints::classWeight(const QString &classAndId) const
{
    if (classAndId.isEmpty())
        return 0;
    const QString cls = classAndId.section(u' ', 0, -2);
    const QString id = classAndId.section(u' ', -1);
    int weight = 0;
    for (const QString &part : {cls, id}) {
        if (part.isEmpty())
            continue;
        if (matchesAny(part, m_negative))
            weight -= 25;
        if (matchesAny(part, m_positive))
            weight += 25;
    }
    return weight;
}

bool HtmlHints::isUnlikely(const QString &classAndId) const
{
    return !classAndId.isEmpty() && matchesAny(classAndId, m_unlikely) &&
           !matchesAny(classAndId, m_maybe);
}

bool HtmlHints::isBoilerplate(const QString &classAndId) const
{
    return !classAndId.isEmpty() && matchesAny(classAndId, m_boilerplate);
}

} // namespace lector
