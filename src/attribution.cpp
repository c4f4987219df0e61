// src/attribution.cpp: cue and speaker mention next to a quotation.
#include "attribution.hpp"

#include <algorithm>

#include "tables.hpp"

namespace newsparse::detail {

namespace {

// 10 tokens: `"...," the ICRC president said` has 4 before the cue; the
// longest subjects before a cue in wire copy ("a senior official of the
// ministry") stay within 8.
constexpr std::size_t kAfterWindow = 10;
// 40 tokens: a long lead-in (`He also expressed the hope that after the
// talks, Maurer and his team "will ...`) is about 15; the bound keeps the
// search constant-time in paragraphs of thousands of marks.
constexpr std::size_t kBeforeWindow = 40;
// 7 words: the longest subjects ("Russian Foreign Minister Sergey Lavrov",
// "a spokesman for the Clinton campaign").
constexpr std::size_t kMaxMention = 7;

bool is_determiner(const std::string& w) {
  return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "its" || w == "their" ||
         w == "our" || w == "one" || w == "another" || w == "some" || w == "many" || w == "two" || w == "several";
}

// Words that begin a new clause or phrase, so never belong to the subject
// before a verb: "... that Trump said", "when she told".
bool clause_word(const std::string& w) {
  static const char* const words[] = {"that", "and", "but", "which", "who", "whom", "when", "while", "as",
                                      "because", "if", "after", "before", "where", "so", "than", "in", "on",
                                      "at", "during", "to", "with", "from", "by", "about", "what", "how",
                                      "why", "or", "since", "until", "though", "although", "whether", "into"};
  return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

// A subject starts with a name, a determiner or a pronoun: "Lavrov", "the
// ICRC president", "He"; not "is what he".
bool starts_subject(const Token& t) {
  return t.word && (t.capital || is_determiner(t.lower) || QuoteLexicon::get().pronoun(t.lower));
}

bool is_punct(const Token& t, const char* s) { return !t.word && t.lower == s; }

bool is_dash_token(const Token& t) {
  return !t.word && (t.lower == "-" || t.lower == "\u2014" || t.lower == "\u2013");
}

}  // namespace

bool ends_sentence(const Token& t) { return !t.word && (t.lower == "." || t.lower == "!" || t.lower == "?"); }

bool mention_before(const std::vector<Token>& tokens, std::size_t floor, std::size_t cue, std::size_t& first,
                    std::size_t& last) {
  const QuoteLexicon& lex = QuoteLexicon::get();
  std::size_t end = cue;
  while (end > floor && tokens[end - 1].word && lex.is_skip(tokens[end - 1].lower)) --end;
  std::size_t start = end;
  while (start > floor && end - start < kMaxMention && tokens[start - 1].word &&
         !clause_word(tokens[start - 1].lower) && !lex.cue_length(tokens, start - 1))
    --start;
  // "Russia's Lavrov": the possessive is part of the subject; trim from the
  // left until the subject starts like one.
  while (start < end && !starts_subject(tokens[start])) ++start;
  if (start == end) return false;
  // A pronoun subject is the pronoun alone: `the talks he said were`.
  if (QuoteLexicon::get().pronoun(tokens[end - 1].lower)) start = end - 1;
  first = start;
  last = end;
  return true;
}

bool mention_after(const std::vector<Token>& tokens, std::size_t from, std::size_t limit, std::size_t& first,
                   std::size_t& last) {
  const Tables& tables = Tables::get();
  std::size_t i = from;
  // `said Tuesday`, `said on Thursday`: time words before the subject.
  while (i < limit && i < from + 3 && tokens[i].word &&
         (tables.is_weekday(tokens[i].lower) || tokens[i].lower == "on" || tokens[i].lower == "today" ||
          tokens[i].lower == "yesterday" || tokens[i].lower == "recently"))
    ++i;
  if (i >= limit || !starts_subject(tokens[i])) return false;
  std::size_t end = i;
  while (end < limit && end - i < kMaxMention && tokens[end].word) {
    const std::string& w = tokens[end].lower;
    // "a spokesman for the ministry", "Mr. Nevins of Showtime" keep their of/for phrase.
    if (clause_word(w) || (end > i && QuoteLexicon::get().cue_length(tokens, end))) break;
    ++end;
  }
  if (end == i) return false;
  first = i;
  last = end;
  return true;
}

std::optional<Attribution> attribution_after(const std::vector<Token>& tokens, std::size_t after) {
  const QuoteLexicon& lex = QuoteLexicon::get();
  std::size_t i = after;
  // `,"` `:"` and `" —` between the quote and its attribution.
  for (int k = 0; k < 2 && i < tokens.size() && !tokens[i].word &&
                  (is_punct(tokens[i], ",") || is_punct(tokens[i], ":") || is_dash_token(tokens[i]));
       ++k)
    ++i;
  const std::size_t limit = std::min(tokens.size(), i + kAfterWindow);
  std::size_t sentence_end = i;
  while (sentence_end < tokens.size() && sentence_end < i + kAfterWindow + kMaxMention &&
         !ends_sentence(tokens[sentence_end]) && !tokens[sentence_end].mark)
    ++sentence_end;
  for (std::size_t j = i; j < limit && j < sentence_end; ++j) {
    if (!tokens[j].word) return std::nullopt;  // `"...", which, said ...`: a new clause
    const std::size_t len = lex.cue_length(tokens, j);
    if (!len) continue;
    Attribution a;
    a.cue_first = j;
    a.cue_last = j + len;
    if (j > i) {
      // `"...," the ICRC president said`
      std::size_t first = 0, last = 0;
      if (!mention_before(tokens, i, j, first, last) || first != i) return std::nullopt;
      a.mention_first = first;
      a.mention_last = last;
    } else {
      // `"...," said Senator Kirsten Gillibrand, Democrat of New York.`
      std::size_t first = 0, last = 0;
      if (mention_after(tokens, j + len, sentence_end, first, last)) {
        a.mention_first = first;
        a.mention_last = last;
      }
    }
    return a;
  }
  return std::nullopt;
}

std::optional<Attribution> attribution_before(const std::vector<Token>& tokens, std::size_t before) {
  const QuoteLexicon& lex = QuoteLexicon::get();
  std::size_t floor = before;
  while (floor > 0 && before - floor < kBeforeWindow && !ends_sentence(tokens[floor - 1]) && !tokens[floor - 1].mark)
    --floor;
  std::optional<Attribution> best;
  for (std::size_t j = floor; j < before;) {
    const std::size_t len = lex.cue_length(tokens, j);
    if (!len) {
      ++j;
      continue;
    }
    Attribution a;
    a.cue_first = j;
    a.cue_last = j + len;
    std::size_t first = 0, last = 0;
    const bool according = tokens[j].lower == "according";
    if (!according && mention_before(tokens, floor, j, first, last)) {
      a.mention_first = first;
      a.mention_last = last;
    } else if (mention_after(tokens, j + len, before, first, last)) {
      a.mention_first = first;
      a.mention_last = last;
    }
    // Keep the cue nearest the quote that has a speaker.
    if (a.mention_last > a.mention_first || !best) best = a;
    j += len;
  }
  return best;
}

}  // namespace newsparse::detail
