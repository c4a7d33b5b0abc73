// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>

namespace lector {

/// The window's palette for View > Dark Theme (the light theme is the style's own palette).
QPalette darkPalette();

} // namespace lector
