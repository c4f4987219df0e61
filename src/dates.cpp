// src/dates.cpp: the published and updated stamps of an article's header.
#include "dates.hpp"

#include "layout.hpp"
#include "text/utf8.hpp"

namespace newsparse::detail {

PublicationDates find_publication_dates(const Article& article, const Tables& tables) {
  PublicationDates found;
  const std::string_view text = article.text;
  for (const Span& line : header_lines(article)) {
    std::string_view s = line.in(text);
    // "Updated: 24/03/2022", "Published March 24, 2022 | 07:44 PM", "Last updated 2 hours ago"
    bool updated = false, published = false;
    std::size_t cue_end = line.start;
    // ASCII lower case: the cues are ASCII, and byte offsets must stay those of `s`.
    std::string lower(s);
    for (char& c : lower) c = to_ascii_lower(c);
    for (std::string_view cue :
         {"last updated", "updated", "modified", "first published", "published", "posted", "date"}) {
      std::size_t at = lower.find(cue);
      if (at == std::string::npos) continue;
      if (at > 0 && is_ascii_alpha(s[at - 1])) continue;
      updated = cue == "last updated" || cue == "updated" || cue == "modified";
      published = !updated;
      cue_end = line.start + at + cue.size();
      break;
    }
    std::size_t from = (published || updated) ? cue_end : line.start;
    auto match = search_date(text, from, line.end, tables, true);
    if (!match) continue;
    // A line that is not labelled must be mostly the date: "24 March 2022 19:44 GMT",
    // "Muhammad Irfan | March 24, 2022"; a long sentence with a date in it is not a stamp.
    if (!published && !updated && line.size() > match->span.size() + 60) continue;
    // "LONDON 1996-08-30", "KYIV, Ukraine, March 24": an ALL-CAPS place before
    // an unlabelled date makes a dateline, whose date is the dateline's.
    if (!published && !updated) {
      std::string_view before = trim(Span{line.start, match->span.start}.in(text));
      bool place = is_all_caps(before) && before.find('|') == std::string_view::npos && !tables.agency(before);
      if (place) continue;
    }
    DateTime dt{match->span, to_iso(match->parts)};
    if (updated) {
      if (!found.updated) found.updated = dt;
    } else if (!found.published) {
      found.published = dt;
    }
  }
  return found;
}

}  // namespace newsparse::detail
