// src/structure.cpp: line and paragraph boundaries.
#include "structure.hpp"

#include "text/utf8.hpp"

namespace newsparse::detail {

namespace {

bool is_blank(std::string_view line) { return trim(line).empty(); }

Span trimmed(std::string_view text, Span span) {
  std::string_view t = trim(span.in(text));
  if (t.empty()) return {span.start, span.start};
  std::size_t start = static_cast<std::size_t>(t.data() - text.data());
  return {start, start + t.size()};
}

}  // namespace

Structure find_structure(const Article& article) {
  const std::string_view text = article.text;
  Structure s;
  std::size_t pos = 0;
  // A UTF-8 BOM is character 0 of the text but not part of the first line's words.
  if (text.starts_with("\xEF\xBB\xBF")) pos = 3;
  while (pos <= text.size()) {
    std::size_t end = find_line_end(text, pos);
    s.lines.push_back({pos, end});
    if (end == text.size()) break;
    pos = end + (text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n' ? 2 : 1);
    if (pos == text.size()) break;
  }

  // A blank line between two lines of text separates paragraphs; blank
  // lines only at the start or end of the file do not.
  bool has_blank_separator = false;
  bool seen_text = false, blank_after_text = false;
  for (const Span& line : s.lines) {
    bool blank = is_blank(line.in(text));
    if (blank) {
      blank_after_text = seen_text;
    } else {
      has_blank_separator |= blank_after_text;
      seen_text = true;
    }
  }

  Span current{0, 0};
  bool open = false;
  auto close = [&] {
    if (!open) return;
    Span p = trimmed(text, current);
    if (!p.empty()) s.paragraphs.push_back(p);
    open = false;
  };
  for (const Span& line : s.lines) {
    if (is_blank(line.in(text))) {
      close();
      continue;
    }
    if (!has_blank_separator) close();
    if (!open) {
      current = line;
      open = true;
    } else {
      current.end = line.end;
    }
  }
  close();
  return s;
}

}  // namespace newsparse::detail
