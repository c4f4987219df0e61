// src/pipeline.cpp: parse(): runs the stages in order. The only file that
// knows the order; each stage computes from a const Article and this file
// writes its result into the Article.
#include <algorithm>
#include <charconv>
#include <exception>
#include <iterator>
#include <string>
#include <new>

#include "body.hpp"
#include "byline.hpp"
#include "dateline.hpp"
#include "dates.hpp"
#include "entities.hpp"
#include "headline.hpp"
#include "input.hpp"
#include "layout.hpp"
#include "newsparse/parse.hpp"
#include "quotes.hpp"
#include "stats.hpp"
#include "structure.hpp"
#include "tables.hpp"

#ifndef NEWSPARSE_VERSION
#define NEWSPARSE_VERSION "0.0.0"
#endif

namespace newsparse {

std::string_view version() noexcept { return NEWSPARSE_VERSION; }

std::string_view error_code_name(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::not_found: return "not_found";
    case ErrorCode::permission_denied: return "permission_denied";
    case ErrorCode::is_directory: return "is_directory";
    case ErrorCode::not_a_file: return "not_a_file";
    case ErrorCode::unreadable: return "unreadable";
    case ErrorCode::binary: return "binary";
    case ErrorCode::invalid_utf8: return "invalid_utf8";
    case ErrorCode::unsupported_encoding: return "unsupported_encoding";
    case ErrorCode::too_large: return "too_large";
    case ErrorCode::invalid_record: return "invalid_record";
    case ErrorCode::internal: return "internal";
  }
  return "internal";
}

namespace {

// 256 KiB: a hundred times the longest paragraph of prose in the news sets we
// measure on. A paragraph past it is a dump (a table, a log, a minified page);
// quote search there costs memory per quotation mark, with nothing to find.
constexpr std::size_t kMaxQuoteParagraph = std::size_t{256} << 10;
// 512 KiB: the most text the quote search holds tokens for at once, ten
// times the longest article of the news sets. A longer input is searched in
// windows of whole paragraphs, so its memory stays a small multiple of the
// window; a speaker named only in an earlier window is not resolved.
constexpr std::size_t kQuoteWindow = std::size_t{512} << 10;

// The quotes stage over windows of paragraphs of prose size; longer
// paragraphs are left out with a warning, so no input can make quote search
// use memory far beyond its size.
std::vector<Quote> find_quotes_in_prose(Article& article) {
  const std::vector<Span>& paragraphs = article.paragraphs;
  std::vector<Quote> quotes;
  std::size_t skipped = 0;
  std::size_t first = 0;
  while (first < paragraphs.size()) {
    if (paragraphs[first].size() > kMaxQuoteParagraph) {
      ++skipped;
      ++first;
      continue;
    }
    std::size_t last = first, bytes = 0;
    while (last < paragraphs.size() && paragraphs[last].size() <= kMaxQuoteParagraph &&
           (last == first || bytes + paragraphs[last].size() <= kQuoteWindow))
      bytes += paragraphs[last++].size();
    if (first == 0 && last == paragraphs.size()) return detail::find_quotes(article);  // every article we know
    std::vector<Quote> found = detail::find_quotes(article, first, last);
    std::move(found.begin(), found.end(), std::back_inserter(quotes));
    first = last;
  }
  for (std::size_t i = 0; i < quotes.size(); ++i) {
    // to_chars: `"q" + std::to_string(...)` trips GCC 12's -Wrestrict false positive.
    char id[24] = {'q'};
    quotes[i].id.assign(id, std::to_chars(id + 1, id + sizeof id, i + 1).ptr);
  }
  if (skipped > 0)
    article.warnings.push_back({"quotes_skipped", std::to_string(skipped) + " paragraph(s) over " +
                                                      std::to_string(kMaxQuoteParagraph) +
                                                      " bytes left out of the quote search"});
  return quotes;
}

Result run(std::string_view bytes, const Options& options) {
  const detail::Tables& tables = detail::Tables::get();
  auto decoded = detail::decode_input(bytes, options);
  if (auto* error = std::get_if<Error>(&decoded)) return std::move(*error);
  Article article = std::move(std::get<Article>(decoded));

  auto structure = detail::find_structure(article);
  article.lines = std::move(structure.lines);
  article.paragraphs = std::move(structure.paragraphs);

  article.headline = detail::find_headline(article, tables);
  auto dates = detail::find_publication_dates(article, tables);
  article.published = std::move(dates.published);
  article.updated = std::move(dates.updated);
  article.byline = detail::find_byline(article, tables);
  article.dateline = detail::find_dateline(article, tables);
  auto layout = detail::find_body(article, tables);
  article.subheadline = layout.subheadline;
  article.body = std::move(layout.body);
  article.stats = detail::compute_stats(article, tables);
  if (options.entities) article.entities = detail::find_entities(article, tables);
  if (options.quotes) article.quotes = find_quotes_in_prose(article);
  return article;
}

}  // namespace

Result parse(std::string_view bytes, const Options& options) {
  try {
    return run(bytes, options);
  } catch (const std::bad_alloc&) {
    return Error{ErrorCode::internal, "out of memory"};
  } catch (const std::exception& e) {
    return Error{ErrorCode::internal, std::string("internal error: ") + e.what()};
  } catch (...) {
    return Error{ErrorCode::internal, "internal error"};
  }
}

}  // namespace newsparse
