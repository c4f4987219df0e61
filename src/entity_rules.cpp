// src/entity_rules.cpp: candidate names in running text and their types.
#include "entity_rules.hpp"

#include <cstdint>
#include <deque>
#include <optional>

#include "tables.hpp"
#include "text/utf8.hpp"
#include "text/word_map.hpp"

namespace newsparse::detail {

namespace {

std::string lower(std::string_view s) { return lexicon_key(s); }

// lexicon_key(word) on the stack: the rules ask about most tokens, and a
// heap string for each showed in profiles. Longer words take the heap.
class Key {
 public:
  explicit Key(std::string_view word) {
    if (word.size() > 1 && word.back() == '.') word.remove_suffix(1);
    if (word.size() > sizeof buffer_) {
      long_ = lexicon_key(word);
      view_ = long_;
      return;
    }
    for (std::size_t i = 0; i < word.size(); ++i) buffer_[i] = to_ascii_lower(word[i]);
    view_ = std::string_view(buffer_, word.size());
  }
  operator std::string_view() const { return view_; }  // NOLINT: used as the key it is
  std::string_view view() const { return view_; }

 private:
  char buffer_[48];
  std::string long_;
  std::string_view view_;
};

// Key(word).view() == "of" without building the key: the rules ask it of
// every word inside a run.
bool is_of(std::string_view word) {
  if (word.size() == 3 && word[2] == '.') word.remove_suffix(1);
  return word.size() == 2 && to_ascii_lower(word[0]) == 'o' && to_ascii_lower(word[1]) == 'f';
}

}  // namespace

bool is_score(std::string_view w) {  // "6" in "Lotte 6 Hyundai 2"; a year is no score
  if (w.empty() || w.size() > 3) return false;
  for (char c : w)
    if (!is_ascii_digit(c)) return false;
  return true;
}

std::vector<std::uint32_t> capitalised_words(const std::vector<EntityToken>& t) {
  std::vector<std::uint32_t> out(t.size());
  std::size_t n = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {  // no branch: each index written, kept when capitalised
    out[n] = static_cast<std::uint32_t>(i);
    n += t[i].word & t[i].cap;
  }
  out.resize(n);
  return out;
}

bool is_sports_story(const std::vector<EntityToken>& t, const std::vector<std::uint32_t>& capitalised,
                     std::string_view text) {
  std::size_t scores = 0, verbs = 0;
  for (const std::size_t i : capitalised) {
    if (i + 1 >= t.size() || t[i + 1].line != t[i].line) continue;
    std::string_view next = t[i + 1].span.in(text);
    scores += is_score(next);
    verbs += next == "beat" || next == "drew";
  }
  // 3 scores / 2 verbs: one stray number ("Apollo 13") or one "beat
  // expectations" makes no sports story.
  return scores >= 3 || verbs >= 2;
}

namespace {

class Rules {
 public:
  Rules(const Article& article, const std::vector<EntityToken>& tokens, const std::vector<std::uint32_t>& capitalised,
        const EntityLexicon& lexicon, bool sports)
      : text_(article.text),
        t_(tokens),
        capitalised_(capitalised),
        lex_(lexicon),
        tables_(Tables::get()),
        slot_(tokens.size(), 0) {
    sports_ = sports;
    out_.reserve(tokens.size() / 8 + 8);  // news text has a mention per 13 tokens: grown once at most
  }

  std::vector<Mention> run() {
    const std::size_t n = t_.size();
    std::size_t next = 0;                       // the first token after the last run
    for (const std::size_t i : capitalised_) {  // eligible() holds of none but these
      if (i < next || !eligible(i)) continue;
      if (based(i)) continue;
      std::size_t j = i;
      // 12 words: longer than any name in news ("International Committee of
      // the Red Cross" has 6), and the bound keeps a run of 100,000
      // capitalised words linear.
      while (!t_[j].possessive && j - i < 12) {
        std::size_t k = j + 1;
        if (k < n && eligible(k) && t_[k].line == t_[j].line && !is_based(k)) {
          j = k;
          continue;
        }
        // "Committee of the Red Cross", "Ludwig van Beethoven", "Procter & Gamble"
        if (k < n && t_[k].line == t_[j].line && is_connector(k)) {
          std::size_t m = k + 1;
          if (is_of(word(k)) && m < n && t_[m].word && word(m) == "the") ++m;
          if (m < n && eligible(m) && t_[m].line == t_[j].line && !is_based(m)) {
            j = m;
            continue;
          }
        }
        break;
      }
      process(i, j, false);
      next = j + 1;
    }
    return std::move(out_);
  }

 private:
  std::string_view word(std::size_t i) const { return t_[i].span.in(text_); }
  bool eligible(std::size_t i) const {
    // "Rs2", "G7" are no names here
    if (!t_[i].word || !t_[i].cap || t_[i].caps_zone || t_[i].digit) return false;
    return !(t_[i].all_caps && t_[i].span.size() <= 4 && tables_.zone(lower(word(i))));  // "GMT", "IST"
  }
  bool is_connector(std::size_t i) const {
    if (!t_[i].word) return word(i) == "&";
    if (t_[i].cap) return false;
    const Key key(word(i));
    const std::string_view w = key;
    return w == "of" || w == "the" || w == "for" || tables_.is_name_particle(w) || w == "al" || w == "bin";
  }
  bool is_based(std::size_t i) const {
    const Key key(word(i));
    const std::string_view w = key;
    return w.size() > 6 && w.ends_with("-based");
  }
  // "Bergamo-based Atalanta": the place before "-based" is a LOCATION.
  bool based(std::size_t i) {
    if (!is_based(i)) return false;
    Mention m;
    m.span = {t_[i].span.start, t_[i].span.end - 6};
    m.first = m.last = i;
    m.words = 1;
    m.type = "LOCATION";
    m.evidence = Evidence::strong;
    out_.push_back(std::move(m));
    return true;
  }
  // The text from token a to token b with runs of white space folded (the
  // tokens joined by one space where the text has any).
  std::string phrase(std::size_t a, std::size_t b) const {
    std::string out(word(a));
    for (std::size_t k = a + 1; k <= b; ++k) {
      if (t_[k].span.start > t_[k - 1].span.end) out += ' ';
      out += word(k);
    }
    return out;
  }
  // What the word lists say of token i, looked up once per token: a
  // capitalised word is asked about up to ten times by the rules. Most
  // tokens are never asked about, so the facts live in a side vector and
  // each token holds a 4-byte slot. The gazetteers' answers (names, first
  // names, common words, agencies) are kept once per distinct word as
  // written: a name recurs through a story, and a gazetteer search costs
  // cache misses where finding the word's entry here costs a hash.
  struct WordFacts {
    std::int32_t word = -1;   // index into words_, -1 before the first gazetteer question
    std::int32_t flags = -1;  // EntityLexicon::word_flags, -1 before the first question
  };
  struct WordEntry {
    std::int32_t known = -2;                   // index into known_, -1 for none, -2 before the first question
    std::int8_t common = -1, first_name = -1;  // -1 before the first question
    std::int8_t agency = -1;                   // Tables::agency() of the word alone, -1 before the first question
  };
  WordFacts& facts(std::size_t i) const {
    if (slot_[i] == 0) {
      facts_.emplace_back();
      slot_[i] = static_cast<std::uint32_t>(facts_.size());
    }
    return facts_[slot_[i] - 1];
  }
  // Token i's word's entry; valid until the next new word.
  WordEntry& entry(std::size_t i) const {
    WordFacts& f = facts(i);
    if (f.word < 0) {
      std::int32_t& index = by_word_[word(i)];  // 1 + index into words_, 0 when new
      if (index == 0) {
        words_.emplace_back();
        index = static_cast<std::int32_t>(words_.size());
      }
      f.word = index - 1;
    }
    return words_[static_cast<std::size_t>(f.word)];
  }
  bool common(std::size_t i) const {
    WordEntry& e = entry(i);
    if (e.common < 0) e.common = lex_.is_common_word(word(i));
    return e.common != 0;
  }
  bool first_name(std::size_t i) const {
    WordEntry& e = entry(i);
    if (e.first_name < 0) e.first_name = lex_.is_first_name(word(i));
    return e.first_name != 0;
  }
  // Tables::agency() of the phrase `p` of tokens a..b; of one word, asked once per word.
  bool is_agency(std::size_t a, std::size_t b, const std::string& p) const {
    if (a != b) return tables_.agency(p).has_value();
    WordEntry& e = entry(a);
    if (e.agency < 0) e.agency = tables_.agency(p).has_value();
    return e.agency != 0;
  }
  const std::optional<KnownName>& known_word(std::size_t i) const {
    static const std::optional<KnownName> none;
    WordEntry& e = entry(i);
    if (e.known == -2) {
      std::optional<KnownName> k = lex_.known(word(i));
      if (k) known_.push_back(std::move(k));
      e.known = k ? static_cast<std::int32_t>(known_.size() - 1) : -1;
    }
    return e.known < 0 ? none : known_[static_cast<std::size_t>(e.known)];
  }
  bool is_month_or_day(std::size_t i) const { return has(i, EntityLexicon::month_or_day); }
  // The small lists' flags of token i's word, looked up once.
  bool has(std::size_t i, unsigned flag) const {
    WordFacts& f = facts(i);
    if (f.flags < 0) f.flags = static_cast<std::int32_t>(lex_.word_flags(word(i)));
    return (static_cast<unsigned>(f.flags) & flag) != 0;
  }

  // True when a name the gazetteers know starts at token a ("New York" at a
  // sentence start, where "New" alone would be an ordinary word).
  bool known_starts_at(std::size_t a, std::size_t b) const {
    if (known_word(a)) return true;
    // The phrases a..k grow by one word each: built once, in place.
    std::string p(word(a));
    for (std::size_t k = a + 1; k <= b && k < a + 4; ++k) {
      if (t_[k].span.start > t_[k - 1].span.end) p += ' ';
      p += word(k);
      if (lex_.known(p)) return true;
    }
    return false;
  }
  // A capitalised word that opens a sentence but is an ordinary word:
  // "Officials said", "After the match".
  bool is_ordinary_opener(std::size_t i, std::size_t b) const {
    if (has(i, EntityLexicon::not_name)) return !known_starts_at(i, b);
    if (!t_[i].sentence_start || has(i, EntityLexicon::title)) return false;
    return common(i) && !first_name(i) && !known_starts_at(i, b);
  }
  std::size_t skip_connectors(std::size_t a, std::size_t b) const {
    while (a <= b && (is_connector(a) || !t_[a].cap)) ++a;
    return a;
  }
  // "Peter Maurer, the ICRC president": a role in an apposition within five
  // words of the comma (five: "the former ICRC vice president").
  bool appositive_role(std::size_t b) const {
    std::size_t k = b + 1;
    if (k + 2 >= t_.size() || word(k) != "," || t_[k + 1].line != t_[b].line) return false;
    const Key key(word(k + 1));
    const std::string_view det = key;
    if (det != "the" && det != "a" && det != "an") return false;
    for (std::size_t r = k + 2; r < t_.size() && r <= k + 6 && t_[r].line == t_[b].line && t_[r].word; ++r)
      if (!t_[r].cap && has(r, EntityLexicon::title) && !has(r, EntityLexicon::title_modifier)) return true;
    return false;
  }

  // `place`: the name is a known place, so a score after it is enough; an
  // unknown name needs a results line of two ("Lotte 6 Hyundai 2"), since
  // players have scores too ("M. Butcher 70").
  bool team_context(std::size_t a, std::size_t b, bool place) const {
    if (!sports_) return false;
    if (b + 1 < t_.size() && t_[b + 1].line == t_[b].line) {
      std::string_view next = word(b + 1);
      if (has(b + 1, EntityLexicon::team_cue_after)) return true;
      if (is_score(next) && (place || scores_on_line(b) >= 2)) return true;
      // "Surrey captain Chris Lewis", "Arsenal striker Ian Wright"
      if (a == b && t_[b + 1].word && !t_[b + 1].cap && has(b + 1, EntityLexicon::title) &&
          !has(b + 1, EntityLexicon::title_modifier))
        return true;
    }
    if (a > 0 && t_[a - 1].word && has(a - 1, EntityLexicon::team_cue_before)) return true;
    return false;
  }
  // Capitalised words followed by a score on token i's line.
  std::size_t scores_on_line(std::size_t i) const {
    std::size_t from = i, to = i, count = 0;
    while (from > 0 && t_[from - 1].line == t_[i].line) --from;
    while (to + 1 < t_.size() && t_[to + 1].line == t_[i].line) ++to;
    if (to - from > 40) return 0;  // a sentence, not a results line
    for (std::size_t k = from; k < to; ++k) count += t_[k].word && t_[k].cap && is_score(word(k + 1));
    return count;
  }

  void process(std::size_t a, std::size_t b, bool person_hint) {
    while (a <= b && (is_ordinary_opener(a, b) || is_month_or_day(a))) a = skip_connectors(a + 1, b);
    while (b >= a && b > 0 && (is_month_or_day(b) || is_connector(b) || has(b, EntityLexicon::not_name))) --b;
    if (a > b || b >= t_.size()) return;
    if (a == b) {
      if (t_[a].span.size() <= 2) return;  // an initial alone: "N", "C."
      return classify(a, b, person_hint);  // one word: classify looks it up
    }
    std::string p = phrase(a, b);
    // Handed to classify() of the same tokens, which would build and look it up again.
    const std::optional<KnownName> known = lex_.known(p);
    if (known) return classify(a, b, person_hint, Phrase{p, known});
    // Titles: "ICRC President Peter Maurer" -> ICRC + Peter Maurer (PERSON).
    for (std::size_t r = b; r-- > a;) {
      if (!has(r, EntityLexicon::title) || has(r, EntityLexicon::title_modifier) || has(b, EntityLexicon::org_word))
        continue;
      std::size_t run = a;
      for (std::size_t k = a; k <= r + 1; ++k) {
        bool part = k <= r && !has(k, EntityLexicon::title) && !is_connector(k);
        if (part) continue;
        if (run < k) process(run, k - 1, false);
        run = k + 1;
      }
      std::size_t name = skip_connectors(r + 1, b);
      // "Secretary of State John Kerry": the title goes on past "of".
      while (name <= b && (has(name, EntityLexicon::title) || is_connector(name))) ++name;
      if (name <= b) process(name, b, true);
      return;
    }
    // "Australian Tom Moody": a nationality before a name is no part of it.
    if (a < b && !has(b, EntityLexicon::org_word)) {
      const auto& head = known_word(a);
      if (head && (head->type == "NORP" || (head->type == "LOCATION" && first_name(a + 1)))) {
        classify(a, a, false);
        std::size_t rest = skip_connectors(a + 1, b);
        if (rest <= b) process(rest, b, person_hint);
        return;
      }
    }
    // "of" that joins two names rather than making one: "Karlsruhe of
    // Germany", "Daniels Pharmaceuticals Inc of St. Petersburg".
    for (std::size_t k = a + 1; k < b; ++k) {
      if (!t_[k].word || !is_of(word(k))) continue;
      std::string_view before = word(k - 1);
      bool legal_suffix = tables_.is_org_suffix(before) && lower(before).size() <= 4;  // "Inc", "Corp", "Ltd"
      if (!legal_suffix && (has(k - 1, EntityLexicon::org_word) || has(k - 1, EntityLexicon::location_word))) continue;
      process(a, k - 1, person_hint);
      std::size_t rest = skip_connectors(k + 1, b);
      if (rest <= b) process(rest, b, false);
      return;
    }
    classify(a, b, person_hint, Phrase{p, known});
  }

  // A run's text (phrase()) and what the names table says of it.
  struct Phrase {
    const std::string& text;
    const std::optional<KnownName>& known;
  };

  void classify(std::size_t a, std::size_t b, bool person_hint, std::optional<Phrase> given = std::nullopt) {
    Mention m;
    m.span = {t_[a].span.start, t_[b].span.end};
    m.first = a;
    m.last = b;
    bool all_caps = true, has_amp = false;
    for (std::size_t k = a; k <= b; ++k) {
      if (t_[k].word && t_[k].cap) {
        ++m.words;
        all_caps = all_caps && t_[k].all_caps;
      }
      has_amp = has_amp || word(k) == "&";
    }
    // Asked only by the last rules, so looked up only then.
    auto any_word = [&](auto&& test) {
      for (std::size_t k = a; k <= b; ++k)
        if (t_[k].word && t_[k].cap && test(k)) return true;
      return false;
    };
    auto has_common = [&] { return any_word([&](std::size_t k) { return common(k); }); };
    auto has_place = [&] { return any_word([&](std::size_t k) { return known_word(k).has_value(); }); };
    std::string built;  // the phrase when no caller built it
    const std::string& p = given ? given->text : (built = phrase(a, b));
    const std::string_view last = word(b);
    auto set = [&](std::string_view type, Evidence e) {
      m.type = type;
      m.evidence = e;
    };
    // The word lists' answers come from has(), looked up once per token.
    bool has_of = false;
    std::size_t before_of = 0;  // the token before the first "of"
    for (std::size_t k = a + 1; k < b; ++k)
      if (t_[k].word && is_of(word(k))) {
        has_of = true;
        before_of = k - 1;
        break;
      }
    auto known = a == b ? known_word(a) : given ? given->known : lex_.known(p);
    if (!known && p.size() > 4 && p.compare(0, 4, "The ") == 0) known = lex_.known(p.substr(4));
    // The words around the run, asked only by the rules that read them:
    // most mentions are settled before, and each question may be a look-up.
    auto said_after = [&] { return b + 1 < t_.size() && t_[b + 1].word && has(b + 1, EntityLexicon::person_cue); };
    auto cue_before = [&] { return a > 0 && t_[a - 1].word && has(a - 1, EntityLexicon::location_cue); };
    // "coach Bobby Robson"; a capitalised title would be in the run, and one
    // on the line above ("Staff Reporter") says nothing.
    auto title_before = [&] {
      return a > 0 && t_[a - 1].word && t_[a - 1].line == t_[a].line && !t_[a - 1].cap &&
             has(a - 1, EntityLexicon::title) && !has(a - 1, EntityLexicon::title_modifier);
    };
    auto team = [&] {
      const bool initial = t_[a].span.size() == 2 && word(a)[1] == '.';  // "M. Butcher"
      // sports_ first: team_context() is false without it, and first_name() is a look-up.
      return sports_ && !initial && !(m.words >= 2 && first_name(a)) &&
             team_context(a, b, known && known->type == "LOCATION");
    };
    // A team cue is specific: it outweighs the gazetteer's one-word places.
    if (known) {
      if (known->type == "LOCATION" && !known->country && team()) {
        set("ORG", Evidence::strong);  // "Chicago 5 Houston 3": clubs
      } else if (m.words == 1 && known->type == "LOCATION" && !known->country &&
                 (person_hint || title_before() || (!known->capital && said_after()))) {
        // "President Obama", "Rubio said": a town's name that is a surname here.
        set("PERSON", person_hint || title_before() ? Evidence::strong : Evidence::context);
      } else if (m.words == 1 && known->type == "LOCATION" && !known->country && first_name(a)) {
        // "Florence", "Austin": a place only where a preposition says so.
        if (cue_before()) set("LOCATION", Evidence::guess);
      } else {
        // One word can be a surname too ("Clinton"): the full name wins.
        set(known->type, m.words == 1 && known->type == "LOCATION" ? Evidence::context : Evidence::strong);
      }
    } else if (m.words <= 4 && is_agency(a, b, p)) {  // 4: "Agence France Presse" and shorter
      set("ORG", Evidence::strong);
    } else if (m.words >= 2 && (has(b, EntityLexicon::org_word) || tables_.is_org_suffix(last))) {
      set("ORG", Evidence::strong);
    } else if (has_of && has(before_of, EntityLexicon::org_word)) {
      set("ORG", Evidence::strong);
    } else if (person_hint || title_before()) {
      set("PERSON", Evidence::strong);
    } else if (m.words >= 2 &&
               (has(b, EntityLexicon::location_word) || (has_of && has(before_of, EntityLexicon::location_word)))) {
      set("LOCATION", Evidence::strong);
    } else if (m.words >= 2 && has(a, EntityLexicon::location_word) && !has(a, EntityLexicon::title)) {
      set("LOCATION", Evidence::strong);  // "Lake Victoria", "Mount Kenya"
    } else if (has_amp) {
      set("ORG", Evidence::context);  // "Procter & Gamble"
    } else if (team()) {
      set("ORG", Evidence::strong);
    } else if (a == b && has(a, EntityLexicon::title)) {
      // A title alone ("Chief", "Senator") names no one.
    } else if (a == b && t_[a].all_caps && t_[a].span.size() <= 6 && !common(a)) {
      set("ORG", Evidence::context);  // an acronym: "ICRC", "OSCE"
    } else if (all_caps) {
      // An ALL-CAPS run in a mixed-case line ("FORECAST YEAR-AGO") is a label.
    } else if (m.words >= 2 && first_name(a)) {
      set("PERSON", Evidence::context);
    } else if (m.words <= 4 && appositive_role(b)) {
      set("PERSON", Evidence::context);
    } else if (m.words >= 2 && m.words <= 4 && said_after()) {
      set("PERSON", Evidence::context);
    } else if (a == b && cue_before()) {
      set("LOCATION", Evidence::guess);
    } else if (m.words >= 2 && has_place()) {
      set("ORG", Evidence::guess);  // "Air France", "Real Madrid"
    } else if (m.words >= 2 && !has_common()) {
      set("PERSON", Evidence::guess);
    }
    out_.push_back(std::move(m));
  }

  std::string_view text_;
  const std::vector<EntityToken>& t_;
  const std::vector<std::uint32_t>& capitalised_;
  const EntityLexicon& lex_;
  const Tables& tables_;
  bool sports_ = false;
  mutable std::vector<std::uint32_t> slot_;  // per token: 1 + index into facts_, 0 before the first question
  mutable std::vector<WordFacts> facts_;
  mutable std::vector<WordEntry> words_;                     // the distinct words asked about
  mutable WordMap<std::int32_t, std::string_view> by_word_;  // a word's text, as written -> 1 + index into words_
  mutable std::deque<std::optional<KnownName>> known_;  // the gazetteer entries found; stable addresses
  std::vector<Mention> out_;
};

}  // namespace

std::vector<Mention> find_candidate_mentions(const Article& article, const std::vector<EntityToken>& tokens,
                                             const std::vector<std::uint32_t>& capitalised,
                                             const EntityLexicon& lexicon, bool sports) {
  return Rules(article, tokens, capitalised, lexicon, sports).run();
}

}  // namespace newsparse::detail
