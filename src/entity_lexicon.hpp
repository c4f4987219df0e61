// src/entity_lexicon.hpp: the word lists and gazetteers the entities stage
// reads: titles, organisation and place words, cues, first names, common
// words, and the names table (places, organisations, nationalities).
// Built once on first use; the gazetteers are compiled tables searched in
// place (text/sorted_table.hpp), so building costs microseconds.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

#include "text/sorted_table.hpp"

namespace newsparse::detail {

/// What the names table knows about a name.
struct KnownName {
  std::string_view type;       ///< "LOCATION", "ORG" or "NORP"
  std::string_view canonical;  ///< "United States" for "U.S."
  bool country = false;        ///< a country's name (stays a place when it names a national team)
};

class EntityLexicon {
 public:
  static const EntityLexicon& get();

  /// Lookups take a word or phrase in any case; keys are folded to ASCII lower case.
  std::optional<KnownName> known(std::string_view name) const;
  bool is_first_name(std::string_view word) const;
  /// A dictionary word with no capitalised form ("officials", "bath").
  bool is_common_word(std::string_view word) const;
  bool is_title(std::string_view word) const;  ///< "President", "Dr.", "coach"
  /// A title word that types no name alone: "former", "Foreign".
  bool is_title_modifier(std::string_view word) const;
  bool is_org_word(std::string_view word) const;         ///< "Committee", "Corp."
  bool is_location_word(std::string_view word) const;    ///< "Sea", "Road"
  bool is_location_cue(std::string_view word) const;     ///< "in", "from"
  bool is_person_cue(std::string_view word) const;       ///< "said"
  bool is_not_name(std::string_view word) const;         ///< "The", "However"
  bool is_team_cue_before(std::string_view word) const;  ///< "against" Chicago
  bool is_team_cue_after(std::string_view word) const;   ///< Chicago "beat"

 private:
  EntityLexicon();
  static bool in(const std::unordered_set<std::string>& set, std::string_view word);
  SortedTable names_, first_names_, common_words_;
  std::unordered_set<std::string> titles_, title_modifiers_, org_words_, location_words_, location_cues_, person_cues_,
      not_names_, team_before_, team_after_;
};

/// ASCII lower case with a trailing full stop removed ("Corp." -> "corp").
std::string lexicon_key(std::string_view word);

}  // namespace newsparse::detail
