// src/indirect_quotes.hpp: indirect quotes, reported speech with no
// quotation marks: `Lavrov said on Thursday that talks would resume`,
// `Talks will resume, the minister said.`, `According to X, ...`.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "attribution.hpp"
#include "quote_lexicon.hpp"

namespace newsparse::detail {

/// A reported clause and the attribution that reports it.
struct IndirectQuote {
  Span clause;              ///< byte range of the reported words
  Attribution attribution;  ///< token ranges in the sentence's paragraph
};

/// The indirect quote of the sentence `tokens[start, end)` of a paragraph of
/// `text`, a sentence without quotation marks; at most one per sentence.
std::optional<IndirectQuote> indirect_quote(std::string_view text, const std::vector<Token>& tokens, std::size_t start,
                                            std::size_t end);

/// Words in text[s): runs of characters between ASCII white space.
std::size_t word_count(std::string_view text, Span s);
/// min(word_count(text, s), limit), reading no further than the block of 16
/// bytes that holds the limit-th word: for the tests that only compare the
/// count with a small bound.
std::size_t word_count(std::string_view text, Span s, std::size_t limit);

}  // namespace newsparse::detail
