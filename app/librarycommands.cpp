// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarycommands.h"

#include "analysis/pipeline.h"
#include "commandlibrary.h"
#include "console.h"
#include "lexicon/resources.h"
#include "library/articleimporter.h"
#include "library/articlelibrary.h"
#include "library/libraryerror.h"
#include "net/urlpolicy.h"
#include "net/webarticlereader.h"

namespace lector {

namespace {

constexpr int Failure = 1;

QString reportText(const ImportReport &report, int files)
{
    QString out = QStringLiteral("Files: %1\nAdded: %2\nDuplicates: %3\nSkipped: %4\n")
                      .arg(files)
                      .arg(report.added)
                      .arg(report.duplicates)
                      .arg(report.skipped.size());
    for (const ImportReport::Skipped &s : report.skipped)
        out += QStringLiteral("  %1: %2\n").arg(s.path, Console::oneLine(s.reason));
    return out;
}

} // namespace

int LibraryCommands::import(const Command &command)
{
    ArticleLibrary library;
    if (!openCommandLibrary(command, library, LibraryUse::Read))
        return Failure;
    if (library.isReadOnly()) { // lastError() says why, in words
        Console::error(library.lastError());
        return Failure;
    }
    const auto resources = Resources::shared();
    if (!resources->isValid()) {
        Console::error(resources->error());
        return Failure;
    }
    const Pipeline pipeline = Pipeline::standard(*resources);
    // Web addresses are fetched one by one (only the pages themselves) and added as they come;
    // files and folders go through the importer's batches.
    QStringList paths, addresses;
    for (const QString &argument : command.files)
        (UrlPolicy::isWebAddress(argument) ? addresses : paths).append(argument);
    const QStringList files =
        paths.isEmpty() ? QStringList() : ArticleImporter::collectFiles(paths);
    ArticleImporter importer(library, pipeline);
    // Each progress line follows a committed batch, so a caller that sees one knows the
    // articles before it are safely stored.
    ImportReport report =
        files.isEmpty() ? ImportReport() : importer.run(files, [](int done, int total) {
            Console::error(QStringLiteral("imported %1/%2").arg(done).arg(total));
            return true;
        });
    for (const QString &address : std::as_const(addresses)) {
        if (!report.error.isEmpty())
            break;
        const ReadResult read = WebArticleReader::read(address);
        if (!read.isOk()) {
            report.skipped.append({address, read.error});
            continue;
        }
        bool added = false;
        if (!library.addArticle(read.document, pipeline.run(read.document), &added)) {
            report.error = library.lastError();
            break;
        }
        ++(added ? report.added : report.duplicates);
        Console::error(QStringLiteral("imported %1").arg(address));
    }
    if (!report.error.isEmpty()) {
        Console::error(LibraryError::explained(report.error)); // "Disk full: ..."
        return Failure;
    }
    if (!Console::write(reportText(report, int(files.size() + addresses.size()))) ||
        !Console::flush()) {
        Console::error(u"Cannot write to standard output."_qs);
        return Failure;
    }
    return report.skipped.isEmpty() ? 0 : Failure;
}

int LibraryCommands::search(const Command &command)
{
    ArticleLibrary library;
    if (!openCommandLibrary(command, library, LibraryUse::Read))
        return Failure;
    QString out;
    for (const LibraryArticle &a : library.search(command.query, 100)) {
        out += QStringLiteral("%1\t%2\t%3\t%4\n")
                   .arg(a.id)
                   .arg(Console::oneLine(a.title),
                        a.published.isValid() ? a.published.toString(Qt::ISODate) : QString(),
                        Console::oneLine(a.snippet));
    }
    if (!Console::print(out))
        return Failure;
    return 0;
}

int LibraryCommands::entities(const Command &command)
{
    ArticleLibrary library;
    if (!openCommandLibrary(command, library, LibraryUse::Read))
        return Failure;
    QString out;
    for (const LibraryEntity &e : library.entities(100000)) {
        if (e.type != EntityType::Person)
            continue; // actors: the people who act and speak
        out += QStringLiteral("%1\t%2\t%3\t%4\n")
                   .arg(e.articles)
                   .arg(e.mentions)
                   .arg(entityTypeName(e.type), Console::oneLine(e.name));
    }
    if (!Console::print(out))
        return Failure;
    return 0;
}

} // namespace lector
