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
#include <string>
#include <system_error>
#include <utility>

namespace newsparse::cli {

namespace fs = std::filesystem;

namespace {

Error errno_error(int err, std::string_view what) {
  ErrorCode code = ErrorCode::unreadable;
  switch (err) {
    case ENOENT:
    case ENOTDIR:
    case ELOOP:
      code = ErrorCode::not_found;
      break;
    case EACCES:
    case EPERM:
      code = ErrorCode::permission_denied;
      break;
    case EISDIR:
      code = ErrorCode::is_directory;
      break;
    default:
      break;
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

}  // namespace

// One directory being walked: the paths it holds that the walk takes (files
// with a listed extension, and directories), sorted by name, and the next to
// visit. The paths are kept in one string, not as a filesystem::path each:
// the walk runs on whichever thread asks for the next input, and a path
// made on one thread and freed on another sent malloc's blocks from arena to
// arena, where every later free of them took the other thread's lock.
struct InputStream::Frame {
  struct Entry {
    std::size_t start, size;  // of the path, in `paths`
    bool directory;           // to walk (not a link to one)
  };
  std::string paths;
  std::vector<Entry> entries;
  std::size_t next = 0;
};

InputStream::InputStream(std::vector<std::string> args, WalkOptions options, std::string files_from)
    : args_(std::move(args)), options_(std::move(options)), files_from_(std::move(files_from)) {
  list_done_ = files_from_.empty();
}

InputStream::~InputStream() {
  if (list_ != nullptr) std::fclose(list_);
}

std::optional<Input> InputStream::next() {
  // 1. --files-from, a line at a time.
  while (!list_done_) {
    if (list_ == nullptr) {
      list_ = std::fopen(files_from_.c_str(), "rb");
      if (list_ == nullptr) {
        list_done_ = true;
        return Input{files_from_, false, false, errno_error(errno, "cannot read file list")};
      }
    }
    char* line = nullptr;
    std::size_t capacity = 0;
    ssize_t n = ::getline(&line, &capacity, list_);
    std::string path = n > 0 ? std::string(line, static_cast<std::size_t>(n)) : std::string();
    std::free(line);
    if (n < 0) {
      list_done_ = true;
      break;
    }
    while (!path.empty() && (path.back() == '\n' || path.back() == '\r')) path.pop_back();
    if (!path.empty()) return Input{path, false, false, std::nullopt};
  }
  while (true) {
    // 2. The directory being walked, depth first.
    while (!stack_.empty()) {
      Frame& frame = stack_.back();
      if (frame.next == frame.entries.size()) {
        stack_.pop_back();
        continue;
      }
      const Frame::Entry& entry = frame.entries[frame.next++];
      std::string path = frame.paths.substr(entry.start, entry.size);
      if (entry.directory) {
        std::error_code ec;
        if (!push_directory(path, ec)) warnings_.push_back(fmt::format("{}: {}", path, ec.message()));
        continue;
      }
      return Input{std::move(path), false, true, std::nullopt};
    }
    // 3. The next argument.
    if (next_arg_ == args_.size()) return std::nullopt;
    const std::string& arg = args_[next_arg_++];
    if (arg == "-") return Input{"-", true, false, std::nullopt};
    std::error_code ec;
    fs::file_status st = fs::status(arg, ec);
    if (ec && ec.value() != ENOENT) return Input{arg, false, false, errno_error(ec.value(), "cannot access")};
    if (!fs::is_directory(st)) return Input{arg, false, false, std::nullopt};
    // A directory argument (a link to one is followed): walk it.
    if (!push_directory(arg, ec)) return Input{arg, false, false, errno_error(ec.value(), "cannot open directory")};
  }
}

bool InputStream::push_directory(const std::filesystem::path& dir, std::error_code& ec) {
  struct Listed {
    std::string path;  // the directory's path and the file name: sorted as the names
    bool directory;
  };
  std::vector<Listed> listed;
  fs::directory_iterator it(dir, ec);
  if (ec) return false;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) return false;
    // The type the listing gave (d_type): no stat per file (two per file
    // were a tenth of the system time).
    std::error_code type_ec;
    const bool link = it->is_symlink(type_ec);
    const bool directory = it->is_directory(type_ec);  // follows a link, as fs::status
    if (directory && link) continue;                    // a link back up would loop
    if (!directory && !has_extension(it->path(), options_)) continue;
    listed.push_back({it->path().string(), directory});
  }
  std::sort(listed.begin(), listed.end(), [](const Listed& a, const Listed& b) { return a.path < b.path; });
  Frame frame;
  std::size_t bytes = 0;
  for (const Listed& l : listed) bytes += l.path.size();
  frame.paths.reserve(bytes);
  frame.entries.reserve(listed.size());
  for (const Listed& l : listed) {
    frame.entries.push_back({frame.paths.size(), l.path.size(), l.directory});
    frame.paths += l.path;
  }
  stack_.push_back(std::move(frame));
  return true;
}

bool is_directory_path(const std::string& path) {
  std::error_code ec;
  return fs::is_directory(path, ec);
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
    return fail({ErrorCode::too_large,
                 fmt::format("{} bytes is over the limit of {} bytes (--max-bytes)", st.st_size, max_bytes)});
  if (!input.is_stdin && !S_ISREG(st.st_mode)) {  // back to blocking reads (a regular file never blocks)
    int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  }
  // Read straight into the string. A regular file is asked for one byte
  // more than its size: a read that stops at exactly its size has met the
  // end, and the second read that would confirm it (a system call per
  // file, a tenth of the time spent outside the parser) is skipped.
  // Anything else (a pipe, a file that grows) reads on to the end.
  const std::size_t expected = S_ISREG(st.st_mode) ? static_cast<std::size_t>(st.st_size) : 0;
  std::string bytes(S_ISREG(st.st_mode) ? expected + 1 : std::size_t{1} << 16, '\0');
  std::size_t size = 0;
  while (true) {
    // A pipe's buffer grows to one byte over the limit at most: reading that byte refuses it.
    if (size == bytes.size()) bytes.resize(std::min(bytes.size() * 2, std::max(max_bytes, size) + 1));
    ssize_t n = ::read(fd, bytes.data() + size, bytes.size() - size);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail(errno_error(errno, "read failed"));
    }
    if (n == 0) break;
    size += static_cast<std::size_t>(n);
    if (size > max_bytes)
      return fail({ErrorCode::too_large, fmt::format("over the limit of {} bytes (--max-bytes)", max_bytes)});
    if (S_ISREG(st.st_mode) && size == expected && size < bytes.size()) break;
  }
  bytes.resize(size);
  if (!input.is_stdin) ::close(fd);
  return bytes;
}

}  // namespace newsparse::cli
