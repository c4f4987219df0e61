// tests/quotes_test.cpp: the quotes stage on snippets written for these tests.
#include "quotes.hpp"
#include "indirect_quotes.hpp"
#include "quote_lexicon.hpp"

#include <gtest/gtest.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

#include "newsparse/parse.hpp"

namespace newsparse::detail {
namespace {

// An Article with only what the stage reads: text and paragraphs (blocks
// separated by a blank line).
Article make(const std::string& text) {
  Article a;
  a.text = text;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find("\n\n", pos);
    if (end == std::string::npos) end = text.size();
    if (end > pos) a.paragraphs.push_back({pos, end});
    pos = end + 2;
  }
  return a;
}

std::string str(const Article& a, const std::optional<Span>& s) { return s ? std::string(s->in(a.text)) : "<none>"; }
std::string str(const Article& a, const Span& s) { return std::string(s.in(a.text)); }

std::vector<Quote> marked(const std::vector<Quote>& quotes) {
  std::vector<Quote> out;
  for (const Quote& q : quotes)
    if (q.type != QuoteType::indirect) out.push_back(q);
  return out;
}

TEST(Quotes, StraightMarksCueAfterResolvesSurname) {
  const Article a = make(
      "Deputy Prime Minister Ivan Smirnov arrived in Oslo on Thursday.\n\n"
      "\"We will not retreat from the talks,\" Smirnov said on Friday.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].id, "q1");
  EXPECT_EQ(q[0].type, QuoteType::direct);
  ASSERT_EQ(q[0].spans.size(), 1u);
  EXPECT_EQ(str(a, q[0].spans[0]), "We will not retreat from the talks,");
  EXPECT_EQ(str(a, q[0].speaker_mention), "Smirnov");
  EXPECT_EQ(str(a, q[0].cue), "said");
  EXPECT_EQ(q[0].speaker, "Ivan Smirnov");
  EXPECT_EQ(q[0].paragraph, 1u);
}

TEST(Quotes, CurlyMarksInvertedCue) {
  const Article a = make("\u201CThe plan is sound and it is funded,\u201D said Senator Maria Lopez.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].spans[0]), "The plan is sound and it is funded,");
  EXPECT_EQ(str(a, q[0].speaker_mention), "Senator Maria Lopez");
  EXPECT_EQ(str(a, q[0].cue), "said");
  EXPECT_EQ(q[0].speaker, "Maria Lopez");
}

TEST(Quotes, GuillemetsBothWays) {
  const Article a = make(
      "\u00ABWe are ready for a long fight\u00BB, the minister told reporters.\n\n"
      "\u00BBWe will not give up the port\u00AB, the minister added.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(str(a, q[0].spans[0]), "We are ready for a long fight");
  EXPECT_EQ(str(a, q[0].speaker_mention), "the minister");
  EXPECT_EQ(str(a, q[0].cue), "told reporters");  // a cue phrase of its own in speech_verbs.txt
  EXPECT_EQ(q[0].speaker, "the minister");        // nothing in the text names them
  EXPECT_EQ(str(a, q[1].spans[0]), "We will not give up the port");
  EXPECT_EQ(str(a, q[1].cue), "added");
}

TEST(Quotes, LowHighMarks) {
  const Article a = make("\u201EThe bridge will reopen in May\u201C, Mayor Anna Berg said.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].spans[0]), "The bridge will reopen in May");
  EXPECT_EQ(str(a, q[0].speaker_mention), "Mayor Anna Berg");
  EXPECT_EQ(q[0].speaker, "Anna Berg");
}

TEST(Quotes, TwoApostrophesAsMarks) {
  const Article a = make("''Nobody expected this outcome, least of all me,'' Mr. Hale said.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].spans[0]), "Nobody expected this outcome, least of all me,");
  EXPECT_EQ(str(a, q[0].speaker_mention), "Mr. Hale");
  EXPECT_EQ(str(a, q[0].cue), "said");
}

TEST(Quotes, SingleMarksBritishStyle) {
  const Article a = make("\u2018The decision was taken far too late,\u2019 the inspector said.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].spans[0]), "The decision was taken far too late,");
  EXPECT_EQ(str(a, q[0].speaker_mention), "the inspector");
}

TEST(Quotes, ApostrophesAreNotMarks) {
  const Article a = make(
      "The firm\u2019s chief can\u2019t say whether the \u201990s rules apply to the Jones\u2019 "
      "case or to the O'Briens' farm, and rock 'n' roll won't help.");
  EXPECT_TRUE(marked(find_quotes(a)).empty());
}

TEST(Quotes, MultiParagraphQuoteReopensEachParagraph) {
  const Article a = make(
      "\"The first part of the statement sets out what we found in the archive.\n\n"
      "\"The second part ends it and says what comes next,\" Ms. Ward said.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  ASSERT_EQ(q[0].spans.size(), 2u);
  EXPECT_EQ(str(a, q[0].spans[0]), "The first part of the statement sets out what we found in the archive.");
  EXPECT_EQ(str(a, q[0].spans[1]), "The second part ends it and says what comes next,");
  EXPECT_EQ(str(a, q[0].speaker_mention), "Ms. Ward");
  EXPECT_EQ(q[0].paragraph, 0u);
}

TEST(Quotes, SplitQuoteIsOneQuoteWithTwoSpans) {
  const Article a = make(
      "Foreign Minister Lena Ostrova met her counterpart on Monday.\n\n"
      "\u201CWe agreed on a ceasefire,\u201D she said, \u201Cand we will keep it.\u201D");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  ASSERT_EQ(q[0].spans.size(), 2u);
  EXPECT_EQ(str(a, q[0].spans[0]), "We agreed on a ceasefire,");
  EXPECT_EQ(str(a, q[0].spans[1]), "and we will keep it.");
  EXPECT_EQ(str(a, q[0].speaker_mention), "she");
  EXPECT_EQ(q[0].speaker, "Lena Ostrova");
}

TEST(Quotes, NestedSingleMarksStayInside) {
  const Article a = make("\u201CHe told me \u2018never again\u2019 and walked out,\u201D Ms. Ward said.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].spans[0]), "He told me \u2018never again\u2019 and walked out,");
}

TEST(Quotes, QuoteOnlyParagraphSpeakerBefore) {
  const Article a = make(
      "Ms. Ward told the committee:\n\n"
      "\"We followed every rule that applied to us at the time.\"");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Ms. Ward");
  EXPECT_EQ(str(a, q[0].cue), "told");
  EXPECT_EQ(q[0].paragraph, 1u);
}

TEST(Quotes, QuoteOnlyParagraphSpeakerAfter) {
  const Article a = make(
      "\"We followed every rule that applied to us at the time.\"\n\n"
      "\"Nothing was hidden from anyone,\" Ms. Ward said.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Ms. Ward");
  EXPECT_EQ(str(a, q[1].speaker_mention), "Ms. Ward");
}

TEST(Quotes, MixedQuoteWithCueAfter) {
  const Article a =
      make("The agency welcomes \"the commitment to expand access to the northern districts,\" Ms. Ward said.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].type, QuoteType::mixed);
  EXPECT_EQ(str(a, q[0].spans[0]), "the commitment to expand access to the northern districts,");
  EXPECT_EQ(str(a, q[0].speaker_mention), "Ms. Ward");
}

TEST(Quotes, MixedQuoteWithCuePhraseBefore) {
  const Article a = make(
      "Hale also expressed the hope that after the vote the two sides \"will return to the table before winter.\"");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].type, QuoteType::mixed);
  EXPECT_EQ(str(a, q[0].spans[0]), "will return to the table before winter.");
  EXPECT_EQ(str(a, q[0].speaker_mention), "Hale");
  EXPECT_EQ(str(a, q[0].cue), "expressed the hope");
}

TEST(Quotes, CueBeforeWithColonAndTold) {
  const Article a = make(
      "Hale said: \"We will not sign this agreement.\"\n\n"
      "Berg told Reuters \"The deal is dead and everyone knows it.\"");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].type, QuoteType::direct);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Hale");
  EXPECT_EQ(str(a, q[0].cue), "said");
  EXPECT_EQ(q[1].type, QuoteType::direct);
  EXPECT_EQ(str(a, q[1].speaker_mention), "Berg");
  EXPECT_EQ(str(a, q[1].cue), "told");
}

TEST(Quotes, NameAfterColonOrDash) {
  const Article a = make(
      "\"We will not sign this agreement\": Hale.\n\n"
      "\"The most honest budget in a decade.\" \u2015 Maria Lopez");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Hale");
  EXPECT_FALSE(q[0].cue.has_value());
  EXPECT_EQ(str(a, q[1].speaker_mention), "Maria Lopez");
}

TEST(Quotes, TitlePhraseResolvesThroughTitleBeforeName) {
  const Article a = make(
      "Talks were held with ICRC President Peter Maurer in Geneva.\n\n"
      "\"Access to civilians is of critical importance,\" the ICRC president said.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "the ICRC president");
  EXPECT_EQ(q[0].speaker, "Peter Maurer");
}

TEST(Quotes, PronounResolvesToLastSpeaker) {
  const Article a = make(
      "Foreign Minister Sergey Lavrov's first guest on Monday was Anna Berg.\n\n"
      "\"We have agreed to continue working on these issues,\" Lavrov said after meeting Anna Berg.\n\n"
      "He also expressed the hope that the team \"will prepare additional ideas.\"");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Sergey Lavrov");
  // "He" is the last speaker, not Anna Berg, the person named last.
  EXPECT_EQ(str(a, q[1].speaker_mention), "He");
  EXPECT_EQ(q[1].speaker, "Sergey Lavrov");
}

TEST(Quotes, UnresolvedMentionIsItsText) {
  const Article a = make("\"We are deeply worried about the harvest,\" a spokesman for the ministry said.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "a spokesman for the ministry");
  EXPECT_EQ(q[0].speaker, "a spokesman for the ministry");
}

TEST(Quotes, ScareQuotesAndTitlesAreNotQuotes) {
  const Article a = make(
      "The deal was a \u201Cquid pro quo\u201D under the \u201Crigged\u201D system, and "
      "later she went to see the film \u201CDune\u201D and the show \u201CFace the Nation\u201D.");
  EXPECT_TRUE(marked(find_quotes(a)).empty());
}

TEST(Quotes, ShortCapitalisedFragmentWithItsOwnCueIsAQuote) {
  // Capitalised like a title, but reported speech: the cue and speaker are its own.
  const Article a = make(
      "Mr. Okafor has warned that the cuts could lead to another \u201CLost Decade\u201D for the region's farmers.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].type, QuoteType::mixed);
  EXPECT_EQ(str(a, q[0].spans[0]), "Lost Decade");
  EXPECT_EQ(str(a, q[0].speaker_mention), "Mr. Okafor");
}

TEST(Quotes, RetortsAndReactionsAreCues) {
  const Article a = make(
      "\u201CThat is simply not true,\u201D shot back Ms. Varga. "
      "\u201CWho writes these rules?\u201D reacted Tomas Bell, the union's treasurer.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Ms. Varga");
  EXPECT_EQ(str(a, q[0].cue), "shot back");
  EXPECT_EQ(str(a, q[1].cue), "reacted");
  EXPECT_EQ(q[1].speaker, "Tomas Bell");
}

TEST(Quotes, CitingIntroducesAQuotedReason) {
  const Article a = make(
      "The council refused the permit, citing \u201Cserious concerns about traffic on the harbour road.\u201D");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "The council");
  EXPECT_EQ(str(a, q[0].cue), "citing");
}

TEST(Quotes, SubjectRunsOverLowerCaseRoleWordsToTheName) {
  // The sentence's subject speaks a fragment with no cue; the lower-case
  // words of the role sit between capitalised ones.
  const Article a = make(
      "Former Liberal party leader Anna Kowal broke with the government over the budget: "
      "\u201CThis plan takes from the towns and gives to nobody.\u201D");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Former Liberal party leader Anna Kowal");
}

TEST(Quotes, InvertedCueAfterAnOpeningPhraseNamesTheSpeakerAfterIt) {
  const Article a = make(
      "In other words, explained committee chair Ruth Adeyemi, \u201Cthe money was never there to begin with.\u201D");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "committee chair Ruth Adeyemi");
  EXPECT_EQ(str(a, q[0].cue), "explained");
}

TEST(Quotes, ACueSetOffByACommaIntroducesTheQuoteInASubordinateClause) {
  const Article a = make(
      "\u201CWe are not ready to sign,\u201D Okafor said on Monday, though he said, \u201CI hope we will be by June.\u201D");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(str(a, q[1].speaker_mention), "he");
  EXPECT_EQ(str(a, q[1].cue), "said");
}

TEST(Quotes, ComplaintsAndConfidencesAreCues) {
  const Article a = make(
      "\u201CNobody asked the farmers,\u201D groused Peter Lindqvist. "
      "She referred to the plan as \u201Ca gift to the developers.\u201D");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(str(a, q[0].cue), "groused");
  EXPECT_EQ(str(a, q[0].speaker_mention), "Peter Lindqvist");
  EXPECT_EQ(str(a, q[1].cue), "referred to");
  EXPECT_EQ(str(a, q[1].speaker_mention), "She");
}

TEST(Quotes, AFragmentInsideARelativeClauseIsTheRelativePronouns) {
  const Article a = make(
      "Mayor Ortiz, who has cast herself as the \u201Cfiscal hawk of the valley,\u201D opened the session early.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "who");
}

TEST(Quotes, TheSubjectOfAReportedClauseDoesNotSpeakForTheCoordinatedCue) {
  const Article a = make(
      "Director Hana Lee said she welcomed the review and added, \u201CWe have nothing to hide here.\u201D");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Director Hana Lee");
}

TEST(Quotes, AQuoteAfterASentenceAboutANamedPersonIsTheirs) {
  const Article a = make(
      "\u201CThe bridge stays closed,\u201D Mayor Ortiz said.\n\n"
      "Councillor Brandt pointed to the ferry timetable. \u201CWe have waited three years for this crossing "
      "and the families on the island cannot wait another winter.\u201D");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(str(a, q[1].speaker_mention), "Councillor Brandt");
}

TEST(Quotes, ASentenceInBracketsHasItsSubject) {
  const Article a = make(
      "(The mayor's spokeswoman disputed that the plan had ever been \u201Cshelved indefinitely\u201D by the council.)");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "The mayor's spokeswoman");
}

TEST(Quotes, FragmentsOfOneSentenceShareTheCueThatEndsIt) {
  const Article a = make(
      "Tolls are \u201Ca tax on the poor\u201D and \u201Ca gift to the operators,\u201D Senator Ines Roth told the "
      "committee.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Senator Ines Roth");
  EXPECT_EQ(str(a, q[0].cue), "told");
}

TEST(Quotes, TheOutletThatReportsTheSpeechIsItsSource) {
  const Article a = make(
      "Mayor Ortiz welcomed the vote, saying the council had been \u201Cbrave and right,\u201D and promising more "
      "ferries, the Harbour Gazette reported.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "the Harbour Gazette");
  EXPECT_EQ(str(a, q[0].cue), "reported");
}

TEST(Quotes, TranscriptLabelInsideTheMarks) {
  const Article a = make("\"HALE: We will not sign this agreement, not this year.\"");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].spans[0]), "We will not sign this agreement, not this year.");
  EXPECT_EQ(str(a, q[0].speaker_mention), "HALE");
}

TEST(Quotes, NameOnTheNextLineAfterADash) {
  const Article a = make(
      "\"Nobody here expected the vote to be this close.\"\n\n"
      "- Maria Lopez, Albuquerque.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Maria Lopez");
}

TEST(Quotes, AttributionSetOffInsideTheSentence) {
  const Article a =
      make("''Most of the cost comes from the old contracts,'' in part, he said, rather than from new hires.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "he");
  EXPECT_EQ(str(a, q[0].cue), "said");
}

TEST(Quotes, SubordinatePronounDoesNotSpeak) {
  const Article a =
      make("The governor noted that he had taught law for years, and added: \"I know a little about this.\"");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "The governor");
}

TEST(Quotes, SoCalledIsALabel) {
  const Article a = make("The so-called \"grand bargain\" was never put to a vote, Hale said on Monday.");
  EXPECT_TRUE(marked(find_quotes(a)).empty());
}

TEST(Quotes, ListedCueBeforeBeatsGuessedVerbAfter) {
  const Article a = make("Hale said he would \"protect every one of our citizens,\" the crowd applauded.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Hale");
  EXPECT_EQ(str(a, q[0].cue), "said");
}

TEST(Quotes, IndirectWithThat) {
  const Article a = make("Hale said on Tuesday that the talks would resume next month.");
  const auto q = find_quotes(a);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].type, QuoteType::indirect);
  EXPECT_EQ(str(a, q[0].spans[0]), "the talks would resume next month");
  EXPECT_EQ(str(a, q[0].speaker_mention), "Hale");
  EXPECT_EQ(str(a, q[0].cue), "said");
}

TEST(Quotes, IndirectCueAtEnd) {
  const Article a = make("The talks will resume next month, the minister said.");
  const auto q = find_quotes(a);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].type, QuoteType::indirect);
  EXPECT_EQ(str(a, q[0].spans[0]), "The talks will resume next month");
  EXPECT_EQ(str(a, q[0].speaker_mention), "the minister");
}

TEST(Quotes, IndirectAccordingTo) {
  const Article a = make("According to Hale, the talks will resume next month.");
  const auto q = find_quotes(a);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].type, QuoteType::indirect);
  EXPECT_EQ(str(a, q[0].spans[0]), "the talks will resume next month");
  EXPECT_EQ(str(a, q[0].speaker_mention), "Hale");
  EXPECT_EQ(str(a, q[0].cue), "According to");
}

TEST(Quotes, IdsInTextOrder) {
  const Article a = make(
      "\"The first quote is long enough,\" Hale said.\n\n"
      "Berg said that the second one is indirect.\n\n"
      "\"The third quote is long enough too,\" Berg added.");
  const auto q = find_quotes(a);
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].id, "q1");
  EXPECT_EQ(q[1].id, "q2");
  EXPECT_EQ(q[1].type, QuoteType::indirect);
  EXPECT_EQ(q[2].id, "q3");
  EXPECT_EQ(q[2].paragraph, 2u);
}

TEST(Quotes, OddInputNeverThrows) {
  for (const char* text : {"\"", "\u201C", "''", "'", "\"\"", "said", "\"a\" said", "\n\n\n\n\"x",
                           "He said \"unclosed quote at the end", "\u00BB\u00AB\u201E\u201C\u201D\u2018\u2019",
                           "\"Quote\" \u2015", "According to", ", said", "\"x,\" said", "\"a,\" he said, \""}) {
    const Article a = make(text);
    EXPECT_NO_THROW(find_quotes(a)) << text;
    for (const Quote& q : find_quotes(a))
      for (const Span& s : q.spans) EXPECT_LE(s.end, a.text.size());
  }
  Article empty;
  empty.text = "\"Quote\" he said";
  empty.paragraphs = {{0, 0}, {0, 7}, {7, 7}};
  EXPECT_NO_THROW(find_quotes(empty));
}

// Linear time: the stage does no per-quote rescans, so four times the input
// takes about four times as long, on 100,000 marks in one paragraph or on
// thousands of "said" in a row (quadratic work would take sixteen times).
double seconds_for(const std::string& unit, int copies) {
  std::string text;
  for (int i = 0; i < copies; ++i) text += unit;
  const Article a = make(text);
  const auto start = std::chrono::steady_clock::now();
  (void)find_quotes(a);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

TEST(Quotes, LinearOnAdversarialInput) {
#ifdef __GLIBC__
  // Keep freed memory in the heap: by default glibc hands blocks over 128 KiB
  // back to the kernel, so every run of the larger inputs pays fresh page
  // faults, which on some virtual machines cost more than the parsing and
  // hide what this test measures (the stage's own work).
  mallopt(M_MMAP_THRESHOLD, 256 << 20);
  mallopt(M_TRIM_THRESHOLD, 512 << 20);
#endif
  const std::vector<std::pair<std::string, int>> cases = {
      {"\"word \" said Hale, ", 10000},      // 20,000 marks, each quote attributed
      {"\u201C", 25000},                     // 25,000 opening marks, none closed
      {"'", 25000},                          // apostrophes that pair as marks
      {"said ", 5000},                       // thousands of "said" in a row
      {"Mr. Lavrov said that \"we ", 5000},  // long unclosed quotes with cues
      {"\"!\" ", 10000},                      // short quotes with no letters: each could be a crosshead
      {"Lavrov praised the deal.\n\n\"We agreed.\"\n\n", 2000},  // quote-only paragraphs after lead-ins
  };
  for (const auto& [unit, copies] : cases) {
    // Quadratic work takes 16 times as long on 4 times the input; linear
    // work 4 times. The bound is 8 times (and 0.05 s of timer granularity),
    // on the fastest of three runs each: a busy machine only ever adds time.
    // A burst of load can still hit one size and not the other, so a case
    // fails only when five rounds in a row are over the bound.
    bool linear = false;
    double base = 0, quadruple = 0;
    for (int round = 0; round < 5 && !linear; ++round) {
      base = std::min({seconds_for(unit, copies), seconds_for(unit, copies), seconds_for(unit, copies)});
      quadruple = std::min(
          {seconds_for(unit, 4 * copies), seconds_for(unit, 4 * copies), seconds_for(unit, 4 * copies)});
      linear = quadruple < 8 * base + 0.05;
    }
    EXPECT_TRUE(linear) << unit << ": " << base << " s, then " << quadruple << " s on 4 times the input";
  }
}

// An input longer than the quote window (512 KiB) is searched window by
// window: every quote is still found, attributed, and numbered once.
TEST(Quotes, LongInputIsSearchedInWindowsWithIdsNumberedThrough) {
  std::string text = "Harbour Talks\n\nForeign Minister Lena Ostrova opened the session.\n\n";
  const std::string paragraph =
      "\u201CThe budget for the harbour works will pass by June, and the ferry will run again,\u201D Ostrova said.\n\n";
  const std::size_t copies = (std::size_t{1300} << 10) / paragraph.size();  // about three windows
  for (std::size_t i = 0; i < copies; ++i) text += paragraph;
  Options options;
  options.entities = false;
  const Result r = parse(text, options);
  ASSERT_TRUE(r.ok());
  const auto& quotes = r.article().quotes;
  ASSERT_EQ(quotes.size(), copies);
  for (std::size_t i = 0; i < quotes.size(); ++i) {
    EXPECT_EQ(quotes[i].id, "q" + std::to_string(i + 1));
    EXPECT_EQ(quotes[i].paragraph, i + 2);
    EXPECT_EQ(str(r.article(), quotes[i].speaker_mention), "Ostrova");
  }
  EXPECT_EQ(quotes.front().speaker, "Lena Ostrova");  // named in the same window
  EXPECT_EQ(quotes.back().speaker, "Ostrova");        // named only in the first window
}

TEST(Quotes, TheDatelineIsNoPartOfTheSentenceAfterIt) {
  const std::string text =
      "Port deal signed\n\n"
      "ROTTERDAM, March 3 (Reuters) - The Port Authority signed \u201Ca deal for the next fifty years\u201D with "
      "the shipping lines.\n";
  const Result r = parse(text);
  ASSERT_TRUE(r.ok());
  ASSERT_TRUE(r.article().dateline);
  const auto q = marked(r.article().quotes);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(r.article(), q[0].speaker_mention), "The Port Authority");
}

TEST(Quotes, ANameBeforeATimePhraseEndsTheSubjectThatOpensTheSentence) {
  const Article a = make(
      "Veteran housing campaigner Marta Quist on Sunday posted a photo of the closed clinic under the words \u201Cthis is what "
      "they call reform\u201D for her followers.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Veteran housing campaigner Marta Quist");
}

TEST(Quotes, AReportedClauseAfterTheCueIsNoInvertedSpeaker) {
  const Article a = make(
      "Mr. Varga, citing \u201Cthe worst harvest in a decade,\u201D said the cooperative could lose half its members.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Mr. Varga");
}

TEST(Quotes, ASentenceEndingWithItsSourceGivesItsFragmentsThatSource) {
  // A fragment with no cue of its own, in a sentence that ends by naming
  // its source: the source is the speaker (not the sentence's subject).
  const Article a = make(
      "The closures were \u201Cparticularly burdensome\u201D on the valley's farming towns, the lawsuit says. "
      "The memo was one of several papers recently labelled \u201Cstrictly secret\u201D by the ministry, according to "
      "two officials who saw it.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "the lawsuit");
  EXPECT_EQ(str(a, q[1].speaker_mention), "two officials");
}

TEST(Quotes, AContinuedParagraphWithItsOwnSpeakerAfterItIsItsOwnQuote) {
  const Article a = make(
      "Mayor Ortiz said: \u201CThe bridge stays closed until the engineers are satisfied.\n\n"
      "\u201CWe will not gamble with anyone's life,\u201D councillor Brandt said.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Mayor Ortiz");
  EXPECT_EQ(str(a, q[1].speaker_mention), "councillor Brandt");
  EXPECT_EQ(q[1].paragraph, 1u);
}

TEST(Quotes, APlaceThatEndsAnIntroductoryPhraseIsNoSubject) {
  const Article a = make(
      "At a town hall in Salem, Oregon, Governor Ruth Lamb defended the levy, calling it \u201Cthe fairest tax we "
      "have\u201D for the valley.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Governor Ruth Lamb");
}

TEST(Quotes, AClauseOpenedByThatHasNoSubjectForTheQuote) {
  // Reported speech with no cue: "that Ortiz" is no speaker.
  const Article a = make(
      "The auditors found problems in the accounts, and that Ortiz faced \u201Ca very difficult autumn\u201D at the "
      "council.");
  const auto q = marked(find_quotes(a));
  for (const Quote& quote : q) EXPECT_NE(str(a, quote.speaker_mention), "that Ortiz");
}

TEST(Quotes, TwoIntroductoryPhrasesBeforeTheSubject) {
  const Article a = make(
      "On Thursday, after weeks of silence on the merger, Senator Ines Roth endorsed the plan, saying, \u201CThis is "
      "the best offer the town will get.\u201D");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Senator Ines Roth");
}

TEST(Quotes, AShortQuotationWithNoSpeakerAnywhereIsLeftOut) {
  const Article a = make(
      "Traffic was heavy all morning.\n\n\u201CNo more toll roads for this valley!\u201D\n\n"
      "The bridge reopened at noon.");
  EXPECT_TRUE(marked(find_quotes(a)).empty());
}

TEST(Quotes, ThroughParse) {
  const std::string text =
      "Ceasefire Holds\n\n"
      "Foreign Minister Lena Ostrova spoke to reporters in the capital on Monday afternoon.\n\n"
      "\u201CWe agreed on a ceasefire and we will keep it,\u201D Ostrova said.\n";
  const Result r = parse(text);
  ASSERT_TRUE(r.ok());
  const auto q = marked(r.article().quotes);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Lena Ostrova");
  EXPECT_EQ(str(r.article(), q[0].spans[0]), "We agreed on a ceasefire and we will keep it,");
}

}  // namespace
TEST(Quotes, AccordingToAfterCueNamesTheReportingSource) {
  const Article a = make(
      "\"The budget will pass by June,\" Hallström said on Monday, according to the Coastal Herald.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "the Coastal Herald");
  EXPECT_EQ(str(a, q[0].cue), "according to");
}

TEST(Quotes, InvertedCueBeforeQuoteNeedsANameNotAClause) {
  const Article a = make(
      "Councillor Dana Whitlow once backed the mayor, but now said Brenner had \"lost the trust of the whole "
      "town.\"");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Councillor Dana Whitlow");
}

TEST(Quotes, AttributionAtEndCrossesOneQuotedFragment) {
  const Article a = make(
      "Given the vote count, the union's backing will carry \"a great deal of real weight\" and bring "
      "candidates the \"volunteers on the ground\" they need, Marrow said.");
  const auto q = marked(find_quotes(a));
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].spans[0]), "a great deal of real weight");
  EXPECT_EQ(str(a, q[0].speaker_mention), "Marrow");
}

TEST(Quotes, CuelessFragmentTakesItsSentencesSubject) {
  const Article a = make(
      "\"We will rebuild the harbour first,\" Mayor Tomas Ekberg said.\n\n"
      "Councillor Ruth Adeyemi dismissed the plan as \"a gift to the developers\" at the meeting.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].type, QuoteType::mixed);
  EXPECT_EQ(str(a, q[1].speaker_mention), "Councillor Ruth Adeyemi");
}

TEST(Quotes, IntroductoryTimePhraseIsNoSubject) {
  const Article a = make(
      "Two days later, the governor issued a statement calling the ruling \"a blow to every family in the "
      "valley.\"");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "the governor");
}

TEST(Quotes, NounCueAfterArticleHasNoSpeakerBeforeIt) {
  const Article a = make(
      "In another tweet, Senator Orla Brennan called the budget \"a raid on the pension fund\" and asked for a "
      "vote.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Senator Orla Brennan");
}

TEST(Quotes, AttributionAtEndWithAppositiveAfterTheName) {
  const Article a = make(
      "The new levy marks \"the end of cheap freight\" for the island, said Pieter Janssen, an economist at "
      "the port authority.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Pieter Janssen");
}

TEST(Quotes, AttributionAtEndSubjectWithAppositiveBeforeTheCue) {
  const Article a = make(
      "Tariffs are \"a tax on every kitchen table\" and hurt growth, Marta Feld, the former trade minister, "
      "told a crowd in Leeds on Monday.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Marta Feld, the former trade minister");
}

TEST(Quotes, InvertedCueKeepsTheRolesLinkToAName) {
  const Article a = make(
      "\"The numbers will not hold past the summer,\" said a senior adviser to Governor Ellis Park.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "a senior adviser to Governor Ellis Park");
  EXPECT_EQ(q[0].speaker, "a senior adviser to Governor Ellis Park");
}

TEST(Quotes, PresentTenseCueMayPrecedeItsSpeaker) {
  const Article a = make(
      "\"We cannot wait another winter for the bridge,\" insists Hana Obradovic, 41, a ferry pilot. \"Every "
      "week costs us a crossing.\"");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Hana Obradovic");
  EXPECT_EQ(str(a, q[1].speaker_mention), "Hana Obradovic");
}

TEST(Quotes, HeadlineQuoteIsLeftToTheBody) {
  Article a = make(
      "Ostrova: \u2018We Will Keep The Ceasefire\u2019\n\n"
      "\u201CWe agreed on a ceasefire and we will keep it,\u201D Foreign Minister Lena Ostrova said on Monday.");
  a.headline = a.paragraphs[0];
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].spans[0]), "We agreed on a ceasefire and we will keep it,");
  EXPECT_EQ(str(a, q[0].speaker_mention), "Foreign Minister Lena Ostrova");
}

TEST(Quotes, ShowNameAfterTheCueIsNoSecondHalf) {
  const Article a = make(
      "\u201CThe tariff will cost every farmer in the state,\u201D Senator Ruth Okafor said on WXTV\u2019s "
      "\u201CMorning Report.\u201D \u201CWe will fight it.\u201D");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 2u);
  ASSERT_EQ(q[0].spans.size(), 1u);
  EXPECT_EQ(str(a, q[0].spans[0]), "The tariff will cost every farmer in the state,");
  EXPECT_EQ(str(a, q[1].spans[0]), "We will fight it.");
  EXPECT_EQ(str(a, q[1].speaker_mention), "Senator Ruth Okafor");
}

TEST(Quotes, RelativeClausePronounDefersToTheSubject) {
  const Article a = make(
      "Mayor Tomas Ekberg spoke first.\n\n"
      "Councillor Ruth Adeyemi criticised the budget, which she called \"a gift to the developers.\"");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Councillor Ruth Adeyemi");
}

TEST(Quotes, RelativeClauseCueGivesWayToTheMainVerb) {
  const Article a = make(
      "Councillor Ruth Adeyemi, who has told aides she opposes the levy, said in a statement: \"We will vote "
      "against it.\"");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Councillor Ruth Adeyemi, who has told aides she opposes the levy");
  EXPECT_EQ(q[0].speaker, "Councillor Ruth Adeyemi");
}

TEST(Quotes, ReadMayPrecedeTheDocumentThatSpeaks) {
  const Article a = make(
      "\"The council regrets the delay and will publish the audit in full,\" read the statement, which was "
      "issued late on Friday.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "the statement");
}

TEST(Quotes, PrepositionalObjectBeforeTheCueIsNoSubject) {
  const Article a = make(
      "Marrow, who has in the past described the levy as \"a tax on every kitchen table,\" voted for it.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "who");
  EXPECT_EQ(q[0].speaker, "Marrow");
}

TEST(Quotes, UnlistedVerbAfterAQuestion) {
  const Article a = make(
      "\u201CWould the council accept a smaller levy?\u201D Okafor persisted. \u201COr is the number fixed?\u201D\n\n"
      "\u201CThe number is fixed,\u201D Marrow answered.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Okafor");
  EXPECT_EQ(str(a, q[1].speaker_mention), "Okafor");
  EXPECT_EQ(str(a, q[2].speaker_mention), "Marrow");
}

TEST(Quotes, TimePhraseBetweenNameAndCueIsNoSubject) {
  const Article a = make(
      "Mayor Tomas Ekberg on Friday described the harbour plan as \"the best deal the town has had in "
      "decades.\"\n\n"
      "Marrow at the time said the vote would be \"a formality.\"");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Mayor Tomas Ekberg");
  EXPECT_EQ(str(a, q[1].speaker_mention), "Marrow");
}

TEST(Quotes, QuoteOnlyParagraphAfterALeadInSentence) {
  const Article a = make(
      "The harbour vote is set for Tuesday.\n\n"
      "Councillor Ruth Adeyemi praised the mayor's handling of the storm and his budget.\n\n"
      "\u201CWe need someone who can get the ferries running again.\u201D");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Councillor Ruth Adeyemi");
  EXPECT_EQ(str(a, q[0].cue), "praised");
}

TEST(Quotes, ExpletiveItIsNoSpeaker) {
  const Article a = make(
      "The ferry vote passed on Tuesday.\n\n"
      "It was the promise of \"a ferry every hour, all year round\" that won over the island.");
  for (const Quote& q : marked(find_quotes(a))) EXPECT_NE(str(a, q.speaker_mention), "It");
}

TEST(Quotes, QuotedCrossheadIsNoQuote) {
  const Article a = make(
      "\"We will rebuild the harbour first,\" Mayor Tomas Ekberg said.\n\n"
      "'Ferries every hour.'\n\n"
      "\u201CFerries every hour,\u201D Ekberg promised the crowd.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(str(a, q[0].spans[0]), "We will rebuild the harbour first,");
  EXPECT_EQ(str(a, q[1].spans[0]), "Ferries every hour,");
}

TEST(Quotes, PassiveCueGivesNoSpeaker) {
  const Article a = make(
      "Councillor Pia Lund was asked, \"Would you back the levy if the board cut its own pay first?\"");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_FALSE(q[0].speaker_mention.has_value());
}

TEST(Quotes, NamesBetweenADashAndAColon) {
  const Article a = make(
      "SUBURBAN VOTERS DRIFT AWAY - Nora Quist and Lev Adler: \"Our panel shows the shift began in the spring "
      "and has not slowed since.\"\n\n"
      "More from Adler: \"The drift is widest among voters under forty.\"");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Nora Quist and Lev Adler");
  EXPECT_EQ(str(a, q[1].speaker_mention), "Adler");
}

TEST(Quotes, OpeningWordThatIsNoNameGivesNoSpeaker) {
  const Article a = make(
      "The vendors sold out by noon, and the stalls closed early.\n\n"
      "Why was the boy still out in the heat? \"My mom says I have to save up for college.\"");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_FALSE(q[0].speaker_mention.has_value());
}

TEST(Quotes, FragmentInASentenceWithNoSpeakerTakesNoneFromTheLastQuote) {
  const Article a = make(
      "\"Our newsletter reaches forty thousand readers,\" editor Hanna Berg said.\n\n"
      "Just open the page and click \"join now.\" That is all it takes.");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "editor Hanna Berg");
}

TEST(Quotes, NameBeforeAParticipleCueIsTheSpeaker) {
  const Article a = make(
      "Opposition parties were quick to respond, with Senator Ruth Okafor calling the budget "
      "\"a tax on every commuter.\"");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Senator Ruth Okafor");
  EXPECT_EQ(str(a, q[0].cue), "calling");
  EXPECT_EQ(q[0].speaker, "Ruth Okafor");
}

TEST(Quotes, AppositiveWithAPlaceNameKeepsTheSubjectBeforeIt) {
  const Article a = make(
      "Governor Elena Marsh, speaking at a rally in Dayton, Ohio, said the plant was \"safe for another "
      "forty years.\"");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  ASSERT_TRUE(q[0].speaker_mention.has_value());
  EXPECT_EQ(str(a, q[0].speaker_mention).rfind("Governor Elena Marsh", 0), 0u) << str(a, q[0].speaker_mention);
  EXPECT_EQ(q[0].speaker, "Elena Marsh");
}

TEST(Quotes, CueAfterAClosingMarkBelongsToThatQuote) {
  const Article a = make(
      "\"The numbers are better than last spring,\" Okoro says, but she warns that growers face "
      "\"a very thin margin this year.\"");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Okoro");
  EXPECT_EQ(str(a, q[1].speaker_mention), "she");
  EXPECT_EQ(str(a, q[1].cue), "warns");
}

TEST(Quotes, PronounOfAReportedClauseAfterTheQuoteKeepsTheSpeaker) {
  const Article a = make(
      "\"We are not done yet,\" Mayor Ida Krantz said, adding that she hoped the council would "
      "\"finish the job by June.\"");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(str(a, q[1].speaker_mention), "Mayor Ida Krantz");
}

TEST(Quotes, QuoteAfterASentenceThatOpensWithItsSpeakerAndACue) {
  const Article a = make(
      "Mayor Lena Holt opened the session at nine.\n\n"
      "\"The budget is balanced,\" Treasurer Omar Vance said. She says the reserve should still grow. "
      "\"We cannot spend what we may need next winter.\"");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(str(a, q[1].speaker_mention), "She");
}

TEST(Quotes, LeadInSentenceRightAfterAClosedQuote) {
  const Article a = make(
      "\"Rates will not move before the vote,\" said economist Ruth Calder. \"They have said so everywhere.\" "
      "Calder added that the bank wants to stay out of the campaign. \"They will move for political reasons, "
      "not economic ones.\"");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(str(a, q[2].speaker_mention), "Calder");
  EXPECT_EQ(q[2].speaker, "Ruth Calder");
}

TEST(Quotes, PronounInALaterClauseIsTheFragmentsSpeaker) {
  const Article a = make(
      "Chancellor Dieter Brandt said he would attend the summit, although he warned that he "
      "\"will not sign a text written in advance.\"");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  ASSERT_TRUE(q[0].speaker_mention.has_value());
  EXPECT_EQ(q[0].speaker_mention->start, a.text.find("he warned"));
  EXPECT_EQ(str(a, q[0].cue), "warned");
  EXPECT_EQ(q[0].speaker, "Dieter Brandt");
}

TEST(Quotes, NounPhraseAfterWithIsTheParticiplesSpeaker) {
  const Article a = make(
      "The campaign closed with a new spot on every channel, with one of its ads asking, "
      "\"Who will stand up for the harbour workers?\"\n\n"
      "Protesters stayed outside, with Councillor Ana Ruiz reportedly shouting \"shame on the board!\"");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "one of its ads");
  EXPECT_EQ(str(a, q[1].speaker_mention), "Councillor Ana Ruiz");
  EXPECT_EQ(str(a, q[1].cue), "shouting");
}

TEST(Quotes, NameAfterADashBeforeAColonBeatsAnEarlierCue) {
  const Article a = make(
      "Forecasters agree - Priya Natarajan: \"The late swing was visible in every district we sampled.\"");
  const auto q = marked(find_quotes(a));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(str(a, q[0].speaker_mention), "Priya Natarajan");
}

// The tokenizer reads ASCII words sixteen bytes at a time and the rest of a
// paragraph a byte at a time: words longer than the block, words that end
// at the paragraph's end, and non-ASCII letters and apostrophes inside them.
TEST(QuoteTokenizer, WordsAcrossBlocksAndParagraphEnd) {
  const std::string text =
      "  Internationalization-Committee's \xE2\x80\x9CSt\xC3\xA9phane can\xE2\x80\x99t,\xE2\x80\x9D "
      "Mr. Smith said U.S. officials1234567890abcdefXYZ told\xE2\x80\x94Reuters. QUITE";
  LowerCaseStore store;
  std::vector<Token> tokens;
  tokenize(text, Span{0, text.size()}, store, tokens);
  std::vector<std::string> words, lower;
  for (const Token& t : tokens) {
    words.emplace_back(t.span.in(text));
    lower.emplace_back(t.lower);
  }
  const std::vector<std::string> expected_words = {"Internationalization-Committee's",
                                                   "\xE2\x80\x9C",
                                                   "St\xC3\xA9phane",
                                                   "can\xE2\x80\x99t",
                                                   ",",
                                                   "\xE2\x80\x9D",
                                                   "Mr.",
                                                   "Smith",
                                                   "said",
                                                   "U.S.",
                                                   "officials1234567890abcdefXYZ",
                                                   "told",
                                                   "\xE2\x80\x94",
                                                   "Reuters",
                                                   ".",
                                                   "QUITE"};
  EXPECT_EQ(words, expected_words);
  const std::vector<std::string> expected_lower = {"internationalization-committee's",
                                                   "\xE2\x80\x9C",
                                                   "st\xC3\xA9phane",
                                                   "can't",
                                                   ",",
                                                   "\xE2\x80\x9D",
                                                   "mr.",
                                                   "smith",
                                                   "said",
                                                   "u.s.",
                                                   "officials1234567890abcdefxyz",
                                                   "told",
                                                   "\xE2\x80\x94",
                                                   "reuters",
                                                   ".",
                                                   "quite"};
  EXPECT_EQ(lower, expected_lower);
  ASSERT_EQ(tokens.size(), expected_words.size());
  EXPECT_TRUE(tokens[0].capital && tokens[0].word);
  EXPECT_TRUE(tokens[1].mark && !tokens[1].word);
  EXPECT_TRUE(tokens[2].capital);
  EXPECT_FALSE(tokens[3].capital);
  EXPECT_TRUE(tokens[8].cue);
  EXPECT_TRUE(tokens[11].cue);
  EXPECT_FALSE(tokens[10].cue);
  EXPECT_TRUE(tokens[15].capital);
}

// word_count() reads sixteen bytes at a time and the rest byte by byte; a
// word may run across a block's edge, and a limit stops the count.
TEST(QuoteWordCount, MatchesAByteCountAtEveryStartEndAndLimit) {
  const std::string text =
      "  We are\tgoing\nall the   way to the\r\nconvention, \xE2\x80\x9C" "and\xE2\x80\x9D we will win it, "
      "every-single-one-of-the-delegates included.\v\f x ";
  const auto naive = [&](std::size_t start, std::size_t end) {
    std::size_t n = 0;
    bool in = false;
    for (std::size_t i = start; i < end; ++i) {
      const bool space = text[i] == ' ' || (text[i] >= '\t' && text[i] <= '\r');
      n += !space && !in;
      in = !space;
    }
    return n;
  };
  for (std::size_t start = 0; start < text.size(); start += 3) {
    for (std::size_t end = start; end <= text.size(); ++end) {
      const std::size_t n = naive(start, end);
      ASSERT_EQ(word_count(text, Span{start, end}), n) << start << " " << end;
      ASSERT_EQ(word_count(text, Span{start, end}, 4), std::min<std::size_t>(n, 4)) << start << " " << end;
    }
  }
}

// Capitalised ASCII words of up to 16 bytes are lower-cased a block at a
// time: the store must hand out each word's own bytes.
TEST(QuoteTokenizer, CapitalisedWordsKeepTheirOwnLowerCase) {
  const std::string text = "AbcdefghijKLMNOP McDonald's O'Neill X NATO Zz9 said. Then the End";
  LowerCaseStore store;
  std::vector<Token> tokens;
  tokenize(text, Span{0, text.size()}, store, tokens);
  std::vector<std::string> lower;
  for (const Token& t : tokens) lower.emplace_back(t.lower);
  const std::vector<std::string> expected = {"abcdefghijklmnop", "mcdonald's", "o'neill", "x",   "nato", "zz9",
                                             "said",             ".",          "then",    "the", "end"};
  EXPECT_EQ(lower, expected);
}

}  // namespace newsparse::detail
