// src/tables.hpp: the word lists of data/words, loaded once from the bytes
// compiled into the binary (tools/gen_tables.cpp) and shared by every thread.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text/word_map.hpp"

namespace newsparse::detail {

/// Hash for unordered containers of std::string that look up string_views
/// without building a string (C++20 heterogeneous lookup).
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
template <class Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;
/// A set of words or phrases, asked about for nearly every token: a flat
/// FNV-1a table (text/word_map.hpp) hashes a short key in a few
/// instructions, where std::hash's murmur took a tenth of the lookups' time.
class StringSet {
 public:
  void insert(std::string_view word) { map_[word] = true; }
  std::size_t count(std::string_view word) const noexcept { return map_.contains(word) ? 1 : 0; }
  /// The entries, as (word, true) pairs.
  auto begin() const noexcept { return map_.begin(); }
  auto end() const noexcept { return map_.end(); }

 private:
  WordMap<bool> map_;
};

/// A time zone abbreviation's offset from UTC.
struct ZoneInfo {
  int offset_minutes = 0;  ///< standard offset
  std::string rule;        ///< "" fixed; "us" or "eu": summer time by the date
};

/// Read-only lookup tables built from data/words. Keys are lower case.
class Tables {
 public:
  /// The tables, built on first use (a few microseconds) and never freed.
  static const Tables& get();

  std::optional<int> month(std::string_view word) const;      ///< "Mar" -> 3
  /// False when no month or weekday name starts with ASCII letter `c`: a
  /// date search need not look at that word.
  bool may_start_date_word(char c) const { return date_word_initials_[static_cast<unsigned char>(c)]; }
  bool is_weekday(std::string_view word) const;               ///< "Thu"
  std::optional<ZoneInfo> zone(std::string_view word) const;  ///< "GMT"
  /// The canonical name of a news agency or outlet ("the associated press" -> "Associated Press").
  std::optional<std::string> agency(std::string_view name) const;
  bool is_author_role(std::string_view phrase) const;  ///< "Staff Writer"
  bool is_byline_cue(std::string_view phrase) const;   ///< "Reporting by"
  bool is_abbreviation(std::string_view word) const;   ///< "Gen."
  bool is_name_particle(std::string_view word) const;  ///< "van", "bin"
  bool is_function_word(std::string_view word) const;  ///< "the", "of" (any case)
  bool is_org_suffix(std::string_view word) const;     ///< "Inc", "Ltd."
  /// True when a paragraph is page furniture ("Advertisement", "Share this article").
  bool is_debris(std::string_view paragraph) const;

  const std::vector<std::string>& byline_cues() const { return byline_cues_list_; }

 private:
  Tables();
  WordMap<int> months_;
  StringSet weekdays_;
  WordMap<ZoneInfo> zones_;
  WordMap<std::string> agencies_;
  StringSet author_roles_;
  StringSet byline_cues_;
  std::vector<std::string> byline_cues_list_;  // longest first
  StringSet abbreviations_;
  StringSet name_particles_;
  StringSet function_words_;
  StringSet org_suffixes_;
  bool is_debris_line(std::string_view line) const;
  StringSet debris_exact_;
  std::vector<std::string> debris_prefixes_;
  std::array<bool, 256> date_word_initials_{};  // both cases of the first letters of months and weekdays
  // The first words of the entries, for a test that clears most story
  // paragraphs by their first word alone.
  bool may_start_debris(std::string_view paragraph) const;
  StringSet debris_first_words_;              // without trailing '.' or ':'
  std::vector<std::string> debris_word_prefixes_;  // prefixes of one word ("photo:")
  std::size_t longest_debris_ = 0;  // bytes of the longest debris entry or prefix
};

/// Calls `fn(fields)` for each entry line of a data file: '#' comments and
/// blank lines are skipped, fields are split on tabs.
template <class Fn>
void for_each_entry(std::string_view file, Fn&& fn) {
  std::size_t pos = 0;
  while (pos < file.size()) {
    std::size_t end = file.find('\n', pos);
    if (end == std::string_view::npos) end = file.size();
    std::string_view line = file.substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    while (true) {
      std::size_t tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab == std::string_view::npos ? line.npos : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    fn(fields);
  }
}

}  // namespace newsparse::detail
