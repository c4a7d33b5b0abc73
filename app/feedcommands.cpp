// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedcommands.h"

#include "analysis/pipeline.h"
#include "commandlibrary.h"
#include "console.h"
#include "feeds/feedupdater.h"
#include "lexicon/resources.h"
#include "library/articlelibrary.h"
#include "library/feedstore.h"
#include "library/libraryerror.h"

namespace lector {

namespace {

constexpr int Failure = 1;

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
    if (!openCommandLibrary(command, library, LibraryUse::Write))
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
    return Console::print(QStringLiteral("%1\t%2\t%3\n")
                              .arg(*id)
                              .arg(Console::oneLine(feed ? feed->title : QString()),
                                   feed ? feed->url : command.files.constFirst()))
               ? 0
               : Failure;
}

int FeedCommands::list(const Command &command)
{
    ArticleLibrary library;
    if (!openCommandLibrary(command, library, LibraryUse::Write))
        return Failure;
    FeedStore store(library);
    QString out;
    for (const FeedRecord &f : store.feeds()) {
        out += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\n")
                   .arg(f.id)
                   .arg(f.unread)
                   .arg(f.items)
                   .arg(Console::oneLine(f.title), f.url, f.checked, Console::oneLine(f.error));
    }
    if (!store.lastError().isEmpty()) {
        Console::error(store.lastError());
        return Failure;
    }
    return Console::print(out) ? 0 : Failure;
}

int FeedCommands::update(const Command &command)
{
    ArticleLibrary library;
    if (!openCommandLibrary(command, library, LibraryUse::Write))
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
        out += u"  "_qs + Console::oneLine(error) + u'\n';
    if (!Console::print(out))
        return Failure;
    return report.errors.isEmpty() ? 0 : Failure;
}

} // namespace lector
