// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace lector {

/// `lector feeds add URL | list | update [ID|URL...]`: subscriptions kept in the library named
/// by --library (else ArticleLibrary::defaultPath()). Returns the process exit status; failures
/// are one line each on standard error.
class FeedCommands
{
public:
    static int run(const Command &command);

    /// Fetches the feed once, checks it is RSS or Atom, stores it and its items; prints
    /// "id<TAB>title<TAB>url".
    static int add(const Command &command);
    /// One feed a line: id, unread, items, title, url, last check, last error (TAB-separated).
    static int list(const Command &command);
    /// Fetches the feeds (conditionally), stores new items, reads and analyses their pages into
    /// the library, then reports what it did. Exit status 1 when something failed.
    static int update(const Command &command);
};

} // namespace lector
