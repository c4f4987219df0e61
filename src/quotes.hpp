// src/quotes.hpp: finds quotations and who said them. Direct quotes in any
// of the marks quote_marks.hpp knows (split, nested, running over several
// paragraphs), mixed quotes (a quoted fragment inside reported speech) and
// indirect quotes ("Lavrov said on Thursday that ..."), each with its speech
// cue, the speaker's mention and the speaker resolved to a full name.
// Reads: text, paragraphs, entities (when the entities stage ran).
// Writes: quotes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "newsparse/article.hpp"

namespace newsparse::detail {

/// The quotations of the article in text order, with ids "q1", "q2", ...
/// Linear in the size of the text; never throws for odd input.
/// The quotes of paragraphs [first, last) (every paragraph by default), with
/// speakers resolved from those paragraphs and the article's entities.
/// Ids run q1, q2, ... within the call.
std::vector<Quote> find_quotes(const Article& article, std::size_t first = 0, std::size_t last = SIZE_MAX);

}  // namespace newsparse::detail
