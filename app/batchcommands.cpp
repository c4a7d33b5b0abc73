// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchcommands.h"

#include "analysis/pipeline.h"
#include "console.h"
#include "corrections/correctionapplier.h"
#include "export/csvexporter.h"
#include "export/htmlexporter.h"
#include "export/jsonexporter.h"
#include "feedcommands.h"
#include "io/articlereader.h"
#include "lexicon/resources.h"
#include "library/articlelibrary.h"
#include "library/correctionstore.h"
#include "library/librarylocation.h"
#include "librarycommands.h"
#include "net/webarticlereader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSaveFile>

#include <optional>

namespace lector {

namespace {

constexpr int Failure = 1;

/// Reads the command's file or fetches its web address (only that page); --date, when given,
/// overrides any date the article carries.
std::optional<Document> readArticle(const Command &command)
{
    ReadResult read = WebArticleReader::read(command.files.constFirst());
    if (!read.isOk()) {
        Console::error(read.error);
        return std::nullopt;
    }
    if (command.date.isValid()) {
        read.document.published = command.date;
        read.document.publishedOrigin = DateOrigin::User;
    }
    return std::move(read.document);
}

std::shared_ptr<const Resources> loadResources()
{
    auto resources = Resources::shared();
    if (!resources->isValid()) {
        Console::error(resources->error());
        return nullptr;
    }
    return resources;
}

Analysis analyse(const Resources &resources, const Document &document)
{
    return Pipeline::standard(resources).run(document);
}

/// The user's corrections to this article when its text is in the library (--library PATH or
/// the default one). A library that is missing or cannot be opened gives none: the export then
/// shows the automatic analysis, and nothing fails. Exporting only reads: the library is
/// neither migrated nor switched to another journal mode by it.
QList<Correction> storedCorrections(const Command &command, const Document &document)
{
    const QString path =
        command.library.isEmpty() ? ArticleLibrary::defaultPath() : command.library;
    if (!LibraryLocation::isServer(path) && !QFileInfo::exists(path))
        return {};
    ArticleLibrary library;
    if (!library.open(path, ArticleLibrary::Access::ReadOnly))
        return {};
    const std::optional<qint64> id = library.articleIdForText(document.text);
    return id ? CorrectionStore(library).corrections(*id) : QList<Correction>{};
}

} // namespace

int BatchCommands::run(const Command &command)
{
    switch (command.kind) {
    case Command::Kind::Extract:
        return extract(command);
    case Command::Kind::Analyze:
        return command.format == Command::Format::Json ? analyzeJson(command)
                                                       : analyzeJsonl(command);
    case Command::Kind::Export:
        return command.exportFormat == Command::ExportFormat::Html ? exportHtml(command)
                                                                   : exportData(command);
    case Command::Kind::Import:
        return LibraryCommands::import(command);
    case Command::Kind::Search:
        return LibraryCommands::search(command);
    case Command::Kind::Entities:
        return LibraryCommands::entities(command);
    case Command::Kind::Feeds:
        return FeedCommands::run(command);
    default:
        break;
    }
    return Failure;
}

int BatchCommands::extract(const Command &command)
{
    const std::optional<Document> document = readArticle(command);
    if (!document)
        return Failure;
    QString out;
    if (!command.bodyOnly) {
        // Title and date each on one line, so the header is always exactly three lines.
        out = document->title.simplified() + u'\n' +
              (document->published.isValid() ? document->published.toString(Qt::ISODate)
                                             : QString()) +
              u"\n\n"_qs;
    }
    out += document->text;
    return Console::print(out) ? 0 : Failure;
}

int BatchCommands::analyzeJson(const Command &command)
{
    const std::optional<Document> document = readArticle(command);
    const auto resources = document ? loadResources() : nullptr;
    if (!resources)
        return Failure;
    const Analysis analysis = analyse(*resources, *document);
    const QJsonObject json = JsonExporter::analysis(*document, analysis);
    if (!Console::write(QJsonDocument(json).toJson(QJsonDocument::Indented)) || !Console::flush()) {
        Console::error(u"Cannot write to standard output."_qs);
        return Failure;
    }
    return 0;
}

// One JSON object a line in, one prediction a line out, in the same order. A line that is not
// a JSON object is reported with its number and skipped, so one bad line does not lose a corpus.
int BatchCommands::analyzeJsonl(const Command &command)
{
    const QString path = command.files.constFirst();
    QFile in;
    const bool opened = path == u"-" ? in.open(stdin, QIODevice::ReadOnly)
                                     : (in.setFileName(path), in.open(QIODevice::ReadOnly));
    if (!opened) {
        Console::error(QStringLiteral("Cannot open %1: %2.").arg(path, in.errorString()));
        return Failure;
    }
    const auto resources = loadResources();
    if (!resources)
        return Failure;
    const Pipeline pipeline = Pipeline::standard(*resources);
    int lineNumber = 0, skipped = 0;
    while (!in.atEnd()) {
        ++lineNumber;
        const QByteArray line = in.readLine().trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(line, &parseError);
        if (!json.isObject()) {
            Console::error(QStringLiteral("%1:%2: skipped, not a JSON object (%3).")
                               .arg(path)
                               .arg(lineNumber)
                               .arg(parseError.error == QJsonParseError::NoError
                                        ? u"another JSON value"_qs
                                        : parseError.errorString()));
            ++skipped;
            continue;
        }
        const QJsonObject o = json.object();
        Document doc;
        doc.text = o.value(u"text").toString();
        doc.title = o.value(u"title").toString();
        doc.source = path;
        doc.published = QDate::fromString(o.value(u"dct").toString(), Qt::ISODate);
        const QJsonObject prediction =
            JsonExporter::prediction(o.value(u"id").toString(), doc, pipeline.run(doc));
        if (!Console::write(QJsonDocument(prediction).toJson(QJsonDocument::Compact) + '\n')) {
            Console::error(u"Cannot write to standard output."_qs);
            return Failure;
        }
    }
    Console::flush();
    return skipped == 0 ? 0 : Failure;
}

int BatchCommands::exportHtml(const Command &command)
{
    const std::optional<Document> document = readArticle(command);
    const auto resources = document ? loadResources() : nullptr;
    if (!resources)
        return Failure;
    const QList<Correction> corrections = storedCorrections(command, *document);
    QList<bool> applied;
    const Analysis analysis =
        CorrectionApplier::apply(*document, analyse(*resources, *document), corrections, &applied);
    if (const QString error =
            HtmlExporter::writeFile(command.output, *document, analysis,
                                    CorrectionApplier::appliedOnly(corrections, applied));
        !error.isEmpty()) {
        Console::error(error);
        return Failure;
    }
    return 0;
}

} // namespace lector

namespace lector {

namespace {

// "out.csv" -> "out-quotes.csv": the second table of a CSV export sits beside the first.
QString quotesPath(const QString &output)
{
    const qsizetype dot = output.lastIndexOf(u'.');
    const qsizetype slash = output.lastIndexOf(u'/');
    const QString stem = dot > slash + 1 ? output.left(dot) : output;
    return stem + u"-quotes.csv"_qs;
}

QString writeJson(const QString &path, const QJsonObject &json)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("Cannot write %1: %2.").arg(path, file.errorString());
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return QStringLiteral("Cannot write %1: %2.").arg(path, file.errorString());
    return {};
}

} // namespace

int BatchCommands::exportData(const Command &command)
{
    const std::optional<Document> document = readArticle(command);
    const auto resources = document ? loadResources() : nullptr;
    if (!resources)
        return Failure;
    const QList<Correction> corrections = storedCorrections(command, *document);
    const Analysis analysis =
        CorrectionApplier::apply(*document, analyse(*resources, *document), corrections);
    QString error;
    if (command.exportFormat == Command::ExportFormat::Json) {
        error = writeJson(command.output, JsonExporter::analysis(*document, analysis, corrections));
    } else {
        error = CsvExporter::writeFile(command.output, CsvExporter::entities(*document, analysis));
        if (error.isEmpty())
            error = CsvExporter::writeFile(quotesPath(command.output),
                                           CsvExporter::quotes(*document, analysis));
    }
    if (!error.isEmpty()) {
        Console::error(error);
        return Failure;
    }
    return 0;
}

} // namespace lector
