// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace lector {

/// Asks for the password of a team library when the server wants one that ~/.pgpass does not
/// hold, or refused the one given. The password is only handed back to the caller (which keeps
/// it in memory for the session); nothing here stores or logs it.
class LibraryPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    /// `refused`: a password was given and the server refused it (the dialog says so).
    LibraryPasswordDialog(const QString &library, const QString &user, bool refused,
                          QWidget *parent = nullptr);

    QString password() const;

    /// Shows the dialog; the password, or nullopt when the user cancelled.
    static std::optional<QString> ask(QWidget *parent, const QString &library, const QString &user,
                                      bool refused);

private:
    QLineEdit *m_password;
};

} // namespace lector
