// src/text/json_writer.hpp: a streaming JSON writer for the output stage.
// It writes what nlohmann/json's dump() writes (two-space indent when
// pretty, keys in insertion order, UTF-8 kept, control characters as
// \u00XX) without building a document first: the output stage is on the
// hot path of every batch.
#pragma once

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace newsparse::detail {

class JsonWriter {
 public:
  explicit JsonWriter(bool pretty, std::size_t reserve = 4096);
  ~JsonWriter();
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  /// An object key; the next call writes its value. Keys are the names of
  /// the output's fields: plain ASCII that needs no escaping.
  void key(std::string_view name) {  // inline: the names are literals, so the copy is too
    before_value();
    char* p = room(name.size() + 4);
    *p++ = '"';
    std::memcpy(p, name.data(), name.size());
    p += name.size();
    *p++ = '"';
    *p++ = ':';
    if (pretty_) *p++ = ' ';
    wrote(p);
    after_key_ = true;
  }
  /// `{"start":start,"end":end,"text":text}`, the form of every span.
  void span(std::size_t start, std::size_t end, std::string_view text);

  void string(std::string_view text);  ///< `text` must be valid UTF-8
  void number(std::size_t value);
  void number(double value);
  void null();
  /// A value that is already JSON text (compact).
  void raw(std::string_view json);

  /// The document written so far; the writer is empty afterwards.
  std::string take();

 private:
  void before_value() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (empty_.empty()) return;
    if (!empty_.back()) put(',');
    empty_.back() = false;
    if (pretty_) newline_indent();
  }
  void open(char bracket);
  void close(char bracket);
  void newline_indent();
  void write_string(std::string_view text);
  // The output grows by hand: out_ is sized ahead and size_ is the length
  // written, so an append is a copy, not std::string's bookkeeping (which
  // cost ten times the bytes of a key).
  void put(const char* data, std::size_t n) {
    if (n == 0) return;  // data may be null then, which memcpy must not see
    if (out_.size() - size_ < n) grow(n);
    std::memcpy(out_.data() + size_, data, n);
    size_ += n;
  }
  void put(std::string_view text) { put(text.data(), text.size()); }
  void put(char c) {
    if (out_.size() == size_) grow(1);
    out_[size_++] = c;
  }
  // Room for `n` more bytes, written at the pointer returned and then
  // counted by wrote(): one size check for several small pieces.
  char* room(std::size_t n) {
    if (out_.size() - size_ < n) grow(n);
    return out_.data() + size_;
  }
  void wrote(const char* end) { size_ = static_cast<std::size_t>(end - out_.data()); }
  void grow(std::size_t n);

  std::string out_;
  std::size_t size_ = 0;
  bool pretty_;
  bool after_key_ = false;
  std::vector<char> empty_;  // per open container: nothing written in it yet
};

}  // namespace newsparse::detail
