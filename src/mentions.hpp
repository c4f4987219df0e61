// src/mentions.hpp: word tests and limits shared by attribution.cpp and
// mentions.cpp, the two halves of the search for cue and speaker. Not part
// of any stage's interface.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "attribution.hpp"
#include "quote_lexicon.hpp"

namespace newsparse::detail::attr {

// 16 tokens: an appositive between subject and verb (`Terrie Rizzo, the
// Democratic chair of Florida's Palm Beach County, said`).
inline constexpr std::size_t kAppositive = 16;
// 7 words: the longest subjects ("Russian Foreign Minister Sergey Lavrov",
// "a spokesman for the Clinton campaign").
inline constexpr std::size_t kMaxMention = 7;

bool is_determiner(std::string_view w);  ///< "the", "his", "several"
bool clause_word(std::string_view w);    ///< opens a clause: "that", "when", "in"
bool intro_word(std::string_view w);     ///< opens an introductory phrase: "On", "Asked"
bool starts_subject(const Token& t);       ///< a name, a determiner or a pronoun
bool is_punct(const Token& t, const char* s);
bool is_dash_token(const Token& t);
bool subject_punct(const Token& t);  ///< "(" or ")" inside a subject: "(R-Wis.)"
bool is_pronoun(const Token& t);
/// An unlisted verb ending a clause: `"...," Allen concluded.`
bool looks_like_verb(const std::vector<Token>& t, std::size_t j);
/// t[i] follows "that", "if", "after" ...: a pronoun there is no speaker.
bool subordinate(const std::vector<Token>& t, std::size_t i);
/// The last subject pronoun before a coordinated cue (`... and said`).
bool nearest_pronoun(const std::vector<Token>& t, std::size_t floor, std::size_t cue, std::size_t& at);
/// Moves `at` past "also", "has", "repeatedly"; false when it reaches `limit`.
bool skip_adverbs(const std::vector<Token>& t, std::size_t& at, std::size_t limit);
bool past_tense(const Token& t);  ///< "fumed", not "need"

}  // namespace newsparse::detail::attr
