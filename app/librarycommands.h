// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace lector {

/// The library subcommands (import, search, entities). Each opens the library named by
/// --library (else ArticleLibrary::defaultPath()), returns the process exit status, and reports
/// failures as one line on standard error. Needs a QCoreApplication, no widgets.
class LibraryCommands
{
public:
    /// Progress goes to standard error ("imported 64/1000"), then a report to standard output:
    /// added, duplicates, and each skipped file with its reason. Exit status 1 when a file was
    /// skipped or the library failed.
    static int import(const Command &command);
    /// One hit a line: id, title, date and snippet, TAB-separated.
    static int search(const Command &command);
    /// One entity a line: articles, mentions, type and name, TAB-separated, most widespread
    /// first.
    static int entities(const Command &command);
};

} // namespace lector
