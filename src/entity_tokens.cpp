// src/entity_tokens.cpp: word tokens with capitalisation evidence.
#include "entity_tokens.hpp"

#include <algorithm>

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
bool is_any_space(char32_t cp) { return cp < 0x80 ? is_ascii_space(static_cast<char>(cp)) : is_space(cp); }
bool is_any_upper(char32_t cp) { return cp < 0x80 ? is_ascii_upper(static_cast<char>(cp)) : is_upper(cp); }
bool is_any_lower(char32_t cp) { return cp < 0x80 ? is_ascii_lower(static_cast<char>(cp)) : is_lower(cp); }
bool is_any_letter(char32_t cp) { return cp < 0x80 ? is_ascii_alpha(static_cast<char>(cp)) : is_letter(cp); }
bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == U'\u2019'; }

char32_t peek(std::string_view text, std::size_t pos, std::size_t end) {
  if (pos >= end) return 0;
  return decode(text, pos);
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
  const std::string_view text = article.text;
  window.end = std::min(window.end, text.size());
  const Tables& tables = Tables::get();
  std::vector<EntityToken> tokens;
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
    std::size_t pos = line.start;
    while (pos < line.end) {
      std::size_t start = pos;
      char32_t cp = decode(text, pos);
      if (is_any_space(cp)) continue;
      EntityToken t;
      t.line = li;
      if (!is_word_char(cp)) {
        t.span = {start, pos};
        tokens.push_back(t);
        // A quotation opens a sentence of its own: said "We agreed".
        sentence_start = cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == '"' || cp == U'\u201C' ||
                         ((cp == '(' || is_dash(cp)) && sentence_start);
        continue;
      }
      t.word = true;
      t.cap = is_any_upper(cp);
      std::size_t letters = is_any_letter(cp), lower = is_any_lower(cp);
      bool single_letters = true;  // "U.S.", "J."
      std::size_t run = 1;         // letters since the last dot
      while (pos < line.end) {
        // ASCII letters and digits, most of any word, by one table look-up
        // each; the counts are settled once for the whole stretch.
        if (ascii_word_class(text[pos]) != kAsciiNoWord) {
          std::size_t q = pos;
          unsigned seen = 0;  // the AsciiWordBits of the stretch
          while (q < line.end) {
            const std::uint8_t bits = ascii_word_bits(text[q]);
            if (bits == 0) break;
            seen |= bits;
            ++q;
          }
          const std::size_t n = q - pos;
          if (seen & kDigitBit) {
            for (std::size_t k = pos; k < q; ++k) letters += ascii_word_class(text[k]) != kAsciiDigit;
          } else {
            letters += n;
          }
          lower += (seen & kLowerBit) != 0;  // only "none" matters
          run += n;
          if (run > 1) single_letters = false;
          pos = q;
          continue;
        }
        // Any other ASCII character but these four ends the word (a space, most often).
        if (const auto b = static_cast<unsigned char>(text[pos]);
            b < 0x80 && b != '\'' && b != '-' && b != '&' && b != '.')
          break;
        std::size_t at = pos;
        char32_t c = decode(text, at);
        if (is_word_char(c)) {
          letters += is_any_letter(c);
          lower += is_any_lower(c);
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
          std::string_view so_far = text.substr(start, at - start);
          // An abbreviation at the end of a line ends the sentence too: "Lear Corp."
          auto at_line_end = [&] {
            std::size_t p = at;
            while (p < line.end && is_ascii_space(text[p])) ++p;
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
      std::string_view w = t.span.in(text);
      // "England's" -> "England" + possessive; "’s" is three bytes.
      if (w.size() > 2 && w.back() == 's') {
        for (std::string_view s : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
          if (w.size() > s.size() + 1 && w.ends_with(s)) {
            t.span.end -= s.size();
            t.possessive = true;
            break;
          }
        }
      }
      t.all_caps = letters >= 2 && lower == 0;
      t.sentence_start = sentence_start;
      sentence_start = false;
      tokens.push_back(t);
    }
    std::string_view line_text = trim(line.in(text));
    bool caps = is_all_caps(line_text) && tokens.size() > first;
    if (!caps && line.start < body_start) caps = is_title_case(tokens, first, text);
    if (caps)
      for (std::size_t i = first; i < tokens.size(); ++i) tokens[i].caps_zone = true;
    if (!line_text.empty()) {
      std::size_t p = line_text.size();
      char32_t last = prev_code_point(line_text, p);
      previous_ends_sentence = last == '.' || last == '!' || last == '?' || last == '"' || last == U'\u201D' ||
                               last == ':' || caps || tokens.size() == first;
    } else {
      previous_ends_sentence = true;
    }
  }
  return tokens;
}

}  // namespace newsparse::detail
