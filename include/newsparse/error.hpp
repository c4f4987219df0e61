// newsparse/error.hpp: why an input could not be parsed, and the Result type.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include "newsparse/article.hpp"

namespace newsparse {

/// Every reason an input can fail. The snake_case names (error_code_name)
/// are printed as `error.code` and never change.
enum class ErrorCode {
  not_found,             ///< the path does not exist (or is a broken link)
  permission_denied,     ///< the file exists but cannot be read
  is_directory,          ///< a directory where a file was expected
  not_a_file,            ///< a FIFO, device or socket
  unreadable,            ///< any other I/O failure
  binary,                ///< NUL bytes or other binary content
  invalid_utf8,          ///< bytes that are not UTF-8
  unsupported_encoding,  ///< UTF-16/UTF-32 and other encodings newsparse does not decode
  too_large,             ///< larger than Options::max_bytes
  invalid_record,        ///< a line of JSON Lines input that is not an object with a text field
  internal,              ///< a bug in newsparse; please report it
};

/// The stable name of a code, e.g. "invalid_utf8".
std::string_view error_code_name(ErrorCode code) noexcept;

/// A failure to parse one input.
struct Error {
  ErrorCode code = ErrorCode::internal;
  std::string message;  ///< what went wrong and where: "byte 18234: invalid UTF-8 sequence"
};

/// Either a parsed Article or the Error that prevented it.
class Result {
 public:
  Result(Article article) : value_(std::move(article)) {}  // NOLINT: implicit by design
  Result(Error error) : value_(std::move(error)) {}        // NOLINT: implicit by design

  /// True when parsing succeeded.
  [[nodiscard]] bool ok() const noexcept { return value_.index() == 0; }
  explicit operator bool() const noexcept { return ok(); }

  /// The article; only when ok().
  [[nodiscard]] const Article& article() const& { return std::get<Article>(value_); }
  [[nodiscard]] Article&& article() && { return std::get<Article>(std::move(value_)); }
  /// The error; only when !ok().
  [[nodiscard]] const Error& error() const& { return std::get<Error>(value_); }

 private:
  std::variant<Article, Error> value_;
};

}  // namespace newsparse
