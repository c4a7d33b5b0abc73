// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/span.h"

#include <QList>
#include <QStringView>

namespace lector {

/// Finds text between quotation marks, working on characters (as CoreNLP's quote annotator
/// does), one paragraph ('\n'-separated line) at a time.
///
/// Marks: straight and curly double quotes, doubled apostrophes (''...''), `` ... '', low-high
/// „...“, guillemets, and single quotes told apart from apostrophes by their neighbours
/// ("Li's", "rock 'n' roll", "the '90s", "students'" are apostrophes).
/// Ensures: only outermost quotations are returned (nested ones are part of their parent),
/// sorted, non-overlapping, each within one paragraph. A quotation running across paragraphs
/// (opening mark repeated at each paragraph start, closing mark only at the end) comes back as
/// one segment per paragraph, all but the last with `continues` set. An opening double mark never
/// closed in its paragraph ends at the paragraph end (`closed` false); an unclosed single mark
/// is taken for an apostrophe.
class QuoteMarkScanner
{
public:
    struct Segment
    {
        Span span;              ///< the words between the marks, without surrounding spaces
        Span outer;             ///< with the marks
        bool closed = true;     ///< a closing mark was found in this paragraph
        bool continues = false; ///< the quotation goes on in the next paragraph
        bool single = false;    ///< opened by a single quotation mark
    };

    static QList<Segment> scan(QStringView text);

private:
    static void scanParagraph(QStringView text, qsizetype begin, qsizetype end,
                              QList<Segment> &out);
};

} // namespace lector
