// src/body.hpp: separates the story text from the header around it: the
// standfirst (subheadline) and the body paragraphs, without the repeated
// headline, byline and time stamp lines, wire trailers and page debris.
// Reads: text, lines, paragraphs, headline, byline, published, updated, dateline.
// Writes: subheadline, body.
#pragma once

#include <optional>
#include <vector>

#include "newsparse/article.hpp"
#include "tables.hpp"

namespace newsparse::detail {

struct BodyLayout {
  std::optional<Span> subheadline;
  std::vector<Paragraph> body;
};

BodyLayout find_body(const Article& article, const Tables& tables);

}  // namespace newsparse::detail
