// src/layout.hpp: where an article's header (headline, byline, time stamps,
// standfirst) ends and its story text begins. Shared by the header stages.
#pragma once

#include <cstddef>
#include <vector>

#include "newsparse/article.hpp"

namespace newsparse::detail {

/// The number of leading paragraphs that may hold header material: those
/// before the first paragraph that reads as story text (over 25 words, or a
/// sentence ending in a full stop after the headline), at most 8.
std::size_t header_paragraph_count(const Article& article);

/// The lines of the header paragraphs, trimmed, in order.
std::vector<Span> header_lines(const Article& article);

/// The number of words (runs of non-space) in a stretch of text.
std::size_t count_words(std::string_view text);
/// count_words(text) > limit, reading only as far as the word after the limit.
bool has_more_words_than(std::string_view text, std::size_t limit);

/// The index of the paragraph that contains byte `offset`, or paragraphs.size().
std::size_t paragraph_at(const Article& article, std::size_t offset);

}  // namespace newsparse::detail
