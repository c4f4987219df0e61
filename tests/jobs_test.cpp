// tests/jobs_test.cpp: the ordered pool behind --jobs writes results in
// input order, one at a time, with a bounded number in flight, and stops
// when the writer says so.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "cli/jobs.hpp"

namespace {

using newsparse::cli::run_ordered;

// Work that takes uneven time: every seventh item is slow, as a long
// article is among short ones.
std::string slow_sometimes(int& item) {
  if (item % 7 == 3) std::this_thread::sleep_for(std::chrono::milliseconds(2));
  return "item " + std::to_string(item);
}

struct PoolRun {
  std::vector<std::string> written;
  std::size_t most_in_flight = 0;
  bool overlapping_emits = false;
};

PoolRun run_pool(int items, unsigned jobs, std::size_t window, int stop_after = -1) {
  PoolRun r;
  int issued = 0;  // next() runs under the pool's lock
  std::atomic<int> written{0};
  std::atomic<bool> in_emit{false};
  int next_item = 0;
  run_ordered<int, std::string>(
      [&]() -> std::optional<int> {
        if (next_item == items) return std::nullopt;
        ++issued;
        r.most_in_flight = std::max(r.most_in_flight, static_cast<std::size_t>(issued - written.load()));
        return next_item++;
      },
      slow_sometimes,
      [&](std::string& out) {
        if (in_emit.exchange(true)) r.overlapping_emits = true;
        r.written.push_back(out);
        ++written;
        in_emit = false;
        return static_cast<int>(r.written.size()) != stop_after;
      },
      jobs, window);
  return r;
}

std::vector<std::string> expected(int items) {
  std::vector<std::string> v;
  for (int i = 0; i < items; ++i) v.push_back("item " + std::to_string(i));
  return v;
}

TEST(OrderedPool, ResultsComeInInputOrderWhateverTheThreads) {
  for (unsigned jobs : {1u, 2u, 3u, 8u}) {
    PoolRun r = run_pool(200, jobs, 4 * jobs);
    EXPECT_EQ(r.written, expected(200)) << jobs << " threads";
    EXPECT_FALSE(r.overlapping_emits) << jobs << " threads";
  }
}

TEST(OrderedPool, NoMoreThanTheWindowIsInFlight) {
  PoolRun r = run_pool(300, 3, 5);
  EXPECT_EQ(r.written, expected(300));
  EXPECT_LE(r.most_in_flight, 5u);
}

TEST(OrderedPool, AWriterThatStopsEndsTheRunAndNothingMoreIsWritten) {
  PoolRun r = run_pool(1000, 2, 8, 10);
  EXPECT_EQ(r.written, std::vector<std::string>(expected(10)));
}

TEST(OrderedPool, NoItemsWriteNothing) {
  EXPECT_TRUE(run_pool(0, 2, 8).written.empty());
  EXPECT_TRUE(run_pool(0, 1, 8).written.empty());
}

}  // namespace
