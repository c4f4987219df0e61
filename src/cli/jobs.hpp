// src/cli/jobs.hpp: runs work items on N threads and writes their results
// in input order, with a bounded number of results in flight.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>

namespace newsparse::cli {

/// Calls `work(item)` for every item `next()` yields, on `jobs` threads (the
/// calling one among them), and `emit(result)` in the order the items came:
/// one call at a time, from whichever thread finished the result that was
/// next, so `emit` may touch the caller's state without a lock of its own.
/// At most `window` items are issued but not yet written, so a slow item
/// holds back at most `window` finished results: memory stays bounded
/// whatever the input. A result is destroyed by the thread that made it,
/// when that thread takes its next item or stops.
/// `next` is called under a lock (it may read a stream). When `emit` returns
/// false (stdout closed) no more items are issued and the call returns.
/// When `next`, `work` or `emit` throws, no more items are issued and the
/// first exception is rethrown once every thread has stopped. A thread that
/// cannot be started leaves the work to the others.
/// With jobs <= 1 everything runs on the calling thread.
template <class Item, class Output>
void run_ordered(std::function<std::optional<Item>()> next, std::function<Output(Item&)> work,
                 std::function<bool(Output&)> emit, unsigned jobs, std::size_t window);

}  // namespace newsparse::cli

#include "cli/jobs_impl.hpp"
