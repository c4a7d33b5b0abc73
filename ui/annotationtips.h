// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis.h"

#include <QString>

namespace lector {

/// Rich-text descriptions of annotations for tooltips in the view and the panels. Every
/// function takes indexes into `analysis` and returns an empty string for an index out of range.
class AnnotationTips
{
public:
    /// Type, canonical name, forms, roles and mention count.
    static QString entity(const Analysis &analysis, int entity);
    /// The entity's description plus why the mention was recognised and its role there.
    static QString mention(const Analysis &analysis, int mention);
    /// Kind, speaker (or "unknown speaker") and cue.
    static QString quote(const Analysis &analysis, int quote);
    /// Value and precision, or that it could not be resolved.
    static QString time(const Analysis &analysis, int time);

    /// Everything annotated at `pos` in the text, innermost first; empty when nothing is.
    static QString at(const Analysis &analysis, qsizetype pos);
    /// Index of the innermost quote whose outer span covers pos, or -1.
    static int quoteAt(const Analysis &analysis, qsizetype pos);
    /// Index of the time expression covering pos, or -1.
    static int timeAt(const Analysis &analysis, qsizetype pos);
};

} // namespace lector
