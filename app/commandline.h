// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace lector {

/// Runs Lector with the given arguments (argv[0] first): a headless subcommand, or the window.
int runLector(int argc, char **argv);

} // namespace lector
