// src/entities.cpp: gathers the candidate mentions of entity_rules.cpp and
// the header fields (byline authors, dateline place and sources) into
// entities: one type per surface form, short forms and acronyms linked to
// the full name, and ALL-CAPS or Title Case lines matched against the names
// the body spells in mixed case.
#include "entities.hpp"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>
#include <utility>

#include "entity_lexicon.hpp"
#include "entity_rules.hpp"
#include "entity_tokens.hpp"
#include "text/utf8.hpp"
#include "text/word_map.hpp"

namespace newsparse::detail {

namespace {

// Lookup key of a surface form: lower case, white space folded.
// ASCII only, like the gazetteers' keys; one pass, as it runs on every mention.
std::string surface_key(std::string_view text) {
  std::string out(text.size(), '\0');  // the key is never longer: written in place, then cut
  std::size_t n = 0;
  bool space = false;
  for (char c : text) {
    if (is_ascii_space(c)) {
      space = n > 0;
      continue;
    }
    if (space) out[n++] = ' ';
    space = false;
    out[n++] = to_ascii_lower(c);
  }
  if (n > 1 && out[n - 1] == '.') --n;
  out.resize(n);
  return out;
}

// True when the letters of `acronym` are, in order, capitals of `name`:
// "ICRC" of "International Committee of the Red Cross", but not "U.S." of
// "Doug Flach" in "Doug Flach (U.S.)".
bool abbreviates(std::string_view acronym, std::string_view name) {
  std::size_t at = 0;
  for (char c : acronym) {
    if (!is_ascii_upper(c)) continue;
    while (at < name.size() && name[at] != c) ++at;
    if (at == name.size()) return false;
    ++at;
  }
  return true;
}

constexpr std::size_t kNoToken = static_cast<std::size_t>(-1);

// An entity in the making. Its mentions stay in Linker::mentions_, listed
// by Linker::members_: a vector of mentions per draft was an allocation
// for nearly every name.
struct Draft {
  std::string_view type;  // static, as Mention::type
  Evidence evidence = Evidence::none;
};

class Linker {
 public:
  Linker(const Article& article, Span window)
      : text_(article.text),
        article_(article),
        window_(window),
        lex_(EntityLexicon::get()),
        tokens_(std::exchange(spare_tokens(), {})) {
    tokenize_for_entities(article, window, tokens_);
  }
  ~Linker() {
    // A few hundred kilobytes at most are kept for the next article.
    if (tokens_.capacity() <= kKeptTokens) spare_tokens() = std::move(tokens_);
  }
  Linker(const Linker&) = delete;
  Linker& operator=(const Linker&) = delete;

  std::vector<Entity> run() {
    const std::vector<std::uint32_t> capitalised = capitalised_words(tokens_);
    sports_ = is_sports_story(tokens_, capitalised, text_);
    std::vector<Mention> header = header_mentions();
    std::erase_if(header, [&](const Mention& h) { return !window_.contains(h.span); });
    // Kept in place: no copy per mention.
    body_ = find_candidate_mentions(article_, tokens_, capitalised, lex_, sports_);
    std::erase_if(body_, [&](const Mention& m) {
      return std::any_of(header.begin(), header.end(), [&](const Mention& h) { return h.span.overlaps(m.span); });
    });
    for (Mention& m : header) m.key = surface_key(str(m.span));
    for (Mention& m : body_) m.key = surface_key(str(m.span));
    settle_types(header);
    drafts_.reserve(header.size() + body_.size());  // a draft per mention at most, the caps zones' aside
    members_.reserve(header.size() + body_.size());
    // The body's mentions, then the header's, are the first of mentions_.
    const std::size_t body_count = body_.size();
    mentions_ = std::move(body_);
    mentions_.reserve(body_count + header.size() + 16);
    for (Mention& m : header) mentions_.push_back(std::move(m));
    for (std::size_t i = body_count; i < mentions_.size(); ++i) add(i);
    // Full names before their short forms, so "Lavrov" finds "Sergey Lavrov"
    // wherever either stands.
    std::vector<std::size_t> order(body_count);
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t x, std::size_t y) { return mentions_[x].words > mentions_[y].words; });
    for (std::size_t i : order) add(i);
    match_caps_zones();
    return finish();
  }

 private:
  std::string_view str(const Span& s) const { return s.in(text_); }

  Mention header_mention(Span span, std::string_view type) {
    Mention m;
    m.span = span;
    m.first = m.last = kNoToken;  // header fields: found by offset, not by token
    m.type = type;
    m.evidence = Evidence::strong;
    m.words = 1 + static_cast<std::size_t>(std::count(str(span).begin(), str(span).end(), ' '));
    return m;
  }

  // Finds `name` (any case) inside `within` and adds it as an ORG mention.
  void add_source(std::vector<Mention>& out, Span within, std::string_view name) {
    std::string hay = surface_key(str(within)), needle = surface_key(name);
    if (needle.empty() || hay.size() != within.size()) return;  // white space folded: offsets would drift
    std::size_t at = hay.find(needle);
    if (at != std::string::npos)
      out.push_back(header_mention({within.start + at, within.start + at + needle.size()}, "ORG"));
  }

  std::vector<Mention> header_mentions() {
    std::vector<Mention> out;
    if (article_.byline) {
      const Byline& b = *article_.byline;
      for (const Span& s : b.author_spans)
        if (!s.empty()) out.push_back(header_mention(s, "PERSON"));
      for (const std::string& src : b.sources) add_source(out, b.span, src);
    }
    if (article_.dateline) {
      const Dateline& d = *article_.dateline;
      if (!d.location_span.empty()) {
        // "KYIV, Ukraine": each part is a place of its own.
        std::string_view loc = str(d.location_span);
        std::size_t start = 0;
        while (start <= loc.size()) {
          std::size_t comma = loc.find(',', start);
          if (comma == std::string_view::npos) comma = loc.size();
          std::string_view part = loc.substr(start, comma - start);
          std::string_view trimmed = trim(part);
          if (!trimmed.empty()) {
            std::size_t s = d.location_span.start + static_cast<std::size_t>(trimmed.data() - loc.data());
            out.push_back(header_mention({s, s + trimmed.size()}, "LOCATION"));
          }
          start = comma + 1;
        }
      }
      for (const std::string& src : d.sources) add_source(out, d.span, src);
    }
    return out;
  }

  // One type per surface form: the surest mention's type wins; an acronym
  // defined in parentheses takes the type of what it stands for.
  void settle_types(const std::vector<Mention>& header) {
    // Keyed by views of the mentions' keys (and of aliases_' keys), which
    // outlive the map: no key string copied per surface form.
    WordMap<std::pair<Evidence, std::string_view>, std::string_view> best;
    auto offer = [&](const Mention& m) {
      if (m.type.empty()) return;
      auto& b = best[m.key];
      if (m.evidence > b.first) b = {m.evidence, m.type};
    };
    for (const Mention& m : header) offer(m);
    for (const Mention& m : body_) offer(m);
    for (std::size_t i = 0; i < body_.size(); ++i) {
      // "International Committee of the Red Cross (ICRC)"
      const Mention& m = body_[i];
      std::size_t k = m.last + 1;
      if (m.words >= 2 && k + 2 < tokens_.size() && str(tokens_[k].span) == "(" && tokens_[k + 1].all_caps &&
          str(tokens_[k + 2].span) == ")" && abbreviates(str(tokens_[k + 1].span), str(m.span))) {
        auto alias = aliases_.insert_or_assign(surface_key(str(tokens_[k + 1].span)), m.key).first;
        auto& b = best[alias->first];
        const auto* full = best.find(m.key);
        if (full != nullptr && !full->second.empty()) b = *full;
      }
    }
    for (Mention& m : body_) {
      if (const auto* it = best.find(m.key)) {
        m.type = it->second;
        m.evidence = std::max(m.evidence, it->first);
      }
    }
  }

  // A map key kept for the linker's life: the maps hold views of it, so a
  // new surface form costs no string copy of its own (a deque never moves
  // its elements, so short keys' inline buffers stay put too).
  std::string_view keep(std::string&& key) { return key_store_.emplace_back(std::move(key)); }

  std::size_t new_draft(const Mention& m) {
    drafts_.push_back(Draft{m.type, m.evidence});
    return drafts_.size() - 1;
  }

  void join(std::size_t draft, std::size_t mention) {
    members_.emplace_back(static_cast<std::uint32_t>(draft), static_cast<std::uint32_t>(mention));
  }

  void add(std::size_t index) {  // mentions_[index]
    Mention& m = mentions_[index];
    std::string key = m.key.empty() ? surface_key(str(m.span)) : std::move(m.key);  // m.key is not read again
    if (!aliases_.empty())
      if (auto alias = aliases_.find(key); alias != aliases_.end()) key = alias->second;
    std::size_t id;
    const std::size_t* surface = by_surface_.find(key);
    const std::size_t* word = m.words == 1 ? by_word_.find(key) : nullptr;
    if (surface != nullptr) {
      id = *surface;
    } else if (word != nullptr && m.evidence < Evidence::strong) {
      id = *word;  // "Lavrov" after "Sergey Lavrov"
    } else if (word != nullptr && drafts_[*word].type == m.type) {
      id = *word;
    } else {
      if (m.type.empty()) return;  // no rule typed it and it names nothing known
      id = new_draft(m);
    }
    if (surface == nullptr) by_surface_[keep(std::move(key))] = id;
    Draft& d = drafts_[id];
    if (d.type == "PERSON" && m.words >= 2) {
      // Index the surname (and given name) of a person for later short forms.
      std::string_view s = str(m.span);
      std::size_t sp = s.find_last_of(' ');
      if (sp != std::string_view::npos) {
        std::string surname = surface_key(s.substr(sp + 1));
        if (by_word_.find(surname) == nullptr) by_word_[keep(std::move(surname))] = id;
      }
    }
    join(id, index);
  }

  // ALL-CAPS and Title Case lines: only names the article spells elsewhere,
  // the gazetteers, or surnames of persons already found.
  void match_caps_zones() {
    const std::size_t n = tokens_.size();
    std::vector<bool> taken(n, false);
    if (std::none_of(tokens_.begin(), tokens_.end(), [](const EntityToken& t) { return t.caps_zone; })) return;
    for (const auto& member : members_) {
      const Mention& m = mentions_[member.second];
      if (m.first != kNoToken) {  // the rules' mentions know their tokens
        for (std::size_t k = m.first; k <= m.last && k < n; ++k) taken[k] = true;
        continue;
      }
      auto it = std::lower_bound(tokens_.begin(), tokens_.end(), m.span.start,
                                 [](const EntityToken& t, std::size_t at) { return t.span.end <= at; });
      for (; it != tokens_.end() && it->span.start < m.span.end; ++it)
        taken[static_cast<std::size_t>(it - tokens_.begin())] = true;
    }
    std::string keys[4];  // the lower-case text of tokens i..i+k
    for (std::size_t i = 0; i < n; ++i) {
      if (!tokens_[i].caps_zone || !tokens_[i].word || taken[i]) continue;
      // 4 words: the longest names the gazetteers hold in practice ("United
      // States of America"); built once, looked up longest first.
      std::size_t count = 0;
      for (std::size_t j = i; j < n && count < 4; ++j, ++count) {
        if (tokens_[j].line != tokens_[i].line || !tokens_[j].word || taken[j]) break;
        keys[count].clear();
        if (count) {  // appended, not `a + ' '`: GCC 12 warns falsely on that (-Wrestrict)
          keys[count] += keys[count - 1];
          keys[count] += ' ';
        }
        // Appended whole, then folded in place, not a character at a time.
        std::string& key = keys[count];
        const std::size_t from = key.size();
        key += str(tokens_[j].span);
        for (std::size_t c = from; c < key.size(); ++c) key[c] = to_ascii_lower(key[c]);
      }
      std::size_t best_end = 0;
      std::size_t best_id = 0;
      std::string_view best_type;
      for (std::size_t k = count; k-- > 0;) {
        std::size_t j = i + k;
        if (!tokens_[j].cap) continue;
        // keys[k] is lower case already: lexicon_key() would only drop a final full stop.
        std::string_view key = keys[k];
        if (key.size() > 1 && key.back() == '.') key.remove_suffix(1);
        if (!aliases_.empty())
          if (auto alias = aliases_.find(std::string(key)); alias != aliases_.end()) key = alias->second;
        if (const std::size_t* surface = by_surface_.find(key)) {
          best_end = j + 1, best_id = *surface, best_type = "";
          break;
        }
        if (j == i) {
          if (const std::size_t* word = by_word_.find(key)) {
            best_end = j + 1, best_id = *word, best_type = "";
            break;
          }
        }
        if (keys[k].size() < 2) continue;
        auto known = lex_.known(keys[k]);
        if (known && (j > i || known->type != "ORG")) {
          best_end = j + 1, best_type = known->type;
          if (best_type == "LOCATION" && !known->country && sports_ && caps_team(i, j)) best_type = "ORG";
          break;
        }
      }
      if (best_end == 0) continue;
      Mention m;
      m.first = i;
      m.last = best_end - 1;
      m.span = {tokens_[i].span.start, tokens_[best_end - 1].span.end};
      m.words = best_end - i;
      m.evidence = Evidence::strong;
      if (best_type.empty()) {
        m.type = drafts_[best_id].type;
        mentions_.push_back(std::move(m));
        join(best_id, mentions_.size() - 1);
      } else {
        m.type = best_type;
        mentions_.push_back(std::move(m));
        add(mentions_.size() - 1);
      }
      i = best_end - 1;
    }
  }

  // "NEW YORK 74 59 .556", "NEW YORK AT CALIFORNIA": clubs in ALL-CAPS tables.
  bool caps_team(std::size_t i, std::size_t j) const {
    auto cue = [&](std::size_t k) {
      std::string w = lexicon_key(str(tokens_[k].span));
      return w == "at" || w == "vs" || w == "v";
    };
    if (j + 1 < tokens_.size() && tokens_[j + 1].line == tokens_[j].line &&
        (is_score(str(tokens_[j + 1].span)) || cue(j + 1)))
      return true;
    return i > 0 && tokens_[i - 1].line == tokens_[i].line && cue(i - 1);
  }

  std::vector<Entity> finish() {
    // Each draft's mentions in the order they joined it, by a counting sort
    // of members_ (stable): from `from[d]` in `joined`.
    std::vector<std::uint32_t> from(drafts_.size() + 1, 0), joined(members_.size());
    for (const auto& member : members_) ++from[member.first + 1];
    for (std::size_t d = 0; d < drafts_.size(); ++d) from[d + 1] += from[d];
    {
      std::vector<std::uint32_t> next(from.begin(), from.end() - 1);
      for (const auto& member : members_) joined[next[member.first]++] = member.second;
    }
    // The drafts that make an entity, each one's mentions sorted into text
    // order in place: std::sort permutes alike for the same comparisons,
    // ties included, so sorting indices or 80-byte mentions gave this order.
    std::vector<std::uint32_t> kept;
    std::vector<std::size_t> first;  // the start of each kept draft's first mention
    kept.reserve(drafts_.size());
    first.reserve(drafts_.size());
    for (std::size_t id = 0; id < drafts_.size(); ++id) {
      if (from[id] == from[id + 1] || drafts_[id].type.empty()) continue;
      std::sort(joined.begin() + from[id], joined.begin() + from[id + 1],
                [&](std::uint32_t x, std::uint32_t y) { return mentions_[x].span.start < mentions_[y].span.start; });
      kept.push_back(static_cast<std::uint32_t>(id));
      first.push_back(mentions_[joined[from[id]]].span.start);
    }
    // Entities in order of first mention, each built in place: sorting the
    // built entities moved each (three strings and a vector) twice. The same
    // comparisons in the same order as sorting them, so ties fall alike.
    std::vector<std::size_t> order(kept.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return first[x] < first[y]; });
    std::vector<Entity> out;
    out.reserve(kept.size());
    for (std::size_t rank = 0; rank < order.size(); ++rank) {
      const std::size_t id = kept[order[rank]];
      const std::uint32_t* mine = joined.data() + from[id];
      const std::uint32_t* end = joined.data() + from[id + 1];
      Entity& e = out.emplace_back();
      e.id = std::to_string(rank + 1).insert(0, 1, 'e');  // not "e" + ...: GCC 12 warns falsely (-Wrestrict)
      e.type = std::string(drafts_[id].type);
      // The fullest form, preferring one written in mixed case: "Japan"
      // over the headline's "JAPAN".
      const Mention* best = nullptr;
      bool best_caps = false;
      for (const std::uint32_t* i = mine; i != end; ++i) {
        const Mention& m = mentions_[*i];
        bool caps = is_all_caps(str(m.span));
        if (!best || (best_caps && !caps) || (caps == best_caps && m.words > best->words)) best = &m, best_caps = caps;
      }
      std::string name = collapse_space(str(best->span));
      if (best_caps) {
        // Only ALL-CAPS forms: the gazetteer's spelling ("OSAKA" -> "Osaka"),
        // else readable case, but an acronym keeps its capitals ("AP").
        if (auto known = lex_.known(name)) {
          name = std::string(known->canonical);
        } else if (name.size() > 5 || name.find(' ') != std::string::npos) {
          name = readable_case(name);
        }
      }
      e.name = std::move(name);
      e.mentions.reserve(static_cast<std::size_t>(end - mine));
      for (const std::uint32_t* i = mine; i != end; ++i)
        if (e.mentions.empty() || e.mentions.back().end <= mentions_[*i].span.start)
          e.mentions.push_back(mentions_[*i].span);
    }
    return out;
  }

  // The token buffer of the last window this thread linked. A fresh one
  // per article (eight bytes of tokens per byte of text) was written to
  // cold memory every time, and took malloc's locked path when several
  // threads run.
  static std::vector<EntityToken>& spare_tokens() {
    thread_local std::vector<EntityToken> tokens;
    return tokens;
  }
  static constexpr std::size_t kKeptTokens = std::size_t{1} << 14;

  std::string_view text_;
  const Article& article_;
  Span window_;  // the text searched
  const EntityLexicon& lex_;
  std::vector<EntityToken> tokens_;
  bool sports_ = false;
  std::vector<Mention> body_;      // the rules' mentions, until they move to mentions_
  std::vector<Mention> mentions_;  // every mention: the body's, the header's, then the caps zones'
  std::vector<Draft> drafts_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> members_;  // (draft, index into mentions_), as joined
  std::deque<std::string> key_store_;                            // the keys of by_surface_ and by_word_
  WordMap<std::size_t, std::string_view> by_surface_, by_word_;  // flat tables: looked up for every mention
  std::unordered_map<std::string, std::string> aliases_;         // "icrc" -> "international committee of the red cross"
};

}  // namespace

// `tables` is the stages' shared interface; the word lists of this stage are
// its own (EntityLexicon), and the rules read Tables::get() for agencies.
namespace {

// 512 KiB: the most text the stage holds tokens for at once, ten times the
// longest article of the news sets. A longer input is searched in windows
// cut at white space, so memory stays a small multiple of the window; the
// windows' entities are merged by name and type, and a short form ("Lavrov")
// is linked to a full name only within its window.
constexpr std::size_t kEntityWindow = std::size_t{512} << 10;

// Windows of about kEntityWindow bytes, each ending at white space within
// the next 4 KiB, else (text with no spaces) between two characters.
std::vector<Span> entity_windows(std::string_view text) {
  std::vector<Span> windows;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t target = std::min(text.size(), start + kEntityWindow);
    std::size_t end = target;
    while (end < text.size() && end - target < 4096 && !is_ascii_space(text[end])) ++end;
    if (end < text.size() && !is_ascii_space(text[end])) {
      end = target;
      while (end < text.size() && is_continuation(static_cast<unsigned char>(text[end]))) ++end;
    }
    windows.push_back({start, end});
    start = end;
  }
  return windows;
}

}  // namespace

std::vector<Entity> find_entities(const Article& article, const Tables& /*tables*/) {
  if (article.text.size() <= kEntityWindow) return Linker(article, {0, article.text.size()}).run();
  std::vector<Entity> merged;
  std::unordered_map<std::string, std::size_t> by_name;  // type + '\t' + name -> index into merged
  for (const Span& window : entity_windows(article.text)) {
    for (Entity& e : Linker(article, window).run()) {
      auto [it, added] = by_name.try_emplace(e.type + '\t' + e.name, merged.size());
      if (added) {
        merged.push_back(std::move(e));
      } else {  // windows come in text order: the mentions stay sorted
        std::vector<Span>& m = merged[it->second].mentions;
        m.insert(m.end(), e.mentions.begin(), e.mentions.end());
      }
    }
  }
  for (std::size_t i = 0; i < merged.size(); ++i)
    merged[i].id = std::to_string(i + 1).insert(0, 1, 'e');  // not "e" + ...: GCC 12 warns falsely (-Wrestrict)
  return merged;
}

}  // namespace newsparse::detail
