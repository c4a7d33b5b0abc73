// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/pipeline.h"
#include "batchcommands.h"
#include "commandline.h"
#include "console.h"
#include "fontpreloader.h"
#include "guicommands.h"
#include "text/hashseed.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

using namespace lector;

namespace {

constexpr int UsageError = 2;

// Parsing comes first, without an application object, because the command decides which one
// to create: the headless subcommands must run where no display exists.
QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

int main(int argc, char **argv)
{
    HashSeed::useFastSeed(); // before any QHash exists: see hashseed.h
    const Command command = CommandLine::parse(argumentsOf(argc, argv));
    if (!command.isValid()) {
        Console::error(command.error + u" Try lector --help."_qs);
        return UsageError;
    }
    if (command.kind == Command::Kind::Help) {
        Console::write(CommandLine::usage());
        return 0;
    }
    if (command.kind == Command::Kind::Version) {
        Console::write(u"lector " LECTOR_VERSION "\n"_qs);
        return 0;
    }
    QCoreApplication::setApplicationName(u"lector"_qs);
    QCoreApplication::setOrganizationName(u"Lector"_qs);
    QCoreApplication::setApplicationVersion(QStringLiteral(LECTOR_VERSION));
    if (command.needsGui()) {
        // Fonts, lexicons and model load on workers while Qt starts and the window is built.
        FontPreloader::start();
        Pipeline::preload();
        QApplication app(argc, argv);
        return GuiCommands::run(command);
    }
    QCoreApplication app(argc, argv);
    return BatchCommands::run(command);
}
