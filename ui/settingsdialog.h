// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readingsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLineEdit;
class QSpinBox;

namespace lector {

/// Edit > Preferences: font, theme, which highlights to show, the publication-date default, the
/// library folder and session restore. Shows a ReadingSettings and returns the edited copy; the
/// caller applies and saves it (the dialog writes nothing itself).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const ReadingSettings &settings, QWidget *parent = nullptr);

    ReadingSettings settings() const;

private:
    QWidget *createReadingPage(const ReadingSettings &settings);
    QWidget *createArticlePage(const ReadingSettings &settings);
    void browseLibrary();

    QFontComboBox *m_fontFamily = nullptr;
    QCheckBox *m_systemFont = nullptr;
    QSpinBox *m_pointSize = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_dateDefault = nullptr;
    QLineEdit *m_library = nullptr;
    QCheckBox *m_restoreSession = nullptr;
    QList<QCheckBox *> m_kinds;
};

} // namespace lector
