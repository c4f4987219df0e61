// src/date_grammar.cpp: a small scanner for news date expressions.
#include "date_grammar.hpp"

#include <fmt/format.h>

#include <array>

#include "text/utf8.hpp"

namespace newsparse::detail {

namespace {

// A cursor over ASCII-ish date text. Non-ASCII spaces and dashes are treated
// as their ASCII forms ("March 24, 2022 – 07:44").
struct Cursor {
  std::string_view text;
  std::size_t pos;

  bool done() const { return pos >= text.size(); }
  char peek(std::size_t ahead = 0) const { return pos + ahead < text.size() ? text[pos + ahead] : '\0'; }

  // Skips white space (including U+00A0 and the like); returns how much.
  std::size_t skip_space() {
    std::size_t start = pos;
    while (!done()) {
      std::size_t p = pos;
      if (!is_space(next_code_point(text, p))) break;
      pos = p;
    }
    return pos - start;
  }
  // Reads 1..max digits.
  std::optional<int> digits(int min_len, int max_len) {
    std::size_t start = pos;
    int value = 0;
    while (!done() && is_ascii_digit(peek()) && static_cast<int>(pos - start) < max_len) {
      value = value * 10 + (peek() - '0');
      ++pos;
    }
    int len = static_cast<int>(pos - start);
    if (len < min_len || (!done() && is_ascii_digit(peek()))) {
      pos = start;
      return std::nullopt;
    }
    return value;
  }
  // Reads a run of ASCII letters (and a trailing full stop when `dot`).
  std::string_view word(bool dot = true) {
    std::size_t start = pos;
    while (!done() && is_ascii_alpha(peek())) ++pos;
    if (pos == start) return {};
    if (dot && peek() == '.') ++pos;
    return text.substr(start, pos - start);
  }
  bool accept(char c) {
    if (peek() != c) return false;
    ++pos;
    return true;
  }
  bool accept_dash() {
    std::size_t p = pos;
    if (done()) return false;
    if (is_dash(next_code_point(text, p))) {
      pos = p;
      return true;
    }
    return false;
  }
};

bool valid_date(int year, int month, int day) {
  static constexpr std::array<int, 13> days{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > days[month]) return false;
  return year == 0 || (year >= 1800 && year <= 2200);
}

bool at_word_end(const Cursor& c) {
  if (c.done()) return true;
  std::size_t p = c.pos;
  char32_t cp = next_code_point(c.text, p);
  return !is_letter(cp) && !(cp >= '0' && cp <= '9');
}

// "24", "24th", "1st"
std::optional<int> day_number(Cursor& c) {
  Cursor save = c;
  auto day = c.digits(1, 2);
  if (!day) return std::nullopt;
  std::size_t p = c.pos;
  std::string_view suffix = c.word(false);
  if (!suffix.empty() &&
      !(iequals(suffix, "st") || iequals(suffix, "nd") || iequals(suffix, "rd") || iequals(suffix, "th"))) {
    c.pos = p;
    c = save;
    return std::nullopt;
  }
  if (*day < 1 || *day > 31) {
    c = save;
    return std::nullopt;
  }
  return day;
}

std::optional<int> month_name(Cursor& c, const Tables& tables) {
  Cursor save = c;
  std::string_view w = c.word(true);
  if (w.empty()) return std::nullopt;
  auto m = tables.month(w);
  // "may" is also a verb: only "May" with a capital is the month.
  if (!m || (iequals(w, "may") && w[0] != 'M')) {
    c = save;
    return std::nullopt;
  }
  return m;
}

std::optional<int> year_number(Cursor& c) {
  Cursor save = c;
  auto y = c.digits(4, 4);
  if (!y || *y < 1800 || *y > 2200) {
    c = save;
    return std::nullopt;
  }
  return y;
}

// Time of day after a date: "07:44 PM", "7:44 p.m.", "14.30", "19:44:00",
// "7 p.m.". Needs am/pm when there are no minutes.
bool parse_time(Cursor& c, DateParts& parts, bool allow_dot) {
  Cursor save = c;
  auto hour = c.digits(1, 2);
  if (!hour) return false;
  int minute = -1, second = -1;
  if (c.peek() == ':' || (allow_dot && c.peek() == '.' && is_ascii_digit(c.peek(1)))) {
    ++c.pos;
    auto m = c.digits(2, 2);
    if (!m) {
      c = save;
      return false;
    }
    minute = *m;
    if (c.peek() == ':' && is_ascii_digit(c.peek(1))) {
      ++c.pos;
      auto s = c.digits(2, 2);
      if (!s) {
        c = save;
        return false;
      }
      second = *s;
      if (c.peek() == '.' && is_ascii_digit(c.peek(1))) {  // fractions
        ++c.pos;
        while (is_ascii_digit(c.peek())) ++c.pos;
      }
    }
  }
  // am / pm / a.m. / p.m.
  Cursor before_ampm = c;
  c.skip_space();
  int ampm = 0;
  std::string_view w = c.word(true);
  if (!w.empty()) {
    std::string lw = to_lower(w);
    if (lw == "am" || lw == "a.") {
      ampm = 1;
    } else if (lw == "pm" || lw == "p.") {
      ampm = 2;
    }
    if ((lw == "a." || lw == "p.")) {  // "a.m." read as "a." then "m."
      std::string_view rest = c.word(true);
      if (!iequals(rest, "m.") && !iequals(rest, "m")) ampm = 0;
    }
  }
  if (ampm == 0) c = before_ampm;
  if (minute < 0 && ampm == 0) {
    c = save;
    return false;
  }
  int h = *hour;
  if (ampm != 0) {
    if (h < 1 || h > 12) {
      c = save;
      return false;
    }
    if (ampm == 1 && h == 12) h = 0;
    if (ampm == 2 && h != 12) h += 12;
  }
  if (h > 23 || minute > 59 || second > 59) {
    c = save;
    return false;
  }
  parts.hour = h;
  parts.minute = minute < 0 ? 0 : minute;
  parts.second = second < 0 ? 0 : second;
  return true;
}

// "+05:00", "+0500", "-04"
bool parse_numeric_offset(Cursor& c, DateParts& parts) {
  Cursor save = c;
  char sign = c.peek();
  if (sign != '+' && sign != '-') return false;
  ++c.pos;
  auto h = c.digits(2, 2);
  if (!h) {
    c = save;
    return false;
  }
  int m = 0;
  if (c.accept(':')) {
    auto mm = c.digits(2, 2);
    if (!mm) {
      c = save;
      return false;
    }
    m = *mm;
  } else if (auto mm = c.digits(2, 2)) {
    m = *mm;
  }
  if (*h > 14 || m > 59) {
    c = save;
    return false;
  }
  parts.offset_minutes = (sign == '-' ? -1 : 1) * (*h * 60 + m);
  return true;
}

// " GMT", " (ET)", " UTC+5", " +05:00"
void parse_zone(Cursor& c, DateParts& parts, const Tables& tables) {
  Cursor save = c;
  c.skip_space();
  if (parse_numeric_offset(c, parts)) return;
  bool paren = c.accept('(');
  std::string_view w = c.word(false);
  if (w.empty() || !at_word_end(c)) {
    c = save;
    return;
  }
  auto zone = tables.zone(w);
  // Zone names are written in capitals; "et" or "cat" in lower case are words.
  if (!zone || !is_all_caps(w)) {
    c = save;
    return;
  }
  int offset = zone_offset(*zone, parts.year, parts.month, parts.day);
  Cursor after = c;
  if ((c.peek() == '+' || c.peek() == '-') && (iequals(w, "utc") || iequals(w, "gmt"))) {
    Cursor plus = c;
    char sign = c.peek();
    ++c.pos;
    if (auto h = c.digits(1, 2); h && *h <= 14) {
      int m = 0;
      if (c.accept(':')) m = c.digits(2, 2).value_or(0);
      offset = (sign == '-' ? -1 : 1) * (*h * 60 + m);
    } else {
      c = plus;
    }
  } else {
    c = after;
  }
  if (paren && !c.accept(')')) {
    c = save;
    return;
  }
  parts.offset_minutes = offset;
}

// Between a date and its time: " ", ", ", " | ", " at ", " - ", " / ", " – ".
bool parse_time_part(Cursor& c, DateParts& parts, const Tables& tables, bool allow_dot) {
  Cursor save = c;
  c.skip_space();
  if (c.accept(',') || c.accept('|') || c.accept('/') || c.accept('@') || c.accept_dash()) {
    c.skip_space();
  } else {
    Cursor w = c;
    std::string_view at = w.word(false);
    if (iequals(at, "at") || iequals(at, "on")) {
      c = w;
      c.skip_space();
    }
  }
  if (!parse_time(c, parts, allow_dot)) {
    c = save;
    return false;
  }
  parse_zone(c, parts, tables);
  return true;
}

std::optional<DateMatch> parse_iso(Cursor c, const Tables& tables) {
  std::size_t start = c.pos;
  DateParts p;
  auto y = year_number(c);
  if (!y || !c.accept('-')) return std::nullopt;
  auto m = c.digits(2, 2);
  if (!m || !c.accept('-')) return std::nullopt;
  auto d = c.digits(2, 2);
  if (!d || !valid_date(*y, *m, *d)) return std::nullopt;
  p.year = *y;
  p.month = *m;
  p.day = *d;
  Cursor t = c;
  if (t.accept('T') || (t.accept(' ') && is_ascii_digit(t.peek()))) {
    DateParts q = p;
    if (parse_time(t, q, false)) {
      if (t.accept('Z')) {
        q.offset_minutes = 0;
        q.zulu = true;
      } else if (!parse_numeric_offset(t, q)) {
        parse_zone(t, q, tables);
      }
      p = q;
      c = t;
    }
  }
  if (!at_word_end(c)) return std::nullopt;
  return DateMatch{{start, c.pos}, p};
}

// 24/03/2022, 03/24/2022, 24.03.2022, 24-03-2022: day first unless the
// first number cannot be a day of a month... or the second cannot be a month.
std::optional<DateMatch> parse_numeric(Cursor c, const Tables& tables) {
  std::size_t start = c.pos;
  auto a = c.digits(1, 2);
  if (!a) return std::nullopt;
  char sep = c.peek();
  if (sep != '/' && sep != '.' && sep != '-') return std::nullopt;
  ++c.pos;
  auto b = c.digits(1, 2);
  if (!b || !c.accept(sep)) return std::nullopt;
  auto y = year_number(c);
  if (!y) return std::nullopt;
  int day = *a, month = *b;
  if (month > 12 && day <= 12) std::swap(day, month);
  if (!valid_date(*y, month, day)) return std::nullopt;
  DateParts p;
  p.year = *y;
  p.month = month;
  p.day = day;
  parse_time_part(c, p, tables, false);
  if (!at_word_end(c)) return std::nullopt;
  return DateMatch{{start, c.pos}, p};
}

// "March 24, 2022", "Mar. 24 2022", "March 24"
std::optional<DateMatch> parse_month_first(Cursor c, const Tables& tables) {
  std::size_t start = c.pos;
  auto m = month_name(c, tables);
  if (!m) return std::nullopt;
  if (c.skip_space() == 0) return std::nullopt;
  auto d = day_number(c);
  if (!d) return std::nullopt;
  DateParts p;
  p.month = *m;
  p.day = *d;
  Cursor y = c;
  y.accept(',');
  y.skip_space();
  if (auto year = year_number(y)) {
    p.year = *year;
    c = y;
  }
  if (!valid_date(p.year, p.month, p.day)) return std::nullopt;
  if (p.year != 0) parse_time_part(c, p, tables, true);
  if (!at_word_end(c)) return std::nullopt;
  return DateMatch{{start, c.pos}, p};
}

// "24 March 2022", "24th March, 2022", "24 Mar 2022 14.30 GMT", "24 March"
std::optional<DateMatch> parse_day_first(Cursor c, const Tables& tables) {
  std::size_t start = c.pos;
  auto d = day_number(c);
  if (!d) return std::nullopt;
  if (c.skip_space() == 0) return std::nullopt;
  Cursor of = c;
  if (iequals(of.word(false), "of") && of.skip_space() > 0) c = of;
  auto m = month_name(c, tables);
  if (!m) return std::nullopt;
  DateParts p;
  p.month = *m;
  p.day = *d;
  Cursor y = c;
  y.accept(',');
  y.skip_space();
  if (auto year = year_number(y)) {
    p.year = *year;
    c = y;
  }
  if (!valid_date(p.year, p.month, p.day)) return std::nullopt;
  if (p.year != 0) parse_time_part(c, p, tables, true);
  if (!at_word_end(c)) return std::nullopt;
  return DateMatch{{start, c.pos}, p};
}

// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

int weekday(int y, int m, int d) {  // 0 = Sunday
  long days = days_from_civil(y, m, d);
  return static_cast<int>(days >= -4 ? (days + 4) % 7 : (days + 5) % 7 + 6);
}

// The day of the month of the n-th Sunday (n >= 1), or of the last Sunday (n = 0).
int nth_sunday(int y, int m, int n) {
  if (n == 0) {
    static constexpr std::array<int, 13> last{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int d = last[m];
    while (weekday(y, m, d) != 0) --d;
    return d;
  }
  int d = 1;
  while (weekday(y, m, d) != 0) ++d;
  return d + 7 * (n - 1);
}

}  // namespace

int zone_offset(const ZoneInfo& zone, int year, int month, int day) {
  if (zone.rule.empty() || year == 0) return zone.offset_minutes;
  bool summer = false;
  if (zone.rule == "us") {  // second Sunday of March to first Sunday of November (since 2007)
    int start = nth_sunday(year, 3, 2), end = nth_sunday(year, 11, 1);
    summer = (month > 3 && month < 11) || (month == 3 && day >= start) || (month == 11 && day < end);
  } else if (zone.rule == "eu") {  // last Sunday of March to last Sunday of October
    int start = nth_sunday(year, 3, 0), end = nth_sunday(year, 10, 0);
    summer = (month > 3 && month < 10) || (month == 3 && day >= start) || (month == 10 && day < end);
  }
  return zone.offset_minutes + (summer ? 60 : 0);
}

std::optional<DateMatch> parse_date_at(std::string_view text, std::size_t pos, const Tables& tables) {
  Cursor c{text, pos};
  // An optional weekday: "Thu 24 Mar 2022", "Thursday, March 24, 2022".
  Cursor w = c;
  std::string_view day_name = w.word(true);
  if (!day_name.empty() && tables.is_weekday(day_name)) {
    w.accept(',');
    if (w.skip_space() > 0) {
      for (auto parse : {parse_month_first, parse_day_first, parse_numeric}) {
        if (auto m = parse(w, tables)) {
          m->span.start = pos;
          return m;
        }
      }
    }
  }
  if (is_ascii_digit(c.peek())) {
    if (auto m = parse_iso(c, tables)) return m;
    if (auto m = parse_numeric(c, tables)) return m;
    return parse_day_first(c, tables);
  }
  return parse_month_first(c, tables);
}

std::optional<DateMatch> search_date(std::string_view text, std::size_t from, std::size_t to, const Tables& tables,
                                     bool need_year) {
  to = std::min(to, text.size());
  std::string_view window = text.substr(0, to);
  // Every date of the grammar has a digit (its day or year): none starts
  // after the window's last one, and a line without digits holds no date.
  std::size_t last_digit = to;
  while (last_digit > from && !is_ascii_digit(text[last_digit - 1])) --last_digit;
  if (last_digit == from) return std::nullopt;
  to = last_digit;  // the start of a date is before its last digit
  for (std::size_t i = from; i < to; ++i) {
    char ch = text[i];
    if (!is_ascii_digit(ch) && !(is_ascii_alpha(ch) && tables.may_start_date_word(ch))) continue;
    if (i > from) {
      std::size_t p = i;
      char32_t prev = prev_code_point(text, p);
      if (is_letter(prev) || (prev >= '0' && prev <= '9')) continue;
    }
    if (auto m = parse_date_at(window, i, tables); m && (!need_year || m->parts.year != 0)) return m;
  }
  return std::nullopt;
}

std::string to_iso(const DateParts& p) {
  std::string iso = fmt::format("{:04}-{:02}-{:02}", p.year, p.month, p.day);
  if (p.hour < 0) return iso;
  iso += fmt::format("T{:02}:{:02}:{:02}", p.hour, p.minute, std::max(p.second, 0));
  if (p.zulu) {
    iso += 'Z';
  } else if (p.offset_minutes) {
    int off = *p.offset_minutes;
    iso += fmt::format("{}{:02}:{:02}", off < 0 ? '-' : '+', std::abs(off) / 60, std::abs(off) % 60);
  }
  return iso;
}

}  // namespace newsparse::detail
