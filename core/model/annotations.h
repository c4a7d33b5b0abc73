// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The annotation kinds an Analysis holds. Each is a small copyable struct; they refer to each
// other by index into the Analysis lists, never by pointer, and keep UTF-16 offsets into
// Document::text, never string views.

#include "model/span.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lector {

enum class TokenKind : quint8 { Word, Number, Punctuation, Symbol };

struct Token
{
    Span span;
    TokenKind kind = TokenKind::Word;
    bool startsLine = false; ///< first token of a line (paragraph or heading)
};

struct Sentence
{
    Span span;
    int firstToken = 0; ///< index into Analysis::tokens
    int endToken = 0;   ///< one past the last token
    int paragraph = 0;  ///< 0-based line/paragraph number
};

enum class EntityType : quint8 { Person, Place, Organization, Other };

/// Why a mention was recognised; shown to the user on hover.
enum class MentionSource : quint8 { Model, Gazetteer, Rule, Alias, User };

enum class Gender : quint8 { Unknown, Male, Female };

struct Mention
{
    Span span; ///< the name as written, without title or possessive 's
    EntityType type = EntityType::Other;
    MentionSource source = MentionSource::Model;
    int entity = -1; ///< index into Analysis::entities, set by the AliasResolver
    QString role;    ///< a title or role written before the name ("Defence Minister")
    float confidence = 1.0f;
};

struct Entity
{
    QString id;   ///< stable within one analysis: "e1", "e2", ...
    QString name; ///< canonical (longest, most complete) form
    EntityType type = EntityType::Other;
    QString subtype;     ///< gazetteer minor type: "country", "city", "ministry", ...
    QStringList forms;   ///< distinct surface forms, canonical first
    QStringList roles;   ///< titles and roles seen with the name
    QList<int> mentions; ///< indexes into Analysis::mentions, in text order
    Gender gender = Gender::Unknown;
};

enum class QuoteKind : quint8 {
    Direct,   ///< quotation marks around a speaker's words
    Partial,  ///< quoted words inside indirect speech: Li said that "attempts ..." will fail
    Scare,    ///< scare quotes or a term: a 'neutral party'
    Indirect, ///< reported speech without marks: X has promised that ...
};

struct Quote
{
    Span span;  ///< the quoted words without the quotation marks
    Span outer; ///< with the marks (equal to span for indirect speech)
    QuoteKind kind = QuoteKind::Direct;
    int speaker = -1;        ///< index into Analysis::entities, or -1 when unknown
    int speakerMention = -1; ///< the mention (or -1) that is the evidence for the speaker
    Span speakerSpan;        ///< the words naming the speaker, even a pronoun ("he")
    QString speakerName;     ///< resolved name, also when no entity exists ("a spokesman")
    Span cueSpan;            ///< the speech cue ("said", "according to")
    QString cue;             ///< its lemma-like form as written
    float confidence = 0.0f; ///< of the attribution, 0..1
};

enum class TimexType : quint8 { Date, Time, Duration, Set };

/// How much of a date is known: 2023 (Year), 2023-08 (Month), 2023-08-17 (Day), ...
enum class DatePrecision : quint8 {
    None,
    Century,
    Decade,
    Year,
    Season,
    Quarter,
    Month,
    Week,
    Day,
    Time
};

struct TimeExpression
{
    Span span;
    TimexType type = TimexType::Date;
    QString value; ///< TIMEX3 value ("2023-08-17", "2023-08", "P6D"); empty if unresolved
    DatePrecision precision = DatePrecision::None;
    bool relative = false; ///< resolved against the publication date or another date
};

/// Whether a visit happened, is under way at the publication date, is scheduled, was called
/// off, or is only conditional or proposed.
enum class VisitStatus : quint8 { Past, Ongoing, Planned, Cancelled, Hypothetical };

/// Someone travelling to or being in a place (CAMEO 042), or hosting a visit (043). One visit
/// is one trip to one destination: every sentence that tells of it is in `sentences`.
struct Visit
{
    int visitor = -1;   ///< entity index (a person or organization)
    int place = -1;     ///< entity index (a place)
    int host = -1;      ///< entity index of who received the visitor, or -1
    QList<int> metWith; ///< entities the visitor met during the visit
    int time = -1;      ///< index into Analysis::times that dates the visit, or -1
    QString date;       ///< TIMEX3 date value, empty when undated
    DatePrecision precision = DatePrecision::None;
    QString duration;  ///< TIMEX3 duration ("P6D") when the text gives one
    int sentence = -1; ///< index into Analysis::sentences: the evidence
    Span evidence;     ///< the evidence sentence's span
    Span cueSpan;      ///< the travel cue ("visited", "arrived in")
    VisitStatus status = VisitStatus::Past;
    int region = -1;      ///< entity index of the country around the place when the trip names
                          ///< both ("Minsk, Belarus"), or -1
    QList<int> sentences; ///< every evidence sentence of the trip, in text order
};

} // namespace lector
