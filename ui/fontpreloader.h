// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace lector {

/// Loads the system's font configuration on a thread of its own while the GUI thread builds
/// the application and the window.
///
/// Qt's first use of a font calls fontconfig's FcInit(), which reads the configuration files
/// and the font caches: about a tenth of the GUI thread's work before the first painted frame
/// (docs/performance.md, "Start-up"). FcInit() is thread-safe and does its work once per
/// process, so when this thread has finished, Qt's call returns at once; if Qt comes first,
/// nothing is lost but the duplicate work. Where Qt uses no fontconfig (the symbol is absent
/// from the process) start() does nothing.
class FontPreloader
{
public:
    /// Call in main() before QApplication; returns at once.
    static void start();
};

} // namespace lector
