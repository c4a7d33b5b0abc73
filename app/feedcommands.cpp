// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedcommands.h"

#include "analysis/pipeline.h"
#include "console.h"
#include "feeds/feedupdater.h"
#include "lexicon/resources.h"
#include "library/articlelibrary.h"
#include "library/feedstore.h"
#include "library/libraryerror.h"

namespace lector {

namespace {

constexpr int Failure = 1;

bool openLibrary(const Command &command, ArticleLibrary &library)
{
    const QString path =
        command.library.isEmpty() ? ArticleLibrary::defaultPath() : command.library;
    if (!library.open(path)) {
        Console::error(library.lastError());
        return false;
    }
    if (library.isReadOnly()) {
        Console::error(library.lastError());
        return false;
    }
    return true;
}

QString oneLine(const QString &text)
{
    QString s = text;
    s.replace(u'\t', u' ');
    return s.simplified();
}

bool print(const QString &text)
{
    if (!Console::write(text) || !Console::flush()) {
        Console::error(u"Cannot write to standard output."_qs);
        return false;
    }
    return true;
}

} // namespace

int FeedCommands::run(const Command &command)
{
    if (command.feedAction == u"add")
        return add(command);
    if (command.feedAction == u"list")
        return list(command);
    return update(command);
}

int FeedCommands::add(const Command &command)
{
    ArticleLibrary library;
    if (!openLibrary(command, library))
        return Failure;
    const auto resources = Resources::shared();
    const Pipeline pipeline = Pipeline::standard(*resources);
    FeedUpdater updater(library, pipeline);
    QString error;
    const std::optional<qint64> id = updater.subscribe(command.files.constFirst(), true, &error);
    if (!id) {
        Console::error(LibraryError::explained(error));
        return Failure;
    }
    const std::optional<FeedRecord> feed = FeedStore(library).feed(*id);
    return print(QStringLiteral("%1\t%2\t%3\n")
                     .arg(*id)
                     .arg(oneLine(feed ? feed->title : QString()),
                          feed ? feed->url : command.files.constFirst()))
               ? 0
               : Failure;
}

int FeedCommands::list(const Command &command)
{
    ArticleLibrary library;
    if (!openLibrary(command, library))
        return Failure;
    FeedStore store(library);
    QString out;
    for (const FeedRecord &f : store.feeds()) {
        out += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\n")
                   .arg(f.id)
                   .arg(f.unread)
                   .arg(f.items)
                   .arg(oneLine(f.title), f.url, f.checked, oneLine(f.error));
    }
    if (!store.lastError().isEmpty()) {
        Console::error(store.lastError());
        return Failure;
    }
    return print(out) ? 0 : Failure;
}

int FeedCommands::update(const Command &command)
{
    ArticleLibrary library;
    if (!openLibrary(command, library))
        return Failure;
    const auto resources = Resources::shared();
    if (!resources->isValid()) {
        Console::error(resources->error());
        return Failure;
    }
    // Feeds named by id or by address; none means all.
    FeedStore store(library);
    QList<qint64> ids;
    for (const QString &argument : command.files) {
        bool isNumber = false;
        const qint64 id = argument.toLongLong(&isNumber);
        const auto feed = isNumber ? store.feed(id) : store.feedByUrl(argument);
        if (!feed) {
            Console::error(QStringLiteral("The library has no feed %1.").arg(argument));
            return Failure;
        }
        ids.append(feed->id);
    }
    const Pipeline pipeline = Pipeline::standard(*resources);
    FeedUpdater updater(library, pipeline);
    const FeedUpdateReport report = updater.update(ids, [](const QString &what) {
        Console::error(what);
        return true;
    });
    QString out = QStringLiteral("Feeds: %1\nUnchanged: %2\nNew items: %3\nAdded: %4\n"
                                 "Duplicates: %5\nFailed: %6\n")
                      .arg(report.feeds)
                      .arg(report.unchanged)
                      .arg(report.newItems)
                      .arg(report.added)
                      .arg(report.duplicates)
                      .arg(report.errors.size());
    for (const QString &error : report.errors)
        out += u"  "_qs + oneLine(error) + u'\n';
    if (!print(out))
        return Failure;
    return report.errors.isEmpty() ? 0 : Failure;
}

} // namespace lector
