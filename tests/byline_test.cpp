// tests/byline_test.cpp: bylines in the styles of wire services and papers.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_support.hpp"

namespace newsparse {
namespace {

using testing::parse_ok;
using Names = std::vector<std::string>;

// The article a byline line sits in: headline, byline, story.
Article with_byline(const std::string& byline) {
  return parse_ok("Ministers agree on new budget rules\n\n" + byline +
                  "\n\nMinisters on Thursday agreed new rules for the budget, officials said after a long meeting "
                  "in the capital that ran late into the night.\n");
}

Names authors(const Article& a) { return a.byline ? a.byline->authors : Names{}; }
Names sources(const Article& a) { return a.byline ? a.byline->sources : Names{}; }

TEST(Byline, ByOneAuthor) { EXPECT_EQ(authors(with_byline("By Jane Doe")), Names{"Jane Doe"}); }
TEST(Byline, ByTwoAuthors) {
  EXPECT_EQ(authors(with_byline("By Jane Doe and John Roe")), (Names{"Jane Doe", "John Roe"}));
}
TEST(Byline, ByThreeAuthorsWithSerialList) {
  EXPECT_EQ(authors(with_byline("By Jane Doe, John Roe and Ana María López")),
            (Names{"Jane Doe", "John Roe", "Ana María López"}));
}
TEST(Byline, AllCapsByIsMadeReadable) { EXPECT_EQ(authors(with_byline("BY JANE DOE")), Names{"Jane Doe"}); }
TEST(Byline, UrduPointNameThenPublished) {
  Article a = with_byline("Muhammad Irfan Published March 24, 2022 | 07:44 PM");
  EXPECT_EQ(authors(a), Names{"Muhammad Irfan"});
  ASSERT_TRUE(a.published);
  EXPECT_EQ(a.published->iso, "2022-03-24T19:44:00");
}
TEST(Byline, NamePipePublished) {
  Article a = with_byline("Sana Jamal | Published March 24, 2022");
  EXPECT_EQ(authors(a), Names{"Sana Jamal"});
  EXPECT_EQ(a.published->iso, "2022-03-24");
}
TEST(Byline, NameCommaReutersGoesToSources) {
  Article a = with_byline("By Guy Faulconbridge, Reuters");
  EXPECT_EQ(authors(a), Names{"Guy Faulconbridge"});
  EXPECT_EQ(sources(a), Names{"Reuters"});
}
TEST(Byline, ApFullName) {
  Article a = with_byline("By Lisa Mascaro, Associated Press");
  EXPECT_EQ(authors(a), Names{"Lisa Mascaro"});
  EXPECT_EQ(sources(a), Names{"Associated Press"});
}
TEST(Byline, GuardianForOutlet) {
  Article a = with_byline("Shaun Walker and Luke Harding for The Guardian");
  // No "By" and no time stamp: a line of names alone counts only next to a date line,
  // so this one is read with "By".
  a = with_byline("By Shaun Walker and Luke Harding for The Guardian");
  EXPECT_EQ(authors(a), (Names{"Shaun Walker", "Luke Harding"}));
  EXPECT_EQ(sources(a), Names{"The Guardian"});
}
TEST(Byline, RoleAfterNameIsDropped) {
  EXPECT_EQ(authors(with_byline("By Priya Sharma, Staff Writer")), Names{"Priya Sharma"});
}
TEST(Byline, StaffReporterAloneHasNoAuthors) {
  Article a =
      parse_ok("Flood waters recede\n\nStaff Reporter\n\nFlood waters receded across the district on Monday.\n");
  ASSERT_TRUE(a.byline);
  EXPECT_TRUE(a.byline->authors.empty());
  EXPECT_EQ(testing::at(a, a.byline->span), "Staff Reporter");
}
TEST(Byline, TimesOfIndiaAgencyOnly) {
  Article a = with_byline("By PTI");
  EXPECT_TRUE(authors(a).empty());
  EXPECT_EQ(sources(a), Names{"PTI"});
}
TEST(Byline, XinhuaEditorLine) {
  Article a = with_byline("Source: Xinhua | Editor: Wang Lin | 2022-03-24 19:44:05");
  EXPECT_TRUE(a.published);
  EXPECT_EQ(a.published->iso, "2022-03-24T19:44:05");
}
TEST(Byline, ReutersTrailerReportingAndEditing) {
  Article a = parse_ok(
      "Oil prices rise\n\nLONDON, March 24 (Reuters) - Oil prices rose on Thursday as traders weighed supply risks "
      "against a slowing economy in Europe and Asia.\n\n(Reporting by Ahmad Ghaddar in London; Additional reporting "
      "by Florence Tan in Singapore; Editing by David Goodman)\n");
  EXPECT_EQ(authors(a), (Names{"Ahmad Ghaddar", "Florence Tan"}));
  ASSERT_TRUE(a.byline);
  EXPECT_EQ(a.byline->editors, Names{"David Goodman"});
  // The trailer is not story text.
  ASSERT_EQ(a.body.size(), 1u);
}
TEST(Byline, ReutersTrailerWithoutParentheses) {
  Article a = parse_ok(
      "Oil prices rise\n\nOil prices rose on Thursday as traders weighed supply risks against a slowing economy in "
      "Europe and Asia, analysts said.\n\nReporting by Ahmad Ghaddar; Writing by Alex Richardson; Editing by Jane "
      "Merriman\n");
  EXPECT_EQ(authors(a), (Names{"Ahmad Ghaddar", "Alex Richardson"}));
}
TEST(Byline, WireNameLineAboveDateline) {
  Article a = parse_ok("Gold steady in quiet trade.\n\nPriya Raman\n\nSINGAPORE 1996-08-30\n\nGold was steady.\n");
  EXPECT_EQ(authors(a), Names{"Priya Raman"});
}
TEST(Byline, HeadingAboveStoryIsNoByline) {
  // Two capitalised words alone, not next to a date, are a section heading.
  Article a = parse_ok("League results\n\nPremier Division\n\nRovers beat United 2-1 on Saturday.\n");
  EXPECT_FALSE(a.byline);
}
TEST(Byline, CapsPlaceOverDateIsNoByline) {
  Article a = parse_ok("Markets close higher.\n\nNEW YORK 1996-08-30\n\nStocks closed higher on Friday.\n");
  EXPECT_FALSE(a.byline);
}
TEST(Byline, AlJazeeraByWithAgencies) {
  Article a = with_byline("By Al Jazeera Staff and News Agencies");
  EXPECT_TRUE(authors(a).empty());
  EXPECT_EQ(sources(a), (Names{"Al Jazeera", "Agencies"}));
}
TEST(Byline, ParticlesInsideNames) {
  EXPECT_EQ(authors(with_byline("By Anna van der Berg")), Names{"Anna van der Berg"});
}

}  // namespace
}  // namespace newsparse
