// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandlibrary.h"

#include "command.h"
#include "console.h"
#include "library/articlelibrary.h"

namespace lector {

bool openCommandLibrary(const Command &command, ArticleLibrary &library, LibraryUse use)
{
    const QString path =
        command.library.isEmpty() ? ArticleLibrary::defaultPath() : command.library;
    if (!library.open(path) || (use == LibraryUse::Write && library.isReadOnly())) {
        Console::error(library.lastError());
        return false;
    }
    return true;
}

} // namespace lector
