// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QStringList>

namespace lector {

/// Parses Lector's command line into a Command without acting on it, so parsing can be tested
/// and the right kind of application object created afterwards.
class CommandLine
{
public:
    /// `arguments` starts with the program name, as QCoreApplication::arguments() does.
    static Command parse(const QStringList &arguments);
    /// The text of `lector --help`.
    static QString usage();
};

} // namespace lector
