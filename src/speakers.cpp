// src/speakers.cpp: person names and the resolution of speaker mentions.
#include "speakers.hpp"

#include <algorithm>

#include "attribution.hpp"
#include "tables.hpp"
#include "text/utf8.hpp"

namespace newsparse::detail {

namespace data {
extern const std::string_view name_stopwords_txt;
}  // namespace data

namespace {

const StringSet& name_stopwords() {
  static const StringSet words = [] {
    StringSet w;
    for_each_entry(data::name_stopwords_txt, [&](const auto& f) { w.insert(std::string(f[0])); });
    return w;
  }();
  return words;
}

bool is_determiner(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "its" || w == "their" || w == "our" ||
         w == "one" || w == "another";
}

// A word that may be part of a person's name: "Lavrov", "O'Rourke", not "The".
bool name_word(const Token& t) {
  if (!t.word || !t.capital) return false;
  if (name_stopwords().count(t.lower)) return false;
  const Tables& tables = Tables::get();
  return !tables.month(t.lower) && !tables.is_weekday(t.lower) && t.lower.find('.') == std::string::npos;
}

// Up to 3: "Kirsten Gillibrand", "Martin Luther King"; longer runs are
// organisations ("International Committee of the Red Cross" breaks at "of").
constexpr std::size_t kMaxNameWords = 3;

}  // namespace

SpeakerResolver::SpeakerResolver(const Article& article, const std::vector<std::vector<Token>>& tokens)
    : article_(article), tokens_(tokens) {
  const QuoteLexicon& lex = QuoteLexicon::get();
  std::vector<std::pair<Span, const std::string*>> given;  // PERSON entities, when the entities stage ran
  for (const Entity& e : article.entities) {
    if (e.type != "PERSON") continue;
    for (const Span& m : e.mentions) given.emplace_back(m, &e.name);
  }
  std::sort(given.begin(), given.end(), [](const auto& a, const auto& b) { return a.first.start < b.first.start; });
  persons_.reserve(given.size());  // one person per mention at most, when the entities gave them
  std::size_t g = 0;
  std::vector<std::string_view> titles, words;  // of one name at a time, reused
  for (std::size_t p = 0; p < tokens.size(); ++p) {
    const std::vector<Token>& t = tokens[p];
    std::size_t i = 0;
    // Entities stage: attach the capitalised title words before each
    // mention that starts at a token. The tokens of a mention are found by
    // binary search (token starts ascend), not by walking every token.
    while (!given.empty() && g < given.size() && i < t.size()) {
      const std::size_t start = given[g].first.start;
      i = static_cast<std::size_t>(
          std::lower_bound(t.begin() + static_cast<std::ptrdiff_t>(i), t.end(), start,
                           [](const Token& k, std::size_t at) { return k.span.start < at; }) -
          t.begin());
      if (i == t.size()) break;  // the mention is in a later paragraph
      if (t[i].span.start != start) {  // starts at no token: no name
        ++g;
        continue;
      }
      titles.clear();
      for (std::size_t k = i;
           k > 0 && i - k < 4 && t[k - 1].word && (t[k - 1].capital || lex.is_title(t[k - 1].lower)); --k)
        titles.emplace_back(t[k - 1].lower);
      words.clear();
      for (std::size_t k = i; k < t.size() && t[k].span.end <= given[g].first.end; ++k) words.emplace_back(t[k].lower);
      add(*given[g].second, words, titles, t[i].span.start);
      ++g;
      ++i;
    }
    while (given.empty() && i < t.size()) {
      // Fallback finder: a run of capitalised words, split after its last title
      // word: "Russian Foreign Minister | Sergey Lavrov", "Sen. | Ted Cruz".
      if (!t[i].word || !t[i].capital) {
        ++i;
        continue;
      }
      std::size_t end = i;
      while (end < t.size() && t[end].word &&
             (t[end].capital || (end > i && Tables::get().is_name_particle(t[end].lower))))
        ++end;
      std::size_t name_start = i;
      for (std::size_t k = i; k < end; ++k)
        if (lex.is_title(t[k].lower)) name_start = k + 1;
      while (name_start < end && !name_word(t[name_start])) ++name_start;
      std::size_t name_end = end;
      while (name_end > name_start && !name_word(t[name_end - 1])) --name_end;
      const std::size_t n = name_end - name_start;
      if (n >= 2 && n <= kMaxNameWords) {
        bool ok = true;
        words.clear();
        std::size_t name_bytes_end = t[name_end - 1].span.end;
        for (std::size_t k = name_start; k < name_end; ++k) {
          ok &= name_word(t[k]) || Tables::get().is_name_particle(t[k].lower);
          words.emplace_back(t[k].lower);
        }
        // "Sergey Lavrov's guest": the possessive is not part of the name.
        if (words.back().ends_with("'s")) {
          words.back().remove_suffix(2);
          name_bytes_end -= article.text.compare(name_bytes_end - 4, 4, "\u2019s") == 0 ? 4 : 2;
        }
        titles.clear();
        for (std::size_t k = i; k < name_start; ++k) titles.emplace_back(t[k].lower);
        // "the foreign minister, Sergey Lavrov": a lower-case title right before.
        for (std::size_t k = i; k > 0 && i - k < 3 && t[k - 1].word && lex.is_title(t[k - 1].lower); --k)
          titles.emplace_back(t[k - 1].lower);
        if (ok) {
          const std::string_view text = article.text;
          add(text.substr(t[name_start].span.start, name_bytes_end - t[name_start].span.start), words, titles,
              t[name_start].span.start);
        }
      }
      i = end;
    }
  }
  // Sentence subjects that name a known person ("Maurer, in turn,
  // welcomed ..."): a later "He" most likely refers to them.
  for (std::size_t p = 0; p < tokens.size(); ++p) {
    const std::vector<Token>& t = tokens[p];
    const std::size_t n = t.size();
    // From each sentence's start to the next: the token after each stop.
    for (std::size_t i = 0, next = 0; i < n; i = next) {
      next = i;
      while (next < n && !ends_sentence(t[next])) ++next;
      ++next;
      std::size_t k = i;
      while (k < t.size() && k - i < 4 && t[k].word && t[k].capital && lex.is_title(t[k].lower)) ++k;
      std::size_t end = k;
      while (end < t.size() && end - k < 3 && t[end].word && t[end].capital) ++end;
      if (end == k || (end < t.size() && t[end].word && t[end].capital)) continue;
      const std::string_view last = t[end - 1].lower;
      if (last.ends_with("'s")) continue;  // "Lavrov's visit": not the subject
      const PersonList* named = lists(last, &WordLists::last_word);
      if (named != nullptr && named->size == 1) subjects_.emplace_back(t[k].span.start, links_[named->first].first);
    }
  }
}

void SpeakerResolver::add(std::string_view name, const std::vector<std::string_view>& words,
                          const std::vector<std::string_view>& titles, std::size_t pos) {
  const std::size_t* known = by_name_.find(name);
  const std::size_t index = known ? *known : persons_.size();
  if (known == nullptr) {  // a new name: one look-up, and the person built in place
    by_name_[name] = index;
    PersonName& p = persons_.emplace_back();
    p.name = name;
    p.words_first = static_cast<std::uint32_t>(name_words_.size());
    p.words_count = static_cast<std::uint32_t>(words.size());
    name_words_.insert(name_words_.end(), words.begin(), words.end());
    // One look-up a word: the last word's lists get both entries.
    for (std::size_t k = 0; k < words.size(); ++k) {
      WordLists& lists = by_word_[words[k]];
      if (k + 1 == words.size()) append(lists.last_word, index);
      append(lists.any_word, index);
    }
  }
  PersonName& p = persons_[index];
  for (std::string_view t : titles) {
    if (p.titles.insert(t).second) append(by_word_[t].title, index);
  }
  p.positions.push_back(pos);
}

void SpeakerResolver::append(PersonList& list, std::size_t person) {
  const auto link = static_cast<std::uint32_t>(links_.size());
  links_.emplace_back(static_cast<std::uint32_t>(person), kNoLink);
  if (list.last == kNoLink)
    list.first = link;
  else
    links_[list.last].second = link;
  list.last = link;
  ++list.size;
}

std::size_t SpeakerResolver::most_recent(const std::vector<std::size_t>& candidates, std::size_t pos) const {
  // The person named last before `pos`; if none is named before, the first named after.
  std::size_t best = candidates.front();
  std::size_t best_pos = 0;
  bool before = false;
  for (std::size_t c : candidates) {
    const auto& ps = persons_[c].positions;
    auto it = std::lower_bound(ps.begin(), ps.end(), pos);
    if (it != ps.begin()) {
      const std::size_t at = *(it - 1);
      if (!before || at > best_pos) best = c, best_pos = at, before = true;
    } else if (!before && it != ps.end() && (best_pos == 0 || *it < best_pos)) {
      best = c, best_pos = *it;
    }
  }
  return best;
}

std::optional<std::size_t> SpeakerResolver::by_words(const std::vector<std::string_view>& words,
                                                     std::size_t pos) const {
  if (words.empty()) return std::nullopt;
  // "Lavrov" -> "Sergey Lavrov"; "Kirsten Gillibrand" -> itself; "Hillary" -> "Hillary Clinton".
  const PersonList* candidates = lists(words.back(), &WordLists::last_word);
  if (!candidates && words.size() == 1) candidates = lists(words.back(), &WordLists::any_word);
  if (!candidates) return std::nullopt;
  std::vector<std::size_t>& fitting = fitting_;
  fitting.clear();
  // 50: bounds the work per mention on adversarial input with thousands of names.
  std::size_t k = 0;
  for (std::uint32_t l = candidates->first; l != kNoLink && k < 50; l = links_[l].second, ++k) {
    const std::size_t c = links_[l].first;
    const PersonName& person = persons_[c];
    const auto pw_end = name_words_.begin() + person.words_first + person.words_count;
    if (words.size() <= person.words_count &&
        std::equal(words.begin(), words.end(), pw_end - static_cast<std::ptrdiff_t>(words.size())))
      fitting.push_back(c);
    else if (words.size() == 1)
      fitting.push_back(c);
  }
  if (fitting.empty()) return std::nullopt;
  return most_recent(fitting, pos);
}

std::optional<std::size_t> SpeakerResolver::by_titles(const std::vector<std::string_view>& words,
                                                      std::size_t pos) const {
  // "the ICRC president" -> "Peter Maurer" through "ICRC President Peter Maurer".
  if (words.empty()) return std::nullopt;
  const PersonList* titled = lists(words.back(), &WordLists::title);
  if (titled == nullptr) return std::nullopt;
  std::vector<std::size_t>& fitting = fitting_;
  fitting.clear();
  std::size_t k = 0;
  for (std::uint32_t l = titled->first; l != kNoLink && k < 50; l = links_[l].second, ++k) {
    const PersonName& p = persons_[links_[l].first];
    if (std::all_of(words.begin(), words.end(), [&](std::string_view w) { return p.titles.count(w) > 0; }))
      fitting.push_back(links_[l].first);
  }
  if (fitting.empty()) return std::nullopt;
  return most_recent(fitting, pos);
}

std::string SpeakerResolver::resolve(std::size_t paragraph, std::size_t first, std::size_t last) {
  const std::vector<Token>& t = tokens_[paragraph];
  const std::string_view text = article_.text;
  const std::size_t pos = t[first].span.start;
  const std::string_view mention = text.substr(pos, t[last - 1].span.end - pos);  // copied only when returned
  const QuoteLexicon& lex = QuoteLexicon::get();
  std::optional<std::size_t> found;
  if (last - first == 1 && t[first].word && t[first].pronoun) {
    const char kind = t[first].pronoun;
    if (kind == 'm' || kind == 'f' || kind == 'p') {
      // The most recent speaker or person-subject of a sentence, whichever
      // came later; without either, the person named last.
      auto it = std::lower_bound(subjects_.begin(), subjects_.end(), std::make_pair(pos, std::size_t{0}));
      if (it != subjects_.begin() && (!last_speaker_ || (it - 1)->first > last_speaker_pos_)) {
        last_speaker_ = (it - 1)->second;
        last_speaker_pos_ = (it - 1)->first;
        return persons_[(it - 1)->second].name;
      }
      if (last_speaker_) return persons_[*last_speaker_].name;
      std::vector<std::size_t>& all = fitting_;
      all.resize(persons_.size());
      for (std::size_t k = 0; k < all.size(); ++k) all[k] = k;
      if (!all.empty() && all.size() <= 200) {
        const std::size_t c = most_recent(all, pos);
        if (!persons_[c].positions.empty() && persons_[c].positions.front() < pos) return persons_[c].name;
      }
    }
    return std::string(mention);
  }
  // Words up to "of"/"for": "a spokesman for the ministry" -> "a spokesman".
  std::size_t head_end = first;
  while (head_end < last && t[head_end].lower != "of" && t[head_end].lower != "for" && t[head_end].lower != "to" &&
         t[head_end].lower != "with" && t[head_end].lower != "at" && t[head_end].word)
    ++head_end;
  std::vector<std::string_view>& names = names_;  // reused: no allocation per mention
  std::vector<std::string_view>& titles = titles_;
  names.clear();
  titles.clear();
  bool determiner = false;
  for (std::size_t k = first; k < head_end; ++k) {
    if (is_determiner(t[k].lower)) {
      determiner = true;
      continue;
    }
    if (lex.is_title(t[k].lower) || !t[k].capital) {
      titles.emplace_back(t[k].lower);
      if (!names.empty()) names.clear();  // "Foreign Minister Sergey Lavrov": the name follows the last title
    } else {
      std::string_view w = t[k].lower;
      if (w.ends_with("'s")) w.remove_suffix(2);
      names.push_back(w);
      titles.push_back(w);
    }
  }
  if (!determiner && !names.empty()) found = by_words(names, pos);
  if (!found && determiner) found = by_titles(titles, pos);
  if (!found) return std::string(mention);
  last_speaker_ = found;
  last_speaker_pos_ = pos;
  return persons_[*found].name;
}

}  // namespace newsparse::detail
