// src/attribution.cpp: cue and speaker mention next to a quotation.
#include "attribution.hpp"

#include <algorithm>

#include "tables.hpp"

namespace newsparse::detail {

namespace {

// 10 tokens: `"...," the ICRC president said` has 4 before the cue; the
// longest subjects before a cue in wire copy ("a senior official of the
// ministry") stay within 8.
constexpr std::size_t kAfterWindow = 10;
// 16 tokens: an appositive between subject and verb (`Terrie Rizzo, the
// Democratic chair of Florida's Palm Beach County, said`).
constexpr std::size_t kAppositive = 16;
// 40 tokens: a long lead-in (`He also expressed the hope that after the
// talks, Maurer and his team "will ...`) is about 15; the bound keeps the
// search constant-time in paragraphs of thousands of marks.
constexpr std::size_t kBeforeWindow = 40;
// 7 words: the longest subjects ("Russian Foreign Minister Sergey Lavrov",
// "a spokesman for the Clinton campaign").
constexpr std::size_t kMaxMention = 7;
// 6 tokens: how far after `,"` an unlisted verb may stand (`"...," a
// voice-over in the ad states.`); 4 lost that case, 6 gained 0.001
// attribution on polnear-train.
constexpr std::size_t kGuessedVerbReach = 6;

bool is_determiner(const std::string& w) {
  return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "its" || w == "their" || w == "our" ||
         w == "one" || w == "another" || w == "some" || w == "many" || w == "two" || w == "several" || w == "this" ||
         w == "that" || w == "these" || w == "those" || w == "both" || w == "other";
}

// Words that begin a new clause or phrase, so never belong to the subject
// before a verb: "... that Trump said", "when she told".
bool clause_word(const std::string& w) {
  static const char* const words[] = {"that",     "and",     "but",  "which",  "who",    "whom",  "when",  "while",
                                      "as",       "because", "if",   "after",  "before", "where", "so",    "than",
                                      "in",       "on",      "at",   "during", "to",     "with",  "from",  "by",
                                      "about",    "what",    "how",  "why",    "or",     "since", "until", "though",
                                      "although", "whether", "into", "not",    "it",     "there"};
  return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

// Openings of an introductory phrase that comes before the subject:
// "On television, Mr. Trump's campaign chairman ...", "Asked about it, she said".
bool intro_word(const std::string& w) {
  static const char* const words[] = {
      "in",       "on",   "at",      "after",    "before", "during",  "while",    "when",      "as",      "if",
      "since",    "with", "for",     "from",     "by",     "despite", "although", "though",    "because", "asked",
      "speaking", "but",  "and",     "still",    "yet",    "earlier", "later",    "meanwhile", "instead", "then",
      "now",      "last", "however", "moreover", "indeed", "finally", "also",     "still",     "again"};
  return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

// A subject starts with a name, a determiner or a pronoun: "Lavrov", "the
// ICRC president", "He"; not "is what he".
bool starts_subject(const Token& t) {
  return t.word && (t.capital || is_determiner(t.lower) || QuoteLexicon::get().pronoun(t.lower));
}

bool is_punct(const Token& t, const char* s) { return !t.word && t.lower == s; }

bool is_dash_token(const Token& t) {
  return !t.word && (t.lower == "-" || t.lower == "\u2014" || t.lower == "\u2013" || t.lower == "\u2015");
}

// Tokens that may stand inside a subject besides words: "(R-Wis.)".
bool subject_punct(const Token& t) { return is_punct(t, "(") || is_punct(t, ")"); }

bool is_pronoun(const Token& t) { return t.word && QuoteLexicon::get().pronoun(t.lower); }

// A verb we do not list, in `"...," Allen concluded.`: a lower-case word
// ending in -ed or -s right before the sentence or clause ends.
bool looks_like_verb(const std::vector<Token>& t, std::size_t j) {
  if (!t[j].word || t[j].capital || j + 1 >= t.size()) return false;
  const std::string& w = t[j].lower;
  if (!(w.ends_with("ed") || w.ends_with("s"))) return false;
  return ends_sentence(t[j + 1]) || is_punct(t[j + 1], ",");
}

// A word opening a subordinate clause: the pronoun after it is not the
// sentence's speaker (`The president noted that he taught law, and added:`).
bool subordinate(const std::vector<Token>& t, std::size_t i) {
  if (i == 0) return false;
  const std::string& w = t[i - 1].lower;
  return w == "that" || w == "if" || w == "because" || w == "when" || w == "while" || w == "as" || w == "since" ||
         w == "though" || w == "although" || w == "whether" || w == "after" || w == "before" || w == "until" ||
         w == "once" || w == "like" || w == "unless";
}

// The last subject pronoun before a coordinated cue (`... and said`).
bool nearest_pronoun(const std::vector<Token>& t, std::size_t floor, std::size_t cue, std::size_t& at) {
  std::size_t end = cue;
  while (end > floor && t[end - 1].word && QuoteLexicon::get().is_skip(t[end - 1].lower)) --end;
  if (end == floor || t[end - 1].lower != "and") return false;
  for (std::size_t k = end - 1; k > floor && cue - k < 20; --k) {
    const char kind = QuoteLexicon::get().pronoun(t[k - 1].lower);
    if (kind && kind != 'g' && !subordinate(t, k - 1)) {
      at = k - 1;
      return true;
    }
  }
  return false;
}

// Moves `at` past "also", "has", "repeatedly": `De Blasio also repeated`.
bool skip_adverbs(const std::vector<Token>& t, std::size_t& at, std::size_t limit) {
  while (at < limit && t[at].word && QuoteLexicon::get().is_skip(t[at].lower)) ++at;
  return at < limit;
}

bool past_tense(const Token& t) {
  return t.word && !t.capital && t.lower.size() > 4 && t.lower.ends_with("ed") && !QuoteLexicon::get().is_skip(t.lower);
}

}  // namespace

void according_source(const std::vector<Token>& tokens, std::size_t from, std::size_t end, Attribution& a) {
  // Anywhere in the rest of the sentence: `"...," Salceda said in a bill
  // filed in Manila, according to the Star.` (the whole sentence gained 0.001
  // attribution on polnear-train over the two tokens right after the cue).
  for (std::size_t k = from; k < end; ++k) {
    if (!is_punct(tokens[k], ",") || k + 1 >= end || tokens[k + 1].lower != "according") continue;
    bool inverts = false;
    const std::size_t len = QuoteLexicon::get().cue_length(tokens, k + 1, &inverts);
    std::size_t first = 0, last = 0;
    if (len == 2 && mention_after(tokens, k + 1 + len, end, first, last)) {
      a.cue_first = k + 1, a.cue_last = k + 1 + len;
      a.mention_first = first, a.mention_last = a.head_last = last;
    }
    return;
  }
}

bool ends_sentence(const Token& t) { return !t.word && (t.lower == "." || t.lower == "!" || t.lower == "?"); }

bool mention_before(const std::vector<Token>& tokens, std::size_t floor, std::size_t cue, std::size_t& first,
                    std::size_t& last, std::size_t& head_last) {
  const QuoteLexicon& lex = QuoteLexicon::get();
  std::size_t end = cue;
  while (end > floor && tokens[end - 1].word && lex.is_skip(tokens[end - 1].lower)) --end;
  if (end > floor && is_pronoun(tokens[end - 1])) {
    first = end - 1;
    last = head_last = end;
    return true;
  }
  if (end > floor && tokens[end - 1].lower == "who") {
    // `Indiana Gov. Mike Pence, who called their son "..."`: the relative
    // pronoun is the mention (as annotators mark it).
    first = end - 1;
    last = head_last = end;
    return true;
  }
  std::size_t head_end = end;
  if (end > floor + 1 && (is_punct(tokens[end - 1], ",") || is_dash_token(tokens[end - 1]))) {
    // `Ms. Gedrich, who works in retail as a sales manager, said`: the
    // subject is the name before the appositive.
    std::size_t c = end - 1;
    const Token& closer = tokens[end - 1];
    while (c > floor && end - c < kAppositive && tokens[c - 1].lower != closer.lower && !ends_sentence(tokens[c - 1]) &&
           !tokens[c - 1].mark)
      --c;
    if (c > floor && tokens[c - 1].lower == closer.lower) {
      head_end = c - 1;
    } else if (c == floor && starts_subject(tokens[floor])) {
      head_end = end - 1;
    } else {
      return false;
    }
    end = end - 1;
  }
  std::size_t start = head_end;
  while (start > floor && head_end - start < kMaxMention &&
         (tokens[start - 1].word || subject_punct(tokens[start - 1])) && !clause_word(tokens[start - 1].lower) &&
         !lex.cue_length(tokens, start - 1))
    --start;
  // Trim from the left until the subject starts like one.
  while (start < head_end && !starts_subject(tokens[start])) ++start;
  if (start == head_end) return false;
  first = start;
  last = end;
  head_last = head_end;
  return true;
}

bool mention_after(const std::vector<Token>& tokens, std::size_t from, std::size_t limit, std::size_t& first,
                   std::size_t& last) {
  const Tables& tables = Tables::get();
  std::size_t i = from;
  // `said Tuesday`, `said on Thursday`: time words before the subject.
  while (i < limit && i < from + 3 && tokens[i].word &&
         (tables.is_weekday(tokens[i].lower) || tokens[i].lower == "on" || tokens[i].lower == "today" ||
          tokens[i].lower == "yesterday" || tokens[i].lower == "recently"))
    ++i;
  // `said conservative activist Bob Klaus`, `said former Utah governor Michael Leavitt`
  if (i >= limit || !tokens[i].word || clause_word(tokens[i].lower) || QuoteLexicon::get().is_skip(tokens[i].lower))
    return false;
  // `said he heard Mateen talk of`: a pronoun followed by words is the
  // subject of the reported clause, not an inverted speaker.
  if (is_pronoun(tokens[i]) && i + 1 < limit && tokens[i + 1].word) return false;
  std::size_t end = i;
  while (end < limit && end - i < kMaxMention && (tokens[end].word || subject_punct(tokens[end]))) {
    const std::string& w = tokens[end].lower;
    // "a spokesman for the ministry", "Mr. Nevins of Showtime" keep their of/for phrase.
    if (clause_word(w) || (end > i && QuoteLexicon::get().cue_length(tokens, end))) break;
    ++end;
  }
  if (end == i) return false;
  first = i;
  last = end;
  return true;
}

bool sentence_subject(const std::vector<Token>& tokens, std::size_t floor, std::size_t limit, std::size_t& first,
                      std::size_t& last, std::size_t& head_last) {
  std::size_t i = floor;
  // "And then Trump went on the attack": conjunctions and adverbs are skipped.
  while (i < limit && i < floor + 2 && tokens[i].word &&
         (tokens[i].lower == "and" || tokens[i].lower == "but" || tokens[i].lower == "then" ||
          tokens[i].lower == "so" || tokens[i].lower == "yet" || tokens[i].lower == "also"))
    ++i;
  if (i < limit && tokens[i].word && intro_word(tokens[i].lower)) {
    std::size_t c = i;
    while (c < limit && c - i < kAppositive && !is_punct(tokens[c], ",")) ++c;
    if (c >= limit || !is_punct(tokens[c], ",")) return false;
    i = c + 1;
  }
  if (i >= limit || !starts_subject(tokens[i])) return false;
  // "However, he held his fire": a sentence adverb is no subject.
  if (intro_word(tokens[i].lower) && i + 1 < limit && is_punct(tokens[i + 1], ",")) {
    i += 2;
    if (i >= limit || !starts_subject(tokens[i])) return false;
  }
  if (is_pronoun(tokens[i])) {
    first = i;
    last = head_last = i + 1;
    return true;
  }
  // Names, titles and determiners, and up to three lower-case words after a
  // determiner: "The billionaire businessman", "Her campaign manager".
  const QuoteLexicon& lex = QuoteLexicon::get();
  std::size_t end = i;
  std::size_t after_det = 99;
  while (end < limit && end - i < kMaxMention && tokens[end].word) {
    const Token& t = tokens[end];
    if (is_determiner(t.lower)) {
      after_det = 0;
    } else if (t.capital || lex.is_title(t.lower)) {
      after_det = after_det == 99 ? 99 : after_det;
    } else if (after_det < 3 && !clause_word(t.lower) && !lex.cue_length(tokens, end) && !past_tense(t)) {
      ++after_det;
    } else {
      break;
    }
    ++end;
  }
  if (end == i) return false;
  first = i;
  head_last = last = end;
  // "Her campaign manager, Robby Mook, suggested": take in the appositive name.
  if (end + 2 < limit && is_punct(tokens[end], ",") && tokens[end + 1].capital) {
    std::size_t k = end + 1;
    while (k < limit && k - end < 5 && tokens[k].word && tokens[k].capital) ++k;
    if (k < limit && is_punct(tokens[k], ",")) last = k;
  }
  return true;
}

std::optional<Attribution> attribution_after(const std::vector<Token>& tokens, std::size_t after, QuoteEnd quote_end) {
  const QuoteLexicon& lex = QuoteLexicon::get();
  std::size_t i = after;
  // `"..." ― Francisco Herrero`, `"...": Lavrov`: a name alone after a dash or
  // colon, ending the sentence, is the speaker with no cue word.
  if (i + 1 < tokens.size() && (is_dash_token(tokens[i]) || is_punct(tokens[i], ":")) && tokens[i + 1].capital) {
    std::size_t k = i + 1;
    while (k < tokens.size() && k - i <= 5 && tokens[k].word && tokens[k].capital) ++k;
    if (k == tokens.size() || ends_sentence(tokens[k]) || tokens[k].mark || is_punct(tokens[k], ",")) {
      Attribution a;
      a.cue_first = a.cue_last = i;
      a.mention_first = i + 1;
      a.mention_last = a.head_last = k;
      return a;
    }
  }
  // `all,'''` leaves a stray apostrophe after the closing mark.
  while (i < tokens.size() && i < after + 2 && !tokens[i].word &&
         (tokens[i].lower == "'" || tokens[i].lower == "\u2019"))
    ++i;
  // `,"` `:"` and `" —` between the quote and its attribution.
  for (int k = 0; k < 2 && i < tokens.size() && !tokens[i].word &&
                  (is_punct(tokens[i], ",") || is_punct(tokens[i], ":") || is_dash_token(tokens[i]));
       ++k)
    ++i;
  std::size_t sentence_end = i;
  while (sentence_end < tokens.size() && sentence_end < i + kAfterWindow + kAppositive + kMaxMention &&
         !ends_sentence(tokens[sentence_end]) && !tokens[sentence_end].mark)
    ++sentence_end;
  const std::size_t limit = std::min(sentence_end, i + kAfterWindow + kAppositive);
  std::size_t commas = 0;
  for (std::size_t j = i; j < limit; ++j) {
    if (!tokens[j].word) {
      // `"...," Terrie Rizzo, the Democratic chair of ..., said`: one appositive.
      if (is_punct(tokens[j], ",") && j > i && ++commas <= 2) continue;
      if (subject_punct(tokens[j])) continue;
      return std::nullopt;
    }
    if (commas == 0 && j >= i + kAfterWindow) return std::nullopt;
    bool inverts = false;
    std::size_t len = lex.cue_length(tokens, j, &inverts);
    const bool listed = len > 0;
    if (!len && quote_end != QuoteEnd::stop && quote_end != QuoteEnd::other && j > i && j <= i + kGuessedVerbReach &&
        commas == 0 && (looks_like_verb(tokens, j) || (quote_end == QuoteEnd::comma && past_tense(tokens[j]))) &&
        starts_subject(tokens[i]))
      len = 1;  // `"...," Allen concluded.`, `"...," Toomey fumed on Tuesday.`
    if (!len && quote_end == QuoteEnd::comma && j == i && past_tense(tokens[j]) && j + 1 < tokens.size() &&
        tokens[j + 1].capital) {
      len = 1;  // `"...," exhorted Clinton's introducer, actress Jamie Lee Curtis.`
      inverts = true;
    }
    if (!len) continue;
    Attribution a;
    a.cue_first = j;
    a.cue_last = j + len;
    a.guessed = !listed;
    if (j > i) {
      // `"...," the ICRC president said`
      if (commas == 1 || (commas == 2 && !is_punct(tokens[j - 1], ","))) return std::nullopt;
      std::size_t first = 0, last = 0, head = 0;
      bool plain = j - i <= kMaxMention && starts_subject(tokens[i]);
      for (std::size_t k = i; k < j && plain; ++k) plain = tokens[k].word && !lex.cue_length(tokens, k);
      if (!mention_before(tokens, i, j, first, last, head)) {
        // `"...," a voice-over in the ad states`: all words between quote and cue.
        if (!plain) return std::nullopt;
        first = i, last = head = j;
      }
      // `"...," spokesman Alex Conant said`: lower-case titles before the name.
      for (std::size_t k = i; k < first && !plain; ++k)
        if (clause_word(tokens[k].lower) || !tokens[k].word) return std::nullopt;
      first = i;
      a.mention_first = first;
      a.mention_last = last;
      a.head_last = head;
    } else {
      // `"...," said Senator Kirsten Gillibrand, Democrat of New York.`
      if (!inverts) return std::nullopt;
      std::size_t first = 0, last = 0;
      if (mention_after(tokens, j + len, sentence_end, first, last)) {
        a.mention_first = first;
        a.mention_last = a.head_last = last;
      }
    }
    // `"...," Walker said, according to an AP account.`: the account that
    // reports the speech is the quote's source, as PolNeAR marks nested sources.
    according_source(tokens, std::max(a.cue_last, a.mention_last), sentence_end, a);
    // `"We won." He said Nunberg was ...`: after a full stop, what follows is
    // a new sentence unless it is only the attribution (`"We won." Lavrov said.`).
    if (quote_end == QuoteEnd::stop) {
      const std::size_t tail = std::max(a.cue_last, a.mention_last);
      if (tail < tokens.size() && !ends_sentence(tokens[tail]) && !is_punct(tokens[tail], ",")) return std::nullopt;
    }
    return a;
  }
  return std::nullopt;
}

std::optional<Attribution> attribution_at_end(const std::vector<Token>& tokens, std::size_t after) {
  const QuoteLexicon& lex = QuoteLexicon::get();
  std::size_t end = after;
  // `... carry "a great deal of weight" and bring the "firepower" they
  // need, Neil Sroka said.`: one more quoted fragment may stand before the
  // attribution (a pair of marks; 2 more right on polnear-train, none lost).
  std::size_t marks = 0;
  while (end < tokens.size() && end - after < kBeforeWindow && !ends_sentence(tokens[end]) &&
         (!tokens[end].mark || ++marks <= 2))
    ++end;
  if (end < tokens.size() && !ends_sentence(tokens[end])) return std::nullopt;
  if (marks % 2 == 1) return std::nullopt;
  // The attribution is the last clause: `, he said.`, `, said David Wasserman, an analyst.`
  std::size_t comma = end;
  while (comma > after && end - comma < kMaxMention + kAppositive && !is_punct(tokens[comma - 1], ",")) --comma;
  while (comma > after && end - comma < kMaxMention + kAppositive) {
    // `, said David Wasserman, an elections analyst.`: the cue follows an earlier comma.
    if (lex.cue_length(tokens, comma)) break;
    std::size_t prev = comma - 1;
    while (prev > after && !is_punct(tokens[prev - 1], ",")) --prev;
    if (prev <= after || comma - prev > kMaxMention + 1) break;
    bool inv = false;
    if (!lex.cue_length(tokens, prev, &inv) || !inv) break;
    comma = prev;
  }
  if (comma <= after) return std::nullopt;
  for (std::size_t j = comma; j < end && j < comma + kMaxMention + 1; ++j) {
    bool inverts = false;
    const std::size_t len = lex.cue_length(tokens, j, &inverts);
    if (!len) continue;
    Attribution a;
    a.cue_first = j;
    a.cue_last = j + len;
    std::size_t first = 0, last = 0, head = 0;
    if (j > comma) {
      if (!mention_before(tokens, comma, j, first, last, head) || first != comma) return std::nullopt;
      a.mention_first = first, a.mention_last = last, a.head_last = head;
    } else if (inverts && mention_after(tokens, j + len, end, first, last)) {
      a.mention_first = first, a.mention_last = a.head_last = last;
    } else {
      return std::nullopt;
    }
    // Only a few words may follow: `, he said on Tuesday.`
    if (a.cue_last + 4 < end && a.mention_last + 4 < end) return std::nullopt;
    return a;
  }
  return std::nullopt;
}

std::optional<Attribution> attribution_in_sentence(const std::vector<Token>& tokens, std::size_t after) {
  const QuoteLexicon& lex = QuoteLexicon::get();
  // `''Most of the complexity derives from ...'' income, he said, rather than
  // from deductions`: an attribution set off by commas later in the sentence.
  for (std::size_t c = after; c < tokens.size() && c < after + kBeforeWindow; ++c) {
    if (ends_sentence(tokens[c]) || tokens[c].mark) return std::nullopt;
    if (!is_punct(tokens[c], ",")) continue;
    std::size_t end = c + 1;
    while (end < tokens.size() && end - c <= kMaxMention + 2 && tokens[end].word) ++end;
    if (end < tokens.size() && !is_punct(tokens[end], ",") && !ends_sentence(tokens[end])) continue;
    for (std::size_t j = c + 1; j < end; ++j) {
      bool inverts = false;
      const std::size_t len = lex.cue_length(tokens, j, &inverts);
      if (!len) continue;
      std::size_t first = 0, last = 0, head = 0;
      Attribution a;
      a.cue_first = j;
      a.cue_last = j + len;
      if (j > c + 1 && mention_before(tokens, c + 1, j, first, last, head) && first == c + 1) {
        a.mention_first = first, a.mention_last = last, a.head_last = head;
      } else if (j == c + 1 && inverts && mention_after(tokens, j + len, end, first, last)) {
        a.mention_first = first, a.mention_last = a.head_last = last;
      } else {
        break;
      }
      // Only a short tail after the cue: `, he said,` / `, said Lee Epstein, who`.
      if (a.cue_last + 2 < end && a.mention_last + 2 < end) break;
      return a;
    }
  }
  return std::nullopt;
}

std::optional<Attribution> attribution_before(const std::vector<Token>& tokens, std::size_t before) {
  const QuoteLexicon& lex = QuoteLexicon::get();
  std::size_t floor = before;
  while (floor > 0 && before - floor < kBeforeWindow && !ends_sentence(tokens[floor - 1]) && !tokens[floor - 1].mark)
    --floor;
  std::optional<Attribution> best;
  for (std::size_t j = floor; j < before;) {
    bool inverts = false;
    const std::size_t len = lex.cue_length(tokens, j, &inverts);
    if (!len) {
      ++j;
      continue;
    }
    Attribution a;
    a.cue_first = j;
    a.cue_last = j + len;
    std::size_t first = 0, last = 0, head = 0;
    const bool according = tokens[j].lower == "according";
    const bool participle = tokens[j].lower.ends_with("ing");
    if (according) {
      if (mention_after(tokens, j + len, before, first, last))
        a.mention_first = first, a.mention_last = a.head_last = last;
    } else if (!participle && mention_before(tokens, floor, j, first, last, head)) {
      a.mention_first = first, a.mention_last = last, a.head_last = head;
    } else if (!participle && nearest_pronoun(tokens, floor, j, first)) {
      // `he looked into the camera, furrowed his brow and said, "..."`
      a.mention_first = first, a.mention_last = a.head_last = first + 1;
    } else if (inverts && mention_after(tokens, j + len, before, first, last) &&
               ((last == before && tokens[last - 1].capital) || is_punct(tokens[last], ",") ||
                is_punct(tokens[last], ":"))) {
      // Right before the quote the mention must end in a name: `said Trump
      // had "..."` and `said the program is a "..."` are reported clauses.
      // `said Mr. X: "..."`, but not `said the days when the nation had "..."`
      a.mention_first = first, a.mention_last = a.head_last = last;
    } else if (sentence_subject(tokens, floor, j, first, last, head)) {
      // `Trump took a risk ..., telling the crowd, "..."`; `X condemned ... and declared`
      a.mention_first = first, a.mention_last = last, a.head_last = head;
    }
    // The first cue with a speaker governs the sentence: in `Rubio said
    // that ... Trump, whom he called a "con artist"` the quote is Rubio's.
    const bool has = a.mention_last > a.mention_first;
    // ... except a cue right before the quote (`and Clinton said, "..."`,
    // `a man yelled "..."`), which introduces it.
    const bool adjacent = j + len == before ||
                          (j + len + 1 == before && (is_punct(tokens[j + len], ",") || is_punct(tokens[j + len], ":")));
    const bool introduces = has && adjacent && a.mention_last <= j &&
                            !(a.mention_last == a.mention_first + 1 && subordinate(tokens, a.mention_first));
    if (has && (introduces || !(best && best->mention_last > best->mention_first))) best = a;
    if (!best) best = a;
    j += len;
  }
  if (!best) {
    // `Mr. Obama decried the ''spin masters ...''`, `Gov. Pat McCrory (R)
    // blamed the court's "..."`: a subject and a verb we do not list. The
    // subject may follow introductory phrases set off by commas.
    std::size_t from = floor;
    for (int tries = 0; tries < 3 && from < before; ++tries) {
      std::size_t first = 0, last = 0, head = 0;
      std::size_t verb = head;
      while (verb < before && tokens[verb].word && QuoteLexicon::get().is_skip(tokens[verb].lower)) ++verb;
      if (sentence_subject(tokens, from, before, first, last, head) && head < before && head == last &&
          (verb = head, true) && skip_adverbs(tokens, verb, before) &&
          (past_tense(tokens[verb]) || looks_like_verb(tokens, head) ||
           (tokens[verb].word && !tokens[verb].capital && tokens[verb].lower.ends_with("s") &&
            !QuoteLexicon::get().is_skip(tokens[verb].lower)))) {
        Attribution a;
        a.guessed = true;
        a.cue_first = verb;
        a.cue_last = verb + 1;
        a.mention_first = first, a.mention_last = last, a.head_last = head;
        return a;
      }
      while (from < before && !is_punct(tokens[from], ",")) ++from;
      ++from;
    }
  }
  if (!best && before > floor && is_punct(tokens[before - 1], ":")) {
    // `Senate Majority Leader Mitch McConnell delivered a blunt message: "..."`
    std::size_t first = 0, last = 0, head = 0;
    if (sentence_subject(tokens, floor, before - 1, first, last, head)) {
      Attribution a;
      a.cue_first = a.cue_last = before - 1;
      a.mention_first = first, a.mention_last = last, a.head_last = head;
      best = a;
    }
  }
  return best;
}

}  // namespace newsparse::detail
