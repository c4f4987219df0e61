// src/structure.cpp: line and paragraph boundaries.
#include "structure.hpp"

#include <vector>

#include "text/utf8.hpp"

namespace newsparse::detail {

namespace {

bool is_blank(std::string_view line) { return trim(line).empty(); }

// Characters: text wrapped at a column (e-mail, wire copy, plain-text
// exports) has lines of at most about 80; longer ones were never wrapped.
constexpr std::size_t kLongestWrappedLine = 100;

// More than `limit` code points (not bytes: a wrapped line of Cyrillic or
// Greek text has two bytes a character).
bool longer_than(std::string_view line, std::size_t limit) {
  if (line.size() <= limit) return false;
  std::size_t code_points = 0;
  for (char c : line) code_points += !is_continuation(static_cast<unsigned char>(c));
  return code_points > limit;
}

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

  // Within a block of lines between blank lines, a line break is a soft
  // wrap, unless the block holds a line no wrapping column makes: then each
  // of its lines is a paragraph (a headline set off by a blank line above
  // an article written one paragraph to a line).
  std::vector<bool> hard_break(s.lines.size(), !has_blank_separator);
  if (has_blank_separator) {
    std::size_t block = 0;  // first line of the current block
    for (std::size_t i = 0; i <= s.lines.size(); ++i) {
      if (i < s.lines.size() && !is_blank(s.lines[i].in(text))) continue;
      // Lines [block, i) are a block; its last line may be of any length.
      bool unwrapped = false;
      for (std::size_t k = block; k + 1 < i && !unwrapped; ++k) unwrapped = longer_than(s.lines[k].in(text), kLongestWrappedLine);
      for (std::size_t k = block; k < i; ++k) hard_break[k] = unwrapped;
      block = i + 1;
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
  for (std::size_t i = 0; i < s.lines.size(); ++i) {
    const Span& line = s.lines[i];
    if (is_blank(line.in(text))) {
      close();
      continue;
    }
    if (hard_break[i]) close();
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
