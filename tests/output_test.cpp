// tests/output_test.cpp: the JSON writer and the output stage's JSON.
#include "text/json_writer.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

#include "test_support.hpp"

namespace newsparse::detail {
namespace {

TEST(JsonWriter, GrowsPastItsReserveWithoutLosingBytes) {
  // A reserve of one byte: every piece below lands past the end at least once.
  JsonWriter out(false, 1);
  std::string expected = "[";
  out.begin_array();
  for (std::size_t i = 0; i < 5000; ++i) {
    out.span(i, i + 7, "Sergey \"Lavrov\"\n");
    expected += (i ? "," : "") + std::string("{\"start\":") + std::to_string(i) + ",\"end\":" + std::to_string(i + 7) +
                ",\"text\":\"Sergey \\\"Lavrov\\\"\\n\"}";
  }
  out.end_array();
  expected += "]";
  EXPECT_EQ(out.take(), expected);
}

TEST(JsonWriter, CompactAndPrettySpansAreTheSameJson) {
  for (bool pretty : {false, true}) {
    JsonWriter out(pretty, 16);
    out.begin_object();
    out.key("span");
    out.span(3, 9, "Moscow");
    out.key("none");
    out.null();
    out.key("empty");
    out.begin_array();
    out.end_array();
    out.end_object();
    const nlohmann::json doc = nlohmann::json::parse(out.take());
    EXPECT_EQ(doc, nlohmann::json::parse(R"({"span":{"start":3,"end":9,"text":"Moscow"},"none":null,"empty":[]})"))
        << (pretty ? "pretty" : "compact");
  }
}

TEST(JsonWriter, ControlCharactersAreEscapedAsNlohmannDoes) {
  JsonWriter out(false, 0);
  const std::string text = std::string("a\x01") + "b\tc\\d\x1f";
  out.string(text);
  EXPECT_EQ(out.take(), nlohmann::json(text).dump());
}

TEST(Output, OffsetsCountCodePointsInTextBeyondAscii) {
  const Article a = newsparse::testing::parse_ok("Café owners protest\n\nThe café in Zürich closed.\n");
  const nlohmann::json doc = nlohmann::json::parse(to_json(a, "x.txt", JsonStyle::compact));
  ASSERT_EQ(doc["body"].size(), 1u);
  EXPECT_EQ(doc["body"][0]["start"], 21);  // "Café owners protest\n\n": 21 code points, 22 bytes
  EXPECT_EQ(doc["body"][0]["text"], "The café in Zürich closed.");
}

}  // namespace
}  // namespace newsparse::detail
