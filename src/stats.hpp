// src/stats.hpp: counts characters, words, sentences and paragraphs of the
// body. Words and sentences follow the rules of UAX #29 that matter in news
// text; abbreviations such as "Mr." and "Gen." (data/words/abbreviations.txt)
// and initials end no sentence.
// Reads: text, body.  Writes: stats.
#pragma once

#include "newsparse/article.hpp"
#include "tables.hpp"

namespace newsparse::detail {

Stats compute_stats(const Article& article, const Tables& tables);

}  // namespace newsparse::detail
