// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSize>
#include <QString>
#include <QStringList>

namespace lector {

/// What the user asked for on the command line, parsed but not yet acted on (CommandLine makes
/// it, main() runs it). A plain value: when `error` is set, nothing else is meaningful.
struct Command
{
    enum class Kind {
        Window,     ///< `lector [FILE...]`: the main window
        Analyze,    ///< `lector analyze --json|--jsonl ...`
        Extract,    ///< `lector extract [--body] FILE`
        Export,     ///< `lector export [--format json|csv|html] FILE -o OUT`
        Import,     ///< `lector import DIR|FILE... [--library PATH]`
        Search,     ///< `lector search QUERY [--library PATH]`
        Entities,   ///< `lector entities [--library PATH]`
        Feeds,      ///< `lector feeds add URL|list|update [ID...] [--library PATH]`
        Screenshot, ///< `lector --screenshot OUT.png FILE`
        Version,
        Help,
    };
    enum class Format { Json, Jsonl };
    enum class Theme { Light, Dark };
    enum class ExportFormat { Html, Json, Csv };

    Kind kind = Kind::Window;
    QStringList files;
    Format format = Format::Json;
    QDate date;            ///< --date: the publication date to assume; invalid when not given
    bool bodyOnly = false; ///< extract --body
    QString output;        ///< export -o, or the --screenshot PNG
    Theme theme = Theme::Light;
    QSize size;             ///< --size WxH; invalid when not given
    bool hoverCard = false; ///< --hover-card: the screenshot shows the first person's card
    QString panel;          ///< --panel NAME: the screenshot shows that dock alone ("timeline")
    ExportFormat exportFormat = ExportFormat::Html; ///< export --format; html by default
    QString library;    ///< --library PATH; empty means ArticleLibrary::defaultPath()
    QString query;      ///< search: the positional words joined by spaces
    QString feedAction; ///< feeds: add, list or update (`files` holds its arguments)
    QString error;      ///< a whole-sentence usage error, empty when the command line is valid

    bool isValid() const { return error.isEmpty(); }
    /// Whether running it needs a QApplication (widgets) rather than a QCoreApplication.
    bool needsGui() const { return kind == Kind::Window || kind == Kind::Screenshot; }
};

} // namespace lector
