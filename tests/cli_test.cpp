// tests/cli_test.cpp: the newsparse command end to end: golden samples, the
// JSON Schema, span offsets, input expansion, output styles and every error case.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>
#include <vector>

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path source_dir = NEWSPARSE_SOURCE_DIR;
const std::string binary = NEWSPARSE_BINARY;

struct Outcome {
  int status = -1;
  std::string out;
  std::string err;
};

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs a shell command line in `cwd`, capturing stdout and stderr.
Outcome run(const std::string& command, const fs::path& cwd = fs::current_path()) {
  static int counter = 0;
  fs::path tmp = fs::temp_directory_path() /
                 ("newsparse_cli_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
  std::string line = "cd '" + cwd.string() + "' && ( " + command + " ) >'" + tmp.string() + ".out' 2>'" + tmp.string() +
                     ".err' </dev/null";
  int raw = std::system(line.c_str());
  Outcome r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = slurp(tmp.string() + ".out");
  r.err = slurp(tmp.string() + ".err");
  fs::remove(tmp.string() + ".out");
  fs::remove(tmp.string() + ".err");
  return r;
}

std::string np() { return "'" + binary + "'"; }

std::vector<json> json_lines(const std::string& out) {
  std::vector<json> records;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) records.push_back(json::parse(line));
  return records;
}

std::vector<fs::path> sample_texts() {
  std::vector<fs::path> texts;
  for (const auto& entry : fs::directory_iterator(source_dir / "samples"))
    if (entry.path().extension() == ".txt") texts.push_back(entry.path());
  std::sort(texts.begin(), texts.end());
  return texts;
}

// A temporary directory removed at the end of the test.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "newsparse_XXXXXX").string();
    path = ::mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path, ec);
  }
  fs::path write(const std::string& name, const std::string& bytes) const {
    fs::path p = path / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }
};

// Code points of UTF-8 text (the contract's offsets).
std::u32string code_points(const std::string& s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? b : b & (0xFF >> (len + 1));
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += len;
  }
  return out;
}

std::u32string u32(const std::string& s) { return code_points(s); }

// Checks every {"start","end","text"} object inside `value` against the input text.
void expect_spans_valid(const json& value, const std::u32string& text, const std::string& where, int& count) {
  if (value.is_object()) {
    if (value.contains("start") && value.contains("end") && value.contains("text") && value["start"].is_number()) {
      auto start = value["start"].get<std::size_t>(), end = value["end"].get<std::size_t>();
      ++count;
      ASSERT_LE(start, end) << where;
      ASSERT_LE(end, text.size()) << where;
      EXPECT_EQ(text.substr(start, end - start), u32(value["text"].get<std::string>())) << where << " " << value.dump();
    }
    for (const auto& [key, v] : value.items()) expect_spans_valid(v, text, where + "." + key, count);
  } else if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i)
      expect_spans_valid(value[i], text, where + "[" + std::to_string(i) + "]", count);
  }
}

// ---- golden samples ---------------------------------------------------------

TEST(Samples, EachSampleMatchesItsExpectedJson) {
  auto texts = sample_texts();
  ASSERT_GE(texts.size(), 7u);
  for (const auto& txt : texts) {
    fs::path expected = fs::path(txt).replace_extension(".json");
    ASSERT_TRUE(fs::exists(expected)) << expected << " is missing: run tools/update_samples.sh";
    Outcome r = run(np() + " '" + txt.filename().string() + "'", txt.parent_path());
    ASSERT_EQ(r.status, 0) << txt << ": " << r.err;
    json got = json::parse(r.out), want = json::parse(slurp(expected));
    EXPECT_TRUE(got == want) << txt.filename() << " differs from its .json (JSON Patch from expected to actual: "
                             << json::diff(want, got).dump() << "); if intended, run tools/update_samples.sh";
  }
}

TEST(Samples, EverySpanPointsAtItsTextInCodePoints) {
  int count = 0;
  for (const auto& txt : sample_texts()) {
    json out = json::parse(run(np() + " '" + txt.string() + "'").out);
    expect_spans_valid(out, code_points(slurp(txt)), txt.filename().string(), count);
  }
  EXPECT_GT(count, 50);
}

TEST(Samples, SpansCountCodePointsNotBytes) {
  TempDir dir;
  // "Łódź" and "—" are several bytes each; a BOM is character 0.
  fs::path f =
      dir.write("a.txt", "\xEF\xBB\xBFŁódź talks resume\n\nBy Zoë Kowalska\n\nWARSAW (Reuters) — Talks resumed.\n");
  json out = json::parse(run(np() + " '" + f.string() + "'").out);
  EXPECT_EQ(out["headline_span"]["start"], 1);
  EXPECT_EQ(out["headline"], "Łódź talks resume");
  int count = 0;
  expect_spans_valid(out, code_points(slurp(f)), "bom", count);
  EXPECT_GE(count, 3);
}

// ---- the JSON Schema ----------------------------------------------------------

class SchemaTest : public ::testing::Test {
 protected:
  void SetUp() override {
    schema_json_ = json::parse(slurp(source_dir / "schema" / "newsparse.schema.json"));
    valijson::SchemaParser parser;
    valijson::adapters::NlohmannJsonAdapter adapter(schema_json_);
    parser.populateSchema(adapter, schema_);
  }
  bool valid(const json& record, std::string& why) {
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter target(record);
    bool ok = validator.validate(schema_, target, &results);
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
      for (const auto& c : error.context) why += c;
      why += ": " + error.description + "\n";
    }
    return ok;
  }
  json schema_json_;
  valijson::Schema schema_;
};

TEST_F(SchemaTest, EverySampleOutputFollowsTheSchema) {
  for (const auto& txt : sample_texts()) {
    std::string why;
    EXPECT_TRUE(valid(json::parse(run(np() + " '" + txt.string() + "'").out), why)) << txt << "\n" << why;
  }
}

TEST_F(SchemaTest, ErrorRecordsFollowTheSchema) {
  Outcome r = run(np() + " /nonexistent/article.txt");
  std::string why;
  EXPECT_TRUE(valid(json::parse(r.out), why)) << why;
}

TEST_F(SchemaTest, SchemaRejectsARecordWithoutHeadline) {
  json record = json::parse(run(np() + " '" + sample_texts().front().string() + "'").out);
  record.erase("headline");
  std::string why;
  EXPECT_FALSE(valid(record, why));
}

// ---- inputs and output styles -------------------------------------------------

TEST(Cli, OneFileGivesOneIndentedObject) {
  Outcome r = run(np() + " samples/reuters-oil-prices.txt", source_dir);
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out.substr(0, 4), "{\n  ");
  EXPECT_EQ(json::parse(r.out)["file"], "samples/reuters-oil-prices.txt");
}

TEST(Cli, DirectoryGivesJsonLinesInSortedOrder) {
  Outcome r = run(np() + " samples/", source_dir);
  EXPECT_EQ(r.status, 0);
  auto records = json_lines(r.out);
  auto texts = sample_texts();
  ASSERT_EQ(records.size(), texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i)
    EXPECT_EQ(records[i]["file"], "samples/" + texts[i].filename().string());
}

TEST(Cli, DirectoryWalkIsRecursiveAndFiltersByExtension) {
  TempDir dir;
  dir.write("b/two.txt", "Second\n\nText two.\n");
  dir.write("a/one.txt", "First\n\nText one.\n");
  dir.write("a/notes.md", "Notes\n\nMarkdown.\n");
  auto records = json_lines(run(np() + " .", dir.path).out);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0]["file"], "./a/one.txt");
  EXPECT_EQ(records[1]["file"], "./b/two.txt");
  records = json_lines(run(np() + " --ext md .", dir.path).out);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0]["headline"], "Notes");
}

TEST(Cli, SeveralFilesKeepTheOrderGiven) {
  Outcome r = run(np() + " samples/toi-monsoon.txt samples/ap-senate-broadband.txt", source_dir);
  auto records = json_lines(r.out);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0]["file"], "samples/toi-monsoon.txt");
  EXPECT_EQ(records[1]["file"], "samples/ap-senate-broadband.txt");
}

TEST(Cli, StandardInputIsDash) {
  Outcome r = run("printf 'Storm hits coast\\n\\nA storm hit the coast.\\n' | " + np() + " -");
  EXPECT_EQ(r.status, 0);
  json out = json::parse(r.out);
  EXPECT_EQ(out["file"], "-");
  EXPECT_EQ(out["headline"], "Storm hits coast");
}

TEST(Cli, CompactAndPrettyOverrideTheDefault) {
  Outcome one = run(np() + " -c samples/toi-monsoon.txt", source_dir);
  EXPECT_EQ(std::count(one.out.begin(), one.out.end(), '\n'), 1);
  Outcome many = run(np() + " --pretty samples/toi-monsoon.txt samples/tass-arctic-shipping.txt", source_dir);
  EXPECT_GT(std::count(many.out.begin(), many.out.end(), '\n'), 10);
  Outcome both = run(np() + " -c --pretty samples/toi-monsoon.txt", source_dir);
  EXPECT_EQ(both.status, 2);
}

TEST(Cli, HelpExplainsOptionsWithExamples) {
  Outcome r = run(np() + " --help");
  EXPECT_EQ(r.status, 0);
  for (const char* text :
       {"--ext", "--compact", "--pretty", "--max-bytes", "--files-from", "--version", "Examples:", "jq -r .headline"})
    EXPECT_NE(r.out.find(text), std::string::npos) << text;
}

TEST(Cli, VersionPrintsTheVersion) {
  Outcome r = run(np() + " --version");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out.rfind("newsparse ", 0), 0u);
}

TEST(Cli, UnknownOptionIsAUsageError) {
  Outcome r = run(np() + " --no-such-option samples/", source_dir);
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(r.out.empty());
}

TEST(Cli, ClosedStdoutStopsQuietly) {
  // `newsparse dir | head -1`: no error message when head stops reading.
  TempDir dir;
  for (int i = 0; i < 200; ++i) dir.write("f" + std::to_string(1000 + i) + ".txt", "Headline\n\nSome text.\n");
  Outcome r = run(np() + " . | head -1", dir.path);
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1);
  EXPECT_TRUE(r.err.empty()) << r.err;
}

// ---- errors: a record in the stream, a line on stderr, the rest goes on --------

struct ErrorCase {
  const char* name;
  std::string bytes;
  const char* code;
  std::string flags;
};

TEST(CliErrors, BadFilesGiveErrorRecordsAndTheRestGoesOn) {
  TempDir dir;
  const std::vector<ErrorCase> cases = {
      {"binary.txt", std::string("PK\x03\x04\0\0\x14\0", 8) + "zipdata", "binary", ""},
      {"latin1.txt", "Caf\xE9 na\xEFve r\xE9sum\xE9\n\nText.\n", "invalid_utf8", ""},
      {"utf16.txt", std::string("\xFF\xFEH\0i\0", 6), "unsupported_encoding", ""},
  };
  std::string args;
  dir.write("good1.txt", "First good\n\nText.\n");
  for (const auto& c : cases) {
    dir.write(c.name, c.bytes);
    args += std::string(" ") + c.name;
  }
  dir.write("good2.txt", "Second good\n\nText.\n");
  Outcome r = run(np() + " good1.txt" + args + " missing.txt good2.txt", dir.path);
  EXPECT_EQ(r.status, 1);
  auto records = json_lines(r.out);
  ASSERT_EQ(records.size(), cases.size() + 3);
  EXPECT_EQ(records.front()["headline"], "First good");
  EXPECT_EQ(records.back()["headline"], "Second good");
  for (std::size_t i = 0; i < cases.size(); ++i) {
    EXPECT_EQ(records[i + 1]["file"], cases[i].name);
    EXPECT_EQ(records[i + 1]["error"]["code"], cases[i].code) << cases[i].name;
    EXPECT_FALSE(records[i + 1]["error"]["message"].get<std::string>().empty());
  }
  EXPECT_EQ(records[cases.size() + 1]["error"]["code"], "not_found");
  // One line on stderr per failed input, naming it.
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), static_cast<long>(cases.size() + 1));
  EXPECT_NE(r.err.find("missing.txt"), std::string::npos);
}

TEST(CliErrors, TextInAnotherEncodingIsRefusedWithTheFirstBadByte) {
  TempDir dir;
  dir.write("bad.txt",
            "Headline\n\nCaf\xE9 cr\xE8me br\xFBl\xE9"
            "e.\n");
  json out = json::parse(run(np() + " bad.txt", dir.path).out);
  EXPECT_EQ(out["error"]["code"], "invalid_utf8");
  EXPECT_EQ(out["error"]["message"].get<std::string>().rfind("byte 13: invalid UTF-8 sequence (4 in all)", 0), 0u);
}

TEST(CliErrors, AStrayInvalidByteIsReplacedWithAWarning) {
  TempDir dir;
  std::string story = "Storm hits coast\n\nThe storm hit the coast on Monday\xC3 night.\n\n";
  for (int i = 0; i < 20; ++i)
    story += "Officials said repairs would take weeks, and \xE2\x80\x9Cmaybe months\xE2\x80\x9D.\n\n";
  dir.write("stray.txt", story);
  Outcome r = run(np() + " stray.txt", dir.path);
  EXPECT_EQ(r.status, 0);
  json out = json::parse(r.out);
  ASSERT_TRUE(out.contains("warnings"));
  EXPECT_EQ(out["warnings"][0]["code"], "invalid_utf8_replaced");
  // The bad byte is one U+FFFD in the text, and offsets count it as one code point.
  EXPECT_EQ(out["body"][0]["text"], "The storm hit the coast on Monday\uFFFD night.");
  EXPECT_EQ(out["body"][1]["start"], 18 + 41 + 2);
}

TEST(CliErrors, TooLargeIsReportedWithoutReading) {
  TempDir dir;
  dir.write("big.txt", std::string(5000, 'a'));
  Outcome r = run(np() + " --max-bytes 1K big.txt", dir.path);
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(json::parse(r.out)["error"]["code"], "too_large");
}

TEST(CliErrors, DirectoryWhereAFileWasExpected) {
  TempDir dir;
  dir.write("sub/a.txt", "Headline\n\nText.\n");
  dir.write("list", "sub\nsub/a.txt\n");
  Outcome r = run(np() + " --files-from list", dir.path);
  EXPECT_EQ(r.status, 1);
  auto records = json_lines(r.out);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0]["error"]["code"], "is_directory");
  EXPECT_EQ(records[1]["headline"], "Headline");
}

TEST(CliErrors, PermissionDenied) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads any file; run as a normal user to check permission errors";
  TempDir dir;
  fs::path f = dir.write("secret.txt", "Headline\n\nText.\n");
  fs::permissions(f, fs::perms::none);
  Outcome r = run(np() + " secret.txt", dir.path);
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(json::parse(r.out)["error"]["code"], "permission_denied");
}

TEST(CliErrors, EmptyFileIsAValidArticleWithNullFields) {
  TempDir dir;
  dir.write("empty.txt", "");
  dir.write("blank.txt", "  \n\n\t\n");
  Outcome r = run(np() + " empty.txt blank.txt", dir.path);
  EXPECT_EQ(r.status, 0);
  for (const json& record : json_lines(r.out)) {
    EXPECT_TRUE(record["headline"].is_null());
    EXPECT_TRUE(record["body"].empty());
  }
}

}  // namespace

// ---- batches: threads, JSON Lines input, sharding ------------------------------

namespace batch {

// A directory of many articles with a few bad files among them.
void make_corpus(const TempDir& dir, int copies) {
  auto texts = sample_texts();
  for (int c = 0; c < copies; ++c)
    for (const auto& txt : texts) dir.write("c" + std::to_string(c) + "/" + txt.filename().string(), slurp(txt));
  dir.write("c0/zz-binary.txt", std::string("\x7F"
                                            "ELF\0\0",
                                            6));
  dir.write("c1/zz-latin1.txt", "Caf\xE9\n\nText.\n");
}

TEST(Jobs, ParallelOutputIsByteIdenticalToOneThread) {
  TempDir dir;
  make_corpus(dir, 6);
  Outcome one = run(np() + " -j 1 .", dir.path);
  Outcome two = run(np() + " -j 2 .", dir.path);
  Outcome many = run(np() + " -j 7 .", dir.path);
  EXPECT_EQ(one.status, 1);  // the two bad files
  EXPECT_EQ(json_lines(one.out).size(), 6 * sample_texts().size() + 2);
  EXPECT_EQ(one.out, two.out);
  EXPECT_EQ(one.out, many.out);
  EXPECT_EQ(two.status, 1);
}

TEST(Records, JsonLinesInputCarriesTheIdThrough) {
  TempDir dir;
  dir.write("in.jsonl",
            "{\"id\": \"a1\", \"text\": \"Storm hits coast\\n\\nA storm hit the coast.\"}\n"
            "\n"
            "{\"id\": 42, \"text\": \"Rain stops play\\n\\nRain stopped play.\"}\n"
            "not json\n"
            "{\"id\": \"a3\", \"body\": \"no text field\"}\n");
  Outcome r = run(np() + " --input jsonl in.jsonl", dir.path);
  EXPECT_EQ(r.status, 1);
  auto records = json_lines(r.out);
  ASSERT_EQ(records.size(), 4u);
  EXPECT_EQ(records[0]["id"], "a1");
  EXPECT_EQ(records[0]["file"], "in.jsonl");
  EXPECT_EQ(records[0]["line"], 1);
  EXPECT_EQ(records[0]["headline"], "Storm hits coast");
  EXPECT_EQ(records[1]["id"], 42);
  EXPECT_EQ(records[1]["line"], 3);
  EXPECT_EQ(records[2]["error"]["code"], "invalid_record");
  EXPECT_EQ(records[3]["error"]["code"], "invalid_record");
  EXPECT_EQ(records[3]["id"], "a3");
}

TEST(Records, FieldNamesAreOptionsAndStdinWorks) {
  Outcome r = run("printf '{\"key\": 7, \"article\": \"Title\\\\n\\\\nBody.\"}\\n' | " + np() +
                  " --input jsonl --text-field article --id-field key -");
  EXPECT_EQ(r.status, 0) << r.err;
  auto records = json_lines(r.out);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0]["id"], 7);
  EXPECT_EQ(records[0]["file"], "-");
  EXPECT_EQ(records[0]["headline"], "Title");
}

TEST(Records, ShardsOverGnuParallelMergeToASingleRunsOutput) {
  if (std::system("command -v parallel >/dev/null 2>&1") != 0) GTEST_SKIP() << "GNU parallel is not installed";
  TempDir dir;
  // 8 samples x 25 = 200 records, one per line.
  std::string jsonl;
  auto texts = sample_texts();
  for (int c = 0; c < 25; ++c)
    for (std::size_t i = 0; i < texts.size(); ++i)
      jsonl +=
          json{{"id", "doc-" + std::to_string(c) + "-" + std::to_string(i)}, {"text", slurp(texts[i])}}.dump() + "\n";
  dir.write("corpus.jsonl", jsonl);
  Outcome single = run(np() + " -j 1 --input jsonl - < corpus.jsonl", dir.path);
  // Four processes at a time, 30 records each, output kept in input order (-k).
  Outcome sharded =
      run("parallel --will-cite -k --pipe -N 30 -j 4 " + np() + " -j 1 --input jsonl - < corpus.jsonl", dir.path);
  ASSERT_EQ(single.status, 0) << single.err;
  ASSERT_EQ(sharded.status, 0) << sharded.err;
  auto a = json_lines(single.out), b = json_lines(sharded.out);
  ASSERT_EQ(a.size(), 200u);
  ASSERT_EQ(b.size(), 200u);
  // Each shard numbers its own lines: everything else is the same, byte for byte.
  for (std::size_t i = 0; i < a.size(); ++i) {
    a[i].erase("line");
    b[i].erase("line");
    EXPECT_EQ(a[i].dump(), b[i].dump()) << i;
  }
}

}  // namespace batch

// ---- hostile batches -------------------------------------------------------------

namespace hostile {

TEST(HostileBatch, LinksFifosAndDevicesInAWalkGiveRecordsAndTheRunGoesOn) {
  TempDir dir;
  dir.write("a-good.txt", "First good\n\nText.\n");
  fs::create_symlink("missing-target.txt", dir.path / "b-broken-link.txt");
  fs::create_symlink("c-loop.txt", dir.path / "c-loop.txt");
  fs::create_directory_symlink(".", dir.path / "d-dir-loop");  // not followed: no endless walk
  ASSERT_EQ(::mkfifo((dir.path / "e-fifo.txt").c_str(), 0644), 0);
  fs::create_directories(dir.path / "f-dir.txt");
  dir.write("f-dir.txt/inner.txt", "Inner\n\nText.\n");
  dir.write("g-good.txt", "Last good\n\nText.\n");
  Outcome r = run(np() + " .", dir.path);
  EXPECT_EQ(r.status, 1);
  auto records = json_lines(r.out);
  std::vector<std::string> codes;
  for (const auto& rec : records)
    codes.push_back(rec.contains("error") ? rec["error"]["code"].get<std::string>() : "ok");
  EXPECT_EQ(codes, (std::vector<std::string>{"ok", "not_found", "not_found", "not_a_file", "ok", "ok"}));
  EXPECT_EQ(records[0]["file"], "./a-good.txt");
  EXPECT_EQ(records[4]["file"], "./f-dir.txt/inner.txt");
  EXPECT_EQ(records[5]["file"], "./g-good.txt");
}

TEST(HostileBatch, ControlCharactersAreEscapedInValidJson) {
  TempDir dir;
  dir.write("ctl.txt", "Head\x01line\x1B[31m\n\nBody with a bell \x07 and a tab\t.\n");
  Outcome r = run(np() + " -c ctl.txt", dir.path);
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("\\u0001"), std::string::npos);
  EXPECT_NE(r.out.find("\\u001b"), std::string::npos);
  EXPECT_EQ(json::parse(r.out)["headline"], "Head\x01line\x1B[31m");
}

TEST(HostileBatch, PathologicalInputsFinishAndStayValid) {
  TempDir dir;
  std::string quotes, caps, said, nesting;
  for (int i = 0; i < 100000; ++i) quotes += i % 2 ? "\" " : "\xE2\x80\x9C";
  for (int i = 0; i < 100000; ++i) caps += "Alpha ";
  for (int i = 0; i < 20000; ++i) said += "he said, ";
  for (int i = 0; i < 50000; ++i) nesting += "([\xE2\x80\x9C\xC2\xAB'\"";
  dir.write("quotes.txt", "Head\n\n" + quotes + "\n");
  dir.write("caps.txt", "Head\n\n" + caps + "\n");
  dir.write("said.txt", "Head\n\n" + said + "\n");
  dir.write("nesting.txt", "Head\n\n" + nesting + "\n");
  Outcome r = run(np() + " -j 2 .", dir.path);
  EXPECT_EQ(r.status, 0) << r.err;
  auto records = json_lines(r.out);
  EXPECT_EQ(records.size(), 4u);
}

}  // namespace hostile
