// src/quote_lexicon.hpp: the words the quotes stage knows (speech verbs,
// speaker titles, pronouns, words between speaker and verb) and the small
// tokenizer it reads paragraphs with.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "newsparse/span.hpp"
#include "tables.hpp"

namespace newsparse::detail {

/// A word or a punctuation character of a paragraph.
struct Token {
  Span span;
  std::string lower;     ///< lower-case text
  bool word = false;     ///< letters or digits ("Mr.", "U.S.", "can't", "well-known")
  bool capital = false;  ///< a word that starts with an upper-case letter
  bool mark = false;     ///< a quotation mark
  /// The first word of a listed cue ("said", "according"): set once here so
  /// that the many cue_length() calls of the searches skip other words
  /// without hashing them.
  bool cue = false;
  char pronoun = 0;  ///< QuoteLexicon::pronoun() of the word, looked up once
};

/// Splits text[range) into tokens, in one pass.
std::vector<Token> tokenize(std::string_view text, Span range);

/// The word lists of data/words used by the quotes stage, built once.
class QuoteLexicon {
 public:
  static const QuoteLexicon& get();

  /// The number of tokens of the longest speech cue ("said", "according to",
  /// "expressed the hope") that starts at tokens[i], or 0.
  /// `inverts` is set for cues that may precede their speaker (`said Lavrov`).
  std::size_t cue_length(const std::vector<Token>& tokens, std::size_t i, bool* inverts = nullptr) const;
  bool is_title(std::string_view lower) const { return titles_.find(lower) != titles_.end(); }
  bool is_skip(std::string_view lower) const { return skip_.find(lower) != skip_.end(); }
  /// The pronoun's antecedent kind ('m', 'f', 'g', 'i'), or 0 for a word that is none.
  char pronoun(std::string_view lower) const;
  /// Sets `t.cue` and `t.pronoun` for the word `t.lower` with one lookup.
  void classify(Token& t) const {
    auto it = words_.find(t.lower);
    if (it != words_.end()) t.cue = it->second.cue, t.pronoun = it->second.pronoun;
  }

 private:
  QuoteLexicon();
  // Cues by first word; each entry holds the remaining words of one phrase.
  struct Cue {
    std::vector<std::string> rest;
    bool inverts = false;
  };
  StringMap<std::vector<Cue>> cues_;
  StringSet titles_;
  StringSet skip_;
  StringMap<char> pronouns_;
  // Cue first words and pronouns together, for the tokenizer's one lookup.
  struct WordInfo {
    bool cue = false;
    char pronoun = 0;
  };
  StringMap<WordInfo> words_;
};

}  // namespace newsparse::detail
