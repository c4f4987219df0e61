// src/cli/inputs.hpp: turns command-line arguments into the list of inputs
// (files, directory walks, standard input) and reads each one.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "newsparse/error.hpp"

namespace newsparse::cli {

/// One input to parse, in output order.
struct Input {
  std::string name;             ///< printed as "file": the path as given or found, "-" for stdin
  bool is_stdin = false;
  bool from_walk = false;       ///< found in a directory walk (not named by the user)
  std::optional<Error> error;   ///< known before reading (e.g. a missing path)
};

/// How arguments expand.
struct WalkOptions {
  std::vector<std::string> extensions{"txt"};  ///< without dots; "*" takes every file
};

/// Expands the arguments in order: "-" is standard input, a directory is
/// walked recursively (files with a listed extension, in sorted order), any
/// other argument is a file. Missing paths become inputs with an error, so
/// they get an error record in their place. Warnings (skipped entries) go to `warnings`.
std::vector<Input> gather_inputs(const std::vector<std::string>& args, const WalkOptions& options,
                                 std::vector<std::string>& warnings);

/// Reads the paths listed in `list_file`, one per line, as inputs (no directory walk:
/// a directory there is an is_directory error).
std::variant<std::vector<Input>, Error> read_file_list(const std::string& list_file);

/// The bytes of an input, or why it cannot be read. Reads at most max_bytes + 1
/// bytes, so an oversized input is reported without being loaded.
std::variant<std::string, Error> read_input(const Input& input, std::size_t max_bytes);

}  // namespace newsparse::cli
