// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

namespace lector {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Lector"));
}

} // namespace lector
