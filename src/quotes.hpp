// src/quotes.hpp: finds quotations and who said them. Direct quotes in any
// of the marks quote_marks.hpp knows (split, nested, running over several
// paragraphs), mixed quotes (a quoted fragment inside reported speech) and
// indirect quotes ("Lavrov said on Thursday that ..."), each with its speech
// cue, the speaker's mention and the speaker resolved to a full name.
// Reads: text, paragraphs, entities (when the entities stage ran).
// Writes: quotes.
#pragma once

#include <vector>

#include "newsparse/article.hpp"

namespace newsparse::detail {

/// The quotations of the article in text order, with ids "q1", "q2", ...
/// Linear in the size of the text; never throws for odd input.
std::vector<Quote> find_quotes(const Article& article);

}  // namespace newsparse::detail
