// src/headline.hpp: finds the headline: the first line of the article that
// is not page furniture, when it is short enough to be one.
// Reads: text, paragraphs.  Writes: headline.
#pragma once

#include <string>
#include <string_view>

#include <optional>

#include "newsparse/article.hpp"
#include "tables.hpp"

namespace newsparse::detail {

/// The headline's span, or nullopt when the article opens with story text.
std::optional<Span> find_headline(const Article& article, const Tables& tables);

/// True when two texts are the same headline up to case, punctuation and
/// spacing (the seed article repeats its headline in other capitalisation).
bool same_headline(std::string_view a, std::string_view b);

/// same_headline() against one headline, keyed once for many comparisons.
class HeadlineMatcher {
 public:
  explicit HeadlineMatcher(std::string_view headline);
  bool matches(std::string_view text) const;

 private:
  std::size_t size_;
  std::string key_;
};

}  // namespace newsparse::detail
