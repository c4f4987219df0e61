// src/text/utf8.hpp: UTF-8 walking, validation and code point classes.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsparse::detail {

/// True for a UTF-8 continuation byte (10xxxxxx).
constexpr bool is_continuation(unsigned char byte) noexcept { return (byte & 0xC0) == 0x80; }

/// The multi-byte part of next_code_point().
char32_t next_code_point_multibyte(std::string_view text, std::size_t& pos) noexcept;

/// Decodes the code point at `pos` (which must start a valid sequence) and
/// advances `pos` past it. Returns U+FFFD on a malformed sequence.
/// Inline for ASCII: the tokenizers call it once per character.
inline char32_t next_code_point(std::string_view text, std::size_t& pos) noexcept {
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) {
    ++pos;
    return byte;
  }
  return next_code_point_multibyte(text, pos);
}

/// Decodes the code point that ends just before `pos` and moves `pos` back to its start.
char32_t prev_code_point(std::string_view text, std::size_t& pos) noexcept;

/// The byte offset of the first invalid UTF-8 sequence, or npos when `text` is valid.
/// Rejects overlong forms, surrogates and code points above U+10FFFF.
std::size_t find_invalid_utf8(std::string_view text) noexcept;

/// Copies `text` to `out` with each maximal ill-formed subsequence replaced by
/// U+FFFD (Unicode's "best practice", as Python's errors="replace" does), and
/// returns how many were replaced; `runs`, when given, receives the number of
/// runs of adjacent replacements.
std::size_t replace_invalid_utf8(std::string_view text, std::string& out, std::size_t* runs = nullptr);

/// Appends the UTF-8 form of `cp`.
void append_utf8(std::string& out, char32_t cp);

// The classes below beyond ASCII, from ICU.
bool is_letter_beyond_ascii(char32_t cp) noexcept;
bool is_upper_beyond_ascii(char32_t cp) noexcept;
bool is_lower_beyond_ascii(char32_t cp) noexcept;
bool is_space_beyond_ascii(char32_t cp) noexcept;
/// Dash punctuation: - – — and friends.
bool is_dash(char32_t cp) noexcept;

// One bit test where a chain of six comparisons showed in profiles: bit k of
// the mask is set for the white-space byte k (\t \n \v \f \r and ' ').
constexpr bool is_ascii_space(char c) noexcept {
  const auto b = static_cast<unsigned char>(c);
  return b <= ' ' && ((0x100003E00ULL >> b) & 1) != 0;
}
constexpr bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
constexpr bool is_ascii_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }
constexpr bool is_ascii_alpha(char c) noexcept {  // folds case with bit 5: one comparison
  return static_cast<unsigned char>((static_cast<unsigned char>(c) | 0x20) - 'a') < 26;
}
constexpr char to_ascii_lower(char c) noexcept { return is_ascii_upper(c) ? char(c - 'A' + 'a') : c; }

/// What an ASCII byte is inside a word, by one table look-up, for the
/// tokenizers' inner loops: 0 for bytes that are no letter or digit.
enum AsciiWordClass : std::uint8_t { kAsciiNoWord = 0, kAsciiLower = 1, kAsciiUpper = 2, kAsciiDigit = 3 };
inline constexpr auto kAsciiWordClasses = [] {
  std::array<std::uint8_t, 256> table{};
  for (int c = 'a'; c <= 'z'; ++c) table[c] = kAsciiLower;
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = kAsciiUpper;
  for (int c = '0'; c <= '9'; ++c) table[c] = kAsciiDigit;
  return table;
}();
constexpr std::uint8_t ascii_word_class(char c) noexcept { return kAsciiWordClasses[static_cast<unsigned char>(c)]; }

/// The same classes as one bit each (0 for no letter or digit), to be or-ed
/// over a run of bytes: which classes a word holds, without a shift per byte.
enum AsciiWordBit : std::uint8_t { kLowerBit = 1, kUpperBit = 2, kDigitBit = 4 };
inline constexpr auto kAsciiWordBits = [] {
  std::array<std::uint8_t, 256> table{};
  for (int c = 0; c < 256; ++c)
    if (const std::uint8_t word_class = kAsciiWordClasses[c]) table[c] = std::uint8_t(1u << (word_class - 1));
  return table;
}();
static_assert(kAsciiWordBits['a'] == kLowerBit && kAsciiWordBits['Z'] == kUpperBit && kAsciiWordBits['7'] == kDigitBit);
constexpr std::uint8_t ascii_word_bits(char c) noexcept { return kAsciiWordBits[static_cast<unsigned char>(c)]; }

/// Unicode letter (any script).
inline bool is_letter(char32_t cp) noexcept {
  return cp < 0x80 ? is_ascii_alpha(static_cast<char>(cp)) : is_letter_beyond_ascii(cp);
}
/// Unicode uppercase or titlecase letter.
inline bool is_upper(char32_t cp) noexcept {
  return cp < 0x80 ? is_ascii_upper(static_cast<char>(cp)) : is_upper_beyond_ascii(cp);
}
/// Unicode lowercase letter.
inline bool is_lower(char32_t cp) noexcept {
  return cp < 0x80 ? is_ascii_lower(static_cast<char>(cp)) : is_lower_beyond_ascii(cp);
}
/// Unicode white space, including no-break spaces.
inline bool is_space(char32_t cp) noexcept {
  return cp < 0x80 ? is_ascii_space(static_cast<char>(cp)) : is_space_beyond_ascii(cp);
}

/// Full Unicode lower case (ICU), e.g. for looking words up in word lists.
std::string to_lower(std::string_view text);

/// Readable case for an ALL-CAPS name: "MOSCOW" -> "Moscow", "AL-AIN" ->
/// "Al-Ain", "NEW YORK" -> "New York". Text with lower-case letters is kept.
std::string readable_case(std::string_view text);

/// True when `text` has at least one letter and no lower-case letter.
bool is_all_caps(std::string_view text) noexcept;

/// `text` without leading and trailing Unicode white space.
std::string_view trim(std::string_view text) noexcept;

/// Equality ignoring ASCII case.
bool iequals(std::string_view a, std::string_view b) noexcept;

/// True when `text` starts with `prefix`, ignoring ASCII case.
bool istarts_with(std::string_view text, std::string_view prefix) noexcept;

/// The offset of the first '\r' or '\n' at or after `pos`, or text.size().
/// (std::string_view::find_first_of calls memchr once per byte for a set.)
std::size_t find_line_end(std::string_view text, std::size_t pos) noexcept;

/// Collapses runs of white space to one space and trims.
std::string collapse_space(std::string_view text);

}  // namespace newsparse::detail
