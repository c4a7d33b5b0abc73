// SPDX-License-Identifier: GPL-3.0-or-later
#include "fontpreloader.h"

#include <dlfcn.h>

#include <thread>

namespace lector {

void FontPreloader::start()
{
    // Looked up at run time, not linked: Qt Gui already loaded fontconfig if it uses it, and
    // Lector needs neither its headers nor a build dependency on it.
    using Init = int (*)();
    const auto init = reinterpret_cast<Init>(dlsym(RTLD_DEFAULT, "FcInit"));
    if (init)
        std::thread([init] { init(); }).detach();
}

} // namespace lector
