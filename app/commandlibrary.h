// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace lector {

class ArticleLibrary;
struct Command;

/// What a headless command does with the library.
enum class LibraryUse { Read, Write };

/// Opens the library of `--library` (a path or a postgresql:// address), else the default
/// one. On failure, or when `use` is Write and the library can only be read, prints the
/// library's message on standard error and returns false.
bool openCommandLibrary(const Command &command, ArticleLibrary &library, LibraryUse use);

} // namespace lector
