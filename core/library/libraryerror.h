// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSqlError;

namespace lector {

/// Turns SQLite's terse errors into sentences a reader can act on: a locked, read-only, full or
/// damaged library each get their own words ("Disk full: ..."), with SQLite's text kept at the
/// end for a bug report.
class LibraryError
{
public:
    enum class Kind { None, Locked, ReadOnly, Full, Corrupt, Other };

    static Kind kind(const QSqlError &error);
    /// The kind behind a message that quotes SQLite's own words ("database is locked").
    static Kind kindOf(const QString &message);
    /// A whole sentence for `error`.
    static QString sentence(const QSqlError &error);
    /// `message` with the plain-language sentence for its kind in front; unchanged when the
    /// kind is Other or when the message already explains itself.
    static QString explained(const QString &message);
    /// The plain-language sentence for a kind (empty for None and Other).
    static QString advice(Kind kind);
};

} // namespace lector
