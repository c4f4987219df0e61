// src/quote_marks.cpp: pairs quotation marks within paragraphs.
//
// Direction comes from what flanks a mark: space before and a letter after
// opens (` “We`), a letter or punctuation before and space after closes
// (`defense,” `). The glyph decides only when the context does not, because
// news text mixes glyphs freely: `“We agreed,"` and `„Ja“` both occur.
#include "quote_marks.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/utf8.hpp"

namespace newsparse::detail {

namespace {

enum class Glyph { none, double_open, double_close, double_any, single_open, single_close, single_any };

// The mark at `pos` (if any) and its length in bytes. Two ASCII apostrophes
// are one double mark: `''Obama doesn't get along with Putin,'' he said`.
Glyph glyph_at(std::string_view text, std::size_t pos, char32_t cp, std::size_t& len, bool after_word = false) {
  switch (cp) {
    case U'"': return Glyph::double_any;
    case U'\'':
      // `all,'''`: a single mark closes inside the double one; `'''I` opens both.
      if (after_word && pos + 2 < text.size() && text[pos + 1] == '\'' && text[pos + 2] == '\'')
        return Glyph::single_any;
      if (pos + 1 < text.size() && text[pos + 1] == '\'') {
        len = 2;
        return Glyph::double_any;
      }
      return Glyph::single_any;
    case U'\u201C':
    case U'\u201E':
    case U'\u201F':
    case U'\u00AB': return Glyph::double_open;
    case U'\u201D':
    case U'\u00BB': return Glyph::double_close;
    case U'\u2018':
    case U'\u201A':
    case U'\u2039': return Glyph::single_open;
    case U'\u2019':
    case U'\u203A': return Glyph::single_close;
    default: return Glyph::none;
  }
}

bool is_double(Glyph g) { return g == Glyph::double_open || g == Glyph::double_close || g == Glyph::double_any; }

bool is_any_mark(char32_t cp) {
  return cp == U'"' || cp == U'\'' || (cp >= U'\u2018' && cp <= U'\u201F') || cp == U'\u00AB' || cp == U'\u00BB' ||
         cp == U'\u2039' || cp == U'\u203A';
}

// Characters that may stand before an opening mark: `(“`, `—“`, `/"`.
bool opens_context(char32_t cp) {
  return cp == 0 || is_space(cp) || is_dash(cp) || cp == U'(' || cp == U'[' || cp == U'{' || cp == U'/' ||
         is_any_mark(cp);
}

// Characters that may stand after a closing mark: `,” he`, `”.`, `”)`.
bool closes_context(char32_t cp) {
  return cp == 0 || is_space(cp) || is_dash(cp) || cp == U'.' || cp == U',' || cp == U';' || cp == U':' || cp == U'!' ||
         cp == U'?' || cp == U')' || cp == U']' || cp == U'}' || is_any_mark(cp);
}

// The first byte at or after `pos` (before `end`) that may start a quotation
// mark: '"', '\'' or the lead byte of a non-ASCII character; `end` if none.
std::size_t skip_to_possible_mark(std::string_view text, std::size_t pos, std::size_t end) noexcept {
#if defined(__SSE2__)
  // Sixteen bytes at a time where SSE2 is there (every x86-64): half the
  // instructions of the eight-byte loop below.
  while (pos + 16 <= end) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
    const __m128i marks = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\'')));
    const auto hit = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(marks, v)));  // v: the bytes >= 0x80
    if (hit != 0) return pos + static_cast<std::size_t>(std::countr_zero(hit));
    pos += 16;
  }
#endif
  constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  while (pos + 8 <= end) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + pos, 8);
    const std::uint64_t quote = word ^ (ones * '"'), apostrophe = word ^ (ones * '\'');
    const std::uint64_t hit = ((quote - ones) & ~quote) | ((apostrophe - ones) & ~apostrophe) | word;
    if ((hit & highs) != 0) break;
    pos += 8;
  }
  while (pos < end) {
    const char byte = text[pos];
    if (byte == '"' || byte == '\'' || static_cast<unsigned char>(byte) >= 0x80) break;
    ++pos;
  }
  return pos;
}

bool is_ascii_alnum(char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }

bool is_alnum(char32_t cp) { return is_letter(cp) || (cp < 0x80 && is_ascii_digit(static_cast<char>(cp))); }

struct Mark {
  Span span;
  bool can_open = false;
  bool can_close = false;
};

// Flanking plus glyph: which way a mark may face.
Mark classify(Glyph g, Span span, char32_t prev, char32_t next) {
  const bool left = opens_context(prev) && !opens_context(next) && !is_space(next) && next != 0;
  const bool right = !opens_context(prev) && closes_context(next);
  Mark m{span, left, right};
  if (left == right) {  // no help from the context: `"` between two spaces, `a"b`
    const bool opener = g == Glyph::double_open || g == Glyph::single_open;
    const bool closer = g == Glyph::double_close || g == Glyph::single_close;
    m.can_open = !closer;
    m.can_close = !opener;
  }
  return m;
}

class Scanner {
 public:
  Scanner(const Article& article, std::vector<QuotedStretch>& out) : a_(article), out_(out) {}

  void paragraph(std::size_t index) {
    const Span p = a_.paragraphs[index];
    const std::string_view text = a_.text;
    double_open_.reset();
    single_open_.reset();
    bool no_more_straight = false;
    std::size_t pos = p.start;
    while (pos < p.end) {
      // Most bytes are ASCII letters and spaces, which are no marks: step
      // over them eight at a time without decoding.
      pos = skip_to_possible_mark(text, pos, p.end);
      if (pos >= p.end) break;
      // The commonest hit, an apostrophe between two ASCII letters or digits
      // (can't, it’s), is never a mark (on_single() below says so): it is
      // stepped over without decoding what flanks it.
      const std::size_t apostrophe = text[pos] == '\'' ? 1 : text.compare(pos, 3, "\u2019") == 0 ? 3 : 0;
      if (apostrophe != 0 && pos > p.start && pos + apostrophe < p.end && is_ascii_alnum(text[pos - 1]) &&
          is_ascii_alnum(text[pos + apostrophe])) {
        pos += apostrophe;
        continue;
      }
      const std::size_t start = pos;
      // What stands before the mark: 0 at the start of the paragraph.
      std::size_t before = pos;
      const char32_t prev = pos == p.start ? 0 : prev_code_point(text, before);
      const char32_t cp = next_code_point(text, pos);
      std::size_t len = pos - start;
      // Only a straight single mark asks what stands before it.
      const Glyph g = glyph_at(text, start, cp, len, cp == U'\'' && prev != 0 && !opens_context(prev));
      if (g == Glyph::none) continue;
      pos = start + len;
      std::size_t peek = pos;
      const char32_t next = peek < p.end ? next_code_point(text, peek) : 0;
      const Mark m = classify(g, {start, start + len}, prev, next);
      if (cp == U'"' && prev == U'=' && !double_open_ && !no_more_straight) {
        // `<tweet tweet-id="6736...">`: an attribute value in markup left in
        // the text, not a quotation; skip to its closing mark. When there is
        // none, no later `="` looks again, so the scan stays linear.
        const std::size_t close = text.substr(0, p.end).find('"', pos);
        if (close != std::string_view::npos) {
          pos = close + 1;
          continue;
        }
        no_more_straight = true;
      }
      if (is_double(g)) {
        on_double(m, index, prev);
      } else if (!double_open_) {
        on_single(m, index, prev, next, text, pos, p.end);
      }
    }
    if (double_open_) {
      // The paragraph ends inside a quote. Multi-paragraph quotes reopen the
      // mark on each new paragraph and close only on the last one.
      bool reopens = false;
      if (index + 1 < a_.paragraphs.size()) {
        std::size_t q = a_.paragraphs[index + 1].start;
        const std::size_t qend = a_.paragraphs[index + 1].end;
        if (q < qend) {
          std::size_t l = 0;
          const std::size_t s = q;
          const Glyph g = glyph_at(text, s, next_code_point(text, q), l);
          reopens = is_double(g) && g != Glyph::double_close;
        }
      }
      emit(*double_open_, {p.end, p.end}, index, false, reopens);
      double_open_.reset();
    }
  }

 private:
  void on_double(const Mark& m, std::size_t index, char32_t prev) {
    // 5'10": a double prime after a digit is a measure, not a mark.
    if (prev < 0x80 && is_ascii_digit(static_cast<char>(prev)) && !m.can_open) return;
    if (!double_open_) {
      if (m.can_open) double_open_ = m.span;
      return;
    }
    if (m.can_close) {
      emit(*double_open_, m.span, index, false, false);
      double_open_.reset();
      single_open_.reset();
    } else {
      double_open_ = m.span;  // an opener inside an open quote: the first was stray
    }
  }

  void on_single(const Mark& m, std::size_t index, char32_t prev, char32_t next, std::string_view text,
                 std::size_t after, std::size_t end) {
    // Apostrophes, never marks: can’t, rock ’n’ roll's inner letters, the ’90s.
    if (is_alnum(prev) && is_alnum(next)) return;
    if (!is_alnum(prev) && next < 0x80 && is_ascii_digit(static_cast<char>(next))) return;
    if (!single_open_) {
      if (m.can_open && !m.can_close) single_open_ = m.span;
      return;
    }
    if (!m.can_close) return;
    // Jones’ house: a possessive after -s, followed by a lower-case word.
    if (prev == U's' && after < end && is_space(next)) {
      std::size_t q = after;
      next_code_point(text, q);
      if (q < end && is_lower(next_code_point(text, q))) return;
    }
    emit(*single_open_, m.span, index, true, false);
    single_open_.reset();
  }

  void emit(Span open, Span close, std::size_t index, bool single, bool continues) {
    const std::string_view inner = trim(std::string_view(a_.text).substr(open.end, close.start - open.end));
    if (inner.empty()) return;
    // rock 'n' roll, 'em: one to three letters in single marks are elisions.
    if (single && inner.size() <= 3 && inner.find(' ') == std::string_view::npos) return;
    const std::size_t start = static_cast<std::size_t>(inner.data() - a_.text.data());
    QuotedStretch s;
    s.open = open;
    s.content = {start, start + inner.size()};
    s.close = close;
    s.paragraph = index;
    s.single = single;
    s.continues = continues;
    out_.push_back(s);
  }

  const Article& a_;
  std::vector<QuotedStretch>& out_;
  std::optional<Span> double_open_;
  std::optional<Span> single_open_;
};

}  // namespace

std::vector<QuotedStretch> find_quoted_stretches(const Article& article, std::size_t first, std::size_t last) {
  std::vector<QuotedStretch> out;
  Scanner scanner(article, out);
  for (std::size_t i = first; i < std::min(last, article.paragraphs.size()); ++i) scanner.paragraph(i);
  // A single-quoted stretch may close after a double one that opened inside
  // it; keep text order and drop the inner of two overlapping stretches.
  std::stable_sort(out.begin(), out.end(),
                   [](const QuotedStretch& a, const QuotedStretch& b) { return a.open.start < b.open.start; });
  std::vector<QuotedStretch> kept;
  kept.reserve(out.size());
  for (const QuotedStretch& s : out) {
    if (!kept.empty() && kept.back().paragraph == s.paragraph && s.open.start < kept.back().close.end) continue;
    kept.push_back(s);
  }
  return kept;
}

}  // namespace newsparse::detail
