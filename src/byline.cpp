// src/byline.cpp: byline patterns of wire services and newspapers.
#include "byline.hpp"

#include <algorithm>
#include <vector>

#include "dates.hpp"
#include "headline.hpp"
#include "layout.hpp"
#include "text/utf8.hpp"

namespace newsparse::detail {

namespace {

Span trim_span(std::string_view text, Span span) {
  std::string_view t = trim(span.in(text));
  if (t.empty()) return {span.start, span.start};
  auto start = static_cast<std::size_t>(t.data() - text.data());
  return {start, start + t.size()};
}

// Strips separators a byline leaves at its ends: "Jane Doe |", "- Jane Doe,".
Span strip_separators(std::string_view text, Span span) {
  span = trim_span(text, span);
  auto is_sep = [](char32_t cp) {
    return is_dash(cp) || cp == '|' || cp == ',' || cp == ':' || cp == ';' || cp == '/';
  };
  while (!span.empty()) {
    std::size_t p = span.start;
    if (!is_sep(next_code_point(text, p))) break;
    span.start = p;
    span = trim_span(text, span);
  }
  while (!span.empty()) {
    std::size_t p = span.end;
    if (!is_sep(prev_code_point(text, p))) break;
    span.end = p;
    span = trim_span(text, span);
  }
  return span;
}

// A word of a person's name: "Irfan", "O'Neil", "McNeil", "J.", "Al-Ain",
// "JOHN" (in an all-caps byline), or a particle such as "van".
bool is_name_word(std::string_view word, const Tables& tables) {
  if (word.empty()) return false;
  if (tables.is_name_particle(word)) return true;
  if (tables.is_function_word(word) || tables.is_org_suffix(word)) return false;  // "The", "Inc"
  std::size_t p = 0;
  char32_t first = next_code_point(word, p);
  if (!is_upper(first)) return false;
  if (p == word.size()) return false;  // "A" alone is no name word; initials have a dot ("J.")
  while (p < word.size()) {
    char32_t cp = next_code_point(word, p);
    if (!(is_letter(cp) || cp == '.' || cp == '-' || cp == '\'' || cp == U'\u2019')) return false;
  }
  return true;
}

// The words of a stretch, split on white space.
std::vector<Span> words_of(std::string_view text, Span span) {
  std::vector<Span> words;
  std::size_t i = span.start;
  while (i < span.end) {
    std::size_t p = i;
    if (is_space(next_code_point(text, p))) {
      i = p;
      continue;
    }
    std::size_t start = i;
    while (i < span.end) {
      std::size_t q = i;
      if (is_space(next_code_point(text, q))) break;
      i = q;
    }
    words.push_back({start, i});
  }
  return words;
}

// A person's name: 2 to 5 name words (1 allowed when `single_ok`) with a
// capitalised first and last word.
bool is_person_name(std::string_view text, Span span, const Tables& tables, bool single_ok) {
  auto words = words_of(text, span);
  // 4 words without "By" ("Maria de la Cruz"), 5 with it.
  if (words.empty() || words.size() > (single_ok ? 5u : 4u) || (words.size() == 1 && !single_ok)) return false;
  for (const Span& w : words)
    if (!is_name_word(w.in(text), tables)) return false;
  return !tables.is_name_particle(words.front().in(text)) && !tables.is_name_particle(words.back().in(text));
}

// Splits text[span] at ",", ";", "&", " and ", " with " into items.
std::vector<Span> split_list(std::string_view text, Span span) {
  std::vector<Span> items;
  std::size_t start = span.start;
  std::size_t i = span.start;
  auto push = [&](std::size_t end) {
    Span item = trim_span(text, {start, end});
    if (!item.empty()) items.push_back(item);
  };
  while (i < span.end) {
    char c = text[i];
    if (c == ',' || c == ';' || c == '&' || c == '|') {
      push(i);
      start = ++i;
      continue;
    }
    if (c == ' ') {
      for (std::string_view sep : {" and ", " with ", " AND ", " WITH "}) {
        if (i + sep.size() <= span.end && text.substr(i, sep.size()) == sep) {
          push(i);
          i += sep.size() - 1;
          start = i;
          break;
        }
      }
    }
    ++i;
  }
  push(span.end);
  return items;
}

void add_author(std::string_view text, Span span, Byline& byline) {
  std::string name = collapse_space(span.in(text));
  bool caps = is_all_caps(name);
  if (caps) name = readable_case(name);
  if (std::find(byline.authors.begin(), byline.authors.end(), name) != byline.authors.end()) return;
  byline.authors.push_back(std::move(name));
  byline.author_spans.push_back(span);
}

void add_source(std::string name, Byline& byline) {
  if (std::find(byline.sources.begin(), byline.sources.end(), name) == byline.sources.end())
    byline.sources.push_back(std::move(name));
}

// The span of a byline cue ("By", "Reporting by") at the start of `span`.
std::optional<Span> cue_at(std::string_view text, Span span, const Tables& tables) {
  std::string_view s = span.in(text);
  for (const std::string& cue : tables.byline_cues()) {
    if (!istarts_with(s, cue)) continue;
    if (s.size() > cue.size() && !(s[cue.size()] == ' ' || s[cue.size()] == ':' || s[cue.size()] == '\t')) continue;
    return Span{span.start, span.start + cue.size()};
  }
  return std::nullopt;
}

// The first non-blank line that starts at or after `offset`.
std::optional<Span> next_line_after(const Article& article, std::size_t offset) {
  for (const Span& line : article.lines) {
    if (line.start < offset) continue;
    if (!trim(line.in(article.text)).empty()) return line;
  }
  return std::nullopt;
}

// A line of the header that is a byline, or nothing. `stamp` is a time stamp
// on the same line ("Muhammad Irfan Published March 24, 2022 | 07:44 PM").
std::optional<Byline> read_byline_line(std::string_view text, Span line, std::optional<Span> stamp,
                                       const Tables& tables, bool alone_in_paragraph) {
  // alone_in_paragraph: the line is followed by a date line, as bylines are.
  Span names = line;
  if (stamp && line.contains(*stamp)) {
    names.end = stamp->start;
    // Cut the label before the stamp: "Published", "Updated", "Posted on".
    std::string lower = to_lower(names.in(text));
    for (std::string_view label : {"last updated", "first published", "published", "updated", "posted"}) {
      std::size_t at = lower.rfind(label);
      if (at != std::string::npos) {
        names.end = names.start + at;
        break;
      }
    }
  }
  names = strip_separators(text, names);
  if (names.empty()) return std::nullopt;
  Byline byline;
  byline.span = names;
  if (auto cue = cue_at(text, names, tables)) {
    // "By A and B" / "BY A B" / "By A, Associated Press": lenient, an odd item is dropped.
    Span rest = strip_separators(text, {cue->end, names.end});
    if (rest.empty()) return std::nullopt;
    read_name_list(text, rest, tables, false, byline);
    if (byline.authors.empty() && byline.sources.empty()) return std::nullopt;
    return byline;
  }
  if (tables.is_author_role(names.in(text))) return byline;  // "Staff Reporter"
  // Without "By", the line must be nothing but names and outlets, and short;
  // an ALL-CAPS line is a dateline or a table heading ("NEW YORK", "W D L PCT"),
  // and a line ending in a full stop is a sentence.
  std::string_view ns = names.in(text);
  if (auto agency = tables.agency(ns); agency && (stamp || alone_in_paragraph)) {  // "PTI | Mar 24, 2022"
    byline.sources.push_back(*agency);
    return byline;
  }
  if (has_more_words_than(ns, 12) || is_all_caps(ns) || ns.ends_with('.')) return std::nullopt;
  if (!stamp && !alone_in_paragraph) return std::nullopt;
  if (!read_name_list(text, names, tables, true, byline)) return std::nullopt;
  if (byline.authors.empty()) return std::nullopt;
  return byline;
}

// "(Reporting by A and B; Additional reporting by C; Editing by D)" at the end.
std::optional<Byline> read_trailer(std::string_view text, Span paragraph, const Tables& tables) {
  Span inner = paragraph;
  std::string_view s = inner.in(text);
  if (s.starts_with('(') && s.ends_with(')')) inner = {inner.start + 1, inner.end - 1};
  // The cues are ASCII: compare a short ASCII-lower-cased head, not the whole paragraph.
  char head[24];
  const std::string_view rest = inner.in(text);
  const std::size_t head_size = std::min(rest.size(), sizeof head);
  for (std::size_t k = 0; k < head_size; ++k) head[k] = to_ascii_lower(rest[k]);
  const std::string_view lower(head, head_size);
  if (!(lower.starts_with("reporting by") || lower.starts_with("additional reporting by") ||
        lower.starts_with("writing by") || lower.starts_with("compiled by") || lower.starts_with("reported by")))
    return std::nullopt;
  Byline byline;
  byline.span = paragraph;
  // Clauses split at ";": each names a role.
  std::size_t start = inner.start;
  while (start < inner.end) {
    std::size_t end = text.find(';', start);
    if (end == std::string_view::npos || end > inner.end) end = inner.end;
    Span clause = trim_span(text, {start, end});
    start = end + 1;
    std::string cl = to_lower(clause.in(text));
    std::size_t by = cl.find(" by ");
    if (by == std::string::npos) continue;
    Span names = strip_separators(text, {clause.start + by + 4, clause.end});
    bool editing = cl.starts_with("editing") || cl.starts_with("edited");
    Byline part;
    read_name_list(text, names, tables, false, part);
    if (editing) {
      for (auto& n : part.authors) byline.editors.push_back(n);
    } else {
      for (std::size_t k = 0; k < part.authors.size(); ++k) add_author(text, part.author_spans[k], byline);
    }
    for (auto& src : part.sources) add_source(src, byline);
  }
  if (byline.authors.empty()) return std::nullopt;
  return byline;
}

}  // namespace

bool read_name_list(std::string_view text, Span span, const Tables& tables, bool strict, Byline& byline) {
  Byline found;
  for (Span item : split_list(text, span)) {
    std::string_view s = item.in(text);
    if (auto agency = tables.agency(s)) {
      add_source(*agency, found);
      continue;
    }
    if (tables.is_author_role(s)) continue;
    // "A for The Guardian"; after "By" also "A in Moscow", "A of the BBC".
    for (std::string_view link : {" for ", " FOR ", " of ", " in "}) {
      if (strict && (link == " of " || link == " in ")) continue;
      std::size_t at = s.find(link);
      if (at == std::string_view::npos) continue;
      Span outlet = trim_span(text, {item.start + at + link.size(), item.end});
      if (auto agency = tables.agency(outlet.in(text))) {
        add_source(*agency, found);
      } else if (link == " for " || link == " FOR ") {
        add_source(collapse_space(outlet.in(text)), found);
      }
      item.end = item.start + at;
      item = trim_span(text, item);
      break;
    }
    // "Jane Doe Staff Writer": a role after the name.
    auto words = words_of(text, item);
    for (std::size_t k = 1; k < words.size(); ++k) {
      Span tail{words[words.size() - k].start, item.end};
      if (tables.is_author_role(tail.in(text))) {
        item.end = words[words.size() - k].start;
        item = trim_span(text, item);
        break;
      }
    }
    if (item.empty()) continue;
    if (auto agency = tables.agency(item.in(text))) {  // "Al Jazeera Staff" -> Al Jazeera
      add_source(*agency, found);
      continue;
    }
    if (is_person_name(text, item, tables, !strict)) {
      add_author(text, item, found);
    } else if (strict) {
      return false;
    }
  }
  for (std::size_t k = 0; k < found.authors.size(); ++k) add_author(text, found.author_spans[k], byline);
  for (auto& src : found.sources) add_source(src, byline);
  return true;
}

std::optional<Byline> find_byline(const Article& article, const Tables& tables) {
  const std::string_view text = article.text;
  const std::size_t header_count = header_paragraph_count(article);
  std::string_view headline = article.headline ? article.headline->in(text) : std::string_view{};
  for (std::size_t i = 0; i < header_count; ++i) {
    const Span paragraph = article.paragraphs[i];
    for (const Span& raw : article.lines) {
      if (!paragraph.contains(raw) || raw.empty()) continue;
      Span line = trim_span(text, raw);
      if (line.empty()) continue;
      if (article.headline && line.overlaps(*article.headline)) continue;
      if (!headline.empty() && same_headline(line.in(text), headline)) continue;
      std::optional<Span> stamp;
      for (const auto& dt : {article.published, article.updated})
        if (dt && line.contains(dt->span)) stamp = dt->span;
      // A byline sits under the headline; the first paragraph's other lines
      // are the headline's continuation.
      if (i == 0 && !cue_at(text, line, tables) && !stamp) continue;
      // A name alone on its line is a byline only next to the other header
      // stamps: a date line or a dateline follows it ("Mishi Saran" /
      // "HONG KONG 1996-08-30"); elsewhere it is a heading ("American League").
      bool alone = false;
      if (auto next = next_line_after(article, line.end)) {
        alone = next->start < article.paragraphs[std::min(i + 1, article.paragraphs.size() - 1)].end &&
                search_date(text, next->start, std::min(next->end, next->start + 120), tables, false).has_value();
      }
      // "Reporting by A; Editing by B" reads by clauses wherever it stands.
      if (auto byline = read_trailer(text, line, tables)) return byline;
      if (auto byline = read_byline_line(text, line, stamp, tables, alone)) return byline;
    }
  }
  // Wire trailers close the story: look at the last three paragraphs.
  const std::size_t n = article.paragraphs.size();
  for (std::size_t k = n; k > n - std::min<std::size_t>(n, 3); --k) {
    if (auto byline = read_trailer(text, article.paragraphs[k - 1], tables)) return byline;
  }
  return std::nullopt;
}

}  // namespace newsparse::detail
