// tests/structure_test.cpp: lines, paragraphs, headline, standfirst and body.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_support.hpp"
#include "text/utf8.hpp"

namespace newsparse {
namespace {

using testing::at;
using testing::parse_ok;

std::vector<std::string> body_texts(const Article& a) {
  std::vector<std::string> out;
  for (const auto& p : a.body) out.push_back(at(a, p.span));
  return out;
}

TEST(Structure, BlankLinesSeparateParagraphs) {
  Article a = parse_ok("Title\n\nFirst line\nstill first.\n\n\nSecond.\n");
  ASSERT_EQ(a.paragraphs.size(), 3u);
  EXPECT_EQ(at(a, a.paragraphs[1]), "First line\nstill first.");
}
TEST(Structure, WithoutBlankLinesEachLineIsAParagraph) {
  Article a = parse_ok("Title\nFirst paragraph.\nSecond paragraph.\n");
  ASSERT_EQ(a.paragraphs.size(), 3u);
  EXPECT_EQ(at(a, a.paragraphs[2]), "Second paragraph.");
}
TEST(Structure, LinesTooLongToBeWrappedAreParagraphsEvenBetweenBlankLines) {
  // A headline set off by a blank line over a story written one paragraph
  // to a line: the lines are paragraphs, not a wrapped one.
  const std::string first(120, 'a'), second = "\u201CWe will vote,\u201D she said.";
  Article a = parse_ok("Title\n\n" + first + ".\n" + second + "\nShort last line.\n\nNext block.\n");
  ASSERT_EQ(a.paragraphs.size(), 5u);
  EXPECT_EQ(at(a, a.paragraphs[2]), second);
}
TEST(Structure, WrappedLinesStayOneParagraph) {
  Article a = parse_ok(
      "Title\n\nNegotiators from both sides returned to the table on Monday after\n"
      "a week of talks that ended without agreement, officials said.\n\nSecond.\n");
  ASSERT_EQ(a.paragraphs.size(), 3u);
}
TEST(Structure, WrappedLinesOfTwoByteCharactersStayOneParagraph) {
  // 70 Cyrillic letters a line: 140 bytes, but a wrapping column's width.
  std::string line;
  for (int i = 0; i < 70; ++i) line += "\u0436";
  Article a = parse_ok("Title\n\n" + line + "\n" + line + "\n" + line + ".\n\nSecond.\n");
  ASSERT_EQ(a.paragraphs.size(), 3u);
}
TEST(Structure, TrailingBlankLinesDoNotMergeLines) {
  Article a = parse_ok("Title\nFirst paragraph.\nSecond paragraph.\n\n\n");
  EXPECT_EQ(a.paragraphs.size(), 3u);
}
TEST(Structure, CrlfLineEndsAreKeptInTheText) {
  Article a = parse_ok("Title\r\n\r\nBody text.\r\n");
  ASSERT_TRUE(a.headline);
  EXPECT_EQ(at(a, *a.headline), "Title");
  ASSERT_EQ(a.body.size(), 1u);
  EXPECT_EQ(a.body[0].span.start, 9u);
}
TEST(Structure, OldMacCrLineEnds) {
  Article a = parse_ok("Title\r\rBody text.\r");
  ASSERT_EQ(a.paragraphs.size(), 2u);
  EXPECT_EQ(at(a, a.body.at(0).span), "Body text.");
}

TEST(Headline, FirstLineOfTheArticle) {
  Article a = parse_ok("\n\n  Storm hits coast  \n\nA storm hit the coast.\n");
  ASSERT_TRUE(a.headline);
  EXPECT_EQ(at(a, *a.headline), "Storm hits coast");
}
TEST(Headline, DebrisBeforeTheHeadlineIsSkipped) {
  Article a = parse_ok("Advertisement\n\nStorm hits coast\n\nA storm hit the coast.\n");
  EXPECT_EQ(at(a, *a.headline), "Storm hits coast");
}
TEST(Headline, ArticleThatOpensWithStoryTextHasNone) {
  std::string story(60, ' ');
  story =
      "The storm that hit the coast on Monday night destroyed dozens of homes, cut power to thousands of "
      "households and forced the closure of the main coastal road for most of Tuesday, officials said, adding "
      "that repairs could take weeks.\n";
  Article a = parse_ok(story);
  EXPECT_FALSE(a.headline);
  EXPECT_EQ(a.body.size(), 1u);
}
TEST(Headline, SecondLineOfHeadlineParagraphIsTheStandfirst) {
  Article a = parse_ok("Jobs data lifts markets;\nStrong hiring eases recession fears.\n\nStocks rose on Friday.\n");
  EXPECT_EQ(at(a, *a.headline), "Jobs data lifts markets;");
  ASSERT_TRUE(a.subheadline);
  EXPECT_EQ(at(a, *a.subheadline), "Strong hiring eases recession fears.");
  EXPECT_EQ(body_texts(a), std::vector<std::string>{"Stocks rose on Friday."});
}

TEST(Body, RepeatedHeadlineInOtherCaseIsLeftOut) {
  Article a = parse_ok(
      "Ministers Agree To New Budget Rules\n\nBy Jane Doe\n\nMinisters agree to new budget rules\n\nMinisters agreed "
      "new rules on Thursday.\n");
  EXPECT_EQ(body_texts(a), std::vector<std::string>{"Ministers agreed new rules on Thursday."});
}
TEST(Body, RepeatedHeadlineWithAccentsAndOtherPunctuationIsLeftOut) {
  Article a = parse_ok(
      "\u00C9lys\u00E9e Names New Premier\n\nBy Jane Doe\n\n\u00C9LYS\u00C9E NAMES NEW PREMIER!\n\n"
      "The \u00C9lys\u00E9e named a new premier on Thursday.\n");
  EXPECT_EQ(body_texts(a), std::vector<std::string>{"The \u00C9lys\u00E9e named a new premier on Thursday."});
}
TEST(Body, StandfirstBetweenBylineAndDateline) {
  Article a = parse_ok(
      "Talks resume\n\nBy Jane Doe\n\nNegotiators returned to the table on Thursday\n\nGENEVA (Reuters) - "
      "Negotiators returned to the table on Thursday.\n");
  ASSERT_TRUE(a.subheadline);
  EXPECT_EQ(at(a, *a.subheadline), "Negotiators returned to the table on Thursday");
  EXPECT_EQ(body_texts(a), std::vector<std::string>{"Negotiators returned to the table on Thursday."});
}
TEST(Body, TrailingDebrisIsLeftOut) {
  Article a = parse_ok(
      "Talks resume\n\nNegotiators returned to the table.\n\nAdvertisement\n\nThey met for six hours.\n\n"
      "Share this article\n\nRead more:\n\nFollow us on Twitter @example\n\n>\n");
  EXPECT_EQ(body_texts(a), (std::vector<std::string>{"Negotiators returned to the table.", "They met for six hours."}));
}
TEST(Body, DebrisIsTheWholeLineNotItsFirstWord) {
  // Story paragraphs that open with the first word of a furniture entry
  // ("Share", "Read", "Photo") stay; the furniture itself, in any case and
  // with trailing stops, goes.
  Article a = parse_ok(
      "Markets slide\n\nShare prices fell on Monday.\n\nADVERTISEMENT:\n\nRead the full report online, analysts said.\n\n"
      "Photo: Reuters\n\nPhotographers waited outside.\n\nSHARE THIS STORY\n");
  EXPECT_EQ(body_texts(a), (std::vector<std::string>{"Share prices fell on Monday.",
                                                     "Read the full report online, analysts said.",
                                                     "Photographers waited outside."}));
}
TEST(Body, BylineAndDateLinesAreNotBody) {
  Article a = parse_ok("Talks resume\n\nBy Jane Doe\nMarch 24, 2022 10:00 GMT\n\nNegotiators met.\n");
  EXPECT_EQ(body_texts(a), std::vector<std::string>{"Negotiators met."});
}

TEST(Stats, CountsWordsSentencesAndParagraphs) {
  Article a = parse_ok(
      "Talks resume\n\nMr. Smith met Gen. Jones in the U.S. capital on Monday. They talked for 2 hours.\n\n"
      "Nothing was agreed.\n");
  EXPECT_EQ(a.stats.paragraphs, 2u);
  EXPECT_EQ(a.stats.sentences, 3u);  // "Mr.", "Gen." and "U.S." end no sentence
  EXPECT_EQ(a.stats.words, 19u);
  EXPECT_EQ(a.stats.characters, 99u);
  EXPECT_DOUBLE_EQ(a.stats.reading_minutes, 0.1);
}

// Words are counted sixteen bytes at a time where the text is ASCII: a word
// or a joiner (can't, 1,200.50, U.S.) must count the same at any offset.
TEST(Stats, WordCountsDoNotDependOnWhereWordsFall) {
  const std::string body =
      "They can't stop; 1,200.50 U.S. troops, the l\u2019\u00E9t\u00E9 crowd and O'Neil's 3.x plan 12,a b'.";
  for (std::size_t shift = 0; shift <= 20; ++shift) {
    // A first word of `shift` letters moves everything after it by as many bytes.
    const std::string text = shift == 0 ? body : std::string(shift, 'x') + " " + body;
    // can't, 1,200.50, U.S, l'été and O'Neil's are one word each; 3.x, 12,a and b' are two.
    EXPECT_EQ(parse_ok("Talks resume\n\n" + text + "\n").stats.words, shift == 0 ? 17u : 18u) << "shift " << shift;
  }
}

// Each body below is one paragraph; the comment says where its sentences end.
TEST(Stats, SentencesEndAtTerminatorsThatNothingContinues) {
  auto sentences = [](const std::string& body) { return parse_ok("Talks resume\n\n" + body + "\n").stats.sentences; };
  EXPECT_EQ(sentences("Donald J. Trump spoke first. George H. W. Bush did not."), 2u);  // initials
  EXPECT_EQ(sentences("She said: \"Absolutely. . . . The rights of workers matter.\""), 2u);  // spaced ellipsis
  EXPECT_EQ(sentences("Growth was 2.5 percent. Was it enough? Nobody knew!"), 3u);       // a decimal point
  EXPECT_EQ(sentences("They chanted \"Go! Go!\". Then they left."), 3u);                 // `!".` is one end
  EXPECT_EQ(sentences("He left Washington, D.C., on Monday. (Mr. Obama stayed.)"), 2u);  // `.,` and `(Mr.`
  EXPECT_EQ(sentences("It rose 3 pct. in May, traders said. Prices fell."), 2u);          // a lower-case word goes on
  EXPECT_EQ(sentences("From Oakland, Calif.; from Washington. Both agreed."), 2u);      // `.;` goes on
}

TEST(Input, ByteOrderMarkIsCharacterZeroButNotPartOfTheHeadline) {
  Article a = parse_ok("\xEF\xBB\xBFTitle\n\nBody.\n");
  EXPECT_EQ(at(a, *a.headline), "Title");
  EXPECT_EQ(a.headline->start, 3u);  // bytes; one code point in the JSON
}
TEST(Input, ErrorsAreValuesNotExceptions) {
  EXPECT_EQ(parse(std::string("abc\0def", 7)).error().code, ErrorCode::binary);
  EXPECT_EQ(parse("caf\xC3 cr\xE8me").error().code, ErrorCode::invalid_utf8);
  // Encoded surrogates and overlong forms are invalid too: in more than a
  // stray spot or two they make the text refused.
  EXPECT_EQ(parse("\xED\xA0\x80 surrogate \xED\xB0\x80 pair").error().code, ErrorCode::invalid_utf8);
  EXPECT_EQ(parse("\xC0\xAF overlong \xE0\x80\xAF").error().code, ErrorCode::invalid_utf8);
  EXPECT_EQ(parse(std::string("\xFE\xFF\0T", 4)).error().code, ErrorCode::unsupported_encoding);
  Options small;
  small.max_bytes = 4;
  EXPECT_EQ(parse("Headline", small).error().code, ErrorCode::too_large);
}
TEST(Input, StrayInvalidBytesBecomeReplacementCharacters) {
  Article a = parse_ok("Title\n\ncaf\xC3 au lait, a long enough text for one stray byte.\n");
  ASSERT_EQ(a.warnings.size(), 1u);
  EXPECT_EQ(a.warnings[0].code, "invalid_utf8_replaced");
  EXPECT_NE(a.text.find("caf\xEF\xBF\xBD au lait"), std::string::npos);
}
TEST(Input, AnEncodedSurrogateIsOneSpotOfThreeReplacements) {
  Article a = parse_ok("Title \xED\xA0\x80 here\n\nBody.\n");
  EXPECT_EQ(a.text, "Title \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD here\n\nBody.\n");
  ASSERT_EQ(a.warnings.size(), 1u);
  EXPECT_EQ(a.warnings[0].message, "byte 6: 3 invalid UTF-8 sequences replaced by U+FFFD (one code point each)");
}
TEST(Input, ReplacementFollowsTheMaximalSubpartRule) {
  std::string out;
  // E0 80: E0 cannot be followed by 80, so two replacements (as Python does);
  // F0 9F 98 is a cut four-byte sequence: one replacement.
  EXPECT_EQ(detail::replace_invalid_utf8("a\xE0\x80"
                                         "b\xF0\x9F\x98"
                                         "c",
                                         out),
            3u);
  EXPECT_EQ(out,
            "a\xEF\xBF\xBD\xEF\xBF\xBD"
            "b\xEF\xBF\xBD"
            "c");
}
TEST(Input, ErrorCodesHaveStableNames) {
  EXPECT_EQ(error_code_name(ErrorCode::invalid_utf8), "invalid_utf8");
  EXPECT_EQ(error_code_name(ErrorCode::too_large), "too_large");
  EXPECT_EQ(error_code_name(ErrorCode::is_directory), "is_directory");
}
TEST(Input, EmptyAndBlankTextsParseToEmptyArticles) {
  for (const char* text : {"", " \n\t\n", "\xEF\xBB\xBF"}) {
    Article a = parse_ok(text);
    EXPECT_FALSE(a.headline);
    EXPECT_TRUE(a.body.empty());
  }
}

}  // namespace
}  // namespace newsparse

namespace newsparse {
namespace {

TEST(Pipeline, ParagraphsOverTheQuoteLimitAreLeftOutOfQuoteSearchWithAWarning) {
  std::string dump;
  while (dump.size() < (300u << 10)) dump += "\"a\" ";
  Article a = testing::parse_ok("Headline\n\n" + dump + "\n\n\"We agreed,\" Lavrov said.\n");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].paragraph, 2u);  // index in the article's own paragraphs
  EXPECT_EQ(a.quotes[0].speaker, "Lavrov");
  ASSERT_EQ(a.warnings.size(), 1u);
  EXPECT_EQ(a.warnings[0].code, "quotes_skipped");
}

}  // namespace
}  // namespace newsparse
