// src/entity_tokens.hpp: the word tokens the entities stage reasons over,
// with the capitalisation evidence each carries: sentence starts, and lines
// whose case says nothing (ALL-CAPS or Title Case headlines and datelines).
// Reads: text, lines, paragraphs, headline, subheadline, body.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "newsparse/article.hpp"

namespace newsparse::detail {

struct EntityToken {
  Span span;                    ///< without a possessive "'s"
  std::size_t line = 0;         ///< index into Article::lines
  bool word = false;            ///< letters or digits; else one punctuation mark
  bool cap = false;             ///< starts with an upper-case letter
  bool all_caps = false;        ///< two or more letters, none lower case ("ICRC", "U.S.")
  bool sentence_start = false;  ///< first word of a sentence, a line or a quotation
  bool caps_zone = false;       ///< on a line whose capitalisation is no evidence
  bool possessive = false;      ///< was followed by "'s" ("England's")
  bool digit = false;           ///< holds an ASCII digit ("G7", "Rs2", "2024")
};

/// The tokens of text[window) in order, in time linear in its length. The
/// window (by default the whole text) must start and end between characters.
std::vector<EntityToken> tokenize_for_entities(const Article& article, Span window = {0, SIZE_MAX});
/// The same into `tokens` (cleared first), whose buffer a caller may reuse.
void tokenize_for_entities(const Article& article, Span window, std::vector<EntityToken>& tokens);

}  // namespace newsparse::detail
