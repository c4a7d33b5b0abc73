// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarypassworddialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace lector {

LibraryPasswordDialog::LibraryPasswordDialog(const QString &library, const QString &user,
                                             bool refused, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
{
    setWindowTitle(tr("Team Library Password"));
    setObjectName(u"libraryPasswordDialog"_qs);
    auto *text =
        new QLabel(refused ? tr("The team library %1 refused the password of %2. Type it again:")
                                 .arg(library.toHtmlEscaped(), user.toHtmlEscaped())
                           : tr("The team library %1 asks for the password of %2:")
                                 .arg(library.toHtmlEscaped(), user.toHtmlEscaped()),
                   this);
    text->setWordWrap(true);
    auto *note = new QLabel(tr("Lector keeps it in memory until it quits and never saves it; "
                               "to be asked no more, add it to ~/.pgpass."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);
    m_password->setObjectName(u"password"_qs);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_password);
    layout->addWidget(note);
    layout->addWidget(buttons);
    m_password->setFocus();
}

QString LibraryPasswordDialog::password() const
{
    return m_password->text();
}

std::optional<QString> LibraryPasswordDialog::ask(QWidget *parent, const QString &library,
                                                  const QString &user, bool refused)
{
    LibraryPasswordDialog dialog(library, user, refused, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.password();
}

} // namespace lector
