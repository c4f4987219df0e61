// src/byline.hpp: finds who wrote the article: "By A and B", "A | Published
// ...", "A, Reuters", "A and B for The Guardian", a name alone on its line
// under the headline, or a wire trailer "(Reporting by A; Editing by B)".
// Reads: text, lines, paragraphs, headline, published, updated.  Writes: byline.
#pragma once

#include <optional>
#include <string_view>

#include "newsparse/article.hpp"
#include "tables.hpp"

namespace newsparse::detail {

std::optional<Byline> find_byline(const Article& article, const Tables& tables);

/// Reads a list of names and outlets ("A, B and C, Reuters") in text[span]
/// into `byline`. With `strict`, every item must be a person name, an outlet
/// or a role, else nothing is added and false is returned.
bool read_name_list(std::string_view text, Span span, const Tables& tables, bool strict, Byline& byline);

}  // namespace newsparse::detail
