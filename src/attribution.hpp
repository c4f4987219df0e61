// src/attribution.hpp: finds the speech cue and the speaker's mention next
// to a quotation, in every order news text uses: `"...," Lavrov said`,
// `"...," said Lavrov`, `Lavrov said: "..."`, `Lavrov told Reuters "..."`,
// `According to Lavrov, ...`. All searches look at a bounded window of
// tokens, so the work per quotation is constant.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "quote_lexicon.hpp"

namespace newsparse::detail {

/// A cue and the speaker mention it governs, as token ranges of one paragraph.
struct Attribution {
  std::size_t cue_first = 0, cue_last = 0;          ///< [first, last) tokens of the cue; empty for `X: "..."`
  std::size_t mention_first = 0, mention_last = 0;  ///< [first, last); empty when no mention was found
  /// End of the mention's head: `Terrie Rizzo` in `Terrie Rizzo, the Democratic chair of ...`.
  std::size_t head_last = 0;
  /// The cue is a verb no list holds, taken for its form (`Toomey fumed`).
  bool guessed = false;
  /// The cue is passive (`X was asked`, `what is called`): quoted words with no speaker to find.
  bool passive = false;
};

/// How the quoted words end, which decides what may follow them.
enum class QuoteEnd { comma, stop, other };  ///< `,"` / `."` / anything else ("?", "!", a word)

/// A cue after a quote that closes before token `after`: `"...," Lavrov said`, `"...," said Lavrov`.
std::optional<Attribution> attribution_after(const std::vector<Token>& tokens, std::size_t after, QuoteEnd end);

/// An attribution that ends the quote's sentence after more reported words:
/// `Fundraising was "stagnant for a month" as donors waited, he said.`
std::optional<Attribution> attribution_at_end(const std::vector<Token>& tokens, std::size_t after);

/// An attribution set off by commas later in the sentence:
/// `''Most of it comes from ...'' income, he said, rather than from ...`.
std::optional<Attribution> attribution_in_sentence(const std::vector<Token>& tokens, std::size_t after);

/// A cue in the same sentence before a quote that opens at token `before`:
/// `Lavrov said: "..."`, `He expressed the hope that ... "will ..."`.
std::optional<Attribution> attribution_before(const std::vector<Token>& tokens, std::size_t before);

/// Replaces `a`'s cue and mention with an `, according to X` that follows it
/// between tokens `from` and `end`: the source that reports the speech.
void according_source(const std::vector<Token>& tokens, std::size_t from, std::size_t end, Attribution& a);

/// Replaces `a`'s cue and mention with a `, CNN reported.` that ends the
/// sentence going on at token `from`: the outlet that reports the speech.
void reporting_source(const std::vector<Token>& tokens, std::size_t from, Attribution& a);

/// Sentence-ending punctuation token (". ! ?"). Inline: the sentence
/// searches ask it of nearly every token, and a call cost more than the test.
inline bool ends_sentence(const Token& t) {
  return !t.word && t.lower.size() == 1 && (t.lower[0] == '.' || t.lower[0] == '!' || t.lower[0] == '?');
}

/// The speaker mention before the cue at `cue`, skipping "also", "has" and the
/// like; stops at clause words and punctuation. Sets [first, last) on success.
bool mention_before(const std::vector<Token>& tokens, std::size_t floor, std::size_t cue, std::size_t& first,
                    std::size_t& last, std::size_t& head_last);

/// The subject that opens the sentence starting at `floor` ("On television,
/// Mr. Trump's campaign chairman, Paul Manafort, dismissed ..."), before `limit`.
bool sentence_subject(const std::vector<Token>& tokens, std::size_t floor, std::size_t limit, std::size_t& first,
                      std::size_t& last, std::size_t& head_last);

/// The speaker mention after a cue that ends at `from` ("said Mr. Nevins of Showtime").
bool mention_after(const std::vector<Token>& tokens, std::size_t from, std::size_t limit, std::size_t& first,
                   std::size_t& last);

}  // namespace newsparse::detail
