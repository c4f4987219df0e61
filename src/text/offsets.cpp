// src/text/offsets.cpp: byte -> code point offsets for the JSON output.
#include "text/offsets.hpp"

#include <cstdint>
#include <cstring>

#include "text/utf8.hpp"

namespace newsparse::detail {

namespace {
// Bytes that start a code point (not 10xxxxxx), eight at a time: one
// look-up per output offset scans up to 63 bytes.
std::size_t count_code_points(const unsigned char* s, std::size_t n) noexcept {
  constexpr std::uint64_t highs = 0x8080808080808080ULL;
  std::size_t continuation = 0, i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t word;
    std::memcpy(&word, s + i, 8);
    const std::uint64_t ones = (word & ~(word << 1) & highs) >> 7;  // a 1 at the bottom of each continuation byte
    continuation += static_cast<std::size_t>((ones * 0x0101010101010101ULL) >> 56);
  }
  for (; i < n; ++i) continuation += is_continuation(s[i]);
  return n - continuation;
}

// True when no byte of `text` is above 0x7F, eight bytes at a time.
bool is_ascii(std::string_view text) noexcept {
  std::uint64_t any = 0;
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    any |= word;
  }
  for (; i < text.size(); ++i) any |= static_cast<unsigned char>(text[i]);
  return (any & 0x8080808080808080ULL) == 0;
}

}  // namespace

CodePointMap::CodePointMap(std::string_view text) : text_(text), ascii_(is_ascii(text)) {
  if (ascii_) return;  // most English news: no table at all
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  checkpoints_.reserve(text.size() / step + 1);
  std::uint64_t before = 0;
  for (std::size_t k = 0; k <= text.size(); k += step) {
    checkpoints_.push_back(before);
    before += count_code_points(s + k, std::min(step, text.size() - k));
  }
}

std::size_t CodePointMap::operator()(std::size_t offset) const noexcept {
  if (ascii_) return offset;
  const auto* s = reinterpret_cast<const unsigned char*>(text_.data());
  std::size_t k = offset / step;
  return checkpoints_[k] + count_code_points(s + k * step, offset - k * step);
}

}  // namespace newsparse::detail
