// src/cli/main.cpp: the newsparse command: gathers inputs, parses each with
// the library, writes JSON (one object) or JSON Lines (several inputs).
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>
#include <vector>

#include "cli/inputs.hpp"
#include "newsparse/newsparse.hpp"

namespace {

constexpr const char* kExamples = R"(Examples:
  newsparse article.txt                 one article, indented JSON
  newsparse a.txt b.txt                 JSON Lines, one object per file, in order
  newsparse corpus/                     every *.txt below corpus/, sorted
  newsparse --ext txt,md corpus/        other extensions ("*" for every file)
  cat article.txt | newsparse -         standard input
  newsparse corpus/ | jq -r .headline   headlines of a corpus

Exit status: 0 when every input parsed, 1 when any input failed (its record
carries "error"), 2 for a usage error.)";

struct Settings {
  std::vector<std::string> inputs;
  std::vector<std::string> extensions{"txt"};
  std::string files_from;
  bool compact = false;
  bool pretty = false;
  std::size_t max_bytes = newsparse::Options{}.max_bytes;
};

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
  auto* compact = app.add_flag("-c,--compact", s.compact, "One object per line, even for a single input");
  auto* pretty = app.add_flag("--pretty", s.pretty, "Indented JSON, even for several inputs");
  compact->excludes(pretty);
  app.add_option("--max-bytes", s.max_bytes, "Inputs larger than this give a too_large error record (default: 16MiB)")
      ->transform(CLI::AsSizeValue(false))
      ->type_name("SIZE");
  app.set_version_flag("--version", std::string("newsparse ") + std::string(newsparse::version()));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }

  std::vector<std::string> warnings;
  std::vector<newsparse::cli::Input> inputs;
  if (!s.files_from.empty()) {
    auto listed = newsparse::cli::read_file_list(s.files_from);
    if (auto* error = std::get_if<newsparse::Error>(&listed)) {
      std::fprintf(stderr, "newsparse: %s\n", error->message.c_str());
      return 2;
    }
    inputs = std::move(std::get<0>(listed));
  }
  if (s.inputs.empty() && s.files_from.empty()) {
    if (::isatty(STDIN_FILENO)) {
      std::fprintf(stderr, "newsparse: no input given\n%s\n", app.help().c_str());
      return 2;
    }
    s.inputs.push_back("-");
  }
  newsparse::cli::WalkOptions walk;
  walk.extensions = s.extensions;
  auto gathered = newsparse::cli::gather_inputs(s.inputs, walk, warnings);
  inputs.insert(inputs.end(), std::make_move_iterator(gathered.begin()), std::make_move_iterator(gathered.end()));
  for (const auto& w : warnings) std::fprintf(stderr, "newsparse: warning: %s\n", w.c_str());

  // One input named on the command line prints one indented object; anything
  // that can be several (a directory, a file list, several paths) prints JSON Lines.
  bool single = inputs.size() == 1 && !inputs.front().from_walk && s.files_from.empty() && s.inputs.size() == 1;
  auto style = (s.pretty || (single && !s.compact)) ? newsparse::JsonStyle::pretty : newsparse::JsonStyle::compact;

  newsparse::Options options;
  options.max_bytes = s.max_bytes;
  bool any_failed = false;
  for (const auto& input : inputs) {
    auto bytes = newsparse::cli::read_input(input, options.max_bytes);
    std::string json;
    if (auto* error = std::get_if<newsparse::Error>(&bytes)) {
      json = newsparse::to_json(*error, input.name, style);
      std::fprintf(stderr, "newsparse: %s: %s\n", input.name.c_str(), error->message.c_str());
      any_failed = true;
    } else {
      newsparse::Result result = newsparse::parse(std::get<std::string>(bytes), options);
      if (result) {
        json = newsparse::to_json(result.article(), input.name, style);
      } else {
        json = newsparse::to_json(result.error(), input.name, style);
        std::fprintf(stderr, "newsparse: %s: %s\n", input.name.c_str(), result.error().message.c_str());
        any_failed = true;
      }
    }
    if (!write_record(json)) return 1;  // stdout closed (e.g. | head): stop quietly
  }
  if (std::fflush(stdout) != 0) return 1;
  return any_failed ? 1 : 0;
}
