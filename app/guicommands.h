// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace lector {

/// The commands that show the main window: `lector [FILE...]` and `lector --screenshot`.
/// Need a QApplication.
class GuiCommands
{
public:
    static int run(const Command &command);

    static int openWindow(const Command &command);
    static int screenshot(const Command &command);
};

} // namespace lector
