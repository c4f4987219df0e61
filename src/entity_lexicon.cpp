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
extern const std::string_view months_tsv;
extern const std::string_view weekdays_txt;
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

std::string fold(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Looks `text` up in `table` in ASCII lower case, folded on the stack: the
// rules ask about every capitalised word, and a heap string each time
// showed in profiles. 64 bytes hold any name in the tables.
std::optional<std::string_view> find_folded(const SortedTable& table, std::string_view text) {
  char buffer[64];
  if (text.size() > sizeof buffer) return table.find(fold(text));
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    buffer[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return table.find(std::string_view(buffer, text.size()));
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
      flags_() {
  mark(data::person_titles_txt, title);
  mark(data::person_titles_txt, title_modifier, "modifier");
  mark(data::org_words_txt, org_word);
  mark(data::location_words_txt, location_word);
  mark(data::location_cues_txt, location_cue);
  mark(data::person_cues_txt, person_cue);
  mark(data::not_names_txt, not_name);
  mark(data::months_tsv, month_or_day);
  mark(data::weekdays_txt, month_or_day);
  mark(data::team_cues_txt, team_cue_before, "before");
  mark(data::team_cues_txt, team_cue_before, "both");
  mark(data::team_cues_txt, team_cue_after, "after");
  mark(data::team_cues_txt, team_cue_after, "both");
}

// Sets `flag` on the first column of every entry of `file`, or only of those
// whose second column is `column`.
void EntityLexicon::mark(std::string_view file, unsigned flag, std::string_view column) {
  for_each_entry(file, [&](const auto& fields) {
    if (column.empty() || (fields.size() > 1 && fields[1] == column)) flags_[lexicon_key(fields[0])] |= flag;
  });
}

unsigned EntityLexicon::word_flags(std::string_view word) const {
  if (word.size() > 1 && word.back() == '.') word.remove_suffix(1);
  char buffer[32];  // longer than any entry of the small lists
  if (word.size() > sizeof buffer) return 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    buffer[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  const unsigned* flags = flags_.find(std::string_view(buffer, word.size()));
  return flags ? *flags : 0;
}

bool EntityLexicon::is_month_or_day(std::string_view word) const { return word_flags(word) & month_or_day; }

std::optional<KnownName> EntityLexicon::known(std::string_view name) const {
  auto value = find_folded(names_, name);
  if (!value) return std::nullopt;
  auto tab = value->find('\t');
  if (tab == std::string_view::npos) return KnownName{*value, name};
  std::string_view canonical = value->substr(tab + 1);
  std::size_t kind = canonical.find('\t');
  std::string_view kind_name = kind == std::string_view::npos ? std::string_view() : canonical.substr(kind + 1);
  return KnownName{value->substr(0, tab), canonical.substr(0, kind), kind_name == "country", kind_name == "capital"};
}

bool EntityLexicon::is_first_name(std::string_view word) const { return find_folded(first_names_, word).has_value(); }
bool EntityLexicon::is_common_word(std::string_view word) const { return find_folded(common_words_, word).has_value(); }
bool EntityLexicon::is_title(std::string_view word) const { return word_flags(word) & title; }
bool EntityLexicon::is_title_modifier(std::string_view word) const { return word_flags(word) & title_modifier; }
bool EntityLexicon::is_org_word(std::string_view word) const { return word_flags(word) & org_word; }
bool EntityLexicon::is_location_word(std::string_view word) const { return word_flags(word) & location_word; }
bool EntityLexicon::is_location_cue(std::string_view word) const { return word_flags(word) & location_cue; }
bool EntityLexicon::is_person_cue(std::string_view word) const { return word_flags(word) & person_cue; }
bool EntityLexicon::is_team_cue_before(std::string_view word) const { return word_flags(word) & team_cue_before; }
bool EntityLexicon::is_team_cue_after(std::string_view word) const { return word_flags(word) & team_cue_after; }
bool EntityLexicon::is_not_name(std::string_view word) const { return word_flags(word) & not_name; }

}  // namespace newsparse::detail
