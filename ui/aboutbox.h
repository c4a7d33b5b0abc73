// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace lector {

/// Help > About: the version and the licences of the program and of the data compiled into it.
class AboutBox
{
public:
    /// Rich text naming the version (LECTOR_VERSION) and each shipped data source's licence.
    static QString text();
    static void show(QWidget *parent);
};

} // namespace lector
