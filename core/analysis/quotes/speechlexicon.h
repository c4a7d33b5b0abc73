// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotations.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringView>

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace lector {

class Resources;

/// The words quotation analysis needs: speech cues (lexicon/speechcues.tsv), function words
/// with their roles and pronoun genders (lexicon/quote_words.tsv) and the gender of given names
/// (lexicon/givennames.tsv, else lexicon/usnamegenders.tsv) and one-word titles
/// (lexicon/titles.tsv). Lookups are case-insensitive (isOfficePreposition,
/// isPlacePreposition and givenNameGender: as written) and thread-safe; the lexicon is immutable
/// after construction. The lower-case lookups and givenNameGender allocate nothing;
/// genderOfWord's "no noun after" test, isOfficePreposition and isPlacePreposition copy the word
/// (QStringView::toString) for the QSet they look in (a few hundred calls per megabyte of news:
/// no measurable cost, docs/quality.md, round 22).
class SpeechLexicon
{
public:
    /// How a cue relates speaker and content (the "frame" column of speechcues.tsv).
    enum class Frame : quint8 {
        None,
        Say,       ///< X said (that) ... / "...," X said
        Tell,      ///< X told Y (that) ...: an addressee follows the cue
        According, ///< according to X
    };
    enum class Role : quint8 { None, Pronoun, Boundary, Auxiliary, Complementizer, Preposition };

    struct Cue
    {
        Frame frame = Frame::None;
        int length = 0;    ///< tokens the cue covers ("according to" = 2)
        bool bare = false; ///< content may follow without "that": "said the plan failed"
        /// A number or quantity word after the cue opens its object, no content: "recalled
        /// hundreds of engines", "added two extra flights" (speechcues.tsv, bare `count`).
        bool countedObject = false;
        QString lemma;
    };

    /// What the lower-case lookups say of one word, found with one lowering and one hash lookup
    /// (for a caller that reads many words: SpeakerAttributor's gender votes).
    struct Facts
    {
        Role role = Role::None;          ///< role()
        Gender gender = Gender::Unknown; ///< pronounGender()
        bool determiner = false;         ///< isDeterminer()
        /// A noun naming one person ("chef", "wife"; quote_words.tsv, role person).
        bool personNoun = false;
    };

    /// Whether the lexicon reads the given names' genders (givenNameGender): only the speaker
    /// attributor asks, and the 14,000 names cost about a third of the lexicon's construction.
    enum class GivenNames : quint8 { Read, Skip };

    explicit SpeechLexicon(const Resources &resources, GivenNames givenNames = GivenNames::Read);

    /// The speech cue starting at token i, or a Cue with frame None.
    Cue cueAt(QStringView text, const QList<Token> &tokens, int i) const;
    Role role(QStringView word) const;
    /// The gender of a pronoun that can name a speaker ("he", "she") or of another gendered word
    /// of quote_words.tsv ("his", "her", "himself"; role `gendered`, no speaker).
    Gender pronounGender(QStringView word) const;
    /// role(), pronounGender(), isDeterminer() and whether it is a person noun, of a word at once.
    Facts facts(QStringView word) const;
    /// A word that counts things: digits ("200", "1,500") or quote_words.tsv's `quantity`.
    bool isQuantity(QStringView word) const;
    /// A word that opens a noun phrase and is no noun: quote_words.tsv's `function` ("the",
    /// "their") or `possessive` ("his", "her"); no `particle` ("up").
    bool isDeterminer(QStringView word) const;
    /// A preposition after which a place is where a title's office is ("the archbishop of
    /// Kumasi"; quote_words.tsv, role office).
    bool isOfficePreposition(QStringView word) const
    {
        return m_officePrepositions.contains(word.toString());
    }
    /// A title of one word, any case ("archbishop", "Mayor"; titles.tsv).
    bool isTitleWord(QStringView word) const { return containsLower(m_titleWords, word); }
    /// A relative word about a person ("who"; quote_words.tsv, role relative): "a man who lives
    /// near Kiel".
    bool isPersonRelative(QStringView word) const { return containsLower(m_personRelatives, word); }
    /// A noun that is what is told, not who is told: "told the story of how ..." (quote_words.tsv,
    /// role content).
    bool isContentNoun(QStringView word) const { return containsLower(m_contentNouns, word); }
    /// A word that, right after a speech cue, is its object and no content: "said nothing",
    /// "said little", "said nothing else" (quote_words.tsv, role empty).
    bool isEmptyObject(QStringView word) const { return containsLower(m_emptyObjects, word); }
    /// A finite verb or modal of quote_words.tsv (`verb`): "was", "could", "had".
    bool isFiniteVerb(QStringView word) const { return containsLower(m_finiteVerbs, word); }
    /// The gender a word of quote_words.tsv gives the person before it ("he", "his", "himself";
    /// "her" only before a noun: `next`, a lower-case word with no role nor `function`), else
    /// Unknown.
    Gender genderOfWord(QStringView word, QStringView next) const;
    /// The gender of a given name, as written ("Ines" -> Female): givennames.tsv, whose "-"
    /// (used for both) stands, else usnamegenders.tsv; Unknown when neither holds the name, or
    /// the lexicon was made with GivenNames::Skip.
    Gender givenNameGender(QStringView name) const
    {
        const auto it = m_givenNames.find(std::u16string_view(
            reinterpret_cast<const char16_t *>(name.utf16()), size_t(name.size())));
        return it == m_givenNames.end() ? Gender::Unknown : it->second;
    }
    bool isPronoun(QStringView word) const { return role(word) == Role::Pronoun; }
    /// A preposition after which a name is a place where someone is ("officials in Accra"):
    /// placepreps.tsv, lower case, as written.
    bool isPlacePreposition(QStringView word) const
    {
        return m_placePrepositions.contains(word.toString());
    }
    /// A noun that names a group of people without a plural ending ("people", "police";
    /// quote_words.tsv, role group): "People in Tana said" names speakers.
    bool isGroupNoun(QStringView word) const { return containsLower(m_groupNouns, word); }

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::u16string_view s) const
        {
            return std::hash<std::u16string_view>{}(s);
        }
    };
    struct CueEntry
    {
        std::vector<std::u16string> rest; ///< words after the first one, lower-case
        Frame frame = Frame::None;
        bool bare = false;
        bool countedObject = false;
        QString lemma;
    };
    struct WordEntry
    {
        Role role = Role::None;
        Gender gender = Gender::Unknown;
        bool beforeNoun = false; ///< gives a gender only before a noun ("her")
    };

    /// Lower-case words, looked up without a copy of the word (containsLower).
    using WordSet = std::unordered_set<std::u16string, Hash, std::equal_to<>>;
    static bool containsLower(const WordSet &set, QStringView word);
    void readGivenNames(const Resources &resources);

    std::unordered_map<std::u16string, std::vector<CueEntry>, Hash, std::equal_to<>> m_cues;
    std::unordered_map<std::u16string, WordEntry, Hash, std::equal_to<>> m_words;
    QSet<QString> m_placePrepositions;
    WordSet m_groupNouns;          ///< lower-case
    QSet<QString> m_functionWords; ///< lower-case: no noun after "her"
    WordSet m_determiners;         ///< lower-case: `function`, no particle ("up")
    WordSet m_personNouns;         ///< lower-case
    WordSet m_quantities;          ///< lower-case
    WordSet m_contentNouns;        ///< lower-case
    WordSet m_emptyObjects;        ///< lower-case
    WordSet m_finiteVerbs;         ///< lower-case
    WordSet m_personRelatives;     ///< lower-case
    QSet<QString> m_officePrepositions;
    WordSet m_titleWords; ///< lower-case
    /// m_words, m_determiners and m_personNouns in one table (facts()), lower-case.
    std::unordered_map<std::u16string, Facts, Hash, std::equal_to<>> m_facts;
    std::unordered_map<std::u16string, Gender, Hash, std::equal_to<>> m_givenNames; ///< as written
};

} // namespace lector
