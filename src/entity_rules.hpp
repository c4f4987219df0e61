// src/entity_rules.hpp: the rules that find and type name candidates in the
// running text: runs of capitalised words, cut at titles ("Foreign Minister
// Sergey Lavrov"), nationalities and "of", and typed by the gazetteers, by
// organisation and place words, and by the words around them.
// Reads: the tokens of entity_tokens.hpp.  Writes: nothing (returns mentions).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "entity_lexicon.hpp"
#include "entity_tokens.hpp"
#include "newsparse/article.hpp"

namespace newsparse::detail {

/// How sure a rule is of a mention's type; the surest mention of a surface
/// form types every mention of it.
enum class Evidence { none = 0, guess = 1, context = 2, strong = 3 };

struct Mention {
  Span span;
  std::size_t first = 0, last = 0;  ///< token indices, inclusive
  /// "" when no rule could tell; else a string literal or a names-table
  /// value, both static (a view: no string copied per mention)
  std::string_view type;
  Evidence evidence = Evidence::none;
  std::size_t words = 0;  ///< name words, connectors left out
  std::string key;        ///< lower-case surface, filled by the linker
};

/// True for a small integer that reads as a score ("6"), not a year.
bool is_score(std::string_view word);

/// The indices of the capitalised words among `tokens` (fewer than 2^32),
/// in order: the rules start only at these, and visiting every token to
/// find them cost a mispredicted branch per capitalised word, each time.
std::vector<std::uint32_t> capitalised_words(const std::vector<EntityToken>& tokens);

/// True when the story reports sport: three results ("Lotte 6") or two
/// match verbs ("X beat Y"). There a city's or county's name is a club.
/// `capitalised`: capitalised_words() of the same tokens.
bool is_sports_story(const std::vector<EntityToken>& tokens, const std::vector<std::uint32_t>& capitalised,
                     std::string_view text);

/// Candidate mentions outside the caps zones, in text order.
/// `capitalised`: capitalised_words(), and `sports`: is_sports_story(), of the same tokens.
std::vector<Mention> find_candidate_mentions(const Article& article, const std::vector<EntityToken>& tokens,
                                             const std::vector<std::uint32_t>& capitalised,
                                             const EntityLexicon& lexicon, bool sports);

}  // namespace newsparse::detail
