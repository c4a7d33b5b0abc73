// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutbox.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace lector {

// The data list mirrors resources/README.md: a source added there belongs here too.
QString AboutBox::text()
{
    return QCoreApplication::translate(
               "AboutBox",
               "<h3>Lector %1</h3>"
               "<p>A reader for news articles that marks people, places, organizations, dates "
               "and quotations, and lists who went where and when.</p>"
               "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
               "<p><b>Data shipped with Lector</b></p><ul>"
               "<li>Country and subdivision names from Debian's iso-codes "
               "(LGPL-2.1-or-later).</li>"
               "<li>Time-zone place names from tzdata (public domain).</li>"
               "<li>City names from the GeoNames data distributed with libgeonames "
               "(CC-BY-4.0, geonames.org).</li>"
               "<li>The name recogniser's weights, trained on CoNLL-2003, GMB and GUM: the model "
               "holds weights only, no text of those corpora.</li></ul>"
               "<p>Built with Qt %2.</p>")
        .arg(QStringLiteral(LECTOR_VERSION), QString::fromLatin1(qVersion()));
}

void AboutBox::show(QWidget *parent)
{
    QMessageBox::about(parent, QCoreApplication::translate("AboutBox", "About Lector"), text());
}

} // namespace lector
