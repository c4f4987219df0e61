// tests/dateline_test.cpp: datelines of wire services and papers.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_support.hpp"

namespace newsparse {
namespace {

using testing::at;
using testing::parse_ok;
using Names = std::vector<std::string>;

Article story(const std::string& first_paragraph) {
  return parse_ok("Talks resume on grain exports\n\n" + first_paragraph + "\n\nA second paragraph follows here.\n");
}

TEST(Dateline, ApCapsAndAgency) {
  Article a = story("WASHINGTON (AP) — The Senate passed the bill late on Thursday after a long debate.");
  ASSERT_TRUE(a.dateline);
  EXPECT_EQ(a.dateline->location, "Washington");
  EXPECT_EQ(a.dateline->sources, Names{"AP"});
  EXPECT_EQ(at(a, a.dateline->span), "WASHINGTON (AP)");
  EXPECT_FALSE(a.dateline->date);
  // The body paragraph starts after the dash.
  ASSERT_FALSE(a.body.empty());
  EXPECT_EQ(at(a, a.body[0].span).substr(0, 10), "The Senate");
}
TEST(Dateline, ReutersDateWithYearFromPublished) {
  Article a = parse_ok(
      "Oil rises\n\nPublished March 24, 2022\n\nLONDON, March 24 (Reuters) - Oil prices rose on Thursday as traders "
      "weighed supply risks.\n");
  ASSERT_TRUE(a.dateline);
  EXPECT_EQ(a.dateline->location, "London");
  EXPECT_EQ(a.dateline->sources, Names{"Reuters"});
  EXPECT_EQ(a.dateline->date, "2022-03-24");
}
TEST(Dateline, ReutersDateWithoutPublishedHasNoYear) {
  Article a = story("LONDON, March 24 (Reuters) - Oil prices rose on Thursday.");
  ASSERT_TRUE(a.dateline);
  EXPECT_FALSE(a.dateline->date);
}
TEST(Dateline, AfpHyphen) {
  Article a = story("PARIS (AFP) - France will send more aid, the foreign ministry said on Friday.");
  ASSERT_TRUE(a.dateline);
  EXPECT_EQ(a.dateline->location, "Paris");
  EXPECT_EQ(a.dateline->sources, Names{"AFP"});
}
TEST(Dateline, UrduPointBureauWithDate) {
  Article a = story("MOSCOW (UrduPoint News / Sputnik - 24th March, 2022) Russia and the ICRC will continue talks.");
  ASSERT_TRUE(a.dateline);
  EXPECT_EQ(a.dateline->location, "Moscow");
  EXPECT_EQ(a.dateline->sources, (Names{"UrduPoint News", "Sputnik"}));
  EXPECT_EQ(a.dateline->date, "2022-03-24");
  EXPECT_EQ(at(a, a.dateline->span), "MOSCOW (UrduPoint News / Sputnik - 24th March, 2022)");
}
TEST(Dateline, Reuters1996OwnLine) {
  Article a = parse_ok("Rain stops play.\n\nROME 1996-12-06\n\nRain stopped play on Friday.\n");
  ASSERT_TRUE(a.dateline);
  EXPECT_EQ(a.dateline->location, "Rome");
  EXPECT_EQ(a.dateline->date, "1996-12-06");
  ASSERT_EQ(a.body.size(), 1u);
  EXPECT_EQ(at(a, a.body[0].span), "Rain stopped play on Friday.");
}
TEST(Dateline, HyphenatedPlaceWithCountry) {
  Article a = parse_ok("Camel race draws crowds.\n\nAL-AIN, United Arab Emirates 1996-12-06\n\nCrowds came.\n");
  ASSERT_TRUE(a.dateline);
  EXPECT_EQ(a.dateline->location, "Al-Ain, United Arab Emirates");
  EXPECT_EQ(a.dateline->date, "1996-12-06");
}
TEST(Dateline, KyivWithCountryAndEmDash) {
  Article a = story("KYIV, Ukraine — Air raid sirens sounded across the capital overnight.");
  ASSERT_TRUE(a.dateline);
  EXPECT_EQ(a.dateline->location, "Kyiv, Ukraine");
  EXPECT_TRUE(a.dateline->sources.empty());
}
TEST(Dateline, NewYorkStateAbbreviation) {
  Article a = story("NEW YORK, N.Y. — The city council voted on Tuesday to expand bus lanes.");
  ASSERT_TRUE(a.dateline);
  EXPECT_EQ(a.dateline->location, "New York, N.Y.");
}
TEST(Dateline, DawnColonStyle) {
  Article a = story(
      "ISLAMABAD: Prime Minister Shehbaz Sharif on Thursday chaired a meeting on the economy, which officials said "
      "focused on inflation and the budget.");
  ASSERT_TRUE(a.dateline);
  EXPECT_EQ(a.dateline->location, "Islamabad");
}
TEST(Dateline, XinhuaMixedCaseWithAgency) {
  Article a = story("Beijing, March 24 (Xinhua) -- China's exports rose in February, customs data showed.");
  ASSERT_TRUE(a.dateline);
  EXPECT_EQ(a.dateline->location, "Beijing");
  EXPECT_EQ(a.dateline->sources, Names{"Xinhua"});
}
TEST(Dateline, TassStyle) {
  Article a = story("MOSCOW, March 24. /TASS/. Russia's foreign minister met the ICRC president on Thursday.");
  // TASS writes its agency between slashes.
  ASSERT_TRUE(a.dateline);
  EXPECT_EQ(a.dateline->location, "Moscow");
  EXPECT_EQ(a.dateline->sources, Names{"TASS"});
  EXPECT_EQ(at(a, a.dateline->span), "MOSCOW, March 24. /TASS/.");
}
TEST(Dateline, AcronymInParenthesesIsNoDateline) {
  Article a = story("NATO (North Atlantic Treaty Organization) members met in Brussels on Thursday.");
  EXPECT_FALSE(a.dateline);
}
TEST(Dateline, CapsHeadlineWithCommaIsNoDateline) {
  Article a = story("IOWA POLLS NOT WRONG, JUST TOO EARLY — a look at the numbers.");
  EXPECT_FALSE(a.dateline);
}
TEST(Dateline, FormFieldIsNoDateline) {
  Article a = story("AMT: 1,200,000 DATE: 09/05/96");
  EXPECT_FALSE(a.dateline);
}

}  // namespace
}  // namespace newsparse
