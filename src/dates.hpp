// src/dates.hpp: finds the article's published and updated time stamps.
// Reads: text, lines, paragraphs.  Writes: published, updated.
#pragma once

#include <optional>

#include "date_grammar.hpp"
#include "newsparse/article.hpp"
#include "tables.hpp"

namespace newsparse::detail {

struct PublicationDates {
  std::optional<DateTime> published;
  std::optional<DateTime> updated;
};

/// The published and updated time stamps in the article's header lines:
/// "Published March 24, 2022 | 07:44 PM", "Updated: 24/03/2022", or a short
/// line that is a date. Dates inside body sentences are not time stamps.
PublicationDates find_publication_dates(const Article& article, const Tables& tables);

}  // namespace newsparse::detail
