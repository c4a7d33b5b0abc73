// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace lector {

/// The headless subcommands (analyze, extract, export; the library ones in LibraryCommands). Each
/// returns the process exit status and reports failures as one line on standard error. Needs a
/// QCoreApplication, no widgets.
class BatchCommands
{
public:
    static int run(const Command &command);

    static int extract(const Command &command);
    static int analyzeJson(const Command &command);
    static int analyzeJsonl(const Command &command);
    static int exportHtml(const Command &command);
    /// export --format json|csv: the analysis as JSON, or entities and quotes as CSV.
    static int exportData(const Command &command);
};

} // namespace lector
