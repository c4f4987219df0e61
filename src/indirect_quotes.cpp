// src/indirect_quotes.cpp: reported speech without quotation marks.
#include "indirect_quotes.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>

#include "tables.hpp"
#include "text/ascii16.hpp"
#include "text/utf8.hpp"

namespace newsparse::detail {

namespace {

// 3 words: the shortest reported clause of an indirect quote ("prices will rise").
constexpr std::size_t kMinClauseWords = 3;

// A word that may open a reported clause: a subject ("the talks", "he",
// "Russia"), not a preposition ("to week-long ceasefire", "of housing").
bool opens_clause(const Token& t) {
  if (!t.word) return false;
  if (t.capital) return true;
  static constexpr std::string_view words[] = {"the",  "a",    "an",  "he",    "she",  "it",   "they",  "we",    "i",     "you",
                                      "his",  "her",  "its", "their", "our",  "this", "these", "those", "there", "some",
                                      "many", "most", "no",  "all",   "both", "each", "every", "any",   "more"};
  return std::find(std::begin(words), std::end(words), t.lower) != std::end(words);
}


}  // namespace

std::size_t word_count(std::string_view text, Span s) {
  return word_count(text, s, std::numeric_limits<std::size_t>::max());
}

std::size_t word_count(std::string_view text, Span s, std::size_t limit) {
  std::size_t n = 0;
  bool in = false;
  std::size_t i = s.start;
#if defined(__SSE2__)
  // Sixteen bytes at a time (a quote's words were counted a byte at a time,
  // 2% of the stage): a word starts at each byte that is no white space and
  // follows white space or the span's start.
  for (; i + 16 <= s.end && n < limit; i += 16) {
    const __m128i v = load16(text.data() + i);
    const __m128i controls = bytes_in_range(v, '\t', '\r');  // \t \n \v \f \r
    const unsigned spaces = bit_mask(_mm_or_si128(controls, _mm_cmpeq_epi8(v, _mm_set1_epi8(' '))));
    const unsigned starts = ~spaces & ((spaces << 1) | (in ? 0u : 1u)) & 0xFFFFu;
    n += count_bits16(starts);
    in = (spaces & 0x8000u) == 0;
  }
#endif
  for (; i < s.end && n < limit; ++i) {
    const bool space = is_ascii_space(text[i]);
    n += !space && !in;
    in = !space;
  }
  return std::min(n, limit);
}

// One sentence without quotation marks: `Lavrov said on Thursday that ...`,
// `..., the minister said.`, `According to X, ...`.
std::optional<IndirectQuote> indirect_quote(std::string_view text, const std::vector<Token>& t, std::size_t start,
                                            std::size_t end) {
  const QuoteLexicon& lex = QuoteLexicon::get();
  for (std::size_t j = start; j < end; ++j) {
    const std::size_t len = lex.cue_length(t, j);
    if (!len) continue;
    Attribution a;
    a.cue_first = j;
    a.cue_last = j + len;
    std::size_t first = 0, last = 0, head = 0;
    Span clause;
    if (t[j].lower == "according") {
      // `According to X, clause.` or `clause, according to X.`
      std::size_t comma = j + len;
      while (comma < end && t[comma].lower != ",") ++comma;
      if (!mention_after(t, j + len, comma, first, last)) return std::nullopt;
      if (j == start && comma + 1 < end) {
        clause = {t[comma + 1].span.start, t[end - 1].span.end};
      } else if (j > start + 1 && t[j - 1].lower == ",") {
        clause = {t[start].span.start, t[j - 2].span.end};
      } else {
        return std::nullopt;
      }
    } else if (mention_before(t, start, j, first, last, head)) {
      if (first > start && t[first - 1].lower == "," && j + len == end) {
        // `..., the minister said.`
        if (first < start + 2) return std::nullopt;
        clause = {t[start].span.start, t[first - 2].span.end};
      } else if (first == start || (first > start && t[first - 1].lower == ",")) {
        std::size_t k = j + len;
        // `said on Thursday that`: time words, then the complementiser.
        for (std::size_t n = 0; n < 4 && k < end && t[k].lower != "that"; ++n) {
          if (t[k].lower == "on" || Tables::get().is_weekday(t[k].lower) || t[k].lower == "today" ||
              t[k].lower == "yesterday" || t[k].lower == "recently" || t[k].lower == "in" || t[k].lower == "a" ||
              t[k].lower == "statement" || t[k].lower == "interview")
            ++k;
          else
            break;
        }
        const bool skipped = k > j + len;
        const bool that = k < end && t[k].lower == "that";
        if (that) ++k;
        if (k >= end || !t[k].word) return std::nullopt;
        // Without "that", only a reporting verb takes a bare clause, and
        // the clause starts like one: `said the talks would resume`, not
        // `announced in a joint statement by ...`, `agree to week-long
        // ceasefire`, `welcomed the move`.
        if (!that) {
          bool inverts = false;
          lex.cue_length(t, j, &inverts);
          const std::string_view w = t[j].lower;
          const bool reporting = inverts || w == "told" || w == "tells" || w == "tell";
          if (skipped || !reporting || !opens_clause(t[k])) return std::nullopt;
        }
        clause = {t[k].span.start, t[end - 1].span.end};
        if (!t[end - 1].word && end - 1 > k) clause.end = t[end - 2].span.end;
      } else {
        return std::nullopt;
      }
    } else if (j > start + 1 && t[j - 1].lower == "," && mention_after(t, j + len, end, first, last) && last == end) {
      // `..., said the minister.`
      clause = {t[start].span.start, t[j - 2].span.end};
    } else {
      return std::nullopt;
    }
    if (clause.empty() || word_count(text, clause, kMinClauseWords) < kMinClauseWords) return std::nullopt;
    a.mention_first = first;
    a.mention_last = last;
    a.head_last = head > first ? head : last;
    return IndirectQuote{clause, a};  // one quotation per sentence
  }
  return std::nullopt;
}

}  // namespace newsparse::detail
