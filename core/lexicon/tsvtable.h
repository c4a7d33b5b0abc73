// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lector {

/// The one loader for Lector's TSV data files (resources/lexicon, resources/gazetteer).
///
/// Format: UTF-8, one record per line, fields separated by TAB. Lines starting with '#' are
/// comments (the header names the source, licence and columns); blank lines are skipped.
/// Errors name the file and the line.
class TsvTable
{
public:
    struct Row
    {
        int line = 0; ///< 1-based line number in the file
        QStringList fields;
    };

    /// Reads `path` (a file or a ":/lector/..." resource). Every row must have at least
    /// `minColumns` fields; missing trailing fields of longer rows read as empty strings.
    [[nodiscard]] static TsvTable read(const QString &path, int minColumns = 1);

    bool isValid() const { return m_error.isEmpty(); }
    /// A whole sentence naming the file and the cause; empty when valid.
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    const QList<Row> &rows() const { return m_rows; }

private:
    friend class PackedResources; // fills the members from the packed form

    QString m_path;
    QString m_error;
    QList<Row> m_rows;
};

} // namespace lector
