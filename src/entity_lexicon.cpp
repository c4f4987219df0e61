// src/entity_lexicon.cpp: loads the entities stage's word lists.
#include "entity_lexicon.hpp"

#include "tables.hpp"

namespace newsparse::detail {

namespace data {
extern const std::string_view person_titles_txt;
extern const std::string_view org_words_txt;
extern const std::string_view location_words_txt;
extern const std::string_view location_cues_txt;
extern const std::string_view person_cues_txt;
extern const std::string_view not_names_txt;
extern const std::string_view team_cues_txt;
extern const std::string_view entity_names_blob;
extern const unsigned entity_names_index[];
extern const std::size_t entity_names_count;
extern const unsigned entity_names_slots[];
extern const std::size_t entity_names_slot_count;
extern const std::string_view first_names_blob;
extern const unsigned first_names_index[];
extern const std::size_t first_names_count;
extern const unsigned first_names_slots[];
extern const std::size_t first_names_slot_count;
extern const std::string_view common_words_blob;
extern const unsigned common_words_index[];
extern const std::size_t common_words_count;
extern const unsigned common_words_slots[];
extern const std::size_t common_words_slot_count;
}  // namespace data

namespace {

// The first column of every entry, or only of those whose second column is `mark`.
std::unordered_set<std::string> load(std::string_view file, std::string_view mark = {}) {
  std::unordered_set<std::string> set;
  for_each_entry(file, [&](const auto& fields) {
    if (mark.empty() || (fields.size() > 1 && fields[1] == mark)) set.insert(lexicon_key(fields[0]));
  });
  return set;
}

std::string fold(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

std::string lexicon_key(std::string_view word) {
  if (word.size() > 1 && word.back() == '.') word.remove_suffix(1);
  return fold(word);
}

const EntityLexicon& EntityLexicon::get() {
  static const EntityLexicon lexicon;
  return lexicon;
}

EntityLexicon::EntityLexicon()
    : names_(data::entity_names_blob, data::entity_names_index, data::entity_names_count, data::entity_names_slots,
             data::entity_names_slot_count),
      first_names_(data::first_names_blob, data::first_names_index, data::first_names_count, data::first_names_slots,
                   data::first_names_slot_count),
      common_words_(data::common_words_blob, data::common_words_index, data::common_words_count,
                    data::common_words_slots, data::common_words_slot_count),
      titles_(load(data::person_titles_txt)),
      title_modifiers_(load(data::person_titles_txt, "modifier")),
      org_words_(load(data::org_words_txt)),
      location_words_(load(data::location_words_txt)),
      location_cues_(load(data::location_cues_txt)),
      person_cues_(load(data::person_cues_txt)),
      not_names_(load(data::not_names_txt)) {
  for_each_entry(data::team_cues_txt, [&](const auto& f) {
    if (f.size() < 2) return;
    if (f[1] != "after") team_before_.insert(lexicon_key(f[0]));
    if (f[1] != "before") team_after_.insert(lexicon_key(f[0]));
  });
}

bool EntityLexicon::in(const std::unordered_set<std::string>& set, std::string_view word) {
  return set.count(lexicon_key(word)) != 0;
}

std::optional<KnownName> EntityLexicon::known(std::string_view name) const {
  auto value = names_.find(fold(name));
  if (!value) return std::nullopt;
  auto tab = value->find('\t');
  if (tab == std::string_view::npos) return KnownName{*value, name};
  std::string_view canonical = value->substr(tab + 1);
  std::size_t kind = canonical.find('\t');
  bool country = kind != std::string_view::npos && canonical.substr(kind + 1) == "country";
  return KnownName{value->substr(0, tab), canonical.substr(0, kind), country};
}

bool EntityLexicon::is_first_name(std::string_view word) const { return first_names_.contains(fold(word)); }
bool EntityLexicon::is_common_word(std::string_view word) const { return common_words_.contains(fold(word)); }
bool EntityLexicon::is_title(std::string_view word) const { return in(titles_, word); }
bool EntityLexicon::is_title_modifier(std::string_view word) const { return in(title_modifiers_, word); }
bool EntityLexicon::is_org_word(std::string_view word) const { return in(org_words_, word); }
bool EntityLexicon::is_location_word(std::string_view word) const { return in(location_words_, word); }
bool EntityLexicon::is_location_cue(std::string_view word) const { return in(location_cues_, word); }
bool EntityLexicon::is_person_cue(std::string_view word) const { return in(person_cues_, word); }
bool EntityLexicon::is_team_cue_before(std::string_view word) const { return in(team_before_, word); }
bool EntityLexicon::is_team_cue_after(std::string_view word) const { return in(team_after_, word); }
bool EntityLexicon::is_not_name(std::string_view word) const { return in(not_names_, word); }

}  // namespace newsparse::detail
