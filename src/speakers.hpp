// src/speakers.hpp: who a speaker mention ("Lavrov", "the ICRC president",
// "He") refers to. Names come from the entities stage when it has run, else
// from a small finder of person names ("Foreign Minister Sergey Lavrov",
// "Peter Maurer") built for this stage alone.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "newsparse/article.hpp"
#include "quote_lexicon.hpp"
#include "text/word_map.hpp"

namespace newsparse::detail {

/// A person named in the article with the titles written before the name.
/// Words and titles view the tokens' lower-case text (the article's text or
/// the tokenizer's LowerCaseStore), which outlives the resolver: no string
/// is copied per word (the copies and their maps were a third of the
/// resolver's cost).
struct PersonName {
  std::string name;                             ///< fullest form: "Sergey Lavrov"
  /// Where the name's lower-case words ("sergey", "lavrov") stand in the
  /// resolver's word pool: one vector for all names, not one each.
  std::uint32_t words_first = 0, words_count = 0;
  std::unordered_set<std::string_view> titles;  ///< lower case: "russian", "foreign", "minister"
  std::vector<std::size_t> positions;      ///< byte offsets of the full name, ascending
};

/// Resolves mentions in text order; remembers the speakers it has resolved
/// so that a later "he" finds the most recent one.
class SpeakerResolver {
 public:
  /// `tokens[i]` holds the tokens of paragraph i.
  SpeakerResolver(const Article& article, const std::vector<std::vector<Token>>& tokens);

  /// The speaker that mention `tokens[first, last)` of `paragraph` refers to,
  /// or the mention's text when nothing in the article resolves it.
  std::string resolve(std::size_t paragraph, std::size_t first, std::size_t last);

  const std::vector<PersonName>& persons() const { return persons_; }

 private:
  void add(std::string_view name, const std::vector<std::string_view>& words,
           const std::vector<std::string_view>& titles, std::size_t pos);
  std::optional<std::size_t> by_words(const std::vector<std::string_view>& words, std::size_t pos) const;
  std::optional<std::size_t> by_titles(const std::vector<std::string_view>& words, std::size_t pos) const;
  std::size_t most_recent(const std::vector<std::size_t>& candidates, std::size_t pos) const;

  // Persons in the order they were listed, as a chain of links in links_:
  // a vector per word, in a map per index, made most of add()'s allocations.
  static constexpr std::uint32_t kNoLink = 0xFFFFFFFFu;
  struct PersonList {
    std::uint32_t first = kNoLink, last = kNoLink;
    std::size_t size = 0;
  };
  // What a word indexes: the persons whose name ends with it, whose name has
  // it, and whom it was a title of.
  struct WordLists {
    PersonList last_word, any_word, title;
  };
  void append(PersonList& list, std::size_t person);
  const PersonList* lists(std::string_view word, PersonList WordLists::*which) const {
    const WordLists* w = by_word_.find(word);
    return w != nullptr && (w->*which).size > 0 ? &(w->*which) : nullptr;
  }

  const Article& article_;
  const std::vector<std::vector<Token>>& tokens_;
  std::vector<PersonName> persons_;
  // Keyed by views: of the names (entity names or the text) and of the words.
  WordMap<std::size_t, std::string_view> by_name_;
  WordMap<WordLists, std::string_view> by_word_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> links_;  // (person, next link)
  std::vector<std::string_view> name_words_;  // PersonName::words_first/words_count
  std::vector<std::pair<std::size_t, std::size_t>> subjects_;  // (byte offset, person) of sentence subjects
  std::optional<std::size_t> last_speaker_;                    // index into persons_
  std::vector<std::string_view> names_, titles_;  // resolve()'s words of a mention, reused
  mutable std::vector<std::size_t> fitting_;       // the candidates of one look-up, reused
  std::size_t last_speaker_pos_ = 0;
};

}  // namespace newsparse::detail
