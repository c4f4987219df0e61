// src/text/utf8.cpp: UTF-8 primitives; character classes come from ICU.
#include "text/utf8.hpp"

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace newsparse::detail {

char32_t next_code_point_multibyte(std::string_view text, std::size_t& pos) noexcept {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  unsigned char b = s[pos];
  int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  if (len == 1 || pos + len > n) {
    ++pos;
    return 0xFFFD;
  }
  char32_t cp = b & (0x7F >> len);
  for (int i = 1; i < len; ++i) {
    if (!is_continuation(s[pos + i])) {
      ++pos;
      return 0xFFFD;
    }
    cp = (cp << 6) | (s[pos + i] & 0x3F);
  }
  pos += len;
  return cp;
}

char32_t prev_code_point(std::string_view text, std::size_t& pos) noexcept {
  if (pos == 0) return 0;
  std::size_t start = pos - 1;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  int back = 0;
  while (start > 0 && is_continuation(s[start]) && back < 3) {
    --start;
    ++back;
  }
  std::size_t p = start;
  char32_t cp = next_code_point(text, p);
  if (p != pos) {  // malformed: step one byte
    pos -= 1;
    return 0xFFFD;
  }
  pos = start;
  return cp;
}

std::size_t find_invalid_utf8(std::string_view text) noexcept {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    // Fast path over ASCII, eight bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t chunk;
      __builtin_memcpy(&chunk, s + i, 8);
      if (chunk & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char b = s[i];
    if (b < 0x80) {
      ++i;
      continue;
    }
    int len;
    char32_t min;
    if (b >= 0xC2 && b <= 0xDF) {
      len = 2;
      min = 0x80;
    } else if (b >= 0xE0 && b <= 0xEF) {
      len = 3;
      min = 0x800;
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + len > n) return i;
    char32_t cp = b & (0x7F >> len);
    for (int k = 1; k < len; ++k) {
      if (!is_continuation(s[i + k])) return i;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::string_view::npos;
}

std::size_t replace_invalid_utf8(std::string_view text, std::string& out, std::size_t* runs) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  out.clear();
  out.reserve(n + 16);
  std::size_t replaced = 0, run_count = 0;
  std::size_t i = 0;
  while (i < n) {
    std::size_t bad = find_invalid_utf8(text.substr(i));
    // A new run unless this bad sequence directly follows the last one.
    if (bad != std::string_view::npos && (bad != 0 || replaced == 0)) ++run_count;
    if (bad == std::string_view::npos) {
      out.append(text.substr(i));
      break;
    }
    out.append(text.substr(i, bad));
    i += bad;
    // The maximal subpart: a lead byte and the continuation bytes that could
    // still have completed it (Unicode 15, table 3-7).
    unsigned char b = s[i];
    std::size_t len = 1;
    int need = b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 ? 2 : b >= 0xC2 && b <= 0xDF ? 1 : 0;
    if (b > 0xF4) need = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (b == 0xE0) lo = 0xA0;
    if (b == 0xED) hi = 0x9F;
    if (b == 0xF0) lo = 0x90;
    if (b == 0xF4) hi = 0x8F;
    for (int k = 0; k < need && i + len < n; ++k) {
      unsigned char c = s[i + len];
      if (c < lo || c > hi) break;
      lo = 0x80;
      hi = 0xBF;
      ++len;
    }
    out.append("\xEF\xBF\xBD");
    ++replaced;
    i += len;
  }
  if (runs != nullptr) *runs = run_count;
  return replaced;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_letter_beyond_ascii(char32_t cp) noexcept { return u_isalpha(static_cast<UChar32>(cp)); }
bool is_upper_beyond_ascii(char32_t cp) noexcept {
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}
bool is_lower_beyond_ascii(char32_t cp) noexcept { return u_islower(static_cast<UChar32>(cp)); }
bool is_space_beyond_ascii(char32_t cp) noexcept {
  return u_isUWhiteSpace(static_cast<UChar32>(cp)) || cp == 0xFEFF;
}
bool is_dash(char32_t cp) noexcept {
  if (cp == '-') return true;
  if (cp < 0x80) return false;
  return u_charType(static_cast<UChar32>(cp)) == U_DASH_PUNCTUATION;
}

namespace {

// True when every byte of `text` beyond ASCII belongs to a character of
// General Punctuation U+2000..U+203F (E2 80 xx: the curly quotes and
// apostrophe, dashes, ellipsis), none of which has a lower-case form: then
// lower case is ASCII lower case. `text` is valid UTF-8.
bool is_ascii_or_punctuation(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) < 0x80) continue;
    if (static_cast<unsigned char>(text[i]) != 0xE2 || i + 2 >= text.size() ||
        static_cast<unsigned char>(text[i + 1]) != 0x80)
      return false;
    i += 2;
  }
  return true;
}

}  // namespace

std::string to_lower(std::string_view text) {
  std::string out;
  // ASCII, or ASCII with "’" or "—" (can’t, Trump’s): no ICU round trip,
  // which cost a tenth of the quotes tokenizer's time.
  if (is_ascii_or_punctuation(text)) {
    out.resize(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) out[i] = to_ascii_lower(text[i]);
    return out;
  }
  icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
      .toLower(icu::Locale::getEnglish())
      .toUTF8String(out);
  return out;
}

bool is_all_caps(std::string_view text) noexcept {
  bool letter = false;
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = next_code_point(text, i);
    if (is_lower(cp)) return false;
    letter |= is_letter(cp);
  }
  return letter;
}

std::string readable_case(std::string_view text) {
  if (!is_all_caps(text)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  bool word_start = true;
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = next_code_point(text, i);
    if (is_letter(cp)) {
      if (!word_start) cp = static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
      word_start = false;
    } else {
      // A new word starts after a space, hyphen or full stop ("N.Y."),
      // not after an apostrophe ("ROME'S" -> "Rome's").
      word_start = cp != '\'' && cp != U'\u2019';
    }
    append_utf8(out, cp);
  }
  return out;
}

std::string_view trim(std::string_view text) noexcept {
  // An ASCII byte is a whole character: tested in place, so the usual ends
  // (a letter, a stop) cost no decoding in either direction.
  std::size_t start = 0, end = text.size();
  while (start < end) {
    const auto byte = static_cast<unsigned char>(text[start]);
    if (byte < 0x80) {
      if (!is_ascii_space(static_cast<char>(byte))) break;
      ++start;
      continue;
    }
    std::size_t p = start;
    if (!is_space(next_code_point(text, p))) break;
    start = p;
  }
  while (end > start) {
    const auto byte = static_cast<unsigned char>(text[end - 1]);
    if (byte < 0x80) {
      if (!is_ascii_space(static_cast<char>(byte))) break;
      --end;
      continue;
    }
    std::size_t p = end;
    if (!is_space(prev_code_point(text, p))) break;
    end = p;
  }
  return text.substr(start, end - start);
}

bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (to_ascii_lower(a[i]) != to_ascii_lower(b[i])) return false;
  return true;
}

bool istarts_with(std::string_view text, std::string_view prefix) noexcept {
  return text.size() >= prefix.size() && iequals(text.substr(0, prefix.size()), prefix);
}

std::size_t find_line_end(std::string_view text, std::size_t pos) noexcept {
  // Eight bytes at a time while none is '\n' or '\r' (the "has zero byte" trick).
  constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  std::size_t i = pos;
#if defined(__SSE2__)
  // Sixteen at a time where SSE2 is there (every x86-64), to the byte.
  const __m128i lf16 = _mm_set1_epi8('\n'), cr16 = _mm_set1_epi8('\r');
  for (; i + 16 <= text.size(); i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const int hits = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(x, lf16), _mm_cmpeq_epi8(x, cr16)));
    if (hits != 0) return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(hits)));
  }
#endif
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    const std::uint64_t lf = word ^ (ones * '\n'), cr = word ^ (ones * '\r');
    if ((((lf - ones) & ~lf) | ((cr - ones) & ~cr)) & highs) break;
  }
  for (; i < text.size(); ++i)
    if (text[i] == '\n' || text[i] == '\r') return i;
  return text.size();
}

std::string collapse_space(std::string_view text) {
  // Plain ASCII with single spaces between words (nearly every name and
  // phrase it is asked about) is its own answer: copied, not decoded.
  bool collapsed = !text.empty() && text.front() != ' ' && text.back() != ' ';
  for (std::size_t i = 0; collapsed && i < text.size(); ++i) {
    const char c = text[i];
    collapsed = static_cast<unsigned char>(c) < 0x80 && (c == ' ' ? text[i - 1] != ' ' : !is_ascii_space(c));
  }
  if (collapsed) return std::string(text);
  std::string out;
  out.reserve(text.size());
  bool pending = false;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t start = i;
    char32_t cp = next_code_point(text, i);
    if (is_space(cp)) {
      pending = !out.empty();
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out.append(text.substr(start, i - start));
  }
  return out;
}

}  // namespace newsparse::detail
