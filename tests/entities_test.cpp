// tests/entities_test.cpp: named entities, one test per rule and per
// capitalisation case, on snippets written for these tests.
#include "entities.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "entity_tokens.hpp"
#include "test_support.hpp"
#include "text/sorted_table.hpp"

namespace newsparse {
namespace {

using testing::at;
using testing::parse_ok;
using Texts = std::vector<std::string>;

// Headline, blank line, then the body paragraphs.
Article story(const std::string& headline, const std::string& body) {
  return parse_ok(headline + "\n\n" + body + "\n");
}

const Entity* find(const Article& a, const std::string& name) {
  for (const Entity& e : a.entities)
    if (e.name == name) return &e;
  return nullptr;
}

Texts mention_texts(const Article& a, const Entity& e) {
  Texts out;
  for (const Span& s : e.mentions) out.push_back(at(a, s));
  return out;
}

// The type of the entity with `name`, or "" when there is none.
std::string type_of(const Article& a, const std::string& name) {
  const Entity* e = find(a, name);
  return e ? e->type : "";
}

// An input longer than the entity window (512 KiB) is searched window by
// window; an entity named in several windows is still one entity, with
// every mention in text order, and ids run through.
TEST(Entities, LongInputIsSearchedInWindowsAndMergedByName) {
  std::string body;
  const std::string paragraph =
      "Foreign Minister Lena Ostrova met delegates from Portugal at the harbour office on Tuesday morning.\n\n";
  const std::size_t copies = (std::size_t{1300} << 10) / paragraph.size();  // about three windows
  for (std::size_t i = 0; i < copies; ++i) body += paragraph;
  const Article a = story("Harbour Talks", body);
  const Entity* ostrova = find(a, "Lena Ostrova");
  ASSERT_NE(ostrova, nullptr);
  EXPECT_EQ(ostrova->type, "PERSON");
  EXPECT_EQ(ostrova->mentions.size(), copies);
  for (std::size_t i = 1; i < ostrova->mentions.size(); ++i)
    EXPECT_LT(ostrova->mentions[i - 1].end, ostrova->mentions[i].start);
  EXPECT_EQ(type_of(a, "Portugal"), "LOCATION");
  EXPECT_EQ(find(a, "Portugal")->mentions.size(), copies);
  for (std::size_t i = 0; i < a.entities.size(); ++i) EXPECT_EQ(a.entities[i].id, "e" + std::to_string(i + 1));
}

TEST(Entities, TitleIsNoPartOfTheNameButMakesAPerson) {
  Article a = story("Leaders meet in Berlin",
                    "President Barack Obama arrived in Berlin on Monday.\n\nObama said the talks went well.");
  const Entity* e = find(a, "Barack Obama");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->type, "PERSON");
  EXPECT_EQ(mention_texts(a, *e), (Texts{"Barack Obama", "Obama"}));
  std::size_t start = a.text.find("Barack");
  EXPECT_EQ(e->mentions[0], (Span{start, start + 12}));
  EXPECT_EQ(type_of(a, "Berlin"), "LOCATION");
  EXPECT_FALSE(find(a, "President Barack Obama"));
}

TEST(Entities, SurnameJoinsTheFullNameAndNationalityIsNorp) {
  Article a = story("Talks continue",
                    "Russian Foreign Minister Sergey Lavrov met envoys on Thursday.\n\n"
                    "\"We agreed,\" Lavrov said.");
  const Entity* e = find(a, "Sergey Lavrov");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->type, "PERSON");
  EXPECT_EQ(mention_texts(a, *e), (Texts{"Sergey Lavrov", "Lavrov"}));
  EXPECT_EQ(type_of(a, "Russian"), "NORP");
  EXPECT_FALSE(find(a, "Lavrov"));
}

TEST(Entities, AcronymDefinedInParenthesesIsTheSameOrg) {
  Article a = story("Aid talks",
                    "The International Committee of the Red Cross (ICRC) sent staff.\n\n"
                    "The ICRC president visited the camp.");
  const Entity* e = find(a, "International Committee of the Red Cross");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->type, "ORG");
  EXPECT_EQ(mention_texts(a, *e), (Texts{"International Committee of the Red Cross", "ICRC", "ICRC"}));
}

TEST(Entities, PersonInParenthesesDefinesNoAcronym) {
  Article a = story("Tennis results", "Tim Henman (Britain) beat Doug Flach (U.S.) in three sets.");
  EXPECT_EQ(type_of(a, "United States"), "LOCATION");  // only "U.S.": the gazetteer's spelling
  EXPECT_EQ(type_of(a, "Doug Flach"), "PERSON");
}

TEST(Entities, PossessiveIsLeftOutOfTheSpan) {
  Article a = story("Cricket news", "The selectors named England's squad on Friday.");
  const Entity* e = find(a, "England");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->type, "LOCATION");
  EXPECT_EQ(mention_texts(a, *e), (Texts{"England"}));
}

TEST(Entities, AllCapsHeadlineTakesTheBodysNamesAndGazetteers) {
  Article a = story("JAPAN GET LUCKY WIN AS OSAKA STRIKER SCORES",
                    "Japan beat the visitors in a tense match on Friday, coach Shu Kamo said.");
  const Entity* e = find(a, "Japan");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->type, "LOCATION");
  EXPECT_EQ(mention_texts(a, *e), (Texts{"JAPAN", "Japan"}));
  EXPECT_FALSE(find(a, "Get Lucky Win"));
  EXPECT_FALSE(find(a, "GET"));
  EXPECT_EQ(type_of(a, "Shu Kamo"), "PERSON");  // "coach" before the name
}

TEST(Entities, TitleCaseHeadlineIsNoEvidence) {
  Article a = story("Russia And Partners Agree To Continue Cooperation On Humanitarian Issues",
                    "Russia agreed on Thursday to keep talking.");
  const Entity* e = find(a, "Russia");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->mentions.size(), 2u);
  EXPECT_FALSE(find(a, "Partners Agree"));
  EXPECT_FALSE(find(a, "Continue Cooperation"));
  EXPECT_FALSE(find(a, "Humanitarian Issues"));
}

TEST(Entities, SentenceInitialCommonWordIsNoName) {
  Article a =
      story("Shelling goes on", "Officials in Kyiv said the shelling went on.\n\nAfter the raid, Kharkiv was calm.");
  EXPECT_FALSE(find(a, "Officials"));
  EXPECT_FALSE(find(a, "After"));
  EXPECT_EQ(type_of(a, "Kyiv"), "LOCATION");
  EXPECT_EQ(type_of(a, "Kharkiv"), "LOCATION");
}

TEST(Entities, SentenceInitialPlaceIsKept) {
  Article a = story("Markets", "New Zealand raised rates on Wednesday.");
  EXPECT_EQ(type_of(a, "New Zealand"), "LOCATION");
}

TEST(Entities, OrganisationWordsMakeAnOrg) {
  Article a = story("Deals", "Shares of Toshiba Corp rose after the Ministry of Defence signed with the Labour Party.");
  EXPECT_EQ(type_of(a, "Toshiba Corp"), "ORG");
  EXPECT_EQ(type_of(a, "Ministry of Defence"), "ORG");
  EXPECT_EQ(type_of(a, "Labour Party"), "ORG");
}

TEST(Entities, OfBetweenTwoNamesSplitsThem) {
  Article a = story("Football", "The game between Karlsruhe of Germany and the visitors ended level.");
  EXPECT_EQ(type_of(a, "Germany"), "LOCATION");
  EXPECT_FALSE(find(a, "Karlsruhe of Germany"));
}

TEST(Entities, PlaceWordsAndPrepositionsMakeALocation) {
  Article a = story("Weather", "Storms hit the Black Sea coast and fighting went on near Tskhinvali.");
  EXPECT_EQ(type_of(a, "Black Sea"), "LOCATION");
  EXPECT_EQ(type_of(a, "Tskhinvali"), "LOCATION");
}

TEST(Entities, BasedNamesItsPlace) {
  Article a = story("Deal", "The deal gives Ontario-based Magna a bigger share.");
  const Entity* e = find(a, "Ontario");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->type, "LOCATION");
  EXPECT_EQ(mention_texts(a, *e), (Texts{"Ontario"}));
}

TEST(Entities, NationalityBeforeANameIsApart) {
  Article a = story("Cricket", "Australian Tom Moody took six wickets.");
  EXPECT_EQ(type_of(a, "Australian"), "NORP");
  EXPECT_EQ(type_of(a, "Tom Moody"), "PERSON");
}

TEST(Entities, AppositionWithARoleMakesAPerson) {
  Article a = story("Aid", "The plan was backed by Kofi Zwane, the agency's regional director, on Monday.");
  EXPECT_EQ(type_of(a, "Kofi Zwane"), "PERSON");
}

TEST(Entities, CitiesInResultsAreClubsButCountriesStayPlaces) {
  Article a = story("Baseball results",
                    "Results on Thursday:\n\nChicago 5 Houston 3\n\nAtlanta 2 Denver 1\n\n"
                    "England beat Pakistan by five wickets.\n\nEngland drew with Pakistan.");
  EXPECT_EQ(type_of(a, "Chicago"), "ORG");
  EXPECT_EQ(type_of(a, "Houston"), "ORG");
  EXPECT_EQ(type_of(a, "England"), "LOCATION");
}

TEST(Entities, CitiesOutsideSportStayPlaces) {
  Article a = story("Travel", "Flights from Chicago to Houston were cancelled.");
  EXPECT_EQ(type_of(a, "Chicago"), "LOCATION");
  EXPECT_EQ(type_of(a, "Houston"), "LOCATION");
}

TEST(Entities, OneLabelPerSurfaceForm) {
  Article a = story("Politics", "Senator Mark Kelly spoke first.\n\nLater, Kelly told reporters he would vote.");
  const Entity* e = find(a, "Mark Kelly");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->type, "PERSON");
  EXPECT_EQ(e->mentions.size(), 2u);
}

TEST(Entities, DatelineAndBylineGiveTypes) {
  Article a = parse_ok(
      "Oil rises\n\nBy Jane Porter\n\nLONDON, March 24 (Reuters) - Oil prices rose on Thursday in London trading.\n");
  const Entity* london = find(a, "London");
  ASSERT_TRUE(london);
  EXPECT_EQ(london->type, "LOCATION");
  EXPECT_EQ(mention_texts(a, *london), (Texts{"LONDON", "London"}));
  EXPECT_EQ(type_of(a, "Reuters"), "ORG");
  EXPECT_EQ(type_of(a, "Jane Porter"), "PERSON");
}

TEST(Entities, IdsFollowFirstMentions) {
  Article a = story("Talks", "Sudan and Egypt met in Khartoum.");
  ASSERT_EQ(a.entities.size(), 3u);
  EXPECT_EQ(a.entities[0].id, "e1");
  EXPECT_EQ(a.entities[0].name, "Sudan");
  EXPECT_EQ(a.entities[2].name, "Khartoum");
}

TEST(Entities, TownNameThatIsASurnameIsAPersonAfterATitleOrBeforeSaid) {
  // "Obama" and "Rubio" are also towns in the place gazetteer.
  Article a = story("Campaign", "President Obama spoke in Ohio.\n\nRubio said he disagreed.\n\nMoscow said no.");
  EXPECT_EQ(type_of(a, "Obama"), "PERSON");
  EXPECT_EQ(type_of(a, "Rubio"), "PERSON");
  EXPECT_EQ(type_of(a, "Moscow"), "LOCATION");  // a capital stands for its government
}

TEST(Entities, TitleAfterOfIsStillATitle) {
  Article a = story("Diplomacy", "Secretary of State John Kerry flew to Geneva.");
  EXPECT_EQ(type_of(a, "John Kerry"), "PERSON");
  EXPECT_FALSE(find(a, "State John Kerry"));
}

TEST(Entities, CapitalisedCommonWordOrTitleAloneIsNoName) {
  Article a = story("Opinion", "The plan COULD fail, the Chief warned.");
  EXPECT_TRUE(a.entities.empty());
}

TEST(Entities, SortedTableFindsKeysAndValues) {
  static const char blob[] = "apple\tx\nkiwi\t\npear\tORG\tPear\n";
  static const unsigned index[] = {0, 8, 14};
  detail::SortedTable table(std::string_view(blob, sizeof blob - 1), index, 3);
  EXPECT_EQ(table.find("pear"), "ORG\tPear");
  EXPECT_EQ(table.find("kiwi"), "");
  EXPECT_FALSE(table.find("plum"));
  EXPECT_FALSE(table.find(""));
}

TEST(Entities, LongCapitalisedRunIsLinear) {
  std::string body;
  for (int i = 0; i < 100000; ++i) body += i % 7 == 0 ? "Of " : "Russian Minister Smith ";
  auto start = std::chrono::steady_clock::now();
  Article a = story("Stress", body + ".");
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  EXPECT_FALSE(a.entities.empty());
  // 10 s: the run takes about 1 s on a loaded 2-core machine and a few
  // under the sanitizers; quadratic would take many minutes.
  EXPECT_LT(ms, 10000);
}

// The tokenizer reads letters and digits sixteen bytes at a time: words
// longer than that, words at the very end of the text (where no sixteen
// bytes are left to read) and words beyond ASCII keep their bounds and case.
TEST(Entities, TokensKeepTheirBoundsAndCaseAtAnyLength) {
  const std::string long_word = "Internationalisation";  // 20 letters
  const Article a = parse_ok("Talks\n\n" + long_word +
                             " NORTHUMBERLANDSHIRE G7 U.S. officials met in Z\xC3\xBCrich's \xC3\x89T\xC3\x89 abc" +
                             "defghijklmnopqrstuvwxyz0123456789 " + long_word + "-Committee X");
  std::vector<std::string> words;
  std::string flags;   // per word: C capitalised, A all caps, P possessive, - none
  std::string digits;  // per word: D with a digit, - without
  for (const detail::EntityToken& t : detail::tokenize_for_entities(a)) {
    if (!t.word) continue;
    words.push_back(at(a, t.span));
    flags += t.possessive ? 'P' : t.all_caps ? 'A' : t.cap ? 'C' : '-';
    digits += t.digit ? 'D' : '-';
  }
  const std::vector<std::string> expected = {"Talks",
                                             long_word,
                                             "NORTHUMBERLANDSHIRE",
                                             "G7",
                                             "U.S.",
                                             "officials",
                                             "met",
                                             "in",
                                             "Z\xC3\xBCrich",
                                             "\xC3\x89T\xC3\x89",
                                             "abcdefghijklmnopqrstuvwxyz0123456789",
                                             long_word + "-Committee",
                                             "X"};
  EXPECT_EQ(words, expected);
  EXPECT_EQ(flags, "CCACA---PA-CC");
  EXPECT_EQ(digits, "---D------D--");
}

TEST(Entities, OddInputNeverThrows) {
  for (std::string text : {std::string(""), std::string("A"), std::string("(ICRC)"), std::string("X (Y)"),
                           std::string("Mr."), std::string("New York's"), std::string("'s"), std::string("U.S."),
                           std::string("-based"), std::string("A-based B"), std::string("of the of"),
                           std::string("ALL CAPS ONLY"), std::string("\xE2\x80\x99s Foo\xE2\x80\x99s")}) {
    Result r = parse(text);
    if (r.ok()) {
      for (const Entity& e : r.article().entities)
        for (const Span& s : e.mentions) EXPECT_LE(s.end, r.article().text.size());
    }
  }
}

}  // namespace
}  // namespace newsparse
