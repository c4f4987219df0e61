// tests/dates_test.cpp: date expressions as outlets print them, and the
// published/updated stamps of article headers.
#include "dates.hpp"

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace newsparse::detail {
namespace {

// The ISO form of the date expression that starts `text`, or "" when none does.
std::string iso_at_start(std::string_view text) {
  auto m = parse_date_at(text, 0, Tables::get());
  if (!m) return "";
  DateParts p = m->parts;
  if (p.year == 0) p.year = 1;
  return to_iso(p);
}

std::string span_at_start(std::string_view text) {
  auto m = parse_date_at(text, 0, Tables::get());
  return m ? std::string(m->span.in(text)) : "";
}

TEST(Dates, UrduPointMonthDayYearPipeTime) {
  EXPECT_EQ(iso_at_start("March 24, 2022 | 07:44 PM"), "2022-03-24T19:44:00");
}
TEST(Dates, BbcDayMonthYearWithZone) {
  EXPECT_EQ(iso_at_start("24 March 2022 19:44 GMT"), "2022-03-24T19:44:00+00:00");
}
TEST(Dates, GuardianWeekdayAndDottedTime) {
  EXPECT_EQ(iso_at_start("Thu 24 Mar 2022 14.30 GMT"), "2022-03-24T14:30:00+00:00");
}
TEST(Dates, IsoWithZulu) { EXPECT_EQ(iso_at_start("2022-03-24T19:44:00Z"), "2022-03-24T19:44:00Z"); }
TEST(Dates, IsoWithOffset) { EXPECT_EQ(iso_at_start("2022-03-24T19:44:00+05:00"), "2022-03-24T19:44:00+05:00"); }
TEST(Dates, ApAbbreviatedMonthAndEasternTimeInSummer) {
  // ET in March after the second Sunday is EDT, UTC-4.
  EXPECT_EQ(iso_at_start("Mar. 24, 2022 7:44 p.m. ET"), "2022-03-24T19:44:00-04:00");
}
TEST(Dates, EasternTimeInWinterIsMinusFive) {
  EXPECT_EQ(iso_at_start("Jan. 5, 2021 9:15 a.m. ET"), "2021-01-05T09:15:00-05:00");
}
TEST(Dates, PacificTimeInSummer) { EXPECT_EQ(iso_at_start("July 4, 2023 6:00 PM PT"), "2023-07-04T18:00:00-07:00"); }
TEST(Dates, DawnDayFirstNumeric) { EXPECT_EQ(iso_at_start("24/03/2022"), "2022-03-24"); }
TEST(Dates, UsMonthFirstNumericWhenDayOver12) { EXPECT_EQ(iso_at_start("03/24/2022"), "2022-03-24"); }
TEST(Dates, UrduPointOrdinalDay) { EXPECT_EQ(iso_at_start("24th March, 2022"), "2022-03-24"); }
TEST(Dates, TimesOfIndiaIstOffset) { EXPECT_EQ(iso_at_start("Mar 24, 2022, 19:44 IST"), "2022-03-24T19:44:00+05:30"); }
TEST(Dates, DawnPakistanTime) {
  EXPECT_EQ(iso_at_start("March 24, 2022 at 10:15 PM PKT"), "2022-03-24T22:15:00+05:00");
}
TEST(Dates, TassMoscowTime) { EXPECT_EQ(iso_at_start("24 March 2022, 17:05 MSK"), "2022-03-24T17:05:00+03:00"); }
TEST(Dates, CentralEuropeanTime) { EXPECT_EQ(iso_at_start("24 March 2022 08:00 CET"), "2022-03-24T08:00:00+01:00"); }
TEST(Dates, BritishSummerTime) { EXPECT_EQ(iso_at_start("Fri 1 Jul 2022 09.00 BST"), "2022-07-01T09:00:00+01:00"); }
TEST(Dates, XinhuaIsoDateWithSpaceTime) { EXPECT_EQ(iso_at_start("2022-03-24 19:44:05"), "2022-03-24T19:44:05"); }
TEST(Dates, WeekdayWithCommaMonthFirst) { EXPECT_EQ(iso_at_start("Thursday, March 24, 2022"), "2022-03-24"); }
TEST(Dates, UtcWithNumericOffset) { EXPECT_EQ(iso_at_start("24 Mar 2022 10:00 UTC+3"), "2022-03-24T10:00:00+03:00"); }
TEST(Dates, NoYearIsParsedWithoutOne) {
  auto m = parse_date_at("March 24 (Reuters)", 0, Tables::get());
  ASSERT_TRUE(m);
  EXPECT_EQ(m->parts.year, 0);
  EXPECT_EQ(m->parts.month, 3);
  EXPECT_EQ(m->parts.day, 24);
}
TEST(Dates, SpanStopsAtTheZone) {
  EXPECT_EQ(span_at_start("24 March 2022 19:44 GMT, updated"), "24 March 2022 19:44 GMT");
}
TEST(Dates, MayTheVerbIsNoMonth) { EXPECT_EQ(iso_at_start("may 5, 2022"), ""); }
TEST(Dates, ImpossibleDatesAreRejected) {
  EXPECT_EQ(iso_at_start("February 30, 2022"), "");
  EXPECT_EQ(iso_at_start("2022-13-01"), "");
  EXPECT_EQ(iso_at_start("32/01/2022"), "");
}
TEST(Dates, LowerCaseZoneWordIsNotAZone) {
  // "et" in "March 24, 2022 19:44 et al" is not Eastern Time.
  EXPECT_EQ(iso_at_start("March 24, 2022 19:44 et al"), "2022-03-24T19:44:00");
}
TEST(Dates, SearchFindsDateInsideLine) {
  std::string_view line = "Muhammad Irfan Published March 24, 2022 | 07:44 PM";
  auto m = search_date(line, 0, line.size(), Tables::get());
  ASSERT_TRUE(m);
  EXPECT_EQ(m->span.in(line), "March 24, 2022 | 07:44 PM");
}

TEST(Dates, SearchFindsADateThatEndsTheLine) {
  // The search stops at the line's last digit: a date may start well before it.
  std::string_view line = "Updated by the desk: Thursday, March 24, 2022";
  auto m = search_date(line, 0, line.size(), Tables::get());
  ASSERT_TRUE(m);
  EXPECT_EQ(m->span.in(line), "Thursday, March 24, 2022");
}
TEST(Dates, SearchFindsNoDateInALineWithoutDigits) {
  // Month and weekday names alone ("May", "March", "Sunday") are no date.
  for (std::string_view line : {"By May Ling, Sunday Times staff", "Posted in March by the desk", ""})
    EXPECT_FALSE(search_date(line, 0, line.size(), Tables::get())) << line;
}

using newsparse::testing::at;
using newsparse::testing::parse_ok;

TEST(PublicationDates, PublishedLabelOnBylineLine) {
  Article a = parse_ok("Headline here\n\nJane Doe Published March 24, 2022 | 07:44 PM\n\nBody text of the story.\n");
  ASSERT_TRUE(a.published);
  EXPECT_EQ(a.published->iso, "2022-03-24T19:44:00");
  EXPECT_EQ(at(a, a.published->span), "March 24, 2022 | 07:44 PM");
}
TEST(PublicationDates, UpdatedLabelGoesToUpdated) {
  Article a = parse_ok("Headline here\n\nPublished: 23/03/2022\nUpdated: 24/03/2022\n\nBody text of the story.\n");
  ASSERT_TRUE(a.published);
  ASSERT_TRUE(a.updated);
  EXPECT_EQ(a.published->iso, "2022-03-23");
  EXPECT_EQ(a.updated->iso, "2022-03-24");
}
TEST(PublicationDates, BareDateLineIsPublished) {
  Article a = parse_ok("Headline here\n\n24 March 2022 19:44 GMT\n\nBody text of the story.\n");
  ASSERT_TRUE(a.published);
  EXPECT_EQ(a.published->iso, "2022-03-24T19:44:00+00:00");
}
TEST(PublicationDates, DateInsideABodySentenceIsNoStamp) {
  Article a = parse_ok(
      "Headline here\n\nThe council met on March 24, 2022 to discuss the budget, which officials said had grown "
      "for the third year in a row despite promises of restraint from every party on the council.\n");
  EXPECT_FALSE(a.published);
}
TEST(PublicationDates, WireDatelineDateIsNotPublished) {
  Article a = parse_ok("Rain stops play.\n\nLONDON 1996-08-30\n\nRain stopped play on Friday.\n");
  EXPECT_FALSE(a.published);
}

}  // namespace
}  // namespace newsparse::detail
