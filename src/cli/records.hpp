// src/cli/records.hpp: JSON Lines input (--input jsonl): one article per
// line, its text in a field, an id carried through to the output. This is
// how newsparse runs as a Hadoop Streaming mapper or under Spark's RDD.pipe.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "cli/inputs.hpp"
#include "newsparse/error.hpp"

namespace newsparse::cli {

/// One line of JSON Lines input, not yet decoded.
struct RawRecord {
  std::string origin;          ///< the input's name ("-" for standard input), printed as "file"
  std::size_t line = 0;        ///< its line number, printed as "line"
  std::string line_text;       ///< the JSON text
  std::optional<Error> error;  ///< the stream could not be read
};

/// Reads the lines of several JSON Lines inputs (files or "-") one at a time.
class RecordReader {
 public:
  RecordReader(InputStream& inputs, std::size_t max_bytes);
  ~RecordReader();
  RecordReader(const RecordReader&) = delete;
  RecordReader& operator=(const RecordReader&) = delete;
  /// The next line (blank lines are skipped), or nullopt at the end of all inputs.
  std::optional<RawRecord> next();

 private:
  bool open_next(RawRecord& failure);
  InputStream& inputs_;
  std::optional<Input> current_;
  std::size_t max_bytes_;
  std::FILE* file_ = nullptr;
  std::size_t line_number_ = 0;
  char* buffer_ = nullptr;
  std::size_t capacity_ = 0;
};

/// An article's text and id taken from a record.
struct DecodedRecord {
  std::string text;
  std::string id_json;  ///< the id field's JSON text, or empty
  std::optional<Error> error;
};

/// Takes `text_field` (a string) and `id_field` (any JSON value) from a JSON line.
DecodedRecord decode_record(const std::string& line, const std::string& text_field, const std::string& id_field);

}  // namespace newsparse::cli
