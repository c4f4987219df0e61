// src/body.cpp: header/body split.
#include "body.hpp"

#include <array>

#include "dateline.hpp"
#include "headline.hpp"
#include "layout.hpp"
#include "text/utf8.hpp"

namespace newsparse::detail {

namespace {

// True when every line of the paragraph is covered by header annotations
// (a byline line, a time stamp line, "Muhammad Irfan Published March 24, 2022 | 07:44 PM").
bool is_header_paragraph(const Article& article, Span paragraph) {
  // At most four items, on the stack: this runs for every paragraph.
  std::array<Span, 4> items;
  std::size_t count = 0;
  if (article.headline) items[count++] = *article.headline;
  if (article.byline) items[count++] = article.byline->span;
  if (article.published) items[count++] = article.published->span;
  if (article.updated) items[count++] = article.updated->span;
  bool any = false;
  for (std::size_t k = 0; k < count; ++k) any |= paragraph.overlaps(items[k]);
  if (!any) return false;
  // Every line must touch a header item.
  for (const Span& line : article.lines) {
    if (!paragraph.overlaps(line) || trim(line.in(article.text)).empty()) continue;
    bool touched = false;
    for (std::size_t k = 0; k < count; ++k) touched |= line.overlaps(items[k]);
    if (!touched) return false;
  }
  return true;
}

}  // namespace

BodyLayout find_body(const Article& article, const Tables& tables) {
  const std::string_view text = article.text;
  const auto& paragraphs = article.paragraphs;
  const std::size_t n = paragraphs.size();
  BodyLayout layout;
  std::string_view headline = article.headline ? article.headline->in(text) : std::string_view{};

  // A paragraph that holds header material: the headline (and the standfirst
  // lines under it), byline and stamp lines, the headline repeated.
  const HeadlineMatcher same_as_headline(headline);
  auto header_item = [&](std::size_t i) {
    std::string_view p = paragraphs[i].in(text);
    return (article.headline && paragraphs[i].contains(*article.headline)) ||
           is_header_paragraph(article, paragraphs[i]) || (!headline.empty() && same_as_headline.matches(p));
  };
  auto consumed = [&](std::size_t i) { return header_item(i) || tables.is_debris(paragraphs[i].in(text)); };

  std::size_t body_start = 0;
  std::size_t dateline_paragraph = n;
  if (article.dateline) {
    dateline_paragraph = paragraph_at(article, article.dateline->span.start);
    body_start = dateline_paragraph;
  } else {
    // The body starts after the last header paragraph that holds a header item.
    const std::size_t header_count = header_paragraph_count(article);
    for (std::size_t i = 0; i < header_count; ++i)
      if (header_item(i)) body_start = i + 1;
  }

  // The standfirst: the headline's second line (NYT: "lift;\nSolid upturn, ..."),
  // or the first paragraph between header items and the body.
  if (article.headline) {
    std::size_t hp = paragraph_at(article, article.headline->start);
    if (hp < n && paragraphs[hp].end > article.headline->end) {
      Span rest{article.headline->end, paragraphs[hp].end};
      std::string_view r = trim(rest.in(text));
      bool taken = article.byline && rest.overlaps(article.byline->span);
      taken |= article.published && rest.overlaps(article.published->span);
      if (!r.empty() && !taken) {
        auto start = static_cast<std::size_t>(r.data() - text.data());
        layout.subheadline = Span{start, start + r.size()};
      }
    }
  }
  if (!layout.subheadline) {
    for (std::size_t i = 0; i < body_start && i < n; ++i) {
      if (consumed(i) || (article.headline && paragraphs[i].contains(*article.headline))) continue;
      layout.subheadline = paragraphs[i];
      break;
    }
  }

  for (std::size_t i = body_start; i < n; ++i) {
    Span p = paragraphs[i];
    if (i == dateline_paragraph) {
      p.start = std::min(dateline_text_start(article, *article.dateline), p.end);
      std::string_view rest = trim(Span{p.start, p.end}.in(text));
      if (rest.empty()) continue;
      p.start = static_cast<std::size_t>(rest.data() - text.data());
    }
    if (consumed(i)) continue;
    if (article.byline && p.overlaps(article.byline->span)) continue;  // a wire trailer
    layout.body.push_back({p});
  }
  return layout;
}

}  // namespace newsparse::detail
