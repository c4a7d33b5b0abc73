// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace lector {

/// The publication date of the article, or "unknown": a check box turns the date on and off.
/// dateEdited() fires only on the user's changes, not on setDate().
class PublicationDateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit PublicationDateEdit(QWidget *parent = nullptr);

    /// Invalid when unknown.
    QDate date() const;
    void setDate(const QDate &date);

Q_SIGNALS:
    void dateEdited(const QDate &date);

private:
    void onUserChange();

    QCheckBox *m_known = nullptr;
    QDateEdit *m_edit = nullptr;
    bool m_updating = false;
};

} // namespace lector
