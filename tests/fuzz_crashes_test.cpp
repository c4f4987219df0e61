// tests/fuzz_crashes_test.cpp: every input a fuzz target ever crashed on
// (tests/fuzz_crashes/) is parsed again on every run, in the sanitizer build too.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "newsparse/newsparse.hpp"

namespace {

TEST(FuzzCrashes, EveryFormerCrashParsesToValidJson) {
  int count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(NEWSPARSE_SOURCE_DIR "/tests/fuzz_crashes")) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    newsparse::Result result = newsparse::parse(bytes.str());
    std::string json = result ? newsparse::to_json(result.article(), "x.txt", newsparse::JsonStyle::compact)
                              : newsparse::to_json(result.error(), "x.txt", newsparse::JsonStyle::compact);
    EXPECT_FALSE(nlohmann::json::parse(json, nullptr, false).is_discarded()) << entry.path();
    if (!result) EXPECT_NE(result.error().code, newsparse::ErrorCode::internal) << entry.path();
    ++count;
  }
  EXPECT_GE(count, 1);
}

}  // namespace
