// src/quote_marks.hpp: finds the stretches of text between quotation marks.
// Knows the marks of English and European news text: "straight", “curly”,
// «guillemets», »reversed«, „low-high“, ''two apostrophes'' (NYT wire copy)
// and single marks ‘...’ / '...' where they quote rather than elide.
// Reads: text, paragraphs.  Used by the quotes stage.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "newsparse/article.hpp"

namespace newsparse::detail {

/// One stretch of quoted words inside one paragraph.
struct QuotedStretch {
  Span open;                  ///< the opening mark
  Span content;               ///< the words between the marks, white space trimmed
  Span close;                 ///< the closing mark; empty (at content.end) when the paragraph ends first
  std::size_t paragraph = 0;  ///< index into Article::paragraphs
  bool continues = false;     ///< the quote goes on in the next paragraph (which reopens the mark)
  bool single = false;        ///< quoted with single marks
};

/// The top-level quoted stretches of every paragraph, in text order. Marks
/// nested inside a quote (‘...’ inside “...”) belong to the outer stretch.
/// Linear in the size of the text; never throws on unbalanced marks.
/// The quoted stretches of paragraphs [first, last) (every paragraph by default).
std::vector<QuotedStretch> find_quoted_stretches(const Article& article, std::size_t first = 0,
                                                 std::size_t last = SIZE_MAX);

}  // namespace newsparse::detail
