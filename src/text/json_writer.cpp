// src/text/json_writer.cpp: JSON text, escaped as nlohmann/json escapes it.
#include "text/json_writer.hpp"

#include <fmt/format.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <utility>

namespace newsparse::detail {

namespace {

// The buffer of this thread's last document, kept sized (and so written
// already) for the next one. A fresh string per document zero-filled every
// byte resize() added, and the fresh memory behind it was most of the
// writer's cache misses and page faults.
constexpr std::size_t kKeptBuffer = std::size_t{1} << 20;
std::string& spare_buffer() {
  thread_local std::string buffer;
  return buffer;
}

}  // namespace

JsonWriter::JsonWriter(bool pretty, std::size_t reserve) : out_(std::exchange(spare_buffer(), {})), pretty_(pretty) {
  if (out_.capacity() < reserve) out_.reserve(reserve);
}

JsonWriter::~JsonWriter() {
  if (out_.capacity() <= kKeptBuffer) spare_buffer() = std::move(out_);
}

std::string JsonWriter::take() {
  std::string document;
  if (out_.capacity() > kKeptBuffer) {  // a huge document leaves without a copy
    out_.resize(size_);
    document = std::move(out_);
  } else {
    document.assign(out_.data(), size_);
  }
  size_ = 0;
  return document;
}

// Sizes the string ahead of the writes in steps of at most 1 MiB: resize()
// zero-fills, and filling the whole reserve at once would make the pages
// of a huge document's output resident before anything is written there.
void JsonWriter::grow(std::size_t n) {
  constexpr std::size_t max_step = std::size_t{1} << 20;
  const std::size_t step = std::clamp<std::size_t>(out_.size(), 4096, max_step);
  out_.resize(std::max(size_ + n, out_.size() + step));
}

void JsonWriter::newline_indent() {
  put('\n');
  const std::size_t indent = 2 * empty_.size();
  if (out_.size() - size_ < indent) grow(indent);
  std::memset(out_.data() + size_, ' ', indent);
  size_ += indent;
}


void JsonWriter::open(char bracket) {
  before_value();
  put(bracket);
  empty_.push_back(true);
}

void JsonWriter::close(char bracket) {
  bool was_empty = empty_.back();
  empty_.pop_back();
  if (pretty_ && !was_empty) newline_indent();
  put(bracket);
}

void JsonWriter::begin_object() { open('{'); }
void JsonWriter::end_object() { close('}'); }
void JsonWriter::begin_array() { open('['); }
void JsonWriter::end_array() { close(']'); }


void JsonWriter::span(std::size_t start, std::size_t end, std::string_view text) {
  if (pretty_) {
    begin_object();
    key("start");
    number(start);
    key("end");
    number(end);
    key("text");
    string(text);
    end_object();
    return;
  }
  // Compact, the batch form: one append per piece instead of the generic
  // writer's bookkeeping, which cost as much as the text itself.
  before_value();
  constexpr std::size_t kDigits = 20;  // the most of a 64-bit number
  char* p = room(9 + kDigits + 7 + kDigits + 8);
  std::memcpy(p, "{\"start\":", 9);
  p = std::to_chars(p + 9, p + 9 + kDigits, start).ptr;
  std::memcpy(p, ",\"end\":", 7);
  p = std::to_chars(p + 7, p + 7 + kDigits, end).ptr;
  std::memcpy(p, ",\"text\":", 8);
  wrote(p + 8);
  write_string(text);
  put('}');
}

void JsonWriter::string(std::string_view text) {
  before_value();
  write_string(text);
}

namespace {

// True when one of the eight bytes of `word` needs escaping in JSON: a
// control character, '"' or '\\' (the classic "has less / has zero byte" tricks).
constexpr bool needs_escape(std::uint64_t word) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  const std::uint64_t quote = word ^ (ones * '"'), backslash = word ^ (ones * '\\');
  const std::uint64_t control = (word - ones * 0x20) & ~word;
  const std::uint64_t zero = ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash);
  return ((control | zero) & highs) != 0;
}

// The offset of the first byte at or after `i` that may need escaping, or a
// point before it no more than 15 bytes back: sixteen bytes per step where
// SSE2 is there (every x86-64), the eight-byte test above elsewhere.
std::size_t skip_plain(std::string_view text, std::size_t i) noexcept {
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), below_space = _mm_set1_epi8(0x1F);
  while (i + 16 <= text.size()) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    // Control characters: bytes that max(x, 0x1F) leaves at 0x1F (unsigned).
    const __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)),
                                         _mm_cmpeq_epi8(_mm_max_epu8(x, below_space), below_space));
    if (_mm_movemask_epi8(special) != 0) break;
    i += 16;
  }
#endif
  return i;
}

}  // namespace

void JsonWriter::write_string(std::string_view text) {
  put('"');
  std::size_t run = 0;  // start of the stretch that needs no escaping
  for (std::size_t i = 0; i < text.size(); ++i) {
    i = skip_plain(text, i);
    // Eight bytes at a time over the long stretches of text with nothing to escape.
    while (i + 8 <= text.size()) {
      std::uint64_t word;
      std::memcpy(&word, text.data() + i, 8);
      if (needs_escape(word)) break;
      i += 8;
    }
    if (i >= text.size()) break;
    auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    put(text.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        put("\\\"", 2);
        break;
      case '\\':
        put("\\\\", 2);
        break;
      case '\b':
        put("\\b", 2);
        break;
      case '\f':
        put("\\f", 2);
        break;
      case '\n':
        put("\\n", 2);
        break;
      case '\r':
        put("\\r", 2);
        break;
      case '\t':
        put("\\t", 2);
        break;
      default:
        put(fmt::format("\\u{:04x}", c));
        break;
    }
  }
  put(text.data() + run, text.size() - run);
  put('"');
}

void JsonWriter::number(std::size_t value) {
  before_value();
  char digits[24];
  put(digits, static_cast<std::size_t>(std::to_chars(digits, digits + sizeof digits, value).ptr - digits));
}

void JsonWriter::number(double value) {
  before_value();
  if (!std::isfinite(value)) {
    put("null", 4);
    return;
  }
  std::string text = fmt::format("{}", value);  // shortest round-trip form, as nlohmann prints
  if (text.find_first_of(".e") == std::string::npos) text += ".0";
  put(text);
}

void JsonWriter::null() {
  before_value();
  put("null", 4);
}

void JsonWriter::raw(std::string_view json) {
  before_value();
  put(json);
}

}  // namespace newsparse::detail
