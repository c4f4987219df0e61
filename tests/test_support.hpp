// tests/test_support.hpp: helpers shared by the stage tests.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "newsparse/newsparse.hpp"

namespace newsparse::testing {

/// Parses `text` and fails the test when parsing fails.
inline Article parse_ok(std::string_view text) {
  Result result = parse(text);
  EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
  if (!result.ok()) return Article{};
  return std::move(result).article();
}

/// The text a span covers.
inline std::string at(const Article& a, const Span& s) { return std::string(s.in(a.text)); }

}  // namespace newsparse::testing
