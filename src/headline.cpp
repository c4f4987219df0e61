// src/headline.cpp: headline detection.
#include "headline.hpp"

#include <algorithm>

#include "layout.hpp"
#include "text/utf8.hpp"

namespace newsparse::detail {

namespace {

// Letters and digits only, lower case: "Agree To" and "Agree to" compare equal.
std::string loose_key(std::string_view text) {
  std::string out;
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    out.reserve(text.size());
    for (char c : text)
      if (is_ascii_alpha(c) || is_ascii_digit(c)) out += to_ascii_lower(c);
    return out;
  }
  std::string lower = to_lower(text);
  for (std::size_t i = 0; i < lower.size();) {
    std::size_t start = i;
    char32_t cp = next_code_point(lower, i);
    if (is_letter(cp) || (cp >= '0' && cp <= '9')) out.append(lower, start, i - start);
  }
  return out;
}

}  // namespace

bool same_headline(std::string_view a, std::string_view b) { return HeadlineMatcher(b).matches(a); }

HeadlineMatcher::HeadlineMatcher(std::string_view headline) : size_(headline.size()), key_(loose_key(headline)) {}

bool HeadlineMatcher::matches(std::string_view text) const {
  // Only punctuation and spaces may differ: texts of very different length
  // differ (and this check keeps the body stage from keying every paragraph).
  if (key_.empty() || text.size() > 2 * size_ + 16 || size_ > 2 * text.size() + 16) return false;
  // ASCII text is compared with the key as it is read, stopping at the first difference.
  std::size_t k = 0;
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return key_ == loose_key(text);
    if (ascii_word_class(c) == kAsciiNoWord) continue;
    if (k == key_.size() || key_[k++] != to_ascii_lower(c)) {
      // A later non-ASCII letter could still lower-case to the rest: decide the slow way then.
      return std::any_of(text.begin(), text.end(), [](char b) { return static_cast<unsigned char>(b) >= 0x80; }) &&
             key_ == loose_key(text);
    }
  }
  return k == key_.size();
}

std::optional<Span> find_headline(const Article& article, const Tables& tables) {
  const std::string_view text = article.text;
  for (const Span& paragraph : article.paragraphs) {
    if (tables.is_debris(paragraph.in(text))) continue;
    // The headline is the paragraph's first line; a second line is a
    // standfirst ("Jobs report gives Democrats a lift;\nSolid upturn, ...").
    Span line{paragraph.start, std::min(paragraph.end, find_line_end(text, paragraph.start))};
    std::string_view t = trim(line.in(text));
    line = {static_cast<std::size_t>(t.data() - text.data()),
            static_cast<std::size_t>(t.data() - text.data()) + t.size()};
    // Headlines run to 22 words at most in the news sets we measure on; 40
    // words (or 25 ending in a full stop, a sentence) is story text.
    std::size_t words = count_words(t);
    if (words > 40 || t.size() > 400 || (words > 25 && t.ends_with('.'))) return std::nullopt;
    return line;
  }
  return std::nullopt;
}

}  // namespace newsparse::detail
