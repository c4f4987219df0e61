// src/cli/jobs_impl.hpp: the ordered thread pool of jobs.hpp.
#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace newsparse::cli {

template <class Item, class Output>
void run_ordered(std::function<std::optional<Item>()> next, std::function<Output(Item&)> work,
                 std::function<bool(Output&)> emit, unsigned jobs, std::size_t window) {
  if (jobs <= 1) {
    while (auto item = next()) {
      Output out = work(*item);
      if (!emit(out)) return;
    }
    return;
  }
  if (window < jobs) window = jobs;

  // Every thread, the calling one too, runs the same loop: emit what is
  // ready in order, else take an item, else wait. Whichever thread stores
  // the result that is next in order writes it. A pool in which only the
  // calling thread wrote stalled the others whenever that thread was busy
  // on a long article: they filled the window and slept until it finished
  // (up to 10 ms a run of 2,282 articles, with --jobs 2).
  std::mutex mutex;
  std::condition_variable changed;  // the window moved, or the run ended
  std::vector<std::optional<Output>> slots(window);
  // Items [written, taken) are being written, [taken, issued) are in the
  // slots or being worked on; issued - written never exceeds the window.
  std::size_t issued = 0, taken = 0, written = 0;
  bool exhausted = false, stopped = false, emitting = false;
  unsigned waiting = 0;
  std::vector<Output> ready;  // used by the emitting thread only
  ready.reserve(window);

  auto loop = [&] {
    std::unique_lock lock(mutex);
    while (!stopped) {
      if (!emitting && slots[taken % window]) {
        // Take every result that is ready in order and write them unlocked.
        emitting = true;
        while (slots[taken % window]) {
          ready.push_back(std::move(*slots[taken % window]));
          slots[taken % window].reset();
          ++taken;
        }
        lock.unlock();
        bool go_on = true;
        for (Output& out : ready) {
          if (!emit(out)) {
            go_on = false;
            break;
          }
        }
        ready.clear();
        lock.lock();
        written = taken;
        emitting = false;
        if (!go_on) stopped = true;
        if (waiting != 0) changed.notify_all();  // the window has room again, or the run stopped
        continue;
      }
      if (!exhausted && issued - written < window) {
        std::optional<Item> item = next();
        if (!item) {
          exhausted = true;
          if (waiting != 0) changed.notify_all();
          continue;
        }
        const std::size_t index = issued++;
        lock.unlock();
        Output out = work(*item);
        item.reset();
        lock.lock();
        slots[index % window] = std::move(out);  // this thread writes it next, unless another is writing
        continue;
      }
      if (exhausted && written == issued) break;  // all written
      ++waiting;
      changed.wait(lock);
      --waiting;
    }
    if (waiting != 0) changed.notify_all();  // the others see the end (or the stop) too
  };

  std::vector<std::thread> threads;
  threads.reserve(jobs - 1);
  for (unsigned i = 0; i + 1 < jobs; ++i) threads.emplace_back(loop);
  loop();
  for (auto& t : threads) t.join();
}

}  // namespace newsparse::cli
