// src/text/offsets.hpp: converts byte offsets into code point offsets.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace newsparse::detail {

/// Maps byte offsets of a UTF-8 text to code point offsets (the contract's
/// unit). Keeps one checkpoint per 256 bytes, so memory is ~1.6% of the
/// text and a lookup scans at most 255 bytes.
class CodePointMap {
 public:
  explicit CodePointMap(std::string_view text);
  /// The number of code points before byte `offset` (offset <= text size).
  [[nodiscard]] std::size_t operator()(std::size_t offset) const noexcept;

 private:
  static constexpr std::size_t step = 64;
  std::string_view text_;
  bool ascii_ = false;  // every byte a code point: offsets are byte offsets
  std::vector<std::uint64_t> checkpoints_;  // code points before byte k * step
};

}  // namespace newsparse::detail
