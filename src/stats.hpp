// src/stats.hpp: counts characters, words, sentences and paragraphs of the
// body, with ICU's word and sentence boundaries (English, with abbreviations
// such as "Mr." and "U.S." not ending sentences).
// Reads: text, body.  Writes: stats.
#pragma once

#include "newsparse/article.hpp"

namespace newsparse::detail {

Stats compute_stats(const Article& article);

}  // namespace newsparse::detail
