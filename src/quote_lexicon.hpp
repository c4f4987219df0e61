// src/quote_lexicon.hpp: the words the quotes stage knows (speech verbs,
// speaker titles, pronouns, words between speaker and verb) and the small
// tokenizer it reads paragraphs with.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsparse/span.hpp"
#include "tables.hpp"
#include "text/word_map.hpp"

namespace newsparse::detail {

/// Keeps the lower-case forms of the words that are not lower case in the
/// text ("Lavrov", "U.S.", "can’t"); the views it hands out stay valid, and
/// unchanged, while it lives. Most words are already lower case and their
/// tokens view the text itself, so a paragraph costs no allocation per word.
class LowerCaseStore {
 public:
  std::string_view keep(std::string_view lower);
  /// Room for `n` bytes that the caller fills; they stay valid, like keep()'s.
  char* room(std::size_t n) {
    if (n > capacity_ - used_) new_block(n);
    char* at = blocks_.back().get() + used_;
    used_ += n;
    return at;
  }
  /// Returns the last `n` bytes of the last room() (which wrote whole blocks).
  void give_back(std::size_t n) { used_ -= n; }
  /// Forgets every word kept, which invalidates the views handed out; the
  /// first block stays for the next words, so a store reused article after
  /// article allocates nothing for an ordinary one.
  void clear();

 private:
  static constexpr std::size_t kBlockBytes = 16 << 10;
  void new_block(std::size_t n);
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::size_t used_ = 0;      // bytes used of the last block
  std::size_t capacity_ = 0;  // size of the last block
  std::size_t first_capacity_ = 0;  // size of the first block, which clear() keeps
};

/// A word or a punctuation character of a paragraph.
struct Token {
  Span span;
  std::string_view lower;  ///< lower-case text: a view of the text, or of a LowerCaseStore
  bool word = false;     ///< letters or digits ("Mr.", "U.S.", "can't", "well-known")
  bool capital = false;  ///< a word that starts with an upper-case letter
  bool mark = false;     ///< a quotation mark
  /// The first word of a listed cue ("said", "according"): set once here so
  /// that the many cue_length() calls of the searches skip other words
  /// without hashing them.
  bool cue = false;
  char pronoun = 0;  ///< QuoteLexicon::pronoun() of the word, looked up once
};

/// Splits text[range) into `tokens` (cleared first), in one pass; the
/// buffer is reused, so no allocation once it is large enough. The tokens
/// view `text` and `store`: both must outlive them.
void tokenize(std::string_view text, Span range, LowerCaseStore& store, std::vector<Token>& tokens);

/// The word lists of data/words used by the quotes stage, built once.
class QuoteLexicon {
 public:
  static const QuoteLexicon& get();

  /// The number of tokens of the longest speech cue ("said", "according to",
  /// "expressed the hope") that starts at tokens[i], or 0.
  /// `inverts` is set for cues that may precede their speaker (`said Lavrov`).
  /// Inline for the test that rules out nearly every word: the searches ask about most tokens.
  std::size_t cue_length(const std::vector<Token>& tokens, std::size_t i, bool* inverts = nullptr) const {
    if (i >= tokens.size() || !tokens[i].cue) return 0;
    return listed_cue_length(tokens, i, inverts);
  }
  bool is_title(std::string_view lower) const { return titles_.contains(lower); }
  bool is_skip(std::string_view lower) const { return skip_.contains(lower); }
  /// "what", "there", "good": capitalised at a sentence's start, still no speaker.
  bool is_not_speaker(std::string_view lower) const { return not_speakers_.contains(lower); }
  /// The pronoun's antecedent kind ('m', 'f', 'g', 'i'), or 0 for a word that is none.
  char pronoun(std::string_view lower) const;
  /// The length in bytes of the longest word of Tables::is_abbreviation(),
  /// for a test that spares most sentence ends the look-up.
  std::size_t longest_abbreviation() const { return longest_abbreviation_; }
  /// Sets `t.cue` and `t.pronoun` for the word `t.lower` with one lookup.
  void classify(Token& t) const {
    const std::size_t n = t.lower.size();
    if (n == 0) return;
    if (n > kKeyBytes) {  // no word of the lists is this long today
      if (const WordInfo* info = words_.find(t.lower)) t.cue = info->cue, t.pronoun = info->pronoun;
      return;
    }
    if ((lengths_by_first_byte_[static_cast<unsigned char>(t.lower[0])] >> n & 1) == 0) return;  // most words
    const WordKey key = word_key(t.lower);
    for (std::size_t i = slot_of(key, n);; i = (i + 1) & (kSlots - 1)) {
      if (slot_sizes_[i] == 0) return;
      if (slot_sizes_[i] == n && slot_keys_[i].head == key.head && slot_keys_[i].tail == key.tail) {
        t.cue = slot_infos_[i].cue, t.pronoun = slot_infos_[i].pronoun;
        return;
      }
    }
  }

 private:
  QuoteLexicon();
  // cue_length() of a token whose word starts a listed cue.
  std::size_t listed_cue_length(const std::vector<Token>& tokens, std::size_t i, bool* inverts) const;
  // Cues by first word; each entry holds the remaining words of one phrase.
  struct Cue {
    std::vector<std::string> rest;
    bool inverts = false;
  };
  WordMap<std::vector<Cue>> cues_;
  WordSet titles_;
  WordSet skip_;
  WordSet not_speakers_;
  WordMap<char> pronouns_;
  // Cue first words and pronouns together, for the tokenizer's one lookup
  // (in the table below; words_ answers for words longer than its keys).
  struct WordInfo {
    bool cue = false;
    char pronoun = 0;
  };
  WordMap<WordInfo> words_;
  std::size_t longest_abbreviation_ = 0;
  // The same words of up to kKeyBytes bytes in a table of their own, which
  // classify() asks about every word of the text. A word is keyed by two
  // integers that, with its length, tell it from every other (its first and
  // last eight bytes, or fewer), so a look-up compares integers and never
  // calls memcmp; an empty slot or another length is settled by one byte.
  // Before it, the lengths of the listed words by first byte rule out 40%
  // of the words ("with", "that" and "were" pass) for a shift and a test.
  // Together they cost half of the WordMap's look-up after the same test.
  static constexpr std::size_t kKeyBytes = 16;
  static constexpr std::size_t kSlots = 1024;  // a power of two, at most half full (checked when built)
  struct WordKey {
    std::uint64_t head = 0, tail = 0;
  };
  static WordKey word_key(std::string_view w) {  // 1 <= w.size() <= kKeyBytes
    const char* p = w.data();
    const std::size_t n = w.size();
    WordKey k;
    if (n >= 8) {
      std::memcpy(&k.head, p, 8);
      std::memcpy(&k.tail, p + n - 8, 8);
    } else if (n >= 4) {
      std::uint32_t head, tail;
      std::memcpy(&head, p, 4);
      std::memcpy(&tail, p + n - 4, 4);
      k.head = head, k.tail = tail;
    } else {
      k.head = static_cast<unsigned char>(p[0]) | std::uint64_t{static_cast<unsigned char>(p[n / 2])} << 8 |
               std::uint64_t{static_cast<unsigned char>(p[n - 1])} << 16;
    }
    return k;
  }
  static std::size_t slot_of(WordKey k, std::size_t n) {
    const std::uint64_t h = (k.head ^ (k.tail * 0xC2B2AE3D27D4EB4FULL) ^ n) * 0x9E3779B97F4A7C15ULL;
    return static_cast<std::size_t>(h >> 54);  // the top 10 bits: kSlots
  }
  std::uint32_t lengths_by_first_byte_[256] = {};  // bit n: a word of n bytes
  std::uint8_t slot_sizes_[kSlots] = {};  // 0: empty
  WordKey slot_keys_[kSlots];
  WordInfo slot_infos_[kSlots];
};

}  // namespace newsparse::detail
