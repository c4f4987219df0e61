// fuzz/parse_fuzz.cpp: raw bytes through parse() and to_json(): never a crash,
// always valid JSON, and every span inside the text it claims to cover.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string_view>

#include "newsparse/newsparse.hpp"

namespace {

// Every {"start","end","text"} object: start <= end, and the text's length
// in code points equals end - start.
void check_spans(const nlohmann::json& value) {
  if (value.is_object()) {
    if (value.contains("start") && value.contains("end") && value.contains("text") && value["start"].is_number()) {
      auto start = value["start"].get<std::size_t>(), end = value["end"].get<std::size_t>();
      const auto& text = value["text"].get_ref<const std::string&>();
      std::size_t points = 0;
      for (unsigned char c : text) points += (c & 0xC0) != 0x80;
      if (start > end || end - start != points) __builtin_trap();
    }
    for (const auto& item : value) check_spans(item);
  } else if (value.is_array()) {
    for (const auto& item : value) check_spans(item);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  newsparse::Result result = newsparse::parse(bytes);
  std::string out = result ? newsparse::to_json(result.article(), "fuzz.txt", newsparse::JsonStyle::compact)
                           : newsparse::to_json(result.error(), "fuzz.txt", newsparse::JsonStyle::compact);
  if (!result && result.error().code == newsparse::ErrorCode::internal) __builtin_trap();
  nlohmann::json parsed = nlohmann::json::parse(out, nullptr, false);
  if (parsed.is_discarded()) __builtin_trap();
  check_spans(parsed);
  return 0;
}
