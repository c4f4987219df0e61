// src/dateline.hpp: finds the dateline that opens a wire story:
// "MOSCOW (UrduPoint News / Sputnik - 24th March, 2022)", "WASHINGTON (AP) —",
// "LONDON, March 24 (Reuters) -", "KYIV, Ukraine —", "ROME 1996-12-06".
// Reads: text, paragraphs, published.  Writes: dateline.
#pragma once

#include <optional>

#include "newsparse/article.hpp"
#include "tables.hpp"

namespace newsparse::detail {

/// The dateline, if one of the first paragraphs opens with one.
std::optional<Dateline> find_dateline(const Article& article, const Tables& tables);

/// Where the story text starts after a dateline: past the dash or colon
/// that closes it and the spaces after.
std::size_t dateline_text_start(const Article& article, const Dateline& dateline);

}  // namespace newsparse::detail
