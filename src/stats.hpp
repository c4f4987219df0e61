// src/stats.hpp: counts characters, words, sentences and paragraphs of the
// body, with ICU's word and sentence boundaries (English, with abbreviations
// such as "Mr." and "Gen." not ending sentences: ICU's own list and
// data/words/abbreviations.txt).
// Reads: text, body.  Writes: stats.
#pragma once

#include "newsparse/article.hpp"
#include "tables.hpp"

namespace newsparse::detail {

Stats compute_stats(const Article& article, const Tables& tables);

}  // namespace newsparse::detail
