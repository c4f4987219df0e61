// src/cli/progress.cpp: a terminal progress line.
#include "cli/progress.hpp"

#include <cstdio>

namespace newsparse::cli {

Progress::Progress(bool enabled, std::size_t total)
    : enabled_(enabled), total_(total), start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

void Progress::add(std::size_t bytes, bool failed) {
  ++done_;
  bytes_ += bytes;
  failed_ += failed;
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  draw(false);
}

void Progress::draw(bool final) {
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  double mbps = seconds > 0 ? static_cast<double>(bytes_) / 1e6 / seconds : 0.0;
  if (final) {
    std::fprintf(stderr, "\r\033[Knewsparse: %zu files, %zu ok, %zu failed, %.1f MB in %.2f s (%.1f MB/s)\n", done_,
                 done_ - failed_, failed_, static_cast<double>(bytes_) / 1e6, seconds, mbps);
    return;
  }
  if (total_ > 0) {
    double rate = seconds > 0 ? static_cast<double>(done_) / seconds : 0.0;
    long eta = rate > 0 ? static_cast<long>(static_cast<double>(total_ - done_) / rate) : 0;
    std::fprintf(stderr, "\r\033[K%zu/%zu files  %.1f MB/s  %zu errors  ETA %ld:%02ld", done_, total_, mbps, failed_,
                 eta / 60, eta % 60);
  } else {
    std::fprintf(stderr, "\r\033[K%zu records  %.1f MB/s  %zu errors", done_, mbps, failed_);
  }
  std::fflush(stderr);
}

void Progress::finish() {
  if (enabled_) draw(true);
}

}  // namespace newsparse::cli
