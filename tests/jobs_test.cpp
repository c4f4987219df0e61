// tests/jobs_test.cpp: the ordered pool behind --jobs writes results in
// input order, one at a time, with a bounded number in flight, frees each
// result on the thread that made it, and stops when the writer says so or
// when something throws.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "cli/jobs.hpp"

namespace {

using newsparse::cli::run_ordered;

// A result that knows which thread made it, and counts the live ones and
// those destroyed elsewhere.
std::atomic<int> live{0};
std::atomic<int> most_live{0};
std::atomic<int> freed_elsewhere{0};

struct Result {
  std::string text;
  std::thread::id maker = std::this_thread::get_id();
  bool owns = true;

  explicit Result(std::string t) : text(std::move(t)) { count_in(); }
  Result(Result&& other) noexcept : text(std::move(other.text)), maker(other.maker), owns(other.owns) {
    other.owns = false;
  }
  Result& operator=(Result&& other) noexcept {
    release();
    text = std::move(other.text);
    maker = other.maker;
    owns = other.owns;
    other.owns = false;
    return *this;
  }
  Result(const Result&) = delete;
  Result& operator=(const Result&) = delete;
  ~Result() { release(); }

 private:
  void count_in() {
    const int now = ++live;
    int seen = most_live;
    while (now > seen && !most_live.compare_exchange_weak(seen, now)) {
    }
  }
  void release() {
    if (!owns) return;
    owns = false;
    --live;
    if (maker != std::this_thread::get_id()) ++freed_elsewhere;
  }
};

// Work that takes uneven time: every seventh item is slow, as a long
// article is among short ones.
Result slow_sometimes(int& item) {
  if (item % 7 == 3) std::this_thread::sleep_for(std::chrono::milliseconds(2));
  if (item == -1) throw std::runtime_error("bad item");
  return Result("item " + std::to_string(item));
}

struct PoolRun {
  std::vector<std::string> written;
  bool overlapping_emits = false;
};

// Runs the pool over items 0..items-1 (`failing` is replaced by -1, which
// throws); the writer stops after `stop_after` results when that is >= 0.
PoolRun run_pool(int items, unsigned jobs, std::size_t window, int stop_after = -1, int failing = -2) {
  PoolRun r;
  std::atomic<bool> in_emit{false};
  int next_item = 0;
  live = 0;
  most_live = 0;
  freed_elsewhere = 0;
  run_ordered<int, Result>(
      [&]() -> std::optional<int> {
        if (next_item == items) return std::nullopt;
        const int item = next_item++;
        return item == failing ? -1 : item;
      },
      slow_sometimes,
      [&](Result& out) {
        if (in_emit.exchange(true)) r.overlapping_emits = true;
        r.written.push_back(out.text);
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
    EXPECT_EQ(live, 0) << jobs << " threads";
  }
}

TEST(OrderedPool, EachResultIsFreedByTheThreadThatMadeIt) {
  run_pool(300, 3, 12);
  EXPECT_EQ(freed_elsewhere, 0);
  EXPECT_EQ(live, 0);
}

TEST(OrderedPool, LiveResultsStayBoundedByTheWindow) {
  // In flight (at most the window), plus those written and waiting for
  // their maker's next item (at most a window more).
  PoolRun r = run_pool(300, 3, 5);
  EXPECT_EQ(r.written, expected(300));
  EXPECT_LE(most_live, 2 * 5 + 3);
}

TEST(OrderedPool, MoreThreadsThanItemsOrThanTheWindow) {
  EXPECT_EQ(run_pool(1, 8, 64).written, expected(1));
  EXPECT_EQ(run_pool(50, 3, 1).written, expected(50));  // the window is raised to the threads
}

TEST(OrderedPool, AWriterThatStopsEndsTheRunAndNothingMoreIsWritten) {
  EXPECT_EQ(run_pool(1000, 2, 8, 10).written, expected(10));
  EXPECT_EQ(run_pool(1000, 3, 12, 1).written, expected(1));
  EXPECT_EQ(live, 0);
}

TEST(OrderedPool, AnExceptionStopsTheRunAndReachesTheCaller) {
  for (unsigned jobs : {1u, 3u}) {
    PoolRun r;
    EXPECT_THROW(r = run_pool(100, jobs, 8, -1, 20), std::runtime_error) << jobs << " threads";
    EXPECT_EQ(live, 0) << jobs << " threads";
  }
}

TEST(OrderedPool, NoItemsWriteNothing) {
  EXPECT_TRUE(run_pool(0, 2, 8).written.empty());
  EXPECT_TRUE(run_pool(0, 1, 8).written.empty());
}

}  // namespace
