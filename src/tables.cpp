// src/tables.cpp: builds the lookup tables from the embedded data files.
#include "tables.hpp"

#include <algorithm>

#include "text/utf8.hpp"

namespace newsparse::detail {

namespace data {
extern const std::string_view months_tsv;
extern const std::string_view weekdays_txt;
extern const std::string_view timezones_tsv;
extern const std::string_view agencies_tsv;
extern const std::string_view author_roles_txt;
extern const std::string_view byline_cues_txt;
extern const std::string_view abbreviations_txt;
extern const std::string_view debris_txt;
extern const std::string_view name_particles_txt;
extern const std::string_view function_words_txt;
extern const std::string_view org_suffixes_txt;
}  // namespace data

namespace {

int parse_offset(std::string_view text) {  // "+05:30" -> 330
  int sign = text.front() == '-' ? -1 : 1;
  int hours = (text[1] - '0') * 10 + (text[2] - '0');
  int minutes = (text[4] - '0') * 10 + (text[5] - '0');
  return sign * (hours * 60 + minutes);
}

// Lower case, with runs of white space folded to one space and the trailing
// punctuation of a debris line (": ", ".") kept only when it is the whole entry.
std::string key(std::string_view text) { return to_lower(collapse_space(text)); }

// A short word in lower case without allocating: table keys are ASCII words.
class LowerWord {
 public:
  explicit LowerWord(std::string_view word) {
    bool ascii = word.size() <= sizeof buffer_;
    for (char c : word) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (!ascii) {
      long_ = to_lower(word);
      view_ = long_;
      return;
    }
    for (std::size_t i = 0; i < word.size(); ++i) buffer_[i] = to_ascii_lower(word[i]);
    view_ = std::string_view(buffer_, word.size());
  }
  operator std::string_view() const { return view_; }  // NOLINT: a key

 private:
  char buffer_[32];
  std::string long_;
  std::string_view view_;
};

}  // namespace

const Tables& Tables::get() {
  static const Tables tables;
  return tables;
}

Tables::Tables() {
  for_each_entry(data::months_tsv, [&](const auto& f) { months_[std::string(f[0])] = std::stoi(std::string(f[1])); });
  for_each_entry(data::weekdays_txt, [&](const auto& f) { weekdays_.insert(std::string(f[0])); });
  auto initial = [&](const std::string& word) {
    if (word.empty()) return;
    const char c = word.front();
    date_word_initials_[static_cast<unsigned char>(to_ascii_lower(c))] = true;
    date_word_initials_[static_cast<unsigned char>(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c)] = true;
  };
  for (const auto& [word, number] : months_) initial(word);
  for (const auto& [word, listed] : weekdays_) initial(word);
  for_each_entry(data::timezones_tsv, [&](const auto& f) {
    zones_[std::string(f[0])] = ZoneInfo{parse_offset(f[1]), f.size() > 2 ? std::string(f[2]) : ""};
  });
  for_each_entry(data::agencies_tsv, [&](const auto& f) { agencies_[key(f[0])] = std::string(f[1]); });
  for_each_entry(data::author_roles_txt, [&](const auto& f) { author_roles_.insert(key(f[0])); });
  for_each_entry(data::byline_cues_txt, [&](const auto& f) {
    byline_cues_.insert(key(f[0]));
    byline_cues_list_.push_back(key(f[0]));
  });
  std::sort(byline_cues_list_.begin(), byline_cues_list_.end(),
            [](const auto& a, const auto& b) { return a.size() > b.size(); });
  for_each_entry(data::abbreviations_txt, [&](const auto& f) { abbreviations_.insert(key(f[0])); });
  for_each_entry(data::name_particles_txt, [&](const auto& f) { name_particles_.insert(std::string(f[0])); });
  for_each_entry(data::function_words_txt, [&](const auto& f) { function_words_.insert(std::string(f[0])); });
  for_each_entry(data::org_suffixes_txt, [&](const auto& f) { org_suffixes_.insert(key(f[0])); });
  for_each_entry(data::debris_txt, [&](const auto& f) {
    std::string entry = key(f[0]);
    if (entry.size() > 3 && entry.ends_with("...")) {
      debris_prefixes_.push_back(entry.substr(0, entry.size() - 3));
    } else {
      debris_exact_.insert(entry);
    }
    longest_debris_ = std::max(longest_debris_, entry.size());
  });
  auto strip_stops = [](std::string_view w) {
    while (!w.empty() && (w.back() == '.' || w.back() == ':')) w.remove_suffix(1);
    return w;
  };
  for (const auto& [entry, listed] : debris_exact_) {
    const std::string_view first = std::string_view(entry).substr(0, entry.find(' '));
    debris_first_words_.insert(std::string(first));
    debris_first_words_.insert(std::string(strip_stops(first)));
  }
  for (const std::string& prefix : debris_prefixes_) {
    const std::size_t space = prefix.find(' ');
    if (space == std::string::npos) {
      debris_word_prefixes_.push_back(prefix);
    } else {
      debris_first_words_.insert(prefix.substr(0, space));
      debris_first_words_.insert(std::string(strip_stops(std::string_view(prefix).substr(0, space))));
    }
  }
}

std::optional<int> Tables::month(std::string_view word) const {
  if (word.ends_with('.')) word.remove_suffix(1);
  const int* number = months_.find(std::string_view(LowerWord(word)));
  if (number == nullptr) return std::nullopt;
  return *number;
}

bool Tables::is_weekday(std::string_view word) const {
  if (word.ends_with('.')) word.remove_suffix(1);
  return weekdays_.count(std::string_view(LowerWord(word))) > 0;
}

std::optional<ZoneInfo> Tables::zone(std::string_view word) const {
  const ZoneInfo* info = zones_.find(std::string_view(LowerWord(word)));
  if (info == nullptr) return std::nullopt;
  return *info;
}

namespace {

// 64 bytes: longer than any entry of the agency, author-role and byline-cue
// lists (28 at most).
constexpr std::size_t kLongestPhrase = 64;

// False when `text` has too many characters other than white space for its
// key() to be kLongestPhrase bytes or shorter (lower case may shrink a
// character to a third): such text is not keyed at all, however long.
bool may_be_short_phrase(std::string_view text) {
  // No text has more visible bytes than bytes: the usual short phrase needs no scan.
  if (text.size() <= 3 * kLongestPhrase + 3) return true;
  std::size_t visible = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t at = i;
    if (!is_space(next_code_point(text, i)) && (visible += i - at) > 3 * kLongestPhrase + 3) return false;
  }
  return true;
}

// key(text) without allocating, for the commonest case: ASCII text of up to
// 255 bytes. Empty `storage` when the text is not such.
class PhraseKey {
 public:
  explicit PhraseKey(std::string_view text) {
    if (text.size() > sizeof buffer_) return;
    std::size_t n = 0;
    for (char c : text) {
      if (static_cast<unsigned char>(c) >= 0x80) return;
      if (is_ascii_space(c)) {
        if (n > 0 && buffer_[n - 1] != ' ') buffer_[n++] = ' ';
      } else {
        buffer_[n++] = to_ascii_lower(c);
      }
    }
    if (n > 0 && buffer_[n - 1] == ' ') --n;
    view_ = std::string_view(buffer_, n);
    ok_ = true;
  }
  bool ok() const { return ok_; }
  std::string_view view() const { return view_; }

 private:
  char buffer_[255];
  bool ok_ = false;
  std::string_view view_;
};

// key(text), on the stack when it can be.
template <class Fn>
auto with_key(std::string_view text, Fn&& fn) {
  const PhraseKey fast(text);
  if (fast.ok()) return fn(fast.view());
  const std::string k = key(text);
  return fn(std::string_view(k));
}

}  // namespace

std::optional<std::string> Tables::agency(std::string_view name) const {
  if (!may_be_short_phrase(name)) return std::nullopt;
  return with_key(name, [&](std::string_view k) -> std::optional<std::string> {
    const std::string* canonical = agencies_.find(k);
    if (canonical == nullptr && k.starts_with("the ")) canonical = agencies_.find(k.substr(4));
    if (canonical == nullptr) return std::nullopt;
    return *canonical;
  });
}

bool Tables::is_author_role(std::string_view phrase) const {
  return may_be_short_phrase(phrase) &&
         with_key(phrase, [&](std::string_view k) { return author_roles_.count(k) > 0; });
}
bool Tables::is_byline_cue(std::string_view phrase) const {
  return may_be_short_phrase(phrase) && with_key(phrase, [&](std::string_view k) { return byline_cues_.count(k) > 0; });
}
bool Tables::is_abbreviation(std::string_view word) const {
  return abbreviations_.count(std::string_view(LowerWord(word))) > 0;
}

bool Tables::is_name_particle(std::string_view word) const { return name_particles_.count(word) > 0; }

bool Tables::is_function_word(std::string_view word) const {
  return function_words_.count(std::string_view(LowerWord(word))) > 0;
}

bool Tables::is_org_suffix(std::string_view word) const {
  if (word.ends_with('.')) word.remove_suffix(1);
  return org_suffixes_.count(std::string_view(LowerWord(word))) > 0;
}

bool Tables::is_debris(std::string_view paragraph) const {
  if (paragraph.size() > 200) return false;
  // Several lines ("Share this article\nFollow us on Twitter"): debris when every line is.
  if (paragraph.find('\n') != std::string_view::npos) {
    std::size_t start = 0;
    while (start < paragraph.size()) {
      std::size_t end = paragraph.find('\n', start);
      if (end == std::string_view::npos) end = paragraph.size();
      std::string_view line = trim(paragraph.substr(start, end - start));
      if (!line.empty() && !is_debris_line(line)) return false;
      start = end + 1;
    }
    return true;
  }
  return is_debris_line(paragraph);
}

// False when the first word of `paragraph` starts no debris entry: the
// entry's key and the paragraph's agree on it (lower case; a debris line's
// trailing stops dropped). Words beyond ASCII or long ones are left to the
// full test.
bool Tables::may_start_debris(std::string_view paragraph) const {
  std::size_t start = 0;
  while (start < paragraph.size() && is_ascii_space(paragraph[start])) ++start;
  char word[32];
  std::size_t n = 0;
  for (std::size_t i = start; i < paragraph.size() && !is_ascii_space(paragraph[i]); ++i) {
    const auto c = static_cast<unsigned char>(paragraph[i]);
    if (c >= 0x80 || n == sizeof word) return true;
    word[n++] = to_ascii_lower(static_cast<char>(c));
  }
  std::string_view w(word, n);
  for (const std::string& p : debris_word_prefixes_)
    if (w.starts_with(p)) return true;
  if (debris_first_words_.count(w)) return true;
  while (!w.empty() && (w.back() == '.' || w.back() == ':')) w.remove_suffix(1);
  return debris_first_words_.count(w) > 0;
}

bool Tables::is_debris_line(std::string_view paragraph) const {
  if (!may_start_debris(paragraph)) return false;
  // Keying a whole paragraph of story text costs more than the rest of the
  // body stage: past the first white space after 3 x the longest entry's
  // bytes of other characters (lower case may shrink a character to a third),
  // no exact entry can match and only a prefix entry can, on that much text.
  std::size_t end = paragraph.size();
  while (end > 0 && (paragraph[end - 1] == '.' || paragraph[end - 1] == ':' || is_ascii_space(paragraph[end - 1])))
    --end;
  const std::size_t enough = 3 * longest_debris_ + 3;
  std::size_t visible = 0;
  for (std::size_t i = 0; i < end;) {
    const std::size_t at = i;
    const char32_t cp = next_code_point(paragraph, i);
    if (!is_space(cp)) {
      visible += i - at;
    } else if (visible > enough) {
      const std::string k = key(paragraph.substr(0, at));
      return std::any_of(debris_prefixes_.begin(), debris_prefixes_.end(),
                         [&](const std::string& p) { return k.starts_with(p); });
    }
  }
  auto debris = [&](std::string_view k) {
    if (debris_exact_.count(k)) return true;
    // "Read more." / "Advertisement:" are the same furniture.
    while (!k.empty() && (k.back() == '.' || k.back() == ':' || k.back() == ' ')) k.remove_suffix(1);
    if (!k.empty() && debris_exact_.count(k)) return true;
    return std::any_of(debris_prefixes_.begin(), debris_prefixes_.end(),
                       [&](const std::string& p) { return k.starts_with(p); });
  };
  return with_key(paragraph, debris);
}

}  // namespace newsparse::detail
