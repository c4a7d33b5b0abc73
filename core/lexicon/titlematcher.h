// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotations.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace lector {

class Resources;

/// The titles and role words of resources/lexicon/titles.tsv ("Defence Minister", "Gen.",
/// "spokeswoman") with their genders, and the views of them the analysis steps read: the one
/// reader of the file (TitleMatcher, SpeechLexicon, NerFeatures, EntityRecogniser and
/// VisitLexicon ask it). Built once per Resources (Resources::titleTable()); immutable after
/// construction.
class TitleTable
{
public:
    struct Title
    {
        QString title; ///< as listed, trimmed
        Gender gender = Gender::Unknown;
    };

    explicit TitleTable(const Resources &resources);

    /// Every title, in the file's order.
    const QList<Title> &titles() const { return m_titles; }
    /// The titles of one word and no period, as listed ("Mayor", "spokeswoman"; not "Gen.").
    QStringList words() const;
    /// The word of each title that stands next to a name: its last word, without a final period
    /// ("Minister" of "Defence Minister", "Gen" of "Gen.").
    QStringList lastWords() const;
    /// The titles of two words or more listed in lower case ("chief executive").
    QStringList lowerCaseTitles() const;

private:
    QList<Title> m_titles;
};

/// Finds titles and role words (resources/lexicon/titles.tsv: "Defence Minister", "Gen.",
/// "spokeswoman") in tokenized text, case-insensitively, longest title first. Given names
/// (resources/lexicon/givennames.tsv) are looked up here too, since both give a gender.
/// Immutable after construction and safe to share between threads.
class TitleMatcher
{
public:
    struct Match
    {
        int firstToken = -1; ///< first token of the title; -1: no title
        int endToken = -1;   ///< one past its last token
        QString title;       ///< as listed in titles.tsv
        Gender gender = Gender::Unknown;

        bool isValid() const { return firstToken >= 0; }
    };

    explicit TitleMatcher(const Resources &resources);

    /// The longest title ending just before token `end` ("Defence Minister" in
    /// "Defence Minister Li"), not reaching back before token `limit`.
    Match before(QStringView text, const QList<Token> &tokens, int end, int limit = 0) const;
    /// The longest title starting at token `first` and ending before token `end`.
    Match at(QStringView text, const QList<Token> &tokens, int first, int end) const;
    /// The gender a title implies ("Mrs." -> Female, "spokesman" -> Male), case-insensitively.
    Gender titleGender(QStringView title) const;
    /// The gender of a given name ("Anna" -> Female); Unknown for names used for both or absent.
    Gender givenNameGender(QStringView name) const;
    /// lexicon/givennames.tsv: each given name, as written, with its gender ("-", used for both:
    /// Unknown). Read by the matcher and by whoever adds names of its own to them.
    static QHash<QString, Gender> readGivenNames(const Resources &resources);
    /// The same without copying the name (QHash of Qt 6.4 looks up QString keys only).
    Gender givenNameGender(const QString &name) const;

private:
    struct Title
    {
        QStringList words; ///< lower-cased tokens of the title
        QString title;
        Gender gender = Gender::Unknown;
    };
    bool wordsMatch(const Title &title, QStringView text, const QList<Token> &tokens,
                    int first) const;

    QList<Title> m_titles;
    QHash<QString, QList<int>> m_byLastWord;  ///< lower-cased last word -> titles, longest first
    QHash<QString, QList<int>> m_byFirstWord; ///< lower-cased first word -> titles, longest first
    QHash<QString, Gender> m_givenNames;
    QHash<QString, Gender> m_titleGenders; ///< lower-cased title -> gender
};

} // namespace lector
