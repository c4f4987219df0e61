// src/quote_lexicon.cpp: loads the quotes stage's word lists and tokenizes.
#include "quote_lexicon.hpp"

#include <algorithm>
#include <bit>
#include <stdexcept>

#include "tables.hpp"
#include "text/ascii16.hpp"
#include "text/utf8.hpp"

namespace newsparse::detail {

namespace data {
extern const std::string_view speech_verbs_txt;
extern const std::string_view speaker_titles_txt;
extern const std::string_view speaker_skip_words_txt;
extern const std::string_view not_speakers_txt;
extern const std::string_view pronouns_txt;
extern const std::string_view abbreviations_txt;
}  // namespace data

namespace {

bool is_digit_cp(char32_t cp) { return cp < 0x80 && is_ascii_digit(static_cast<char>(cp)); }
bool is_word_cp(char32_t cp) { return is_letter(cp) || is_digit_cp(cp); }

bool is_mark_cp(char32_t cp) {
  return cp == U'"' || cp == U'\'' || (cp >= U'\u2018' && cp <= U'\u201F') || cp == U'\u00AB' || cp == U'\u00BB';
}

std::vector<std::string> split_words(std::string_view phrase) {
  std::vector<std::string> words;
  std::size_t pos = 0;
  while (pos < phrase.size()) {
    std::size_t end = phrase.find(' ', pos);
    if (end == std::string_view::npos) end = phrase.size();
    if (end > pos) words.emplace_back(phrase.substr(pos, end - pos));
    pos = end + 1;
  }
  return words;
}

}  // namespace

void LowerCaseStore::new_block(std::size_t n) {
  capacity_ = std::max(kBlockBytes, n);
  blocks_.push_back(std::make_unique_for_overwrite<char[]>(capacity_));  // no zeroing: every byte is written before it is read
  if (blocks_.size() == 1) first_capacity_ = capacity_;
  used_ = 0;
}

void LowerCaseStore::clear() {
  // The first block stays for the next article, unless one huge word made it huge.
  if (first_capacity_ > kBlockBytes) blocks_.clear();
  if (blocks_.size() > 1) blocks_.resize(1);
  capacity_ = blocks_.empty() ? 0 : first_capacity_;
  used_ = 0;
}

std::string_view LowerCaseStore::keep(std::string_view lower) {
  char* at = room(lower.size());
  std::copy(lower.begin(), lower.end(), at);
  return {at, lower.size()};
}

namespace {

// The lower-case form of a word that has capitals or non-ASCII letters (the
// tokenizer views the text itself for the others), kept in `store`, or a
// view of `word` when lower-casing leaves it as it is. Curly apostrophes
// fold to straight ones so that lists match: can’t, Trump’s.
std::string_view lower_case_word(std::string_view word, bool ascii, LowerCaseStore& store) {
  if (ascii) {  // written straight into the store
    char* at = store.room(word.size());
    for (std::size_t i = 0; i < word.size(); ++i) at[i] = to_ascii_lower(word[i]);
    return {at, word.size()};
  }
  std::string lower = to_lower(word);
  if (lower.find("\u2019") != std::string::npos) {
    std::string folded;
    for (std::size_t i = 0; i < lower.size(); ++i) {
      if (lower.compare(i, 3, "\u2019") == 0) {
        folded += '\'';
        i += 2;
      } else {
        folded += lower[i];
      }
    }
    lower = std::move(folded);
  }
  if (lower == word) return word;
  return store.keep(lower);
}

#if defined(__SSE2__)
// The lower case of the ASCII word of `n` bytes (at most 16) at `p`, which
// may be read 16 bytes far, kept in `store`: one block of compares for a
// capitalised word ("Lavrov", "U.S.") where a call and a byte loop were 3%
// of the tokenizer's instructions.
std::string_view lower_case_block(const char* p, std::size_t n, LowerCaseStore& store) {
  const __m128i v = load16(p);
  const __m128i capitals = bytes_in_range(v, 'A', 'Z');
  char* at = store.room(16);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(at), _mm_or_si128(v, _mm_and_si128(capitals, _mm_set1_epi8(0x20))));
  store.give_back(16 - n);
  return {at, n};
}
#else
std::string_view lower_case_block(const char* p, std::size_t n, LowerCaseStore& store) {
  return lower_case_word({p, n}, true, store);
}
#endif

// How many bytes from `p` on, up to 16, are ASCII letters or digits; sets
// `upper` when one of them is an upper-case letter. Sixteen bytes at a time
// where SSE2 is there (every x86-64): a byte loop with a table look-up per
// byte was a quarter of the tokenizer's instructions. The compares are
// signed, so bytes of 0x80 and above fail every range test and count as no word.
#if defined(__SSE2__)
inline std::size_t ascii_word_bytes(const char* p, bool& upper) noexcept {
  const __m128i v = load16(p);
  const __m128i letter = bytes_in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z');  // either case
  const unsigned word = bit_mask(_mm_or_si128(letter, bytes_in_range(v, '0', '9')));
  const unsigned capitals = bit_mask(bytes_in_range(v, 'A', 'Z'));
  const auto n = static_cast<unsigned>(std::countr_zero(~word));  // 16 when all are
  upper |= (capitals & ((1u << n) - 1)) != 0;
  return n;
}
#else
inline std::size_t ascii_word_bytes(const char* p, bool& upper) noexcept {
  std::size_t n = 0;
  for (; n < 16; ++n) {
    const std::uint8_t bits = ascii_word_bits(p[n]);
    if (bits == 0) break;
    upper |= (bits & kUpperBit) != 0;
  }
  return n;
}
#endif

}  // namespace

void tokenize(std::string_view text, Span range, LowerCaseStore& store, std::vector<Token>& tokens) {
  tokens.clear();
  // 6 bytes a token: English news text averages about 5. Rounded up to a
  // power of two: the buffers are reused for the paragraphs of later
  // articles, which then need a new one less often.
  tokens.reserve(std::bit_ceil((range.end - range.start) / 6 + 1));
  const Tables& tables = Tables::get();
  const QuoteLexicon& lexicon = QuoteLexicon::get();
  std::size_t pos = range.start;
  while (pos < range.end) {
    const std::size_t start = pos;
    const auto byte = static_cast<unsigned char>(text[pos]);
    // ASCII is classified by its byte, without decoding.
    bool capital = false;
    bool ascii = true;  // the word's characters are all ASCII: lower-cased without ICU
    if (byte < 0x80) {
      if (ascii_word_bits(static_cast<char>(byte)) == 0) {
        ++pos;
        if (is_ascii_space(static_cast<char>(byte))) continue;
        Token& t = tokens.emplace_back();  // tokens are built in place
        t.span = {start, pos};
        t.mark = byte == '"' || byte == '\'';
        t.lower = std::string_view(text.data() + start, 1);
        continue;
      }
      capital = is_ascii_upper(static_cast<char>(byte));
    } else {
      const char32_t cp = next_code_point(text, pos);
      if (is_space(cp)) continue;
      if (!is_word_cp(cp)) {
        Token& t = tokens.emplace_back();
        t.span = {start, pos};
        t.mark = is_mark_cp(cp);
        t.lower = std::string_view(text.data() + start, pos - start);
        continue;
      }
      capital = is_upper(cp);
      ascii = false;
    }
    // A word runs over letters and digits, and over an apostrophe, hyphen or
    // full stop that has a letter or digit on its right: can't, well-known, U.S.
    // (An ASCII word is scanned from its first byte, which sets `upper` too.)
    std::size_t end = ascii ? start : pos;
    bool upper = false;  // an ASCII upper-case letter: the word needs lower-casing
    while (end < range.end) {
      if (end + 16 <= range.end) {
        const std::size_t n = ascii_word_bytes(text.data() + end, upper);
        end += n;
        if (n == 16) continue;
      } else {
        while (end < range.end) {
          const std::uint8_t bits = ascii_word_bits(text[end]);
          if (bits == 0) break;
          upper |= (bits & kUpperBit) != 0;
          ++end;
        }
        if (end == range.end) break;
      }
      if (text[end] == ' ') break;
      std::size_t q = end;
      const char32_t c = next_code_point(text, q);
      if (is_word_cp(c)) {
        ascii = false;
        end = q;
        continue;
      }
      if (c == U'\'' || c == U'\u2019' || c == U'-' || c == U'.' || c == U'&') {
        std::size_t r = q;
        if (r < range.end && is_word_cp(next_code_point(text, r))) {
          ascii = ascii && c < 0x80;
          end = q;
          continue;
        }
      }
      break;
    }
    // "Mr." and "U.S." keep their full stop; "said." does not. A stop
    // followed by a comma, a bracket or a lower-case word ends no sentence:
    // "Sen. Rand Paul, R-Ky., told", "(R-Fla.)".
    if (end < range.end && text[end] == '.') {
      const std::string_view w(text.data() + start, end + 1 - start);
      std::size_t q = end + 1;
      while (q < range.end && text[q] == ' ') ++q;
      const char after = q < range.end ? text[q] : '\0';
      // The table look-up last, and only for an ASCII word no longer than
      // the longest abbreviation (ASCII keeps its length when lower-cased):
      // the cheap tests settle most stops.
      if (after == ',' || after == ')' || is_ascii_lower(after) || (w.size() == 2 && is_ascii_upper(w[0])) ||
          w.find('.') != w.size() - 1 ||
          ((!ascii || w.size() <= lexicon.longest_abbreviation()) && tables.is_abbreviation(w)))
        ++end;
    }
    Token& t = tokens.emplace_back();
    t.span = {start, end};
    t.word = true;
    t.capital = capital;
    const std::string_view word(text.data() + start, end - start);
    if (ascii && upper && word.size() <= 16 && start + 16 <= text.size()) {
      t.lower = lower_case_block(text.data() + start, word.size(), store);
    } else {
      t.lower = ascii && !upper ? word : lower_case_word(word, ascii, store);
    }
    lexicon.classify(t);
    // The space that usually follows is skipped here rather than by a turn
    // of the loop.
    pos = end < range.end && text[end] == ' ' ? end + 1 : end;
  }
}

const QuoteLexicon& QuoteLexicon::get() {
  static const QuoteLexicon lexicon;
  return lexicon;
}

QuoteLexicon::QuoteLexicon() {
  for_each_entry(data::speech_verbs_txt, [&](const auto& f) {
    std::vector<std::string> words = split_words(f[0]);
    if (words.empty()) return;
    std::string first = words.front();
    words.erase(words.begin());
    cues_[first].push_back(Cue{std::move(words), f.size() > 1 && f[1] == "inv"});
  });
  for_each_entry(data::speaker_titles_txt, [&](const auto& f) { titles_.insert(f[0]); });
  for_each_entry(data::speaker_skip_words_txt, [&](const auto& f) { skip_.insert(f[0]); });
  // As Tables keys them.
  for_each_entry(data::abbreviations_txt, [&](const auto& f) {
    longest_abbreviation_ = std::max(longest_abbreviation_, to_lower(collapse_space(f[0])).size());
  });
  for_each_entry(data::not_speakers_txt, [&](const auto& f) { not_speakers_.insert(f[0]); });
  for_each_entry(data::pronouns_txt,
                 [&](const auto& f) { pronouns_[f[0]] = f.size() > 1 && !f[1].empty() ? f[1][0] : 'p'; });
  for (const auto& [word, cues] : cues_) words_[word].cue = true;
  for (const auto& [word, kind] : pronouns_) words_[word].pronoun = kind;
  std::size_t used = 0;
  for (const auto& [word, info] : words_) {
    if (word.empty() || word.size() > kKeyBytes) continue;
    if (++used * 2 > kSlots) throw std::logic_error("quote lexicon: more words than kSlots / 2");
    const WordKey key = word_key(word);
    std::size_t i = slot_of(key, word.size());
    while (slot_sizes_[i] != 0) i = (i + 1) & (kSlots - 1);
    slot_sizes_[i] = static_cast<std::uint8_t>(word.size());
    slot_keys_[i] = key;
    slot_infos_[i] = info;
    lengths_by_first_byte_[static_cast<unsigned char>(word[0])] |= std::uint32_t{1} << word.size();
  }
}

std::size_t QuoteLexicon::listed_cue_length(const std::vector<Token>& tokens, std::size_t i, bool* inverts) const {
  // "State spokesman Mark Toner said", "Gonzalo P. Curiel of United States
  // District Court": a capitalised cue word is a name, except "According to"
  // and an inverted cue opening a sentence ("Said Dorothy Poynter, who ...").
  const bool sentence_start = i == 0 || tokens[i - 1].mark || tokens[i - 1].lower == "." ||
                              tokens[i - 1].lower == "!" || tokens[i - 1].lower == "?";
  const bool capital = tokens[i].capital && tokens[i].lower != "according";
  if (capital && !sentence_start) return 0;
  // "Trump's call for", "AP's report", "the state": nouns, not verbs.
  if (i > 0 && tokens[i - 1].word && !capital) {
    const std::string_view p = tokens[i - 1].lower;
    if (p == "the" || p == "a" || p == "an" || p == "his" || p == "her" || p == "its" || p == "their" || p == "our" ||
        p == "my" || p == "your" || p == "this" || p == "that" ||
        ((p.ends_with("'s") || p.ends_with("s'")) && !pronoun(p)))  // not "He’s claiming"
      return 0;
  }
  const std::vector<Cue>* cues = cues_.find(tokens[i].lower);
  if (!cues) return 0;
  std::size_t best = 0;
  for (const Cue& cue : *cues) {
    const auto& rest = cue.rest;
    if (i + 1 + rest.size() > tokens.size()) continue;
    bool ok = true;
    for (std::size_t k = 0; k < rest.size() && ok; ++k) ok = tokens[i + 1 + k].lower == rest[k];
    if (ok && rest.size() + 1 > best && (!capital || cue.inverts)) {
      best = rest.size() + 1;
      if (inverts) *inverts = cue.inverts;
    }
  }
  return best;
}

char QuoteLexicon::pronoun(std::string_view lower) const {
  const char* kind = pronouns_.find(lower);
  return kind ? *kind : 0;
}

}  // namespace newsparse::detail
