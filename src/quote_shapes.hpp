// src/quote_shapes.hpp: tests on a quoted stretch and the tokens around it,
// used by quotes.cpp to type quotes and to tell scare quotes and titles
// from reported speech.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "attribution.hpp"
#include "newsparse/article.hpp"
#include "quote_lexicon.hpp"

namespace newsparse::detail {

/// The first token that starts at or after byte `pos`.
std::size_t token_at(const std::vector<Token>& t, std::size_t pos);
/// Every word of four letters or more in text[s) starts with a capital.
bool is_title_case(std::string_view text, Span s);
/// The quote between tokens `open_token` and `after` is named as a work (`CBS's "Face the Nation"`).
bool names_a_work(const std::vector<Token>& t, std::size_t open_token, std::size_t after);
/// The quote follows "so-called".
bool after_so_called(const std::vector<Token>& t, std::size_t open_token);
/// The attribution names a speaker.
bool has_mention(const std::optional<Attribution>& a);
/// Direct or mixed, from what stands before the quote opening at `open_token`.
QuoteType quote_type(const Article& a, const std::vector<Token>& t, std::size_t open_token, Span content);

}  // namespace newsparse::detail
