// src/date_grammar.hpp: reads dates and times as news sites print them
// ("March 24, 2022 | 07:44 PM", "Thu 24 Mar 2022 14.30 GMT"). Used by the
// dates, byline and dateline stages.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "newsparse/span.hpp"
#include "tables.hpp"

namespace newsparse::detail {

/// The fields of a date expression; -1 (or 0 for year) where the text does not say.
struct DateParts {
  int year = 0;  ///< 0: not stated ("March 24")
  int month = 0;
  int day = 0;
  int hour = -1;
  int minute = -1;
  int second = -1;
  std::optional<int> offset_minutes;  ///< from a zone: "GMT", "ET", "+05:00"
  bool zulu = false;                  ///< written with "Z"
};

/// A date expression found in a text.
struct DateMatch {
  Span span;  ///< byte offsets in the searched text
  DateParts parts;
};

/// Parses a date expression that starts exactly at `pos` of `text`:
/// "March 24, 2022 | 07:44 PM", "24 March 2022 19:44 GMT", "Thu 24 Mar 2022
/// 14.30 GMT", "2022-03-24T19:44:00Z", "Mar. 24, 2022 7:44 p.m. ET",
/// "24/03/2022", "24th March, 2022", "March 24" (no year).
std::optional<DateMatch> parse_date_at(std::string_view text, std::size_t pos, const Tables& tables);

/// The first date expression in text[from, to) that starts at a word boundary.
/// With `need_year`, expressions without a year are passed over.
std::optional<DateMatch> search_date(std::string_view text, std::size_t from, std::size_t to, const Tables& tables,
                                     bool need_year = true);

/// ISO 8601 form: "2022-03-24", "2022-03-24T19:44:00", "2022-03-24T19:44:00+05:00".
/// `year` must be set.
std::string to_iso(const DateParts& parts);

/// The UTC offset of a zone on a date: "ET" is -05:00 in winter, -04:00 in summer.
int zone_offset(const ZoneInfo& zone, int year, int month, int day);

}  // namespace newsparse::detail
