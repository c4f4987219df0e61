// src/cli/main.cpp: the newsparse command: gathers inputs, parses them with
// the library on --jobs threads, and writes JSON (one object) or JSON Lines
// (several inputs) in input order. Diagnostics go to stderr only.
#include <unistd.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <sys/mman.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <string>
#include <thread>
#include <vector>

#include "cli/inputs.hpp"
#include "cli/jobs.hpp"
#include "cli/progress.hpp"
#include "cli/records.hpp"
#include "newsparse/newsparse.hpp"

namespace {

constexpr const char* kExamples = R"(Examples:
  newsparse article.txt                 one article, indented JSON
  newsparse a.txt b.txt                 JSON Lines, one object per file, in order
  newsparse corpus/                     every *.txt below corpus/, sorted
  newsparse --ext txt,md corpus/        other extensions ("*" for every file)
  cat article.txt | newsparse -         standard input
  newsparse -j 8 corpus/ > out.jsonl    eight threads, same output as -j 1
  newsparse --input jsonl docs.jsonl    one article per line in "text", "id" carried through
  newsparse corpus/ | jq -r .headline   headlines of a corpus

Exit status: 0 when every input parsed, 1 when any input failed (its record
carries "error"), 2 for a usage error, 3 when the run itself failed (out of
memory, say).)";

struct Settings {
  std::vector<std::string> inputs;
  std::vector<std::string> extensions{"txt"};
  std::string files_from;
  std::string input_format = "text";
  std::string text_field = "text";
  std::string id_field = "id";
  bool compact = false;
  bool pretty = false;
  bool quiet = false;
  unsigned jobs = 0;
  std::size_t max_bytes = newsparse::Options{}.max_bytes;
};

// What one input turns into.
struct Outcome {
  std::string json;
  std::string diagnostic;  // a line for stderr when the input failed
  std::size_t bytes = 0;
  bool failed = false;
};

Outcome render(const newsparse::Result& result, const newsparse::RecordSource& source, std::size_t bytes,
               newsparse::JsonStyle style) {
  Outcome out;
  out.bytes = bytes;
  if (result) {
    out.json = newsparse::to_json(result.article(), source, style);
  } else {
    out.json = newsparse::to_json(result.error(), source, style);
    out.diagnostic = std::string(source.file) + (source.line ? ":" + std::to_string(source.line) : "") + ": " +
                     result.error().message;
    out.failed = true;
  }
  return out;
}

Outcome failure(const newsparse::Error& error, const newsparse::RecordSource& source, newsparse::JsonStyle style) {
  return render(newsparse::Result(error), source, 0, style);
}

// glibc's malloc hands memory back to the kernel as soon as 128 KB are free
// at the top of a heap, and takes it again a page fault at a time: a batch
// run allocates and frees the same few megabytes per article, so it paid
// for that over and over. On a virtual machine a page fault costs about
// 10 us, and with two threads every heap resize (mprotect, madvise) also
// interrupts the other core to flush its TLB: about 100 us. glibc raises
// these thresholds itself as it sees large blocks freed, up to a 32 MB
// mmap threshold and twice that for trimming; they start there now, and
// heaps grow a megabyte at a time. (Any mallopt of them turns the dynamic
// raising off: a 1 MB mmap threshold made every large block of a 20 MB
// article a fresh mapping, 281,000 page faults and six times the time.)
void tune_malloc() {
#if defined(__GLIBC__)
  // glibc's ceiling for the mmap threshold: 32 MB on 64-bit systems, 16 MB
  // on 32-bit ones. Were it refused, setting the others would still stop
  // the raising and leave 128 KB: then nothing is set.
  const int ceiling = 4 * 1024 * 1024 * static_cast<int>(sizeof(long));
  if (mallopt(M_MMAP_THRESHOLD, ceiling) == 0) return;
  mallopt(M_TRIM_THRESHOLD, 2 * ceiling);
  mallopt(M_TOP_PAD, 1 << 20);
#endif
}

// Makes the first megabytes of this thread's heap resident in one system
// call, once per thread of a batch run. Each thread's heap settles at about
// two megabytes, and touching them a page at a time took 500 page faults
// per thread, 10 us each on a virtual machine; MADV_POPULATE_WRITE (Linux
// 5.14) maps them for under 1 us a page. The blocks go back to the heap,
// which keeps them (tune_malloc), for the articles that follow. On an
// older kernel madvise fails and nothing changes.
void warm_heap() {
#if defined(__GLIBC__) && defined(MADV_POPULATE_WRITE)
  thread_local bool warm = false;
  if (warm) return;
  warm = true;
  constexpr std::size_t kBlock = std::size_t{512} << 10;  // under M_MMAP_THRESHOLD: from the heap
  constexpr int kBlocks = 4;
  const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
  void* blocks[kBlocks] = {};
  for (void*& block : blocks) {
    block = std::malloc(kBlock);
    if (block == nullptr) break;
    const auto start = (reinterpret_cast<std::uintptr_t>(block) + page - 1) & ~(page - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(block) + kBlock) & ~(page - 1);
    if (::madvise(reinterpret_cast<void*>(start), end - start, MADV_POPULATE_WRITE) != 0) break;
  }
  for (void* block : blocks) std::free(block);
#endif
}

// Writes one record; false when stdout is gone (a closed pipe: stop quietly).
bool write_record(const std::string& json) {
  if (std::fwrite(json.data(), 1, json.size(), stdout) != json.size()) return false;
  return std::fputc('\n', stdout) != EOF;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"newsparse: turns news articles into structured JSON (headline, byline, dates, dateline, body)",
               "newsparse"};
  app.footer(kExamples);
  Settings s;
  app.add_option("inputs", s.inputs, "Article files, directories (walked recursively) or - for standard input")
      ->type_name("PATH...");
  app.add_option("--ext", s.extensions, "File extensions taken from directories (default: txt; * for all)")
      ->delimiter(',')
      ->allow_extra_args(false)  // "--ext md dir/": dir/ is an input, not an extension
      ->type_name("EXT,...");
  app.add_option("--files-from", s.files_from, "Read the paths to parse from FILE, one per line")->type_name("FILE");
  app.add_option("--input", s.input_format,
                 "Input format: text (one article per file) or jsonl (one JSON object per line, see --text-field)")
      ->check(CLI::IsMember({"text", "jsonl"}))
      ->type_name("FORMAT");
  app.add_option("--text-field", s.text_field, "With --input jsonl: the field holding the article (default: text)")
      ->type_name("NAME");
  app.add_option("--id-field", s.id_field, "With --input jsonl: the field copied to each output's \"id\" (default: id)")
      ->type_name("NAME");
  auto* compact = app.add_flag("-c,--compact", s.compact, "One object per line, even for a single input");
  auto* pretty = app.add_flag("--pretty", s.pretty, "Indented JSON, even for several inputs");
  compact->excludes(pretty);
  app.add_option("-j,--jobs", s.jobs, "Parse on N threads; output order and bytes do not change (default: all cores)")
      ->type_name("N");
  app.add_option("--max-bytes", s.max_bytes, "Inputs larger than this give a too_large error record (default: 16MiB)")
      ->transform(CLI::AsSizeValue(false))
      ->type_name("SIZE");
  app.add_flag("-q,--quiet", s.quiet, "No progress line or summary on stderr (shown only on a terminal)");
  app.set_version_flag("--version", std::string("newsparse ") + std::string(newsparse::version()));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }

  // A closed stdout (newsparse dir/ | head -1) shows up as a failed write,
  // which ends the run quietly, instead of a signal.
  std::signal(SIGPIPE, SIG_IGN);
  tune_malloc();
  static char out_buffer[1 << 16];
  std::setvbuf(stdout, out_buffer, _IOFBF, sizeof out_buffer);

  if (s.inputs.empty() && s.files_from.empty()) {
    if (::isatty(STDIN_FILENO)) {
      std::fprintf(stderr, "newsparse: no input given\n%s\n", app.help().c_str());
      return 2;
    }
    s.inputs.push_back("-");
  }
  newsparse::cli::WalkOptions walk;
  walk.extensions = s.extensions;
  const bool records = s.input_format == "jsonl";
  if (records && s.extensions == std::vector<std::string>{"txt"}) walk.extensions = {"jsonl"};
  // Inputs are produced one at a time (directories walked lazily), so memory
  // does not grow with the corpus.
  newsparse::cli::InputStream inputs(s.inputs, walk, s.files_from);

  // One input named on the command line prints one indented object; anything
  // that can be several (a directory, a file list, several paths, records) prints JSON Lines.
  bool single =
      !records && s.inputs.size() == 1 && s.files_from.empty() && !newsparse::cli::is_directory_path(s.inputs.front());
  const auto style =
      (s.pretty || (single && !s.compact)) ? newsparse::JsonStyle::pretty : newsparse::JsonStyle::compact;
  unsigned jobs = s.jobs != 0 ? s.jobs : std::max(1u, std::thread::hardware_concurrency());
  if (single) jobs = 1;  // one article: a second thread would only be started and joined
  // 8 results per thread in flight: enough to keep every thread busy behind a slow file.
  const std::size_t window = std::size_t{8} * jobs;

  // The progress line needs a total: count the inputs first (a walk of names
  // only), and only when the line is shown.
  bool show_progress = !s.quiet && !single && ::isatty(STDERR_FILENO);
  std::size_t total = 0;
  if (show_progress && !records) {
    newsparse::cli::InputStream counting(s.inputs, walk, s.files_from);
    while (counting.next()) ++total;
  }
  newsparse::Options options;
  options.max_bytes = s.max_bytes;
  newsparse::cli::Progress progress(show_progress, total);
  bool any_failed = false;
  bool stdout_closed = false;
  std::function<bool(Outcome&)> emit = [&](Outcome& out) {
    progress.add(out.bytes, out.failed);
    if (out.failed) {
      any_failed = true;
      std::fprintf(stderr, "%snewsparse: %s\n", progress.enabled() ? "\r\033[K" : "", out.diagnostic.c_str());
    }
    if (!write_record(out.json)) {
      stdout_closed = true;
      return false;
    }
    return true;
  };

  // The library returns an error record for any bad input; what is left to
  // throw is the run itself failing (out of memory): say so and stop.
  try {
    if (records) {
      newsparse::cli::RecordReader reader(inputs, options.max_bytes);
      using Raw = newsparse::cli::RawRecord;
      newsparse::cli::run_ordered<Raw, Outcome>(
          [&]() { return reader.next(); },
          [&](Raw& raw) -> Outcome {
            if (!single) warm_heap();
            newsparse::RecordSource source{raw.origin, raw.line, {}};
            if (raw.error) return failure(*raw.error, source, style);
            auto record = newsparse::cli::decode_record(raw.line_text, s.text_field, s.id_field);
            source.id_json = record.id_json;
            if (record.error) return failure(*record.error, source, style);
            return render(newsparse::parse(record.text, options), source, record.text.size(), style);
          },
          emit, jobs, window);
    } else {
      using Item = newsparse::cli::Input;
      newsparse::cli::run_ordered<Item, Outcome>([&]() { return inputs.next(); },
                                                 [&](Item& input) -> Outcome {
                                                   if (!single) warm_heap();
                                                   auto bytes = newsparse::cli::read_input(input, options.max_bytes);
                                                   newsparse::RecordSource source{input.name, 0, {}};
                                                   if (auto* error = std::get_if<newsparse::Error>(&bytes))
                                                     return failure(*error, source, style);
                                                   const std::string& text = std::get<std::string>(bytes);
                                                   return render(newsparse::parse(text, options), source, text.size(),
                                                                 style);
                                                 },
                                                 emit, jobs, window);
    }
  } catch (const std::exception& e) {
    std::fflush(stdout);
    std::fprintf(stderr, "%snewsparse: the run stopped: %s\n", progress.enabled() ? "\r\033[K" : "", e.what());
    return 3;
  }
  for (const auto& w : inputs.take_warnings()) std::fprintf(stderr, "newsparse: warning: %s\n", w.c_str());
  if (!stdout_closed && std::fflush(stdout) != 0 && errno != EPIPE) {
    std::fprintf(stderr, "newsparse: cannot write output: %s\n", std::strerror(errno));
    return 1;
  }
  progress.finish();
  return any_failed ? 1 : 0;
}
