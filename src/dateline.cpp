// src/dateline.cpp: dateline grammar.
//
//   dateline := location [", " region] tail
//   location := CAPS word (" " CAPS word){0,5}       "MOSCOW", "AL-AIN", "ST. LOUIS"
//   region   := Name (" " Name){0,3}                 "Ukraine", "United Arab Emirates", "N.Y."
//   tail     := " " date END                         "ROME 1996-12-06" on its own line
//             | [", " date] " (" sources ")" [dash]  "(Reuters) -", "(UrduPoint News / Sputnik - 24th March, 2022)"
//             | " " dash                             "KYIV, Ukraine —"
//             | ":"                                  "ISLAMABAD: ..."
//             | [", " date "."] " /" sources "/."    "MOSCOW, March 24. /TASS/."
#include "dateline.hpp"

#include <vector>

#include "dates.hpp"
#include "layout.hpp"
#include "text/utf8.hpp"

namespace newsparse::detail {

namespace {

struct Scanner {
  std::string_view text;
  std::size_t pos;
  std::size_t end;

  bool done() const { return pos >= end; }
  char32_t peek() const {
    if (done()) return 0;
    std::size_t p = pos;
    return next_code_point(text, p);
  }
  void advance() { next_code_point(text, pos); }
  std::size_t skip_spaces() {
    std::size_t start = pos;
    while (!done() && is_space(peek())) advance();
    return pos - start;
  }
  // One word of letters, digits, and inner . - ' (no spaces).
  Span word() {
    std::size_t start = pos;
    while (!done()) {
      char32_t cp = peek();
      if (is_letter(cp) || (cp >= '0' && cp <= '9') || cp == '.' || cp == '\'' || cp == U'\u2019' ||
          (cp == '-' && pos > start)) {
        advance();
      } else {
        break;
      }
    }
    // A trailing hyphen is a dash, not part of the word.
    while (pos > start && text[pos - 1] == '-') --pos;
    return {start, pos};
  }
  bool accept_dash() {
    char32_t cp = peek();
    if (!is_dash(cp)) return false;
    advance();
    while (!done() && is_dash(peek())) advance();  // "--"
    return true;
  }
};

bool has_letter(std::string_view w) {
  for (std::size_t i = 0; i < w.size();) {
    if (is_letter(next_code_point(w, i))) return true;
  }
  return false;
}

bool is_caps_word(std::string_view w) { return has_letter(w) && is_all_caps(w); }

bool is_capitalised_word(std::string_view w) {
  if (w.empty()) return false;
  std::size_t p = 0;
  return is_upper(next_code_point(w, p));
}

// "MOSCOW", "NEW YORK", "ST. LOUIS", or with `mixed` "Washington".
std::optional<Span> read_location(Scanner& s, bool mixed) {
  std::size_t start = s.pos;
  std::size_t last_end = start;
  int words = 0;
  // 4 words: "RIO DE JANEIRO", "SALT LAKE CITY"; longer caps runs are headlines.
  while (words < 5) {
    Scanner t = s;
    if (words > 0 && t.skip_spaces() != 1) break;
    Span w = t.word();
    std::string_view ws = w.in(s.text);
    if (w.empty()) break;
    bool ok = mixed ? is_capitalised_word(ws) : is_caps_word(ws);
    // Lower-case particles inside caps names: "RIO de JANEIRO" is rare; "DE" is caps anyway.
    if (!ok) break;
    s = t;
    last_end = w.end;
    ++words;
  }
  // "Q —" in interviews is no place: a location has two letters or more.
  if (words == 0 || words > 4 || last_end - start < 2) return std::nullopt;
  s.pos = last_end;
  return Span{start, last_end};
}

// ", Ukraine", ", United Arab Emirates", ", N.Y." (not a date).
std::optional<Span> read_region(Scanner& s, const Tables& tables) {
  Scanner t = s;
  if (t.peek() != ',') return std::nullopt;
  t.advance();
  if (t.skip_spaces() == 0) return std::nullopt;
  if (parse_date_at(t.text.substr(0, t.end), t.pos, tables)) return std::nullopt;
  std::size_t start = t.pos, last_end = t.pos;
  int words = 0;
  while (words < 4) {
    Scanner u = t;
    if (words > 0 && u.skip_spaces() != 1) break;
    Span w = u.word();
    std::string_view ws = w.in(s.text);
    // Region words are in mixed case ("United Arab Emirates") or abbreviations
    // ("N.Y."); an ALL-CAPS run is a headline ("IOWA POLLS ..., JUST TOO EARLY").
    bool abbreviation = ws.find('.') != std::string_view::npos;
    if (w.empty() || !(is_capitalised_word(ws) || (words > 0 && tables.is_name_particle(ws)))) break;
    if (is_all_caps(ws) && !abbreviation && ws.size() > 3) return std::nullopt;
    t = u;
    last_end = w.end;
    ++words;
  }
  if (words == 0) return std::nullopt;
  t.pos = last_end;
  s = t;
  return Span{start, last_end};
}

// "(Reuters)", "(UrduPoint News / Sputnik - 24th March, 2022)", "(AP Photo)"
struct Sources {
  std::vector<std::string> names;
  std::optional<DateMatch> date;
  bool known = false;  // at least one known agency
};

std::optional<Sources> read_sources(std::string_view text, Span inner, const Tables& tables) {
  if (inner.empty() || inner.size() > 120) return std::nullopt;
  Sources out;
  // A date inside: "Sputnik - 24th March, 2022"
  if (auto date = search_date(text, inner.start, inner.end, tables, false)) {
    out.date = date;
    inner.end = date->span.start;
  }
  std::size_t start = inner.start;
  auto flush = [&](std::size_t end) {
    std::string_view item = trim(text.substr(start, end - start));
    while (!item.empty() && (item.back() == '-' || item.back() == ',' || item.back() == '/'))
      item = trim(item.substr(0, item.size() - 1));
    if (item.empty()) return true;
    if (auto agency = tables.agency(item)) {
      out.names.push_back(*agency);
      out.known = true;
      return true;
    }
    if (!is_capitalised_word(item) || count_words(item) > 5) return false;
    out.names.push_back(std::string(item));
    return true;
  };
  for (std::size_t i = inner.start; i < inner.end;) {
    std::size_t p = i;
    char32_t cp = next_code_point(text, p);
    bool sep = cp == '/' || cp == ',' || cp == ';' || (is_dash(cp) && i > 0 && text[i - 1] == ' ');
    if (sep) {
      if (!flush(i)) return std::nullopt;
      start = p;
    }
    i = p;
  }
  if (!flush(inner.end)) return std::nullopt;
  if (out.names.empty()) return std::nullopt;
  return out;
}

std::optional<std::string> iso_date(const DateParts& parts, const Article& article) {
  DateParts p = parts;
  if (p.year == 0) {  // "LONDON, March 24 (Reuters)": the year of the article's time stamp
    const auto& stamp = article.published ? article.published : article.updated;
    if (!stamp || stamp->iso.size() < 4) return std::nullopt;
    p.year = std::stoi(stamp->iso.substr(0, 4));
  }
  p.hour = -1;  // a dateline's date is a day
  return to_iso(p);
}

std::optional<Dateline> read_dateline(const Article& article, Span paragraph, const Tables& tables) {
  const std::string_view text = article.text;
  // The dateline is on the paragraph's first line.
  std::size_t line_end = std::min(paragraph.end, find_line_end(text, paragraph.start));
  for (bool mixed : {false, true}) {
    Scanner s{text, paragraph.start, line_end};
    auto location = read_location(s, mixed);
    if (!location) continue;
    Dateline d;
    d.location_span = *location;
    std::optional<Span> region = read_region(s, tables);
    std::optional<DateMatch> date;
    // ", March 24" before the sources (Reuters)
    Scanner t = s;
    if (t.peek() == ',') {
      t.advance();
      t.skip_spaces();
      if (auto m = parse_date_at(text.substr(0, line_end), t.pos, tables)) {
        date = m;
        t.pos = m->span.end;
        s = t;
      }
    }
    Scanner u = s;
    if (date && u.peek() == '.') u.advance();  // TASS: "MOSCOW, March 24. /TASS/."
    std::size_t spaces = u.skip_spaces();
    bool ok = false;
    if (u.peek() == '/') {
      std::size_t close = text.find('/', u.pos + 1);
      if (close != std::string_view::npos && close < line_end) {
        if (auto sources = read_sources(text, {u.pos + 1, close}, tables); sources && sources->known) {
          d.sources = sources->names;
          u.pos = close + 1;
          if (u.peek() == '.') u.advance();
          ok = true;
        }
      }
    } else if (u.peek() == '(') {
      std::size_t close = text.find(')', u.pos);
      if (close != std::string_view::npos && close < line_end) {
        if (auto sources = read_sources(text, {u.pos + 1, close}, tables);
            sources && (sources->known || (!mixed && sources->date))) {
          d.sources = sources->names;
          if (sources->date) date = sources->date;
          u.pos = close + 1;
          ok = true;
        }
      }
    } else if (mixed && region && spaces > 0 && !date) {
      // Al Jazeera: "Khartoum, Sudan – text": mixed case needs the region and the dash.
      Scanner v = u;
      ok = v.accept_dash() && v.skip_spaces() > 0;
    } else if (!mixed && spaces > 0 && !date) {
      // "ROME 1996-12-06" alone on its line.
      if (auto m = parse_date_at(text.substr(0, line_end), u.pos, tables); m && m->parts.year != 0) {
        Scanner v = u;
        v.pos = m->span.end;
        v.skip_spaces();
        if (v.done()) {
          date = m;
          u.pos = m->span.end;
          ok = true;
        }
      }
      if (!ok && u.accept_dash() && u.skip_spaces() > 0) {  // "KYIV, Ukraine — text"
        u.pos = s.pos;
        ok = true;
      }
    } else if (!mixed && u.peek() == ':' && spaces == 0) {  // "ISLAMABAD: text"
      // Only when story text follows: a capitalised word and a long paragraph,
      // not a form field ("AMT: 1,200,000 DATE: 09/05/96").
      Scanner v = u;
      v.advance();
      v.skip_spaces();
      ok = is_upper(v.peek()) && has_more_words_than(paragraph.in(text), 14);
    } else if (!mixed && spaces == 0 && date) {  // "LONDON, March 24 -"
      Scanner v = u;
      v.skip_spaces();
      ok = v.accept_dash();
    }
    if (!ok) continue;
    // A dateline is followed by story text or ends its line.
    d.span = {paragraph.start, u.pos};
    d.location = readable_case(collapse_space(location->in(text)));
    if (region) d.location += ", " + collapse_space(region->in(text));
    if (date) d.date = iso_date(date->parts, article);
    return d;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Dateline> find_dateline(const Article& article, const Tables& tables) {
  // The dateline opens the first story paragraph, just after the header; a
  // long standfirst may come first (the seed article), hence + 2.
  const std::size_t limit = std::min(article.paragraphs.size(), header_paragraph_count(article) + 2);
  for (std::size_t i = 0; i < limit; ++i) {
    const Span paragraph = article.paragraphs[i];
    if (article.headline && paragraph.contains(*article.headline) && i == 0 && limit > 1) continue;
    if (auto d = read_dateline(article, paragraph, tables)) return d;
  }
  return std::nullopt;
}

std::size_t dateline_text_start(const Article& article, const Dateline& dateline) {
  Scanner s{article.text, dateline.span.end, article.text.size()};
  s.skip_spaces();
  if (s.peek() == ':') s.advance();
  s.skip_spaces();
  if (s.accept_dash()) s.skip_spaces();
  return s.pos;
}

}  // namespace newsparse::detail
