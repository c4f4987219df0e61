// src/layout.cpp: header extent heuristics.
#include "layout.hpp"

#include <algorithm>

#include "text/utf8.hpp"

namespace newsparse::detail {

std::size_t count_words(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = is_ascii_space(c);
    words += !space && !in_word;
    in_word = !space;
  }
  return words;
}

bool has_more_words_than(std::string_view text, std::size_t limit) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = is_ascii_space(c);
    if (!space && !in_word && ++words > limit) return true;
    in_word = !space;
  }
  return false;
}

std::size_t header_paragraph_count(const Article& article) {
  // 8: the longest header in the styles we know (headline, kicker, standfirst,
  // byline, date, updated, image credit, repeated headline).
  const std::size_t limit = std::min<std::size_t>(article.paragraphs.size(), 8);
  for (std::size_t i = 1; i < limit; ++i) {
    std::string_view p = article.paragraphs[i].in(article.text);
    // 25 words: longer than any byline or time stamp line; standfirsts that
    // are longer still end the header, which is where they belong (just before the story).
    if (has_more_words_than(p, 25)) return i;
  }
  return limit;
}

std::vector<Span> header_lines(const Article& article) {
  std::vector<Span> lines;
  const std::size_t count = header_paragraph_count(article);
  if (count == 0) return lines;
  const Span header{article.paragraphs.front().start, article.paragraphs[count - 1].end};
  for (const Span& line : article.lines) {
    if (line.end <= header.start || line.start >= header.end) continue;
    std::string_view t = trim(line.in(article.text));
    if (t.empty()) continue;
    std::size_t start = static_cast<std::size_t>(t.data() - article.text.data());
    lines.push_back({start, start + t.size()});
  }
  return lines;
}

std::size_t paragraph_at(const Article& article, std::size_t offset) {
  auto it = std::upper_bound(article.paragraphs.begin(), article.paragraphs.end(), offset,
                             [](std::size_t off, const Span& p) { return off < p.end; });
  if (it == article.paragraphs.end() || it->start > offset) return article.paragraphs.size();
  return static_cast<std::size_t>(it - article.paragraphs.begin());
}

}  // namespace newsparse::detail
