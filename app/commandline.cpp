// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace lector {

namespace {

using Kind = Command::Kind;

// Each option's long name, with the subcommands it applies to.
struct OptionRule
{
    QCommandLineOption option;
    QList<Kind> appliesTo;
};

QList<OptionRule> optionRules()
{
    using O = QCommandLineOption;
    return {
        {O(u"json"_qs), {Kind::Analyze}},
        {O(u"jsonl"_qs), {Kind::Analyze}},
        {O(u"date"_qs, QString(), u"YYYY-MM-DD"_qs), {Kind::Analyze, Kind::Export}},
        {O(u"body"_qs), {Kind::Extract}},
        {O(u"format"_qs, QString(), u"json|csv|html"_qs), {Kind::Export}},
        {O(u"library"_qs, QString(), u"PATH"_qs),
         {Kind::Import, Kind::Search, Kind::Entities, Kind::Window, Kind::Export, Kind::Feeds}},
        {O({u"o"_qs, u"output"_qs}, QString(), u"OUT"_qs), {Kind::Export}},
        {O(u"screenshot"_qs, QString(), u"OUT.png"_qs), {Kind::Screenshot}},
        {O(u"theme"_qs, QString(), u"light|dark"_qs), {Kind::Screenshot}},
        {O(u"size"_qs, QString(), u"WxH"_qs), {Kind::Screenshot}},
        {O(u"hover-card"_qs), {Kind::Screenshot}},
        {O(u"panel"_qs, QString(), u"NAME"_qs), {Kind::Screenshot}},
        {O(QStringList{u"v"_qs, u"version"_qs}), {}},
        {O(QStringList{u"h"_qs, u"help"_qs}), {}},
    };
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Analyze:
        return u"analyze"_qs;
    case Kind::Extract:
        return u"extract"_qs;
    case Kind::Export:
        return u"export"_qs;
    case Kind::Screenshot:
        return u"--screenshot"_qs;
    case Kind::Import:
        return u"import"_qs;
    case Kind::Search:
        return u"search"_qs;
    case Kind::Entities:
        return u"entities"_qs;
    case Kind::Feeds:
        return u"feeds"_qs;
    case Kind::Window:
    case Kind::Version:
    case Kind::Help:
        break;
    }
    return u"the window"_qs;
}

Kind kindOf(const QCommandLineParser &parser, QStringList &positional)
{
    if (parser.isSet(u"help"_qs))
        return Kind::Help;
    if (parser.isSet(u"version"_qs))
        return Kind::Version;
    if (parser.isSet(u"screenshot"_qs))
        return Kind::Screenshot;
    static const QList<std::pair<QString, Kind>> subcommands = {
        {u"analyze"_qs, Kind::Analyze}, {u"extract"_qs, Kind::Extract},
        {u"export"_qs, Kind::Export},   {u"import"_qs, Kind::Import},
        {u"search"_qs, Kind::Search},   {u"entities"_qs, Kind::Entities},
        {u"feeds"_qs, Kind::Feeds}};
    if (!positional.isEmpty()) {
        for (const auto &[name, kind] : subcommands) {
            if (positional.first() == name) {
                positional.removeFirst();
                return kind;
            }
        }
    }
    return Kind::Window;
}

// An option given to a subcommand it does not apply to is an error, not silently ignored:
// `lector extract --json a.txt` most likely meant `analyze`.
QString misplacedOption(const QCommandLineParser &parser, Kind kind)
{
    for (const OptionRule &rule : optionRules()) {
        const QString name = rule.option.names().constLast();
        if (parser.isSet(name) && !rule.appliesTo.contains(kind))
            return QStringLiteral("The option --%1 does not apply to %2.")
                .arg(name, kindName(kind));
    }
    return {};
}

QString parseDate(const QString &value, QDate &date)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_qs);
    date = QDate::fromString(value, Qt::ISODate);
    if (!shape.match(value).hasMatch() || !date.isValid())
        return QStringLiteral("The date \"%1\" is not a calendar date in the form YYYY-MM-DD.")
            .arg(value);
    return {};
}

QString parseSize(const QString &value, QSize &size)
{
    static const QRegularExpression shape(u"^(\\d{2,5})x(\\d{2,5})$"_qs);
    const QRegularExpressionMatch m = shape.match(value);
    size = m.hasMatch() ? QSize(m.captured(1).toInt(), m.captured(2).toInt()) : QSize();
    if (size.width() < 200 || size.height() < 200 || size.width() > 8000 || size.height() > 8000)
        return QStringLiteral("The size \"%1\" is not WIDTHxHEIGHT in pixels (200 to 8000 each).")
            .arg(value);
    return {};
}

QString expectFiles(const Command &c, qsizetype count)
{
    if (c.files.size() == count)
        return {};
    if (c.files.isEmpty())
        return QStringLiteral("%1 needs a file to read.").arg(kindName(c.kind));
    return QStringLiteral("%1 reads one file, not %2.").arg(kindName(c.kind)).arg(c.files.size());
}

QString checkAnalyze(const QCommandLineParser &parser, Command &c)
{
    const bool json = parser.isSet(u"json"_qs), jsonl = parser.isSet(u"jsonl"_qs);
    if (json == jsonl)
        return u"analyze needs exactly one of --json FILE or --jsonl IN.jsonl."_qs;
    if (jsonl && parser.isSet(u"date"_qs))
        return u"--date does not apply to --jsonl: each line carries its own \"dct\"."_qs;
    c.format = json ? Command::Format::Json : Command::Format::Jsonl;
    return expectFiles(c, 1);
}

QString checkExport(const QCommandLineParser &parser, Command &c)
{
    const QString format = parser.value(u"format"_qs);
    if (format == u"json")
        c.exportFormat = Command::ExportFormat::Json;
    else if (format == u"csv")
        c.exportFormat = Command::ExportFormat::Csv;
    else if (format.isEmpty() || format == u"html")
        c.exportFormat = Command::ExportFormat::Html;
    else
        return QStringLiteral("The export format \"%1\" is not json, csv or html.").arg(format);
    c.output = parser.value(u"output"_qs);
    if (c.output.isEmpty())
        return u"export needs -o OUT, the file to write."_qs;
    return expectFiles(c, 1);
}

// The library subcommands: import needs files, search needs words, entities takes nothing.
QString checkLibrary(Command &c)
{
    if (c.kind == Kind::Import && c.files.isEmpty())
        return u"import needs a folder or files to read."_qs;
    if (c.kind == Kind::Search) {
        c.query = c.files.join(u' ').trimmed();
        c.files.clear();
        if (c.query.isEmpty())
            return u"search needs the words to look for."_qs;
    }
    if (c.kind == Kind::Entities && !c.files.isEmpty())
        return u"entities takes no files, only --library PATH."_qs;
    return {};
}

// feeds add URL | feeds list | feeds update [ID|URL...]
QString checkFeeds(Command &c)
{
    if (c.files.isEmpty())
        return u"feeds needs add URL, list or update."_qs;
    c.feedAction = c.files.takeFirst();
    if (c.feedAction == u"add" && c.files.size() != 1)
        return u"feeds add needs the address of one feed."_qs;
    if (c.feedAction == u"list" && !c.files.isEmpty())
        return u"feeds list takes no arguments."_qs;
    if (c.feedAction != u"add" && c.feedAction != u"list" && c.feedAction != u"update")
        return QStringLiteral("feeds %1 is not add, list or update.").arg(c.feedAction);
    return {};
}

QString checkKind(const QCommandLineParser &parser, Command &c)
{
    switch (c.kind) {
    case Kind::Analyze:
        return checkAnalyze(parser, c);
    case Kind::Extract:
        c.bodyOnly = parser.isSet(u"body"_qs);
        return expectFiles(c, 1);
    case Kind::Export:
        return checkExport(parser, c);
    case Kind::Import:
    case Kind::Search:
    case Kind::Entities:
        return checkLibrary(c);
    case Kind::Feeds:
        return checkFeeds(c);
    case Kind::Screenshot:
        c.output = parser.value(u"screenshot"_qs);
        c.hoverCard = parser.isSet(u"hover-card"_qs);
        c.panel = parser.value(u"panel"_qs);
        if (c.hoverCard && !c.panel.isEmpty())
            return QStringLiteral("--hover-card and --panel cannot be combined: a panel is "
                                  "grabbed alone, without the article's hover card.");
        return expectFiles(c, 1);
    case Kind::Window:
    case Kind::Version:
    case Kind::Help:
        break;
    }
    return {};
}

QString checkValues(const QCommandLineParser &parser, Command &c)
{
    if (parser.isSet(u"date"_qs)) {
        if (QString e = parseDate(parser.value(u"date"_qs), c.date); !e.isEmpty())
            return e;
    }
    if (parser.isSet(u"size"_qs)) {
        if (QString e = parseSize(parser.value(u"size"_qs), c.size); !e.isEmpty())
            return e;
    }
    c.library = parser.value(u"library"_qs);
    if (parser.isSet(u"library"_qs) && c.library.isEmpty())
        return u"--library needs the path of a library file or a postgresql:// address."_qs;
    if (parser.isSet(u"theme"_qs)) {
        const QString theme = parser.value(u"theme"_qs);
        if (theme != u"light" && theme != u"dark")
            return QStringLiteral("The theme \"%1\" is neither light nor dark.").arg(theme);
        c.theme = theme == u"dark" ? Command::Theme::Dark : Command::Theme::Light;
    }
    return {};
}

} // namespace

Command CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    for (const OptionRule &rule : optionRules())
        parser.addOption(rule.option);
    Command c;
    if (!parser.parse(arguments)) {
        c.error = parser.errorText() + u'.';
        return c;
    }
    QStringList positional = parser.positionalArguments();
    c.kind = kindOf(parser, positional);
    c.files = positional;
    if (c.kind == Kind::Help || c.kind == Kind::Version)
        return c;
    c.error = misplacedOption(parser, c.kind);
    if (c.error.isEmpty())
        c.error = checkValues(parser, c);
    if (c.error.isEmpty())
        c.error = checkKind(parser, c);
    return c;
}

QString CommandLine::usage()
{
    return u"Usage:\n"
           "  lector [--library PATH] [FILE...]     open the reader window\n"
           "  lector analyze --json [--date YYYY-MM-DD] FILE\n"
           "                                        print the analysis of FILE as JSON\n"
           "  lector analyze --jsonl IN.jsonl       analyse one {\"id\",\"text\",\"dct\"} object a "
           "line\n"
           "                                        (IN.jsonl may be - for standard input)\n"
           "  lector extract [--body] FILE          print the article as Lector reads it: title,\n"
           "                                        date and a blank line, then the text\n"
           "  lector export [--format json|csv|html] FILE -o OUT [--date YYYY-MM-DD]\n"
           "                                        write a self-contained, highlighted HTML page\n"
           "                                        (html, the default), the analysis as JSON,\n"
           "                                        or CSV: entities (name,type,forms,count) in\n"
           "                                        OUT and quotes (speaker,quote,article) in\n"
           "                                        OUT-quotes.csv; the user's corrections are\n"
           "                                        applied when FILE is in the library\n"
           "                                        (--library PATH)\n"
           "  lector import DIR|FILE... [--library PATH]\n"
           "                                        add articles to the library, with a report\n"
           "  lector search QUERY [--library PATH]  full-text search: id, title, date, snippet\n"
           "  lector entities [--library PATH]      actors across the library, with article "
           "counts\n"
           "  lector feeds add URL | list | update [ID...] [--library PATH]\n"
           "                                        subscribe to an RSS or Atom feed, list the\n"
           "                                        feeds, or fetch their new items into the\n"
           "                                        library\n"
           "  lector --screenshot OUT.png [--theme light|dark] [--size WxH] [--hover-card] FILE\n"
           "                                        save a picture of the window showing FILE\n"
           "                                        (--panel timeline: of that panel alone)\n"
           "  lector --version | --help\n"
           "\n"
           "FILE is a .txt, .md or .html article, or an http(s):// address (only that page\n"
           "is fetched, never its images, scripts or links). --date sets the publication\n"
           "date that relative dates (\"on Tuesday\") are resolved against. The library\n"
           "defaults to "
           "Lector's data folder; --library PATH uses another database file, and\n"
           "--library postgresql://USER@HOST[:PORT]/DB[?sslmode=MODE] a team library on a\n"
           "PostgreSQL server (the password comes from ~/.pgpass or PGPASSFILE, never from\n"
           "the command line; docs/team-library.md).\n"
           "Exit status: 0 on success, 1 when a file cannot be read or written (or a --jsonl\n"
           "line was skipped), 2 on a usage error.\n"_qs;
}

} // namespace lector
