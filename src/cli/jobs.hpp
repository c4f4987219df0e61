// src/cli/jobs.hpp: runs work items on N threads and hands their results to
// one writer in input order, with a bounded number of results in flight.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>

namespace newsparse::cli {

/// Calls `work(item)` for every item `next()` yields, on `jobs` threads, and
/// `emit(result)` on the calling thread in the order the items came. At most
/// `window` items are issued but not yet emitted, so a slow item holds back
/// at most `window` finished results: memory stays bounded whatever the input.
/// `next` is called under a lock (it may read a stream). When `emit` returns
/// false (stdout closed) no more items are issued and the call returns.
/// With jobs <= 1 everything runs on the calling thread.
template <class Item, class Output>
void run_ordered(std::function<std::optional<Item>()> next, std::function<Output(Item&)> work,
                 std::function<bool(Output&)> emit, unsigned jobs, std::size_t window);

}  // namespace newsparse::cli

#include "cli/jobs_impl.hpp"
