// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/time/temporaltagger.h"
#include "analysis/time/timexresolver.h"

#include <QTest>

using namespace lector;

namespace {

/// Every expression as "text=value", in text order: "last year=2022".
QStringList describe(const QString &text, QDate published)
{
    QStringList out;
    for (const TimeExpression &t : TemporalTagger::tag(text, published))
        out.append(text.mid(t.span.begin, t.span.length()) + u'=' + t.value);
    return out;
}

} // namespace

class TestTemporalTagger : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void expressions_data();
    void expressions();
    void types_data();
    void types();
    void unresolvedWithoutPublicationDate();
    void sortedAndNonOverlapping();
    void resolverParsesValues_data();
    void resolverParsesValues();
    void weekdayNear();
    void longTextReadsLikeItsParts();
};

void TestTemporalTagger::expressions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QStringList>("expected");
    const QDate thursday(2023, 8, 17);
    QTest::newRow("month day year")
        << u"The accord was signed on August 17, 2023, in Oslo."_qs << QDate(2023, 9, 1)
        << QStringList{u"August 17, 2023=2023-08-17"_qs};
    QTest::newRow("abbreviated month and day") << u"Talks resumed on Aug. 14 after a pause."_qs
                                               << thursday << QStringList{u"Aug. 14=2023-08-14"_qs};
    QTest::newRow("day month") << u"She landed on 14 August and stayed."_qs << thursday
                               << QStringList{u"14 August=2023-08-14"_qs};
    QTest::newRow("iso date") << u"The memo is dated 2021-03-05."_qs << thursday
                              << QStringList{u"2021-03-05=2021-03-05"_qs};
    QTest::newRow("weekday with full date")
        << u"Friday, May 8, 2009 was a quiet day."_qs << thursday
        << QStringList{u"Friday, May 8, 2009=2009-05-08"_qs};
    QTest::newRow("month and year") << u"The mill opened in February 1947."_qs << thursday
                                    << QStringList{u"February 1947=1947-02"_qs};
    QTest::newRow("bare month keeps month precision")
        << u"The mill closed in March."_qs << thursday << QStringList{u"March=2023-03"_qs};
    QTest::newRow("year") << u"The firm was founded in 1998."_qs << thursday
                          << QStringList{u"1998=1998"_qs};
    QTest::newRow("decade") << u"Prices rose sharply in the 1990s."_qs << thursday
                            << QStringList{u"the 1990s=199"_qs};
    QTest::newRow("weekday in past tense")
        << u"The envoy arrived on Tuesday."_qs << thursday << QStringList{u"Tuesday=2023-08-15"_qs};
    QTest::newRow("weekday on the publication day")
        << u"Officials said on Thursday that talks had ended."_qs << thursday
        << QStringList{u"Thursday=2023-08-17"_qs};
    // Round 26: an irregular past is a tense marker (temporal_relative.tsv), so "and will"
    // after the date no longer decides it.
    QTest::newRow("weekday after an irregular past, a future after 'and'")
        << u"The envoy flew back from Lima on Tuesday and will travel to Quito next week."_qs
        << thursday << QStringList{u"Tuesday=2023-08-15"_qs, u"next week=2023-W34"_qs};
    QTest::newRow("weekday after an irregular past: spent")
        << u"The senator spent Tuesday in Reno and will speak in Boise later."_qs << thursday
        << QStringList{u"Tuesday=2023-08-15"_qs};
    QTest::newRow("weekday before a reported clause: 'that' and a future")
        << u"The mayor told a crowd in Akron on Tuesday that her rival would cut jobs."_qs
        << thursday << QStringList{u"Tuesday=2023-08-15"_qs};
    QTest::newRow("reported clause guard: a future before the weekday")
        << u"The board will decide on Tuesday whether the plant closes."_qs << thursday
        << QStringList{u"Tuesday=2023-08-22"_qs};
    QTest::newRow("weekday with will") << u"The council will vote on Monday."_qs << thursday
                                       << QStringList{u"Monday=2023-08-21"_qs};
    QTest::newRow("weekday after 'as early as': the earliest time ahead")
        << u"The ferry could sail as early as Tuesday, its owner said."_qs << thursday
        << QStringList{u"Tuesday=2023-08-22"_qs};
    QTest::newRow("weekday after 'as soon as': the earliest time ahead")
        << u"Crews said they could finish the repairs as soon as Monday."_qs << thursday
        << QStringList{u"Monday=2023-08-21"_qs};
    QTest::newRow("guard: 'as early as' in a clause told in the past")
        << u"The dam's owners were warned as early as Monday that the wall was cracking."_qs
        << thursday << QStringList{u"Monday=2023-08-14"_qs};
    QTest::newRow("guard: 'as' alone before a weekday in past tense")
        << u"The mayor spoke as Tuesday's storm passed."_qs << thursday
        << QStringList{u"Tuesday=2023-08-15"_qs};
    QTest::newRow("next weekday") << u"They meet again next Tuesday."_qs << thursday
                                  << QStringList{u"next Tuesday=2023-08-22"_qs};
    QTest::newRow("last year") << u"Exports fell last year."_qs << thursday
                               << QStringList{u"last year=2022"_qs};
    QTest::newRow("earlier this month")
        << u"The plan was announced earlier this month."_qs << thursday
        << QStringList{u"earlier this month=2023-08"_qs};
    // Round 22: "earlier/later in the UNIT", the period of a date of this sentence or the one
    // before, else of the publication date.
    QTest::newRow("later in the month")
        << u"The minister is due to open the bridge later in the month."_qs << thursday
        << QStringList{u"later in the month=2023-08"_qs};
    QTest::newRow("earlier in the day, after a day of the sentence")
        << u"On Monday night she spoke in Bergen after a tour of the harbour earlier in the day."_qs
        << thursday
        << QStringList{u"Monday night=2023-08-14"_qs, u"earlier in the day=2023-08-14"_qs};
    QTest::newRow("late in the year") << u"The vote is expected late in the year."_qs << thursday
                                      << QStringList{u"late in the year=2023"_qs};
    // Review of round 22: a week needs a day, a month a month to count from; separate words
    // only, no year number after the unit, not the idiom "late in the day for".
    QTest::newRow("later in the month after a year: unresolved")
        << u"The fund was set up in 2019. Later in the month it bought a mine."_qs << thursday
        << QStringList{u"2019=2019"_qs, u"Later in the month="_qs};
    QTest::newRow("later in the week after a year: unresolved")
        << u"The fund was set up in 2019. Later in the week it bought a mine."_qs << thursday
        << QStringList{u"2019=2019"_qs, u"Later in the week="_qs};
    QTest::newRow("later in the week after a month: unresolved")
        << u"The museum opened in June. Later in the week it drew crowds."_qs << thursday
        << QStringList{u"June=2023-06"_qs, u"Later in the week="_qs};
    QTest::newRow("earlier in the month after 'later in the year': unresolved")
        << u"Later in the year the fund grew. Earlier in the month it had sold a mine."_qs
        << thursday << QStringList{u"Later in the year=2023"_qs, u"Earlier in the month="_qs};
    QTest::newRow("guard: later in the week after a day")
        << u"The museum opened on 14 August. Later in the week it drew crowds."_qs << thursday
        << QStringList{u"14 August=2023-08-14"_qs, u"Later in the week=2023-W33"_qs};
    QTest::newRow("guard: later in the month after a month")
        << u"The museum opened in June. Later in the month it drew crowds."_qs << thursday
        << QStringList{u"June=2023-06"_qs, u"Later in the month=2023-06"_qs};
    QTest::newRow("hyphenated 'late-in-the-day' is no date")
        << u"The depot handles late-in-the-day deliveries."_qs << thursday << QStringList{};
    QTest::newRow("idiom 'late in the day for' is no date")
        << u"It is late in the day for the council to change course."_qs << thursday
        << QStringList{};
    QTest::newRow("'early in the year 2000': the year, not this year")
        << u"The plan was drafted early in the year 2000."_qs << thursday
        << QStringList{u"2000=2000"_qs};
    QTest::newRow("guard: 'in the day' alone is no date")
        << u"Work in the day and rest at night."_qs << thursday << QStringList{};
    QTest::newRow("two weeks ago") << u"The ship left port two weeks ago."_qs << thursday
                                   << QStringList{u"two weeks ago=2023-W31"_qs};
    QTest::newRow("today and yesterday")
        << u"Markets fell yesterday and rose today."_qs << thursday
        << QStringList{u"yesterday=2023-08-16"_qs, u"today=2023-08-17"_qs};
    QTest::newRow("the following day")
        << u"The team reached Lima on 14 August and met the mayor the following day."_qs << thursday
        << QStringList{u"14 August=2023-08-14"_qs, u"the following day=2023-08-15"_qs};
    QTest::newRow("the next year after the sentence's date")
        << u"She left the navy in 2009 and moved to Lisbon the next year."_qs << thursday
        << QStringList{u"2009=2009"_qs, u"next year=2010"_qs};
    QTest::newRow("the next year after the sentence's date, no publication date")
        << u"She left the navy in 2009 and moved to Lisbon the next year."_qs << QDate()
        << QStringList{u"2009=2009"_qs, u"next year=2010"_qs};
    QTest::newRow("the next month after the previous sentence's date")
        << u"The crew reached Lima in March 2019. The next month they sailed on."_qs << thursday
        << QStringList{u"March 2019=2019-03"_qs, u"next month=2019-04"_qs};
    // Review of round 11: a period ahead of the writer keeps the publication date, whatever
    // date the sentence named before it.
    QTest::newRow("in the next year, after an earlier date")
        << u"The chain, founded in 1998, plans to open 20 stores in the next year."_qs << thursday
        << QStringList{u"1998=1998"_qs, u"next year=2024"_qs};
    QTest::newRow("over the next year, after an earlier date")
        << u"Sales rose in 2019, and the firm expects faster growth over the next year."_qs
        << thursday << QStringList{u"2019=2019"_qs, u"next year=2024"_qs};
    QTest::newRow("the next year without an earlier date")
        << u"The board expects a recovery in the next year or so."_qs << thursday
        << QStringList{u"next year=2024"_qs};
    QTest::newRow("next year without the article after a date")
        << u"She joined the firm in 2009 and will retire next year."_qs << thursday
        << QStringList{u"2009=2009"_qs, u"next year=2024"_qs};
    // Round 21: a month alone two months or more on the wrong side of the publication month
    // for the tense; a day after a year or a month the text named is not known.
    const QDate april10(2025, 4, 10);
    QTest::newRow("month alone after a past verb, months ahead: the last one")
        << u"The festival was nearly cancelled in July over a dispute about fees."_qs << april10
        << QStringList{u"July=2024-07"_qs};
    QTest::newRow("month alone after 'will', months back: the coming one")
        << u"The ferry line will reopen in February with two new boats."_qs << april10
        << QStringList{u"February=2026-02"_qs};
    QTest::newRow("a participle after 'be' is no past")
        << u"The old bridge will be closed in February for repairs."_qs << april10
        << QStringList{u"February=2026-02"_qs};
    // Round 25 (mend): "and" before another verb's marker ends the weekday's clause.
    QTest::newRow("weekday: a future verb after and is another clause's (was next Monday)")
        << u"Brandt met the mayor in Tromso on Monday and will fly to Bergen."_qs << thursday
        << QStringList{u"Monday=2023-08-14"_qs};
    QTest::newRow("weekday guard: a future verb before the weekday and another after and")
        << u"Brandt will meet the mayor in Tromso on Monday and will fly to Bergen."_qs << thursday
        << QStringList{u"Monday=2023-08-21"_qs};
    // Round 26 (vdates): a contrast word ends the weekday's clause as "and" does; "flew" is a
    // past marker as "met" is.
    QTest::newRow("weekday: a future verb after but is another clause's (was next Monday)")
        << u"Brandt met the mayor in Tromso on Monday but will not fly to Bergen."_qs << thursday
        << QStringList{u"Monday=2023-08-14"_qs};
    QTest::newRow("weekday: flew, then a future verb after and (was next Monday)")
        << u"Brandt flew to Tromso on Monday and will travel to Bergen next week."_qs << thursday
        << QStringList{u"Monday=2023-08-14"_qs, u"next week=2023-W34"_qs};
    QTest::newRow("weekday guard: a future verb before the weekday and a contrast after it")
        << u"Brandt will fly to Tromso on Monday but will not visit Bergen."_qs << thursday
        << QStringList{u"Monday=2023-08-21"_qs};
    QTest::newRow("weekday guard: the weekday opens the sentence before a future verb")
        << u"On Monday, Brandt will fly to Tromso."_qs << thursday
        << QStringList{u"Monday=2023-08-21"_qs};
    QTest::newRow("month alone: the attribution after a comma does not set the tense")
        << u"The minister will travel to Riga in November, his office said."_qs << april10
        << QStringList{u"November=2025-11"_qs};
    // Round 25: the clause's own marker stands further back than the nearest one's reach.
    QTest::newRow("month alone: a long list of places between 'will' and the month")
        << u"The envoy will travel to Peru, Bolivia, Paraguay, Uruguay and Argentina in "
           u"November, the ministry said on Friday."_qs
        << april10 << QStringList{u"November=2025-11"_qs, u"Friday=2025-04-04"_qs};
    QTest::newRow("weekday: a long list of places between 'will' and the day")
        << u"The envoy will travel to Peru, Bolivia, Paraguay, Uruguay and Argentina from "
           u"Tuesday, the ministry said."_qs
        << april10 << QStringList{u"Tuesday=2025-04-15"_qs};
    QTest::newRow("guard: a past trip with a long list, the attribution after a comma")
        << u"The envoy travelled to Peru, Bolivia, Paraguay, Uruguay and Argentina in "
           u"November, the ministry said."_qs
        << april10 << QStringList{u"November=2024-11"_qs};
    QTest::newRow("guard: a day opening its own clause after 'but'")
        << u"The senator had been scheduled to attend the meeting in Lima, Peru, but on "
           u"Tuesday, her office announced a change."_qs
        << april10 << QStringList{u"Tuesday=2025-04-08"_qs};
    // Review of round 21: the verb of another clause, a month not after "in".
    QTest::newRow("guard: a present clause after 'said'")
        << u"The minister said the new bridge opens in July."_qs << april10
        << QStringList{u"July=2025-07"_qs};
    QTest::newRow("guard: a month after 'to' a past participle")
        << u"The hearing was postponed to July after the judge fell ill."_qs << april10
        << QStringList{u"July=2025-07"_qs};
    QTest::newRow("guard: a month after 'for' in a future clause")
        << u"The statistics office will publish the figures for January on Friday."_qs << april10
        << QStringList{u"January=2025-01"_qs, u"Friday=2025-04-11"_qs};
    QTest::newRow("guard: a past participle's month in a future clause")
        << u"The court will rule on the ballots cast in February."_qs << april10
        << QStringList{u"February=2025-02"_qs};
    QTest::newRow("guard: a time limit ahead after a past verb")
        << u"The council extended the permit until July, a spokesman said."_qs << april10
        << QStringList{u"July=2025-07"_qs};
    QTest::newRow("guard: an infinitive between the past verb and the month")
        << u"The union threatened to block the port in July, its leader said."_qs << april10
        << QStringList{u"July=2025-07"_qs};
    QTest::newRow("guard: a month alone just ahead after a past verb")
        << u"Officials said the talks would resume in May."_qs << april10
        << QStringList{u"May=2025-05"_qs};
    QTest::newRow("guard: a past month of this year")
        << u"Ticket sales opened in January and have been strong."_qs << april10
        << QStringList{u"January=2025-01"_qs};
    QTest::newRow("the next day after a year is not a day")
        << u"The choir sang in Osaka last year and flew home the next day."_qs << april10
        << QStringList{u"last year=2024"_qs, u"next day="_qs};
    QTest::newRow("the next morning after a month is not a day")
        << u"The choir sang in Osaka in March 2019 and flew home the next morning."_qs << april10
        << QStringList{u"March 2019=2019-03"_qs, u"next morning="_qs};
    QTest::newRow("duration in compound adjective") << u"He began a six-day tour of the region."_qs
                                                    << thursday << QStringList{u"six-day=P6D"_qs};
    QTest::newRow("numeric compound adjective")
        << u"It was a 10-hour flight."_qs << thursday << QStringList{u"10-hour=PT10H"_qs};
    QTest::newRow("duration") << u"The strike lasted three years."_qs << thursday
                              << QStringList{u"three years=P3Y"_qs};
    QTest::newRow("range of days") << u"The fair runs from 14 to 19 August."_qs << thursday
                                   << QStringList{u"14=2023-08-14"_qs, u"19 August=2023-08-19"_qs};
    QTest::newRow("season") << u"The plant will reopen this summer."_qs << thursday
                            << QStringList{u"this summer=2023-SU"_qs};
    QTest::newRow("quarter") << u"Profit rose in the third quarter."_qs << QDate(2023, 11, 2)
                             << QStringList{u"the third quarter=2023-Q3"_qs};
    QTest::newRow("a year earlier after a quarter")
        << u"Sales grew in the third quarter from a low a year earlier."_qs << QDate(2023, 11, 2)
        << QStringList{u"the third quarter=2023-Q3"_qs, u"a year earlier=2022-Q3"_qs};
    QTest::newRow("time of day") << u"The polls close at 3 p.m. on the island."_qs << thursday
                                 << QStringList{u"3 p.m.=2023-08-17T15:00"_qs};
    QTest::newRow("set of weekdays") << u"The ferry sails every Monday."_qs << thursday
                                     << QStringList{u"every Monday=XXXX-WXX-1"_qs};
    QTest::newRow("frequency adverb")
        << u"The bulletin appears daily."_qs << thursday << QStringList{u"daily=P1D"_qs};
    QTest::newRow("present reference")
        << u"Prices are now higher."_qs << thursday << QStringList{u"now=PRESENT_REF"_qs};
    QTest::newRow("holiday") << u"Shops were shut on Christmas Day."_qs << QDate(2023, 12, 28)
                             << QStringList{u"Christmas Day=2023-12-25"_qs};
    QTest::newRow("month name as a verb")
        << u"Thousands may march through the city."_qs << thursday << QStringList{};
    QTest::newRow("rate is not a time")
        << u"The plant makes 500 cars a week."_qs << thursday << QStringList{};
    QTest::newRow("age is not a duration")
        << u"A 34-year-old man was arrested."_qs << thursday << QStringList{};
}

void TestTemporalTagger::expressions()
{
    QFETCH(QString, text);
    QFETCH(QDate, published);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(text, published), expected);
}

void TestTemporalTagger::types_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("precision");
    QTest::newRow("day") << u"on 3 May 2022"_qs << int(TimexType::Date) << int(DatePrecision::Day);
    QTest::newRow("month") << u"in May 2022"_qs << int(TimexType::Date)
                           << int(DatePrecision::Month);
    QTest::newRow("duration") << u"for six days"_qs << int(TimexType::Duration)
                              << int(DatePrecision::None);
    QTest::newRow("set") << u"every week"_qs << int(TimexType::Set) << int(DatePrecision::None);
    QTest::newRow("time") << u"at 9 a.m. today"_qs << int(TimexType::Time)
                          << int(DatePrecision::Time);
}

void TestTemporalTagger::types()
{
    QFETCH(QString, text);
    QFETCH(int, type);
    QFETCH(int, precision);
    const QList<TimeExpression> times = TemporalTagger::tag(text, QDate(2023, 8, 17));
    QCOMPARE(times.size(), 1);
    QCOMPARE(int(times.first().type), type);
    QCOMPARE(int(times.first().precision), precision);
}

void TestTemporalTagger::unresolvedWithoutPublicationDate()
{
    const QString text =
        u"The envoy arrived on Tuesday, left last year and returned on 3 May 2022."_qs;
    const QList<TimeExpression> times = TemporalTagger::tag(text, QDate());
    QCOMPARE(describe(text, QDate()),
             (QStringList{u"Tuesday="_qs, u"last year="_qs, u"3 May 2022=2022-05-03"_qs}));
    QVERIFY(times.at(0).relative);
    QVERIFY(times.at(1).relative);
    QVERIFY(!times.at(2).relative);
}

void TestTemporalTagger::sortedAndNonOverlapping()
{
    const QString text =
        u"On Monday, May 8, 2017, the board met for three hours. A week later it met "
        "again, and it will meet every Monday until the end of the year. Last "
        "year's fourth quarter was weak; the 2010s were better."_qs;
    const QList<TimeExpression> times = TemporalTagger::tag(text, QDate(2017, 5, 20));
    QVERIFY(times.size() >= 5);
    for (qsizetype i = 1; i < times.size(); ++i)
        QVERIFY(times[i - 1].span.end <= times[i].span.begin);
}

void TestTemporalTagger::resolverParsesValues_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("precision");
    QTest::newRow("day") << u"2023-08-17"_qs << QDate(2023, 8, 17) << int(DatePrecision::Day);
    QTest::newRow("month") << u"2023-08"_qs << QDate(2023, 8, 1) << int(DatePrecision::Month);
    QTest::newRow("week") << u"2023-W33"_qs << QDate(2023, 8, 14) << int(DatePrecision::Week);
    QTest::newRow("quarter") << u"2023-Q3"_qs << QDate(2023, 7, 1) << int(DatePrecision::Quarter);
    QTest::newRow("decade") << u"199"_qs << QDate(1990, 1, 1) << int(DatePrecision::Decade);
    QTest::newRow("reference") << u"PAST_REF"_qs << QDate() << int(DatePrecision::None);
}

void TestTemporalTagger::resolverParsesValues()
{
    QFETCH(QString, value);
    QFETCH(QDate, date);
    QFETCH(int, precision);
    QDate parsed;
    DatePrecision got = DatePrecision::None;
    TimexResolver::parseValue(value, &parsed, &got);
    QCOMPARE(parsed, date);
    QCOMPARE(int(got), precision);
}

void TestTemporalTagger::weekdayNear()
{
    const QDate thursday(2023, 8, 17);
    QCOMPARE(TimexResolver::weekdayNear(thursday, 4, -1), thursday);
    QCOMPARE(TimexResolver::weekdayNear(thursday, 4, -2), QDate(2023, 8, 10));
    QCOMPARE(TimexResolver::weekdayNear(thursday, 2, -1), QDate(2023, 8, 15));
    QCOMPARE(TimexResolver::weekdayNear(thursday, 1, 1), QDate(2023, 8, 21));
    QCOMPARE(TimexResolver::weekdayNear(thursday, 4, 2), QDate(2023, 8, 24));
}

// A long text is read through a window of units that moves along it (temporaltagger.cpp): the
// expressions of a paragraph repeated thousands of times, across many moves of the window, are
// those of the paragraph alone, repeated.
void TestTemporalTagger::longTextReadsLikeItsParts()
{
    const QString paragraph =
        u"On Tuesday, 15 August 2023, the talks opened in the capital. They closed the "
        "following day, and the envoys will return on Monday for a six-day round at 10:30 am. "
        "In the 1990s, such talks took place every year.\n"_qs;
    const QDate published(2023, 8, 17);
    const QStringList once = describe(paragraph, published);
    QVERIFY(once.size() >= 6);
    constexpr int repeats = 3000;
    QStringList expected;
    for (int i = 0; i < repeats; ++i)
        expected += once;
    QCOMPARE(describe(paragraph.repeated(repeats), published), expected);
}

QTEST_GUILESS_MAIN(TestTemporalTagger)
#include "tst_temporaltagger.moc"
