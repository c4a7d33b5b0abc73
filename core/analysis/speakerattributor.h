// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analyser.h"

namespace lector {

class Resources;

/// Names the speaker of every quote from speech cues, patterns and pronouns.
///
/// Requires: quotes, aliases. Sets Quote::speaker, speakerMention, speakerName, cue, confidence.
class SpeakerAttributor final : public Analyser
{
public:
    explicit SpeakerAttributor(const Resources &resources);
    QString name() const override { return QStringLiteral("speakers"); }
    QStringList prerequisites() const override
    {
        return {QStringLiteral("quotes"), QStringLiteral("aliases")};
    }
    void run(const Document &document, Analysis &analysis) const override;
};

} // namespace lector
