// src/stats.cpp: counts of characters, words and sentences in the body.
#include "stats.hpp"

#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>

#include "text/utf8.hpp"

#include "text/ascii16.hpp"

namespace newsparse::detail {

namespace {

// Code points: bytes that are not UTF-8 continuation bytes (10xxxxxx),
// counted eight at a time.
std::size_t count_code_points(std::string_view text) {
  constexpr std::uint64_t highs = 0x8080808080808080ULL;
  std::size_t continuation = 0, i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    // One bit per continuation byte, at the bottom of its byte; summed by a
    // multiply (no popcount instruction in the baseline x86-64 target: it
    // was a library call per eight bytes).
    const std::uint64_t ones = (word & ~(word << 1) & highs) >> 7;
    continuation += static_cast<std::size_t>((ones * 0x0101010101010101ULL) >> 56);
  }
  for (; i < text.size(); ++i) continuation += is_continuation(static_cast<unsigned char>(text[i]));
  return text.size() - continuation;
}

struct Counts {
  std::size_t words = 0, sentences = 0;
};

// Bit k set for byte k of 16: which are ASCII letters, digits, spaces, the
// three joiners of count_word_runs, and bytes of 0x80 and above.
struct ByteMasks {
  std::uint32_t letter = 0, digit = 0, space = 0, apostrophe = 0, stop = 0, comma = 0, high = 0;
};

ByteMasks classify16(const char* p) {
  ByteMasks m;
#if defined(__SSE2__)
  const __m128i x = load16(p);
  auto bits = [](__m128i v) { return static_cast<std::uint32_t>(bit_mask(v)); };
  m.letter = bits(bytes_in_range(_mm_or_si128(x, _mm_set1_epi8(0x20)), 'a', 'z'));  // bit 5 folds case
  m.digit = bits(bytes_in_range(x, '0', '9'));
  m.space = bits(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')));
  m.apostrophe = bits(_mm_cmpeq_epi8(x, _mm_set1_epi8('\'')));
  m.stop = bits(_mm_cmpeq_epi8(x, _mm_set1_epi8('.')));
  m.comma = bits(_mm_cmpeq_epi8(x, _mm_set1_epi8(',')));
  m.high = bits(x);
#else
  for (int k = 0; k < 16; ++k) {
    const char c = p[k];
    const std::uint32_t bit = std::uint32_t{1} << k;
    if (is_ascii_alpha(c)) m.letter |= bit;
    if (is_ascii_digit(c)) m.digit |= bit;
    if (c == ' ') m.space |= bit;
    if (c == '\'') m.apostrophe |= bit;
    if (c == '.') m.stop |= bit;
    if (c == ',') m.comma |= bit;
    if (static_cast<unsigned char>(c) >= 0x80) m.high |= bit;
  }
#endif
  return m;
}

// Past the ASCII letters, digits and spaces from `i`, sixteen bytes at a
// time: the sentence scan's byte loop over them was a third of the stats
// stage. Stops at the first other byte.
std::size_t skip_plain(std::string_view text, std::size_t i) {
  for (; i + 16 <= text.size(); i += 16) {
    const ByteMasks m = classify16(text.data() + i);
    const std::uint32_t plain = m.letter | m.digit | m.space;
    if (plain != 0xFFFFu) return i + static_cast<std::size_t>(std::countr_zero(~plain));
  }
  while (i < text.size() && (ascii_word_class(text[i]) != kAsciiNoWord || text[i] == ' ')) ++i;
  return i;
}

// Words as UAX #29 counts them in news text, in one pass: runs of letters
// and digits, joined by an apostrophe or point between letters ("can't",
// "U.S") or a point or
// comma between digits ("2.41", "1,200"); hyphens and slashes separate.
// (ICU's word iterator gives the same counts here at a quarter of the speed.)
// Sixteen ASCII bytes are counted at once, from bit masks: the byte loop was
// the larger half of the stats stage.
std::size_t count_word_runs(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  char32_t prev = 0;
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n;) {
    // Sixteen bytes and the one after them, all ASCII: a joiner at the end
    // needs its right neighbour.
    if (i + 17 <= n && static_cast<unsigned char>(text[i + 16]) < 0x80) {
      const ByteMasks m = classify16(text.data() + i);
      if (m.high == 0) {
        const char after = text[i + 16];
        const std::uint32_t letter_prev = (m.letter << 1) | (is_letter(prev) ? 1u : 0u);
        const std::uint32_t digit_prev = (m.digit << 1) | (prev >= '0' && prev <= '9' ? 1u : 0u);
        const std::uint32_t letter_next = (m.letter | (is_ascii_alpha(after) ? 1u << 16 : 0u)) >> 1;
        const std::uint32_t digit_next = (m.digit | (is_ascii_digit(after) ? 1u << 16 : 0u)) >> 1;
        const std::uint32_t joined = ((m.apostrophe | m.stop) & letter_prev & letter_next) |
                                     ((m.stop | m.comma) & digit_prev & digit_next);
        const std::uint32_t word = m.letter | m.digit | joined;
        words += count_bits16(word & ~((word << 1) | (in_word ? 1u : 0u)));
        in_word = (word >> 15 & 1) != 0;
        prev = static_cast<unsigned char>(text[i + 15]);
        i += 16;
        continue;
      }
    }
    if (ascii_word_class(text[i]) != kAsciiNoWord) {  // an ASCII letter or digit: nothing to decide
      words += !in_word;
      in_word = true;
      // The rest of the ASCII word at one look-up a byte.
      std::size_t j = i + 1;
      while (j < n && ascii_word_class(text[j]) != kAsciiNoWord) ++j;
      prev = static_cast<unsigned char>(text[j - 1]);
      i = j;
      continue;
    }
    if (text[i] == ' ') {  // the common separator: ends a word, joins nothing
      in_word = false;
      prev = ' ';
      ++i;
      continue;
    }
    char32_t cp = next_code_point(text, i);
    bool digit = cp >= '0' && cp <= '9';
    bool letter = digit || is_letter(cp);
    if (letter) {
      words += !in_word;
      in_word = true;
    } else if (in_word) {
      bool joiner = false;
      if (i < n) {
        std::size_t j = i;
        char32_t next = next_code_point(text, j);
        bool prev_digit = prev >= '0' && prev <= '9', next_digit = next >= '0' && next <= '9';
        if ((cp == '\'' || cp == U'\u2019' || cp == '.') && is_letter(prev) && is_letter(next)) joiner = true;
        if ((cp == '.' || cp == ',') && prev_digit && next_digit) joiner = true;
      }
      in_word = joiner;
    }
    prev = cp;
  }
  return words;
}

bool is_digit_cp(char32_t cp) { return cp >= U'0' && cp <= U'9'; }

// Sentence terminators of UAX #29: STerm ends a sentence outright ("!",
// "?"), ATerm (".") only when what follows does not continue it.
bool is_sterm(char32_t cp) {
  return cp == U'!' || cp == U'?' || cp == U'\u203C' || cp == U'\u2047' || cp == U'\u2048' || cp == U'\u2049' ||
         cp == U'\u3002' || cp == U'\uFF01' || cp == U'\uFF1F' || cp == U'\uFF61';
}
bool is_aterm(char32_t cp) { return cp == U'.' || cp == U'\u2024' || cp == U'\uFE52' || cp == U'\uFF0E'; }
bool is_terminator(char32_t cp) { return is_sterm(cp) || is_aterm(cp); }
bool is_line_end(char32_t cp) { return cp == U'\n' || cp == U'\r' || cp == U'\u2028' || cp == U'\u2029'; }

// Close: quotation marks and closing brackets after a terminator ( .” ).
bool is_close(char32_t cp) {
  return cp == U'"' || cp == U'\'' || cp == U')' || cp == U']' || cp == U'}' || cp == U'\u00BB' ||
         (cp >= U'\u2018' && cp <= U'\u201F') || cp == U'\u203A';
}

// SContinue: punctuation after which the sentence goes on ("Calif.; Gearan").
bool is_scontinue(char32_t cp) {
  return cp == U',' || cp == U';' || cp == U':' || cp == U'-' || cp == U'\u2013' || cp == U'\u2014';
}

// The code point before byte `pos`, or 0.
char32_t code_point_before(std::string_view text, std::size_t pos) { return pos == 0 ? 0 : prev_code_point(text, pos); }

// The first letter at or after `pos`, looking past digits and punctuation
// but not past another terminator or line end (as UAX #29 rule SB8), or 0.
char32_t next_letter(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    const char32_t c = next_code_point(text, pos);
    if (is_letter(c)) return c;
    if (is_terminator(c) || is_line_end(c)) return 0;
  }
  return 0;
}

// The word before byte `boundary`, without the marks or brackets that open
// it: "Gen." in "met Gen. Jones", "Mr." in "(Mr. Hannity".
std::string_view word_before(std::string_view text, std::size_t boundary) {
  std::size_t end = boundary;
  while (end > 0 && is_ascii_space(text[end - 1])) --end;
  std::size_t start = end;
  while (start > 0 && !is_ascii_space(text[start - 1])) --start;
  while (start < end) {
    std::size_t q = start;
    const char32_t c = next_code_point(text, q);
    if (is_letter(c) || is_digit_cp(c)) break;
    start = q;
  }
  return text.substr(start, end - start);
}

// An initial: one capital letter and a stop ("John F. Kennedy").
bool is_initial(std::string_view word) { return word.size() == 2 && is_ascii_upper(word[0]) && word[1] == '.'; }

// Skips the code points at `pos` that `pred` accepts.
template <class Pred>
std::size_t skip(std::string_view text, std::size_t pos, Pred pred) {
  while (pos < text.size()) {
    std::size_t q = pos;
    if (!pred(next_code_point(text, q))) break;
    pos = q;
  }
  return pos;
}

// ASCII letters, digits and the space: the bytes the sentence scan passes over.
constexpr auto kPlainBytes = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) table[c] = ascii_word_class(static_cast<char>(c)) != kAsciiNoWord || c == ' ';
  return table;
}();

// Sentences in one paragraph, by the rules of UAX #29 that matter in news
// text (a full stop before a digit, a lower-case word or a comma ends no
// sentence; "U.S.A" is one word), plus: a stop after an abbreviation of
// data/words/abbreviations.txt ("Mr.", "Gen.", "U.S.") or an initial
// ("Donald J. Trump") ends none, and a spaced ellipsis (". . .") is one
// terminator. On our news sets this agrees with ICU's English sentence
// iterator except on initials, where ICU breaks, at a sixth of its cost.
std::size_t count_sentences(std::string_view text, const Tables& tables) {
  std::size_t sentences = 0;
  bool open = false;  // a sentence has started and not ended
  std::size_t i = 0;
  while (i < text.size()) {
    if (kPlainBytes[static_cast<unsigned char>(text[i])]) {  // most of the text: no decoding
      while (i < text.size() && text[i] == ' ') ++i;
      if (i < text.size() && ascii_word_class(text[i]) != kAsciiNoWord) {
        open = true;  // and stays so over the words and spaces that follow
        i = skip_plain(text, i + 1);
      }
      continue;
    }
    const std::size_t at = i;
    const char32_t cp = next_code_point(text, i);
    if (!is_terminator(cp)) {
      if (is_line_end(cp)) {
        sentences += open;  // a line end ends a sentence, as in UAX #29
        open = false;
      } else if (!is_space(cp)) {
        open = true;
      }
      continue;
    }
    open = true;
    // The run of terminators, closing marks and spaces: `?!`, `.”`, `. . .`, `!'.`
    bool any_sterm = false;
    char32_t last = 0;
    std::size_t after_terms = at;
    std::size_t k = at;
    for (;;) {
      while (k < text.size()) {
        std::size_t q = k;
        const char32_t c = next_code_point(text, q);
        if (!is_terminator(c)) break;
        any_sterm |= is_sterm(c);
        last = c;
        k = q;
      }
      after_terms = k;
      k = skip(text, k, is_close);
      k = skip(text, k, [](char32_t c) { return is_space(c) && !is_line_end(c); });
      std::size_t q = k;
      if (k >= text.size() || !is_terminator(next_code_point(text, q))) break;
    }
    i = k;
    if (k >= text.size()) break;  // the paragraph's last sentence, counted below
    std::size_t q = k;
    const char32_t next = next_code_point(text, q);
    bool ends = true;
    if (is_scontinue(next)) {
      ends = false;
    } else if (!any_sterm) {
      std::size_t n = after_terms;
      const char32_t right = next_code_point(text, n);
      const std::string_view word = word_before(text, after_terms);
      if (after_terms == k && (is_digit_cp(right) || (is_letter(right) && is_letter(code_point_before(text, at)))))
        ends = false;  // 3.5, U.S.A, example.com
      else if (is_lower(next_letter(text, k)))
        ends = false;  // "the Dr. said", "etc. and"
      else if (last == U'.' && (tables.is_abbreviation(word) || is_initial(word)))
        ends = false;
    }
    if (ends) {
      ++sentences;
      open = false;
    }
  }
  return sentences + (open ? 1 : 0);
}

Counts count(std::string_view paragraph, const Tables& tables) {
  Counts c;
  c.words = count_word_runs(paragraph);
  c.sentences = count_sentences(paragraph, tables);
  return c;
}

}  // namespace

Stats compute_stats(const Article& article, const Tables& tables) {
  Stats stats;
  for (const Paragraph& p : article.body) {
    std::string_view t = p.span.in(article.text);
    stats.characters += count_code_points(t);
    Counts c = count(t, tables);
    stats.words += c.words;
    stats.sentences += c.sentences;
  }
  stats.paragraphs = article.body.size();
  // 230 words a minute: the usual adult silent reading speed for news text.
  stats.reading_minutes = std::ceil(static_cast<double>(stats.words) / 230.0 * 10.0) / 10.0;
  return stats;
}

}  // namespace newsparse::detail
