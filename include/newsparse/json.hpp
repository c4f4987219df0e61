// newsparse/json.hpp: the JSON form of a parse result (see CONTRACT.md).
#pragma once

#include <string>
#include <string_view>

#include "newsparse/article.hpp"
#include "newsparse/error.hpp"

namespace newsparse {

/// How to lay out the JSON text.
enum class JsonStyle {
  pretty,   ///< indented by two spaces, as jq prints
  compact,  ///< one line, for JSON Lines
};

/// The output schema's version, printed as "schema_version".
inline constexpr std::string_view schema_version = "1.0";

/// Where a record came from; printed first in its JSON object.
struct RecordSource {
  std::string_view file;     ///< "file": the path as given or found in a walk, "-" for standard input
  std::size_t line = 0;      ///< "line": the line of a JSON Lines input (0: not printed)
  std::string_view id_json;  ///< "id": the JSON text of an input record's id (empty: not printed)
};

/// The JSON object for a parsed article; spans are printed in Unicode code
/// points of Article::text (see CONTRACT.md). No trailing newline.
std::string to_json(const Article& article, const RecordSource& source, JsonStyle style);

/// The error record for an input that failed: {"file", "error": {"code", "message"}}.
std::string to_json(const Error& error, const RecordSource& source, JsonStyle style);

/// Shorthands for a record read from a file.
inline std::string to_json(const Article& article, std::string_view file, JsonStyle style) {
  return to_json(article, RecordSource{file, 0, {}}, style);
}
inline std::string to_json(const Error& error, std::string_view file, JsonStyle style) {
  return to_json(error, RecordSource{file, 0, {}}, style);
}

}  // namespace newsparse
