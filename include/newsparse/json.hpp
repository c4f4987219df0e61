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

/// The JSON object for a parsed article. `file` is printed as given; spans
/// are printed in Unicode code points of Article::text (see CONTRACT.md).
/// No trailing newline.
std::string to_json(const Article& article, std::string_view file, JsonStyle style);

/// The error record for an input that failed: {"file", "error": {code, message}}.
std::string to_json(const Error& error, std::string_view file, JsonStyle style);

}  // namespace newsparse
