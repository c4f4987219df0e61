// src/input.cpp: byte-level checks before any parsing.
#include "input.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <cstring>

#include "text/utf8.hpp"

namespace newsparse::detail {

namespace {

bool starts_with_bytes(std::string_view bytes, std::string_view prefix) {
  return bytes.size() >= prefix.size() && std::memcmp(bytes.data(), prefix.data(), prefix.size()) == 0;
}

// Control characters other than tab, line ends and form feed. Text with NUL
// or with many of these is a binary file (an image, a PDF, a zip).
bool looks_binary(std::string_view bytes, std::size_t& where) {
  const void* nul = std::memchr(bytes.data(), '\0', bytes.size());
  if (nul != nullptr) {
    where = static_cast<std::size_t>(static_cast<const char*>(nul) - bytes.data());
    return true;
  }
  std::size_t controls = 0;
  std::size_t sample = std::min<std::size_t>(bytes.size(), 4096);
  for (std::size_t i = 0; i < sample; ++i) {
    // Eight bytes at a time while none is below 0x20 (the "has less" trick).
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    while (i + 8 <= sample) {
      std::uint64_t word;
      std::memcpy(&word, bytes.data() + i, 8);
      if (((word - ones * 0x20) & ~word & highs) != 0) break;
      i += 8;
    }
    if (i >= sample) break;
    auto c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
      if (controls == 0) where = i;
      ++controls;
    }
  }
  // 10%: real text scraped from the web has a stray control character or two,
  // never this many.
  return sample > 0 && controls * 10 > sample;
}

}  // namespace

std::variant<Article, Error> decode_input(std::string_view bytes, const Options& options) {
  if (bytes.size() > options.max_bytes) {
    return Error{ErrorCode::too_large,
                 fmt::format("{} bytes is over the limit of {} bytes (--max-bytes)", bytes.size(), options.max_bytes)};
  }
  using namespace std::string_view_literals;  // the marks hold NUL bytes: sized literals
  if (starts_with_bytes(bytes, "\xFF\xFE\x00\x00"sv) || starts_with_bytes(bytes, "\x00\x00\xFE\xFF"sv)) {
    return Error{ErrorCode::unsupported_encoding, "UTF-32 text (byte order mark); convert it to UTF-8"};
  }
  if (starts_with_bytes(bytes, "\xFF\xFE") || starts_with_bytes(bytes, "\xFE\xFF")) {
    return Error{ErrorCode::unsupported_encoding,
                 "UTF-16 text (byte order mark); convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8"};
  }
  std::size_t where = 0;
  if (looks_binary(bytes, where)) {
    return Error{ErrorCode::binary, fmt::format("byte {}: binary data (control character {:#04x}), not text", where,
                                                static_cast<unsigned char>(bytes[where]))};
  }
  Article article;
  std::size_t bad = find_invalid_utf8(bytes);
  if (bad == std::string_view::npos) {
    article.text.assign(bytes);
    return article;
  }
  // A few stray bytes (a page cut mid-character, one Latin-1 sign pasted in)
  // are replaced by U+FFFD with a warning; text in another encoding is refused.
  // 1 + 1 per 2,000 bytes: an English article in Windows-1252 has a curly
  // quote or dash every few hundred bytes, far more than this.
  std::size_t spots = 0;  // runs of adjacent bad sequences: one encoded surrogate is one spot, three U+FFFD
  std::size_t replaced = replace_invalid_utf8(bytes, article.text, &spots);
  if (spots > 1 + bytes.size() / 2000) {
    return Error{ErrorCode::invalid_utf8,
                 fmt::format("byte {}: invalid UTF-8 sequence ({} in all): not UTF-8 text; convert it, e.g. "
                             "iconv -f WINDOWS-1252 -t UTF-8",
                             bad, replaced)};
  }
  article.warnings.push_back(
      {"invalid_utf8_replaced",
       fmt::format("byte {}: {} invalid UTF-8 sequence{} replaced by U+FFFD (one code point each)", bad, replaced,
                   replaced == 1 ? "" : "s")});
  return article;
}

}  // namespace newsparse::detail
