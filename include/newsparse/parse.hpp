// newsparse/parse.hpp: the one entry point that turns bytes into an Article.
#pragma once

#include <cstddef>
#include <string_view>

#include "newsparse/error.hpp"

namespace newsparse {

/// What parse() does and where it stops.
struct Options {
  /// Inputs larger than this give ErrorCode::too_large. 16 MiB holds any real
  /// article many times over; raise it for book-length inputs.
  std::size_t max_bytes = std::size_t{16} << 20;
  /// Find quotations (off saves time when only structure is wanted).
  bool quotes = true;
  /// Find named entities.
  bool entities = true;
};

/// Parses the raw bytes of one article file.
///
/// Never throws for any input: bad bytes give a Result holding an Error
/// (binary, invalid_utf8, unsupported_encoding, too_large); a bug inside the
/// library gives ErrorCode::internal. Safe to call from many threads at once.
/// Each calling thread keeps its working buffers (tokens, JSON output) for
/// its next article, sized by the articles it has parsed (a few hundred KB
/// for news articles); they are freed when the thread ends.
Result parse(std::string_view bytes, const Options& options = {});

/// The library version, e.g. "0.1.0".
std::string_view version() noexcept;

}  // namespace newsparse
