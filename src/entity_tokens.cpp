// src/entity_tokens.cpp: word tokens with capitalisation evidence.
#include "entity_tokens.hpp"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "tables.hpp"
#include "text/utf8.hpp"

namespace newsparse::detail {

namespace {

// ASCII is most of any English text: these classify it without the Unicode
// tables (the tokenizer was a quarter of the stage's time without them).
char32_t decode(std::string_view text, std::size_t& pos) {
  auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) {
    ++pos;
    return byte;
  }
  return next_code_point(text, pos);
}
bool is_word_char(char32_t cp) {
  if (cp < 0x80) return ascii_word_class(static_cast<char>(cp)) != kAsciiNoWord;
  return is_letter(cp) || (cp >= 0x300 && cp < 0x370);
}
bool is_any_upper(char32_t cp) { return cp < 0x80 ? is_ascii_upper(static_cast<char>(cp)) : is_upper(cp); }
bool is_any_letter(char32_t cp) { return cp < 0x80 ? is_ascii_alpha(static_cast<char>(cp)) : is_letter(cp); }
bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == U'\u2019'; }

char32_t peek(std::string_view text, std::size_t pos, std::size_t end) {
  if (pos >= end) return 0;
  return decode(text, pos);
}

// Beyond ASCII the word bits of utf8.hpp say too little: a letter of no
// case ("中") is a letter all the same.
constexpr unsigned kWideLetterBit = 8;
constexpr unsigned kAnyLetter = kLowerBit | kUpperBit | kWideLetterBit;
unsigned wide_bits(char32_t cp) {  // cp: a word character beyond ASCII
  return (is_lower(cp) ? unsigned{kLowerBit} : 0u) | (is_letter(cp) ? kWideLetterBit : 0u);
}

// The letters of `word`, counted up to `limit`.
std::size_t count_letters(std::string_view word, std::size_t limit) {
  std::size_t letters = 0;
  for (std::size_t p = 0; p < word.size() && letters < limit;) letters += is_any_letter(decode(word, p));
  return letters;
}

// The end of the stretch of ASCII letters and digits at `q` (not beyond
// `end`), with their WordBits or-ed into `seen`. Sixteen bytes per step
// where SSE2 is there (every x86-64): a byte loop mispredicted its exit at
// every word, the most of the tokenizer's time. `size`: the text's, the
// bound of what may be read.
std::size_t scan_alnum(const char* bytes, std::size_t q, std::size_t end, std::size_t size, unsigned& seen) {
  if (q >= end) return q;  // a window that ends inside a character: end - q must not wrap
#if defined(__SSE2__)
  while (q + 16 <= size) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + q));
    // Bytes in lo..lo+n-1: moved to the bottom of the signed range, one comparison.
    auto in_range = [&](char lo, int n) {
      const __m128i moved = _mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - lo)));
      return static_cast<unsigned>(
          _mm_movemask_epi8(_mm_cmplt_epi8(moved, _mm_set1_epi8(static_cast<char>(-128 + n)))));
    };
    const unsigned lower = in_range('a', 26), upper = in_range('A', 26), digit = in_range('0', 10);
    unsigned stop = ~(lower | upper | digit) & 0xFFFFu;
    if (end - q < 16) stop |= (0xFFFFu << (end - q)) & 0xFFFFu;  // the line's end stops it too
    const unsigned n = stop != 0 ? static_cast<unsigned>(__builtin_ctz(stop)) : 16u;
    const unsigned in = (1u << n) - 1;
    seen |= ((lower & in) != 0 ? unsigned{kLowerBit} : 0u) | ((upper & in) != 0 ? unsigned{kUpperBit} : 0u) |
            ((digit & in) != 0 ? unsigned{kDigitBit} : 0u);
    q += n;
    if (n < 16) return q;
  }
#else
  (void)size;
#endif
  while (q < end) {
    const std::uint8_t bits = ascii_word_bits(bytes[q]);
    if (bits == 0) break;
    seen |= bits;
    ++q;
  }
  return q;
}

// A token of one mark that is no letter or digit, and what it says of the
// next word: a quotation opens a sentence of its own (said "We agreed").
void push_mark(std::vector<EntityToken>& tokens, std::size_t line, std::size_t start, std::size_t end, char32_t cp,
               bool& sentence_start) {
  EntityToken t;
  t.span = {start, end};
  t.line = line;
  tokens.push_back(t);
  sentence_start = cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == '"' || cp == U'\u201C' ||
                   ((cp == '(' || cp == '-' || (cp >= 0x80 && is_dash(cp))) && sentence_start);
}

// Title Case test for a headline line: 0.75 of its words of four letters or
// more capitalised, with at least three of them ("Russia, ICRC Agree To
// Continue Cooperation On Humanitarian Issues In Ukraine"). Sentence-case
// headlines have one or two capitalised long words, so they stay evidence.
bool is_title_case(const std::vector<EntityToken>& tokens, std::size_t from, std::string_view text) {
  std::size_t long_words = 0, capitalised = 0;
  for (std::size_t i = from; i < tokens.size(); ++i) {
    const EntityToken& t = tokens[i];
    if (!t.word || t.span.size() < 4) continue;
    std::size_t p = t.span.start;
    if (!is_letter(next_code_point(text, p))) continue;
    ++long_words;
    capitalised += t.cap;
  }
  return long_words >= 3 && capitalised * 4 >= long_words * 3;
}

}  // namespace

std::vector<EntityToken> tokenize_for_entities(const Article& article, Span window) {
  std::vector<EntityToken> tokens;
  tokenize_for_entities(article, window, tokens);
  return tokens;
}

void tokenize_for_entities(const Article& article, Span window, std::vector<EntityToken>& tokens) {
  const std::string_view text = article.text;
  const char* const bytes = text.data();
  window.end = std::min(window.end, text.size());
  const Tables& tables = Tables::get();
  tokens.clear();
  tokens.reserve(window.size() / 4 + 16);  // a fifth was short of many articles: they grew once
  // Lines before the first body paragraph (headline, byline, dateline) may be
  // Title Case; body lines are judged only on being ALL CAPS.
  std::size_t body_start = article.body.empty() ? text.size() : article.body.front().span.start;
  bool previous_ends_sentence = true;
  for (std::size_t li = 0; li < article.lines.size(); ++li) {
    if (article.lines[li].end <= window.start || article.lines[li].start >= window.end) continue;
    const Span line{std::max(article.lines[li].start, window.start), std::min(article.lines[li].end, window.end)};
    const std::size_t first = tokens.size();
    // Header lines (headline, byline, "Updated: ...") each start afresh.
    bool sentence_start = previous_ends_sentence || line.start < body_start;
    // The line's case and last character, gathered from its tokens: every
    // letter is in a word and every character outside the tokens is white
    // space, so the line is not read again (trim, is_all_caps).
    unsigned line_seen = 0;  // the WordBits of the line's words
    char32_t last = 0;       // the line's last character that is no white space, as far as it matters
    std::size_t pos = line.start;
    while (pos < line.end) {
      const std::size_t start = pos;
      const auto byte = static_cast<unsigned char>(bytes[pos]);
      char32_t cp = byte;
      bool mark;  // a character that is no letter or digit
      if (byte < 0x80) {
        mark = ascii_word_bits(static_cast<char>(byte)) == 0;
        if (mark) {
          ++pos;
          if (is_ascii_space(static_cast<char>(byte))) continue;
        }
      } else {
        cp = next_code_point(text, pos);
        if (is_space_beyond_ascii(cp)) continue;
        mark = !is_word_char(cp);
      }
      if (mark) {
        push_mark(tokens, li, start, pos, cp, sentence_start);
        last = cp;
        continue;
      }
      // A word: `pos` is at its first character when ASCII, past it when not.
      EntityToken t;
      t.line = li;
      t.word = true;
      t.cap = is_any_upper(cp);
      unsigned seen = 0;           // WordBits of the word's characters
      std::size_t run = 0;         // letters since the last dot
      bool single_letters = true;  // "U.S.", "J."
      if (byte >= 0x80) {
        seen = wide_bits(cp);
        run = 1;
      }
      while (true) {
        // ASCII letters and digits, most of any word; the counts are
        // settled once for the whole stretch.
        const std::size_t q = scan_alnum(bytes, pos, line.end, text.size(), seen);
        run += q - pos;
        if (run > 1) single_letters = false;
        pos = q;
        if (pos >= line.end) break;
        // Any other ASCII character but these four ends the word (a space, most often).
        if (const auto b = static_cast<unsigned char>(bytes[pos]);
            b < 0x80 && b != '\'' && b != '-' && b != '&' && b != '.')
          break;
        std::size_t at = pos;
        char32_t c = decode(text, at);
        if (is_word_char(c)) {
          seen |= wide_bits(c);
          ++run;
          if (run > 1) single_letters = false;
          pos = at;
          continue;
        }
        // Most words end at a space: the character after is read only when
        // `c` could join two words.
        if (is_apostrophe(c) || c == '-' || c == '&') {
          if (is_word_char(peek(text, at, line.end))) {
            pos = at;
            run = 0;
            continue;
          }
          break;
        }
        if (c == '.') {
          const char32_t after = peek(text, at, line.end);
          // Keep the dot of initials and abbreviations ("U.S.", "J.", "Corp.",
          // "Amazon.com"), not a sentence's full stop.
          std::string_view so_far(bytes + start, at - start);
          // An abbreviation at the end of a line ends the sentence too: "Lear Corp."
          auto at_line_end = [&] {
            std::size_t p = at;
            while (p < line.end && is_ascii_space(bytes[p])) ++p;
            return p == line.end;
          };
          if ((single_letters && run == 1) || is_word_char(after) ||
              (so_far.size() <= 5 && !at_line_end() && tables.is_abbreviation(so_far))) {
            pos = at;
            run = 0;
            continue;
          }
        }
        break;
      }
      t.span = {start, pos};
      last = bytes[pos - 1] == '.' ? U'.' : 0;  // a word ends in a letter, a digit or a kept dot
      line_seen |= seen;
      // "England's" -> "England" + possessive; "’s" is three bytes.
      std::string_view w(bytes + start, pos - start);
      if (w.size() > 2 && w.back() == 's') {
        for (std::string_view s : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
          if (w.size() > s.size() + 1 && w.ends_with(s)) {
            t.span.end -= s.size();
            t.possessive = true;
            break;
          }
        }
      }
      // Two letters or more, none lower case: counted only for words with
      // no lower-case letter, which are few.
      t.all_caps = (seen & kLowerBit) == 0 && (seen & kAnyLetter) != 0 && count_letters(w, 2) >= 2;
      t.digit = (seen & kDigitBit) != 0;
      t.sentence_start = sentence_start;
      sentence_start = false;
      tokens.push_back(t);
    }
    const bool has_tokens = tokens.size() > first;
    // is_all_caps(): a letter and no lower-case one.
    bool caps = has_tokens && (line_seen & kLowerBit) == 0 && (line_seen & kAnyLetter) != 0;
    if (!caps && line.start < body_start) caps = is_title_case(tokens, first, text);
    if (caps)
      for (std::size_t i = first; i < tokens.size(); ++i) tokens[i].caps_zone = true;
    if (has_tokens) {
      previous_ends_sentence =
          last == '.' || last == '!' || last == '?' || last == '"' || last == U'\u201D' || last == ':' || caps;
    } else {
      previous_ends_sentence = true;
    }
  }
}

}  // namespace newsparse::detail
