// newsparse/span.hpp: a stretch of an article's text.
#pragma once

#include <cstddef>
#include <string_view>

namespace newsparse {

/// A half-open range [start, end) of byte offsets into Article::text.
///
/// Inside the library every annotation is a Span in bytes; the JSON output
/// (to_json) converts them to the Unicode code point offsets of the contract.
struct Span {
  std::size_t start = 0;
  std::size_t end = 0;

  /// Number of bytes covered.
  [[nodiscard]] constexpr std::size_t size() const noexcept { return end - start; }
  /// True when the span covers no text.
  [[nodiscard]] constexpr bool empty() const noexcept { return end <= start; }
  /// True when `other` lies wholly inside this span.
  [[nodiscard]] constexpr bool contains(const Span& other) const noexcept {
    return start <= other.start && other.end <= end;
  }
  /// True when the two spans share at least one byte.
  [[nodiscard]] constexpr bool overlaps(const Span& other) const noexcept {
    return start < other.end && other.start < end;
  }
  /// The text this span covers in `text` (the article's text).
  [[nodiscard]] constexpr std::string_view in(std::string_view text) const noexcept {
    return text.substr(start, end - start);
  }

  friend constexpr bool operator==(const Span&, const Span&) = default;
};

}  // namespace newsparse
