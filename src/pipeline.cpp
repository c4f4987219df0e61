// src/pipeline.cpp: parse(): runs the stages in order. The only file that
// knows the order; each stage computes from a const Article and this file
// writes its result into the Article.
#include <exception>
#include <new>

#include "body.hpp"
#include "byline.hpp"
#include "dateline.hpp"
#include "dates.hpp"
#include "entities.hpp"
#include "headline.hpp"
#include "input.hpp"
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
  if (options.quotes) article.quotes = detail::find_quotes(article);
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
