// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "groupedmodel.h"
#include "model/analysis.h"

namespace lector {

/// The quotations of an Analysis grouped by speaker: one group per speaking entity (or per
/// speaker named without an entity, "a spokesman"), in order of first quotation, then an
/// "Unknown speaker" group. Scare quotes are not speech and are left out. Columns: the words,
/// the cue, the kind. Reset on every setAnalysis().
class QuoteModel : public GroupedModel
{
    Q_OBJECT
public:
    enum Column { TextColumn, CueColumn, KindColumn, ColumnCount };

    explicit QuoteModel(QObject *parent = nullptr);

    /// `text` is the Document::text the quote spans refer to.
    void setAnalysis(const QString &text, const Analysis &analysis);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QVariant itemData(int item, int column, int role) const override;

private:
    void rebuild();
    QString words(int quote) const;

    QString m_text;
    Analysis m_analysis;
    QList<QList<int>> m_involved; ///< per quote: the speaker, then entities named inside
};

} // namespace lector
