// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace lector {

/// An inline message above the article (a file that could not be read, an export that
/// failed): shown without a modal dialog, closed with its button.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);

    QString text() const;
    void showError(const QString &text);

private:
    QLabel *m_label = nullptr;
};

} // namespace lector
