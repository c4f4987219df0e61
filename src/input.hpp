// src/input.hpp: checks and decodes the raw bytes of an article.
// Reads: bytes.  Writes: Article::text.
#pragma once

#include <string_view>
#include <variant>

#include "newsparse/error.hpp"
#include "newsparse/parse.hpp"

namespace newsparse::detail {

/// The article text for `bytes`, or why they are not a text newsparse reads:
/// too_large (over options.max_bytes), unsupported_encoding (a UTF-16 or
/// UTF-32 byte order mark), binary (NUL bytes or mostly control characters),
/// invalid_utf8 (text in another encoding, with the byte offset of the first
/// bad sequence). A few invalid sequences are replaced by U+FFFD instead, with
/// a warning in Article::warnings.
/// A UTF-8 BOM and CRLF line ends are kept, so offsets match the file.
std::variant<Article, Error> decode_input(std::string_view bytes, const Options& options);

}  // namespace newsparse::detail
