// src/entity_lexicon.hpp: the word lists and gazetteers the entities stage
// reads: titles, organisation and place words, cues, first names, common
// words, and the names table (places, organisations, nationalities).
// Built once on first use; the gazetteers are compiled tables searched in
// place (text/sorted_table.hpp), so building costs microseconds.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "text/sorted_table.hpp"
#include "text/word_map.hpp"

namespace newsparse::detail {

/// What the names table knows about a name.
struct KnownName {
  std::string_view type;       ///< "LOCATION", "ORG" or "NORP"
  std::string_view canonical;  ///< "United States" for "U.S."
  bool country = false;        ///< a country's name (stays a place when it names a national team)
  bool capital = false;        ///< a capital's name (stands for a government too: "Moscow said")
};

class EntityLexicon {
 public:
  /// Bits of word_flags(): which small lists hold a word.
  enum Flag : unsigned {
    title = 1,
    title_modifier = 2,
    org_word = 4,
    location_word = 8,
    location_cue = 16,
    person_cue = 32,
    not_name = 64,
    month_or_day = 128,
    team_cue_before = 256,
    team_cue_after = 512,
  };

  static const EntityLexicon& get();

  /// Every small list's answer for `word` in one lookup (any case; a
  /// trailing full stop is ignored).
  unsigned word_flags(std::string_view word) const;

  /// Lookups take a word or phrase in any case; keys are folded to ASCII lower case.
  std::optional<KnownName> known(std::string_view name) const;
  bool is_first_name(std::string_view word) const;
  /// A dictionary word with no capitalised form ("officials", "bath").
  bool is_common_word(std::string_view word) const;
  bool is_title(std::string_view word) const;  ///< "President", "Dr.", "coach"
  /// A title word that types no name alone: "former", "Foreign".
  bool is_title_modifier(std::string_view word) const;
  bool is_org_word(std::string_view word) const;       ///< "Committee", "Corp."
  bool is_location_word(std::string_view word) const;  ///< "Sea", "Road"
  bool is_location_cue(std::string_view word) const;   ///< "in", "from"
  bool is_person_cue(std::string_view word) const;     ///< "said"
  bool is_not_name(std::string_view word) const;       ///< "The", "However"
  /// A month or weekday name or abbreviation ("March", "Thu"), from the same
  /// lists as Tables, kept here to look up without ICU case mapping.
  bool is_month_or_day(std::string_view word) const;
  bool is_team_cue_before(std::string_view word) const;  ///< "against" Chicago
  bool is_team_cue_after(std::string_view word) const;   ///< Chicago "beat"

 private:
  EntityLexicon();
  void mark(std::string_view file, unsigned flag, std::string_view column = {});
  SortedTable names_, first_names_, common_words_;
  WordMap<unsigned> flags_;  // the small lists, by lexicon_key()
};

/// ASCII lower case with a trailing full stop removed ("Corp." -> "corp").
std::string lexicon_key(std::string_view word);

}  // namespace newsparse::detail
