// bench/stages_bench.cpp: throughput of the pipeline and its stages, in MB/s,
// on the samples and on adversarial inputs (Google Benchmark).
//   cmake -S . -B build -DNEWSPARSE_BUILD_BENCH=ON && cmake --build build && build/bench/stages_bench
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "newsparse/newsparse.hpp"
#include "structure.hpp"
#include "tables.hpp"

namespace {

namespace fs = std::filesystem;

// The samples concatenated, each a separate article.
const std::vector<std::string>& samples() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> out;
    for (const auto& entry : fs::directory_iterator(NEWSPARSE_SOURCE_DIR "/samples")) {
      if (entry.path().extension() != ".txt") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::ostringstream s;
      s << in.rdbuf();
      out.push_back(s.str());
    }
    return out;
  }();
  return texts;
}

std::size_t total_bytes() {
  std::size_t n = 0;
  for (const auto& t : samples()) n += t.size();
  return n;
}

void BM_ParseSamples(benchmark::State& state) {
  for (auto _ : state)
    for (const auto& text : samples()) benchmark::DoNotOptimize(newsparse::parse(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes()));
}
BENCHMARK(BM_ParseSamples);

void BM_ParseAndJsonSamples(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& text : samples()) {
      auto result = newsparse::parse(text);
      benchmark::DoNotOptimize(newsparse::to_json(result.article(), "x.txt", newsparse::JsonStyle::compact));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes()));
}
BENCHMARK(BM_ParseAndJsonSamples);

void BM_StructureStage(benchmark::State& state) {
  std::vector<newsparse::Article> articles;
  for (const auto& text : samples()) {
    newsparse::Article a;
    a.text = text;
    articles.push_back(std::move(a));
  }
  for (auto _ : state)
    for (const auto& a : articles) benchmark::DoNotOptimize(newsparse::detail::find_structure(a));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes()));
}
BENCHMARK(BM_StructureStage);

// ---- adversarial inputs: time must grow linearly with the size ----------------

std::string repeated(std::string_view unit, std::size_t bytes) {
  std::string out = "Adversarial headline\n\n";
  while (out.size() < bytes) out += unit;
  return out;
}

void run_adversarial(benchmark::State& state, std::string_view unit) {
  const std::string text = repeated(unit, static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    auto result = newsparse::parse(text);
    benchmark::DoNotOptimize(newsparse::to_json(result.article(), "x.txt", newsparse::JsonStyle::compact));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.SetComplexityN(state.range(0));
}

// 100,000 quotation marks in one paragraph (range: bytes).
void BM_QuotationMarks(benchmark::State& state) { run_adversarial(state, "\"a\" "); }
BENCHMARK(BM_QuotationMarks)->RangeMultiplier(4)->Range(1 << 14, 1 << 20)->Complexity(benchmark::oN);

// 100,000 capitalised words in a row.
void BM_CapitalisedWords(benchmark::State& state) { run_adversarial(state, "Alpha Bravo Charlie Delta "); }
BENCHMARK(BM_CapitalisedWords)->RangeMultiplier(4)->Range(1 << 14, 1 << 20)->Complexity(benchmark::oN);

// Thousands of "said" in a row.
void BM_SaidSaidSaid(benchmark::State& state) { run_adversarial(state, "he said, "); }
BENCHMARK(BM_SaidSaidSaid)->RangeMultiplier(4)->Range(1 << 14, 1 << 20)->Complexity(benchmark::oN);

// Deep nesting of brackets and quotes.
void BM_DeepNesting(benchmark::State& state) { run_adversarial(state, "(\"[\xE2\x80\x9C("); }
BENCHMARK(BM_DeepNesting)->RangeMultiplier(4)->Range(1 << 14, 1 << 20)->Complexity(benchmark::oN);

// One long line without a line end.
void BM_OneLongLine(benchmark::State& state) { run_adversarial(state, "word, word; word. "); }
BENCHMARK(BM_OneLongLine)->RangeMultiplier(4)->Range(1 << 14, 1 << 22)->Complexity(benchmark::oN);

// A 20 MB article of ordinary paragraphs (the samples repeated).
void BM_TwentyMegabyteArticle(benchmark::State& state) {
  std::string text;
  while (text.size() < (20u << 20))
    for (const auto& s : samples()) text += s + "\n\n";
  newsparse::Options options;
  options.max_bytes = text.size();
  for (auto _ : state) {
    auto result = newsparse::parse(text, options);
    benchmark::DoNotOptimize(newsparse::to_json(result.article(), "x.txt", newsparse::JsonStyle::compact));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_TwentyMegabyteArticle)->Unit(benchmark::kMillisecond)->Iterations(2);

}  // namespace

BENCHMARK_MAIN();
