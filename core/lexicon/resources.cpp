// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon/resources.h"

#include "lexicon/gazetteer.h"
#include "lexicon/packedresources.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <mutex>

namespace lector {

std::shared_ptr<const Resources> Resources::load(const QString &root)
{
    // The packed form holds what parsing the compiled-in files gives, without the parsing:
    // about 50 ms of CPU less at every start (docs/performance.md, "Load time").
    if (root == u":/lector") {
        if (std::shared_ptr<const Resources> packed = PackedResources::unpack())
            return packed;
    }
    auto resources = std::make_shared<Resources>();
    for (const char16_t *sub : {u"lexicon", u"gazetteer"}) {
        QDir dir(root + u'/' + QStringView(sub));
        const QStringList files = dir.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            TsvTable table = TsvTable::read(dir.filePath(file));
            if (!table.isValid() && resources->m_error.isEmpty())
                resources->m_error = table.error();
            resources->m_tables.insert(QFileInfo(file).completeBaseName(), std::move(table));
        }
    }
    auto gazetteer = std::make_shared<const Gazetteer>(*resources);
    if (!gazetteer->isValid() && resources->m_error.isEmpty())
        resources->m_error = gazetteer->error();
    resources->m_gazetteer = std::move(gazetteer);
    resources->m_wordClusters = WordClusterTable(resources->table(WordClusterTable::tableName()));
    resources->indexTables();
    return resources;
}

void Resources::indexTables()
{
    for (const TsvTable::Row &row : table(QStringLiteral("stopnames")).rows()) {
        m_stopNames.append(row.fields.first());
        if (row.fields.value(1) == u"word")
            m_ordinaryWords.insert(row.fields.first());
    }
}

std::shared_ptr<const Resources> Resources::shared()
{
    static std::once_flag once;
    static std::shared_ptr<const Resources> instance;
    std::call_once(once, [] { instance = load(); });
    return instance;
}

const TsvTable &Resources::table(const QString &name) const
{
    static const TsvTable empty;
    auto it = m_tables.constFind(name);
    return it == m_tables.cend() ? empty : *it;
}

const Gazetteer &Resources::gazetteer() const
{
    static const Gazetteer empty;
    return m_gazetteer ? *m_gazetteer : empty;
}

QSet<QString> Resources::wordSet(const QString &name) const
{
    QSet<QString> set;
    for (const TsvTable::Row &row : table(name).rows())
        set.insert(row.fields.first().toLower());
    return set;
}

} // namespace lector
