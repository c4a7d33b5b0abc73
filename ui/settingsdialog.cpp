// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lector {

SettingsDialog::SettingsDialog(const ReadingSettings &settings, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(createReadingPage(settings), tr("Reading"));
    tabs->addTab(createArticlePage(settings), tr("Articles"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
}

QWidget *SettingsDialog::createReadingPage(const ReadingSettings &settings)
{
    auto *page = new QWidget(this);
    m_systemFont = new QCheckBox(tr("Use the system font"), page);
    m_systemFont->setObjectName(QStringLiteral("systemFontCheck"));
    m_systemFont->setChecked(settings.fontFamily.isEmpty());
    m_fontFamily = new QFontComboBox(page);
    m_fontFamily->setObjectName(QStringLiteral("fontFamilyCombo"));
    m_fontFamily->setAccessibleName(tr("Font family"));
    if (!settings.fontFamily.isEmpty())
        m_fontFamily->setCurrentFont(QFont(settings.fontFamily));
    m_fontFamily->setEnabled(!settings.fontFamily.isEmpty());
    connect(m_systemFont, &QCheckBox::toggled, m_fontFamily, &QWidget::setDisabled);
    m_pointSize = new QSpinBox(page);
    m_pointSize->setObjectName(QStringLiteral("pointSizeSpin"));
    m_pointSize->setAccessibleName(tr("Font size"));
    m_pointSize->setRange(ReadingSettings::MinPointSize, ReadingSettings::MaxPointSize);
    m_pointSize->setSuffix(tr(" pt"));
    m_pointSize->setValue(settings.pointSize);
    m_theme = new QComboBox(page);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItems({tr("Follow the system"), tr("Light"), tr("Dark")});
    m_theme->setCurrentIndex(int(settings.theme));
    auto *kinds = new QGroupBox(tr("Highlight"), page);
    auto *kindLayout = new QVBoxLayout(kinds);
    for (int k = 0; k < HighlightStyle::KindCount; ++k) {
        const auto kind = HighlightStyle::Kind(k);
        auto *check = new QCheckBox(HighlightStyle::label(kind), kinds);
        check->setObjectName(u"showKind"_qs + QString::number(k));
        check->setChecked(settings.isShown(kind));
        kindLayout->addWidget(check);
        m_kinds << check;
    }
    auto *form = new QFormLayout(page);
    form->addRow(m_systemFont);
    form->addRow(tr("&Font:"), m_fontFamily);
    form->addRow(tr("&Size:"), m_pointSize);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(kinds);
    return page;
}

QWidget *SettingsDialog::createArticlePage(const ReadingSettings &settings)
{
    auto *page = new QWidget(this);
    m_dateDefault = new QComboBox(page);
    m_dateDefault->setObjectName(QStringLiteral("dateDefaultCombo"));
    m_dateDefault->setAccessibleName(tr("Publication date when the article names none"));
    m_dateDefault->addItems({tr("Leave unknown"), tr("The file's modification date"), tr("Today")});
    m_dateDefault->setCurrentIndex(int(settings.dateDefault));
    m_library = new QLineEdit(settings.libraryLocation, page);
    m_library->setObjectName(QStringLiteral("libraryEdit"));
    m_library->setAccessibleName(tr("Library folder or team library address"));
    m_library->setPlaceholderText(tr("Standard data folder"));
    m_library->setToolTip(tr("A folder for the library file, or a team library on a PostgreSQL "
                             "server: postgresql://USER@HOST[:PORT]/DATABASE (the password "
                             "comes from ~/.pgpass, or Lector asks for it; never from here)"));
    auto *browse = new QPushButton(tr("&Browse\u2026"), page);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseLibrary);
    auto *libraryRow = new QHBoxLayout;
    libraryRow->addWidget(m_library, 1);
    libraryRow->addWidget(browse);
    m_restoreSession = new QCheckBox(tr("Reopen the last article at start"), page);
    m_restoreSession->setObjectName(QStringLiteral("restoreSessionCheck"));
    m_restoreSession->setChecked(settings.restoreSession);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Undated articles:"), m_dateDefault);
    form->addRow(tr("&Library:"), libraryRow);
    form->addRow(m_restoreSession);
    return page;
}

void SettingsDialog::browseLibrary()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Library Folder"), m_library->text());
    if (!dir.isEmpty())
        m_library->setText(dir);
}

ReadingSettings SettingsDialog::settings() const
{
    ReadingSettings s;
    s.fontFamily = m_systemFont->isChecked() ? QString() : m_fontFamily->currentFont().family();
    s.pointSize = m_pointSize->value();
    s.theme = ReadingSettings::Theme(m_theme->currentIndex());
    s.dateDefault = ReadingSettings::DateDefault(m_dateDefault->currentIndex());
    s.libraryLocation = m_library->text().trimmed();
    s.restoreSession = m_restoreSession->isChecked();
    for (int k = 0; k < m_kinds.size(); ++k)
        s.shownKinds[k] = m_kinds.at(k)->isChecked();
    return s;
}

} // namespace lector
