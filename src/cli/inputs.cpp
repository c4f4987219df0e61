// src/cli/inputs.cpp: argument expansion, directory walks and file reading.
#include "cli/inputs.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace newsparse::cli {

namespace fs = std::filesystem;

namespace {

Error errno_error(int err, std::string_view what) {
  ErrorCode code = ErrorCode::unreadable;
  switch (err) {
    case ENOENT:
    case ENOTDIR:
    case ELOOP: code = ErrorCode::not_found; break;
    case EACCES:
    case EPERM: code = ErrorCode::permission_denied; break;
    case EISDIR: code = ErrorCode::is_directory; break;
    default: break;
  }
  std::string reason = err == ELOOP ? "too many levels of symbolic links" : std::strerror(err);
  return Error{code, fmt::format("{}: {}", what, reason)};
}

bool has_extension(const fs::path& path, const WalkOptions& options) {
  std::string ext = path.extension().string();
  if (!ext.empty()) ext.erase(0, 1);
  for (const std::string& want : options.extensions) {
    if (want == "*") return true;
    std::string w = want;
    if (!w.empty() && w.front() == '.') w.erase(0, 1);
    if (ext == w) return true;
  }
  return false;
}

void walk(const fs::path& root, const WalkOptions& options, std::vector<Input>& out,
          std::vector<std::string>& warnings) {
  std::vector<std::string> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    out.push_back({root.string(), false, false, errno_error(ec.value(), "cannot open directory")});
    return;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) {
      warnings.push_back(fmt::format("{}: {}", it->path().string(), ec.message()));
      ec.clear();
      continue;
    }
    const fs::directory_entry& entry = *it;
    std::error_code sec;
    if (entry.is_directory(sec)) continue;
    if (!has_extension(entry.path(), options)) continue;
    found.push_back(entry.path().string());
  }
  std::sort(found.begin(), found.end());
  for (auto& path : found) out.push_back({std::move(path), false, true, std::nullopt});
}

}  // namespace

std::vector<Input> gather_inputs(const std::vector<std::string>& args, const WalkOptions& options,
                                 std::vector<std::string>& warnings) {
  std::vector<Input> inputs;
  for (const std::string& arg : args) {
    if (arg == "-") {
      inputs.push_back({"-", true, false, std::nullopt});
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(arg, ec);
    if (ec && ec.value() != ENOENT) {
      inputs.push_back({arg, false, false, errno_error(ec.value(), "cannot access")});
    } else if (fs::is_directory(st)) {
      walk(arg, options, inputs, warnings);
    } else {
      inputs.push_back({arg, false, false, std::nullopt});
    }
  }
  return inputs;
}

std::variant<std::vector<Input>, Error> read_file_list(const std::string& list_file) {
  std::ifstream in(list_file);
  if (!in) return errno_error(errno, fmt::format("cannot read file list {}", list_file));
  std::vector<Input> inputs;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    inputs.push_back({line, false, false, std::nullopt});
  }
  return inputs;
}

std::variant<std::string, Error> read_input(const Input& input, std::size_t max_bytes) {
  if (input.error) return *input.error;
  int fd = input.is_stdin ? STDIN_FILENO : ::open(input.name.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return errno_error(errno, "cannot open");
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    int err = errno;
    if (!input.is_stdin) ::close(fd);
    return errno_error(err, "cannot stat");
  }
  auto fail = [&](Error e) -> std::variant<std::string, Error> {
    if (!input.is_stdin) ::close(fd);
    return e;
  };
  if (S_ISDIR(st.st_mode)) return fail({ErrorCode::is_directory, "is a directory, not a file"});
  // Devices, sockets and FIFOs met in a directory walk would block or never
  // end; named on the command line (e.g. <(zcat a.gz)) a pipe is read.
  if (!S_ISREG(st.st_mode) && (input.from_walk || S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) || S_ISSOCK(st.st_mode)))
    return fail({ErrorCode::not_a_file, "not a regular file (device, socket or FIFO)"});
  if (S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) > max_bytes)
    return fail({ErrorCode::too_large, fmt::format("{} bytes is over the limit of {} bytes (--max-bytes)",
                                                   st.st_size, max_bytes)});
  if (!input.is_stdin) {  // back to blocking reads now that we know what it is
    int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  }
  std::string bytes;
  if (S_ISREG(st.st_mode)) bytes.reserve(static_cast<std::size_t>(st.st_size));
  char buffer[1 << 16];
  while (true) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail(errno_error(errno, "read failed"));
    }
    if (n == 0) break;
    bytes.append(buffer, static_cast<std::size_t>(n));
    if (bytes.size() > max_bytes)
      return fail({ErrorCode::too_large, fmt::format("over the limit of {} bytes (--max-bytes)", max_bytes)});
  }
  if (!input.is_stdin) ::close(fd);
  return bytes;
}

}  // namespace newsparse::cli
