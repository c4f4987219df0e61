// src/cli/records.cpp: streaming JSON Lines input.
#include "cli/records.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <nlohmann/json.hpp>

namespace newsparse::cli {

RecordReader::RecordReader(InputStream& inputs, std::size_t max_bytes) : inputs_(inputs), max_bytes_(max_bytes) {}

RecordReader::~RecordReader() {
  if (file_ != nullptr && file_ != stdin) std::fclose(file_);
  std::free(buffer_);
}

bool RecordReader::open_next(RawRecord& failure) {
  const Input& input = *current_;
  line_number_ = 0;
  if (input.error) {
    failure = {input.name, 0, "", input.error};
    return false;
  }
  file_ = input.is_stdin ? stdin : std::fopen(input.name.c_str(), "rb");
  if (file_ == nullptr) {
    ErrorCode code = errno == ENOENT   ? ErrorCode::not_found
                     : errno == EACCES ? ErrorCode::permission_denied
                                       : ErrorCode::unreadable;
    failure = {input.name, 0, "", Error{code, fmt::format("cannot open: {}", std::strerror(errno))}};
    return false;
  }
  return true;
}

std::optional<RawRecord> RecordReader::next() {
  while (true) {
    if (file_ == nullptr) {
      current_ = inputs_.next();
      if (!current_) return std::nullopt;
      RawRecord failure;
      if (!open_next(failure)) return failure;
    }
    ssize_t n = ::getline(&buffer_, &capacity_, file_);
    if (n < 0) {
      bool failed = std::ferror(file_) != 0;
      if (file_ != stdin) std::fclose(file_);
      file_ = nullptr;
      if (failed) return RawRecord{current_->name, line_number_ + 1, "", Error{ErrorCode::unreadable, "read failed"}};
      continue;
    }
    ++line_number_;
    const std::string& origin = current_->name;
    std::size_t len = static_cast<std::size_t>(n);
    while (len > 0 && (buffer_[len - 1] == '\n' || buffer_[len - 1] == '\r')) --len;
    if (len == 0) continue;
    if (len > max_bytes_) {
      return RawRecord{
          origin, line_number_, "",
          Error{ErrorCode::too_large,
                fmt::format("record of {} bytes is over the limit of {} bytes (--max-bytes)", len, max_bytes_)}};
    }
    return RawRecord{origin, line_number_, std::string(buffer_, len), std::nullopt};
  }
}

DecodedRecord decode_record(const std::string& line, const std::string& text_field, const std::string& id_field) {
  DecodedRecord out;
  nlohmann::json record = nlohmann::json::parse(line, nullptr, false);
  if (record.is_discarded() || !record.is_object()) {
    out.error = Error{ErrorCode::invalid_record, "not a JSON object"};
    return out;
  }
  if (auto id = record.find(id_field); id != record.end()) out.id_json = id->dump();
  auto text = record.find(text_field);
  if (text == record.end() || !text->is_string()) {
    out.error = Error{ErrorCode::invalid_record, fmt::format("no string field \"{}\" (--text-field)", text_field)};
    return out;
  }
  out.text = text->get<std::string>();
  return out;
}

}  // namespace newsparse::cli
