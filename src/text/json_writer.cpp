// src/text/json_writer.cpp: JSON text, escaped as nlohmann/json escapes it.
#include "text/json_writer.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace newsparse::detail {

JsonWriter::JsonWriter(bool pretty, std::size_t reserve) : pretty_(pretty) { out_.reserve(reserve); }

void JsonWriter::newline_indent() {
  out_ += '\n';
  out_.append(2 * empty_.size(), ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (empty_.empty()) return;
  if (!empty_.back()) out_ += ',';
  empty_.back() = false;
  if (pretty_) newline_indent();
}

void JsonWriter::open(char bracket) {
  before_value();
  out_ += bracket;
  empty_.push_back(true);
}

void JsonWriter::close(char bracket) {
  bool was_empty = empty_.back();
  empty_.pop_back();
  if (pretty_ && !was_empty) newline_indent();
  out_ += bracket;
}

void JsonWriter::begin_object() { open('{'); }
void JsonWriter::end_object() { close('}'); }
void JsonWriter::begin_array() { open('['); }
void JsonWriter::end_array() { close(']'); }

void JsonWriter::key(std::string_view name) {
  before_value();
  out_ += '"';
  out_ += name;
  out_ += pretty_ ? "\": " : "\":";
  after_key_ = true;
}

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
  char digits[24];
  out_.append("{\"start\":", 9);
  out_.append(digits, std::to_chars(digits, digits + sizeof digits, start).ptr);
  out_.append(",\"end\":", 7);
  out_.append(digits, std::to_chars(digits, digits + sizeof digits, end).ptr);
  out_.append(",\"text\":", 8);
  write_string(text);
  out_ += '}';
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

}  // namespace

void JsonWriter::write_string(std::string_view text) {
  out_ += '"';
  std::size_t run = 0;  // start of the stretch that needs no escaping
  for (std::size_t i = 0; i < text.size(); ++i) {
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
    out_.append(text, run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        out_ += "\\\"";
        break;
      case '\\':
        out_ += "\\\\";
        break;
      case '\b':
        out_ += "\\b";
        break;
      case '\f':
        out_ += "\\f";
        break;
      case '\n':
        out_ += "\\n";
        break;
      case '\r':
        out_ += "\\r";
        break;
      case '\t':
        out_ += "\\t";
        break;
      default:
        out_ += fmt::format("\\u{:04x}", c);
        break;
    }
  }
  out_.append(text, run, text.size() - run);
  out_ += '"';
}

void JsonWriter::number(std::size_t value) {
  before_value();
  char digits[24];
  out_.append(digits, std::to_chars(digits, digits + sizeof digits, value).ptr);
}

void JsonWriter::number(double value) {
  before_value();
  if (!std::isfinite(value)) {
    out_ += "null";
    return;
  }
  std::string text = fmt::format("{}", value);  // shortest round-trip form, as nlohmann prints
  if (text.find_first_of(".e") == std::string::npos) text += ".0";
  out_ += text;
}

void JsonWriter::null() {
  before_value();
  out_ += "null";
}

void JsonWriter::raw(std::string_view json) {
  before_value();
  out_ += json;
}

}  // namespace newsparse::detail
