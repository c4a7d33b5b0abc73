// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A hand-made analysis shared by the library tests: one person, mentioned once at the start of
// the article's text, so an article stored with it has entity rows without running the pipeline.

#include "model/analysis.h"

#include <QStringList>

namespace lector::test {

/// One person entity `name` (its forms: `name`, then `otherForms`) with one mention, the text's
/// first `name.size()` characters.
inline Analysis personAnalysis(const QString &name, const QStringList &otherForms = {})
{
    Analysis analysis;
    Entity person;
    person.id = QStringLiteral("e1");
    person.name = name;
    person.type = EntityType::Person;
    person.forms = QStringList{name} + otherForms;
    person.mentions = {0};
    analysis.entities.append(person);
    Mention mention;
    mention.span = {0, name.size()};
    mention.type = EntityType::Person;
    mention.entity = 0;
    analysis.mentions.append(mention);
    return analysis;
}

} // namespace lector::test
