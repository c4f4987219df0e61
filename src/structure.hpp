// src/structure.hpp: splits the text into lines and paragraphs.
// Reads: text.  Writes: lines, paragraphs.
#pragma once

#include <vector>

#include "newsparse/article.hpp"

namespace newsparse::detail {

struct Structure {
  std::vector<Span> lines;       ///< every line without its line end (LF, CRLF or CR)
  std::vector<Span> paragraphs;  ///< trimmed blocks of non-blank lines
};

/// Lines and paragraphs of `article.text`. Paragraphs are separated by blank
/// lines; a text with no blank line at all (one paragraph per line, as many
/// scrapers write) gets one paragraph per line.
Structure find_structure(const Article& article);

}  // namespace newsparse::detail
