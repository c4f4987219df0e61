// src/cli/progress.hpp: the progress line and closing summary on stderr.
#pragma once

#include <chrono>
#include <cstddef>

namespace newsparse::cli {

/// Shows "1234/5000 files  12.3 MB/s  2 errors  ETA 0:42" on stderr, redrawn
/// at most ten times a second, and a summary line at the end. Writes nothing
/// when disabled (stderr is not a terminal, --quiet, or a single input).
class Progress {
 public:
  Progress(bool enabled, std::size_t total);  // total 0: unknown (a stream)
  void add(std::size_t bytes, bool failed);
  void finish();
  bool enabled() const { return enabled_; }

 private:
  void draw(bool final);
  bool enabled_;
  std::size_t total_;
  std::size_t done_ = 0, failed_ = 0, bytes_ = 0;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace newsparse::cli
