// fuzz/input_fuzz.cpp: the input decoding and text primitives on raw bytes:
// validation agrees with replacement, replacement always yields valid UTF-8,
// code point offsets agree with a plain count, and the date scanner and case
// helpers never read out of bounds.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "dates.hpp"
#include "input.hpp"
#include "text/offsets.hpp"
#include "text/utf8.hpp"

using namespace newsparse::detail;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string replaced;
  std::size_t count = replace_invalid_utf8(bytes, replaced);
  bool valid = find_invalid_utf8(bytes) == std::string_view::npos;
  if (valid != (count == 0)) __builtin_trap();
  if (find_invalid_utf8(replaced) != std::string_view::npos) __builtin_trap();
  if (valid && replaced != bytes) __builtin_trap();

  CodePointMap map(replaced);
  std::size_t points = 0;
  for (std::size_t i = 0; i <= replaced.size(); ++i) {
    if (i == replaced.size() || !is_continuation(static_cast<unsigned char>(replaced[i]))) {
      if (map(i) != points) __builtin_trap();
      ++points;
    }
  }

  auto decoded = decode_input(bytes, newsparse::Options{});
  if (auto* article = std::get_if<newsparse::Article>(&decoded)) {
    if (find_invalid_utf8(article->text) != std::string_view::npos) __builtin_trap();
  }

  const Tables& tables = Tables::get();
  std::string_view text = replaced;
  for (std::size_t i = 0; i < text.size() && i < 256; ++i) {
    if (auto m = parse_date_at(text, i, tables)) {
      if (m->span.start != i || m->span.end > text.size() || m->span.end < m->span.start) __builtin_trap();
      (void)to_iso(DateParts{m->parts.year == 0 ? 2000 : m->parts.year, m->parts.month, m->parts.day, m->parts.hour,
                             m->parts.minute, m->parts.second, m->parts.offset_minutes, m->parts.zulu});
    }
  }
  (void)readable_case(text);
  (void)trim(text);
  (void)collapse_space(text);
  std::size_t pos = text.size();
  while (pos > 0) prev_code_point(text, pos);
  return 0;
}
