// src/cli/jobs_impl.hpp: the ordered thread pool of jobs.hpp.
#pragma once

#include <condition_variable>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsparse::cli {

namespace detail {

// Takes the pool's lock, trying for a few microseconds before sleeping on
// it. The lock is held for a few hundred nanoseconds at a time, so a thread
// that finds it taken would have it again long before a futex sleep and
// wake-up were over: with std::mutex::lock alone both threads of --jobs 2
// slept on it some forty times a run.
inline void lock_soon(std::unique_lock<std::mutex>& lock) {
  for (int i = 0; i < 200; ++i) {
    if (lock.try_lock()) return;
#if defined(__SSE2__)
    _mm_pause();
#endif
  }
  lock.lock();
}

}  // namespace detail

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
  //
  // A result is destroyed by the thread that made it. glibc frees a block
  // under the lock of the arena it came from, so a writer freeing another
  // thread's results contended with that thread's own allocations: the two
  // malloc arenas' locks were nine tenths of the run's futex sleeps.
  struct Done {
    std::optional<Output> out;
    unsigned maker;
  };
  std::mutex mutex;
  std::condition_variable changed;  // the window moved, or the run ended
  std::vector<std::optional<Done>> slots(window);
  // Items [written, taken) are being written, [taken, issued) are in the
  // slots or being worked on; issued - written never exceeds the window.
  std::size_t issued = 0, taken = 0, written = 0;
  bool exhausted = false, stopped = false, emitting = false;
  unsigned waiting = 0;
  std::vector<Done> ready;  // used by the emitting thread only
  ready.reserve(window);
  std::vector<std::vector<Output>> written_by(jobs);  // per maker: results written, to be destroyed
  std::exception_ptr failure;                          // the first exception a thread met

  auto loop = [&](unsigned self) {
    std::vector<Output> trash;  // this thread's written results, destroyed unlocked
    std::unique_lock lock(mutex, std::defer_lock);
    bool writing = false;  // this thread holds the emitting role
    try {
      detail::lock_soon(lock);
      while (!stopped) {
        if (!emitting && slots[taken % window]) {
          // Take every result that is ready in order and write them unlocked.
          emitting = writing = true;
          while (slots[taken % window]) {
            ready.push_back(std::move(*slots[taken % window]));
            slots[taken % window].reset();
            ++taken;
          }
          lock.unlock();
          bool go_on = true;
          for (Done& done : ready) {
            if (go_on && !emit(*done.out)) go_on = false;
            if (done.maker == self) done.out.reset();
          }
          detail::lock_soon(lock);
          for (Done& done : ready)
            if (done.out) written_by[done.maker].push_back(std::move(*done.out));
          ready.clear();
          written = taken;
          emitting = writing = false;
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
          trash.swap(written_by[self]);
          lock.unlock();
          trash.clear();
          Output out = work(*item);
          item.reset();
          detail::lock_soon(lock);
          slots[index % window] = Done{std::move(out), self};  // this thread writes it next, unless another is writing
          continue;
        }
        if (exhausted && written == issued) break;  // all written
        ++waiting;
        changed.wait(lock);
        --waiting;
      }
    } catch (...) {
      // The run stops; the first exception is rethrown once every thread has.
      if (!lock.owns_lock()) lock.lock();
      if (!failure) failure = std::current_exception();
      stopped = true;
      if (writing) {
        emitting = false;
        ready.clear();
      }
    }
    trash.swap(written_by[self]);  // the last of this thread's results
    if (waiting != 0) changed.notify_all();  // the others see the end (or the stop) too
    lock.unlock();
    trash.clear();
  };

  std::vector<std::thread> threads;
  threads.reserve(jobs - 1);
  for (unsigned i = 1; i < jobs; ++i) {
    try {
      threads.emplace_back(loop, i);
    } catch (const std::system_error&) {
      break;  // no more threads to be had: the ones there are do the work
    }
  }
  loop(0);
  for (auto& t : threads) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace newsparse::cli
