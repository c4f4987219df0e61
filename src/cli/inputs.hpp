// src/cli/inputs.hpp: turns command-line arguments into the list of inputs
// (files, directory walks, standard input) and reads each one.
#pragma once

#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <system_error>
#include <variant>
#include <vector>

#include "newsparse/error.hpp"

namespace newsparse::cli {

/// One input to parse, in output order.
struct Input {
  std::string name;  ///< printed as "file": the path as given or found, "-" for stdin
  bool is_stdin = false;
  bool from_walk = false;      ///< found in a directory walk (not named by the user)
  std::optional<Error> error;  ///< known before reading (e.g. a missing path)
};

/// How arguments expand.
struct WalkOptions {
  std::vector<std::string> extensions{"txt"};  ///< without dots; "*" takes every file
};

/// The inputs of a run, produced one at a time so that memory does not grow
/// with the corpus: first the paths of a --files-from list (read line by
/// line; a directory there is an is_directory error), then the arguments in
/// order: "-" is standard input, a directory is walked depth first with each
/// directory's entries in sorted order (files with a listed extension;
/// symbolic links to directories are not followed), any other argument is a
/// file. A missing path becomes an input with an error, so it gets an error
/// record in its place.
class InputStream {
 public:
  InputStream(std::vector<std::string> args, WalkOptions options, std::string files_from = {});
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;
  ~InputStream();

  /// The next input, or nullopt when all are done.
  std::optional<Input> next();
  /// Problems met on the way (an unreadable directory), for stderr.
  std::vector<std::string> take_warnings() { return std::move(warnings_); }

 private:
  struct Frame;
  bool push_directory(const std::filesystem::path& dir, std::error_code& ec);
  std::vector<std::string> args_;
  WalkOptions options_;
  std::string files_from_;
  std::FILE* list_ = nullptr;
  bool list_done_ = false;
  std::size_t next_arg_ = 0;
  std::vector<Frame> stack_;
  std::vector<std::string> warnings_;
};

/// True when `path` names a directory (following links).
bool is_directory_path(const std::string& path);

/// The bytes of an input, or why it cannot be read. Reads at most max_bytes + 1
/// bytes, so an oversized input is reported without being loaded.
std::variant<std::string, Error> read_input(const Input& input, std::size_t max_bytes);

}  // namespace newsparse::cli
