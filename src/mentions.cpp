// src/mentions.cpp: the speaker mention around a cue (`Lavrov said`,
// `said Mr. Nevins of Showtime`, the subject that opens a sentence) and the
// word tests that find it, shared by the attribution searches.
#include "mentions.hpp"

#include <algorithm>

#include "tables.hpp"

namespace newsparse::detail {

namespace attr {

bool is_determiner(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "its" || w == "their" || w == "our" ||
         w == "one" || w == "another" || w == "some" || w == "many" || w == "two" || w == "several" || w == "this" ||
         w == "that" || w == "these" || w == "those" || w == "both" || w == "other";
}

// Words that begin a new clause or phrase, so never belong to the subject
// before a verb: "... that Trump said", "when she told".
bool clause_word(std::string_view w) {
  static constexpr std::string_view words[] = {"that",     "and",     "but",  "which",  "who",    "whom",  "when",  "while",
                                      "as",       "because", "if",   "after",  "before", "where", "so",    "than",
                                      "in",       "on",      "at",   "during", "to",     "with",  "from",  "by",
                                      "about",    "what",    "how",  "why",    "or",     "since", "until", "though",
                                      "although", "whether", "into", "not",    "it",     "there"};
  return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

// Openings of an introductory phrase that comes before the subject:
// "On television, Mr. Trump's campaign chairman ...", "Asked about it, she said".
bool intro_word(std::string_view w) {
  static constexpr std::string_view words[] = {
      "in",       "on",   "at",      "after",    "before", "during",  "while",    "when",      "as",      "if",
      "since",    "with", "for",     "from",     "by",     "despite", "although", "though",    "because", "asked",
      "speaking", "but",  "and",     "still",    "yet",    "earlier", "later",    "meanwhile", "instead", "then",
      "now",      "last", "however", "moreover", "indeed", "finally", "also",     "still",     "again"};
  return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

bool possessive_or_article(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "its" || w == "their" || w == "our" ||
         w == "my" || w == "your" || w == "another";
}

bool preposition(std::string_view w) {
  return w == "in" || w == "on" || w == "at" || w == "during" || w == "over" || w == "through";
}

// Openings of a short introductory phrase that are often no subject, but
// may be one when no comma follows ("Today Trump said" keeps "Today Trump").
bool intro_opener(std::string_view w) {
  static constexpr std::string_view words[] = {"back",      "even",      "likewise",   "reached",    "similarly",
                                               "separately", "previously", "recently",  "ultimately", "additionally",
                                               "today",     "yesterday", "tonight",    "amid",       "following",
                                               "like",      "unlike",    "under",      "among",      "throughout",
                                               "over",      "through",   "shortly",    "soon",       "nonetheless",
                                               "nevertheless", "furthermore", "specifically", "first", "initially"};
  return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

// Last words of a phrase of time: "Minutes later,", "Two years ago,".
bool intro_tail(std::string_view w) {
  return w == "later" || w == "earlier" || w == "ago" || w == "afterward" || w == "afterwards" || w == "before" ||
         w == "after";
}

// A subject starts with a name, a determiner or a pronoun: "Lavrov", "the
// ICRC president", "He"; not "is what he".
bool starts_subject(const Token& t) {
  return t.word && (t.capital || is_determiner(t.lower) || t.pronoun);
}

bool is_punct(const Token& t, const char* s) { return !t.word && t.lower == s; }

bool is_dash_token(const Token& t) {
  return !t.word && (t.lower == "-" || t.lower == "\u2014" || t.lower == "\u2013" || t.lower == "\u2015");
}

// Tokens that may stand inside a subject besides words: "(R-Wis.)".
bool subject_punct(const Token& t) { return is_punct(t, "(") || is_punct(t, ")"); }

bool is_pronoun(const Token& t) { return t.word && t.pronoun; }

// A verb we do not list, in `"...," Allen concluded.`: a lower-case word
// ending in -ed or -s right before the sentence or clause ends.
bool looks_like_verb(const std::vector<Token>& t, std::size_t j) {
  if (!t[j].word || t[j].capital || j + 1 >= t.size()) return false;
  const std::string_view w = t[j].lower;
  if (!(w.ends_with("ed") || w.ends_with("s"))) return false;
  return ends_sentence(t[j + 1]) || is_punct(t[j + 1], ",");
}

// A word opening a subordinate clause: the pronoun after it is not the
// sentence's speaker (`The president noted that he taught law, and added:`).
bool subordinate(const std::vector<Token>& t, std::size_t i) {
  if (i == 0) return false;
  const std::string_view w = t[i - 1].lower;
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
    const char kind = t[k - 1].word ? t[k - 1].pronoun : 0;
    if (kind && kind != 'g' && !subordinate(t, k - 1)) {
      // `Lazar said he welcomed it and added, "..."`: the subject of a
      // reported clause is not the speaker; the clause's cue has one.
      if (k >= 2 && QuoteLexicon::get().cue_length(t, k - 2)) return false;
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

// Auxiliary and linking verbs: no role runs over them ("Trump has said").
bool auxiliary(std::string_view w) {
  static constexpr std::string_view words[] = {"has",   "have", "had",   "is",    "was",    "are",   "were",
                                               "will",  "would", "can",  "could", "may",    "might", "should",
                                               "does",  "did",  "do",    "must",  "shall",  "be",    "been"};
  return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

bool past_tense(const Token& t) {
  return t.word && !t.capital && t.lower.size() > 4 && t.lower.ends_with("ed") && !QuoteLexicon::get().is_skip(t.lower);
}


}  // namespace attr

using namespace attr;


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

void reporting_source(const std::vector<Token>& tokens, std::size_t from, Attribution& a) {
  std::size_t end = from;
  while (end < tokens.size() && !ends_sentence(tokens[end]) && !tokens[end].mark) ++end;
  if (end >= tokens.size() || !ends_sentence(tokens[end]) || end < from + 3) return;
  const std::string_view verb = tokens[end - 1].lower;
  // Any listed cue when the quote had only a guessed speaker (`..., the
  // lawsuit alleges.`); over a found one, only a report's (`..., CNN reported.`).
  const bool report = verb == "reported" || verb == "reports";
  if (!report && !(a.guessed && QuoteLexicon::get().cue_length(tokens, end - 1) == 1)) return;
  // The outlet: one to five words after a comma, capitalised but for "the".
  std::size_t first = end - 1;
  while (first > from && end - 1 - first < 5 && tokens[first - 1].word && !clause_word(tokens[first - 1].lower) &&
         !QuoteLexicon::get().cue_length(tokens, first - 1))
    --first;
  if (first == end - 1 || first == from || !is_punct(tokens[first - 1], ",")) return;
  // A name, or a determiner and its noun: "CNN", "the Harbour Gazette", "the lawsuit".
  if (!(tokens[first].capital || is_determiner(tokens[first].lower)) || is_pronoun(tokens[first])) return;
  if (report && !tokens[end - 2].capital) return;
  a.cue_first = end - 1, a.cue_last = end;
  a.mention_first = first, a.mention_last = a.head_last = end - 1;
  a.guessed = false;
}

bool mention_before(const std::vector<Token>& tokens, std::size_t floor, std::size_t cue, std::size_t& first,
                    std::size_t& last, std::size_t& head_last) {
  const QuoteLexicon& lex = QuoteLexicon::get();
  std::size_t end = cue;
  while (end > floor && tokens[end - 1].word && lex.is_skip(tokens[end - 1].lower)) --end;
  // `In another tweet,`, `his statement`: after an article or a possessive
  // the cue is a noun, and nothing before it speaks.
  if (end > floor && possessive_or_article(tokens[end - 1].lower)) return false;
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
    // `Clinton, during a meeting in Columbus, Ohio, said`, `Vian, the editor
    // of the Vatican's newspaper, L'Osservatore Romano, said`: when the words
    // between the last two commas are only a name (a state, the paper's name),
    // the appositive opens at an earlier comma.
    for (int round = 0; round < 2 && c > floor + 1 && tokens[c - 1].lower == closer.lower && is_punct(closer, ",");
         ++round) {
      bool name_only = c < end - 1;
      for (std::size_t k = c; k < end - 1 && name_only; ++k) name_only = tokens[k].word && tokens[k].capital;
      if (!name_only) break;
      std::size_t e = c - 1;
      while (e > floor && end - e < kAppositive && tokens[e - 1].lower != closer.lower && !ends_sentence(tokens[e - 1]) &&
             !tokens[e - 1].mark)
        --e;
      if (e == floor || tokens[e - 1].lower != closer.lower || end - e >= kAppositive) break;
      c = e;
    }
    if (c > floor && tokens[c - 1].lower == closer.lower) {
      head_end = c - 1;
    } else if (c == floor && starts_subject(tokens[floor]) && !clause_word(tokens[floor].lower) &&
               !intro_word(tokens[floor].lower)) {
      // (`In other words, explained X`, `Because of how ..., explained X`:
      // an opening phrase, not a subject: the speaker follows the cue.)
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
  // `Beck, who has in the past described`: a preposition's object is no
  // subject; the subject stands before the phrase.
  // `Trump at the time said`, `Donald Trump on Saturday tweeted`: so is a
  // name's.
  const bool time_phrase =
      (head_end - start == 2 && tokens[start].lower == "the" && !tokens[start + 1].capital) ||
      (head_end - start == 1 && Tables::get().is_weekday(tokens[start].lower));
  if (start > floor + 1 && head_end == end && preposition(tokens[start - 1].lower) && time_phrase) {
    std::size_t k = start - 1;
    while (k > floor && tokens[k - 1].word && lex.is_skip(tokens[k - 1].lower)) --k;
    if (k > floor && (is_pronoun(tokens[k - 1]) || tokens[k - 1].lower == "who")) {
      first = k - 1;
      last = head_last = k;
      return true;
    }
    std::size_t n = k;
    while (n > floor && k - n < kMaxMention && (tokens[n - 1].word || subject_punct(tokens[n - 1])) &&
           (tokens[n - 1].capital || subject_punct(tokens[n - 1]) || lex.is_title(tokens[n - 1].lower)))
      --n;
    while (n < k && !starts_subject(tokens[n])) ++n;
    const bool opens = n == floor || !tokens[n - 1].word || clause_word(tokens[n - 1].lower) ||
                       is_determiner(tokens[n - 1].lower);
    if (n < k && tokens[k - 1].word && tokens[k - 1].capital && opens) {
      first = n;
      last = head_last = k;
      return true;
    }
    // `Republican presidential candidate Donald Trump on Saturday tweeted`:
    // the name ends the subject that opens the sentence.
    std::size_t s_first = 0, s_last = 0, s_head = 0;
    if (n < k && tokens[k - 1].word && tokens[k - 1].capital && sentence_subject(tokens, floor, k, s_first, s_last, s_head) &&
        s_head == k) {
      first = s_first;
      last = head_last = k;
      return true;
    }
  }
  first = start;
  last = end;
  head_last = head_end;
  return true;
}

// "to", "with" or "at" linking a role to the name it is defined by: `said a
// longtime adviser to Trump`, `a person familiar with the Pentagon's plans`,
// `a professor at Vanderbilt`. Only after lower-case words, so `said Trump at
// a rally` and `said Mr. Lee in a statement` end before it.
bool role_link(const std::vector<Token>& tokens, std::size_t from, std::size_t at, std::size_t limit) {
  const std::string_view w = tokens[at].lower;
  if (at == from || !(w == "to" || w == "with" || w == "at")) return false;
  for (std::size_t k = from; k < at; ++k)
    if (!tokens[k].word || tokens[k].capital) return false;
  std::size_t n = at + 1;
  if (n < limit && tokens[n].word && tokens[n].lower == "the") ++n;
  return n < limit && tokens[n].word && tokens[n].capital;
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
    const std::string_view w = tokens[end].lower;
    // "a spokesman for the ministry", "Mr. Nevins of Showtime" keep their of/for phrase.
    if (clause_word(w) && !role_link(tokens, i, end, limit)) break;
    if (end > i && QuoteLexicon::get().cue_length(tokens, end)) break;
    if (end > i && auxiliary(w)) break;
    ++end;
  }
  if (end == i) return false;
  // `said the candidate could be in ...`: a verb after the words makes them
  // the subject of a reported clause, not an inverted speaker.
  if (end < limit && tokens[end].word && auxiliary(tokens[end].lower)) return false;
  first = i;
  last = end;
  return true;
}

// 6 words: the longest introductory phrase without a listed opening
// ("Thirteen years earlier,").
constexpr std::size_t kIntroPhrase = 6;

bool sentence_subject(const std::vector<Token>& tokens, std::size_t floor, std::size_t limit, std::size_t& first,
                      std::size_t& last, std::size_t& head_last) {
  std::size_t i = floor;
  // `(Grayson's spokeswoman challenged ...)`: a sentence set in brackets.
  if (i < limit && is_punct(tokens[i], "(")) ++i;
  // "And then Trump went on the attack": conjunctions and adverbs are skipped.
  while (i < limit && i < floor + 2 && tokens[i].word &&
         (tokens[i].lower == "and" || tokens[i].lower == "but" || tokens[i].lower == "then" ||
          tokens[i].lower == "so" || tokens[i].lower == "yet" || tokens[i].lower == "also"))
    ++i;
  const std::size_t opening = i;
  if (i < limit && tokens[i].word && intro_word(tokens[i].lower)) {
    // Up to two introductory phrases: "On Thursday, after remaining
    // neutral throughout the primaries, Warren appeared ...".
    for (int round = 0; round < 2 && i < limit && tokens[i].word && intro_word(tokens[i].lower); ++round) {
      std::size_t c = i;
      while (c < limit && c - i < kAppositive && !is_punct(tokens[c], ",")) ++c;
      if (c >= limit || !is_punct(tokens[c], ",")) return false;
      i = c + 1;
    }
  } else if (i < limit && tokens[i].word) {
    // "Minutes later, she sent", "Back in 1999, Mr. X", "Reached by phone,
    // Y denied": a short phrase of time or manner before the comma.
    std::size_t c = i;
    while (c < limit && c - i < kIntroPhrase && tokens[c].word) ++c;
    if (c < limit && c > i && is_punct(tokens[c], ",") && c + 1 < limit &&
        (intro_tail(tokens[c - 1].lower) || intro_opener(tokens[i].lower)))
      i = c + 1;
  }
  // After an introductory phrase, a place or time it ends with is set off by
  // commas too: "in Salem, New Hampshire, Trump went", "in Portsmouth, N.H.,
  // on Tuesday, Senator Sanders endorsed".
  for (int round = 0; i > opening && round < 3 && i < limit; ++round) {
    std::size_t e = i;
    while (e < limit && tokens[e].word && tokens[e].capital) ++e;
    if (e == i || e >= limit || !is_punct(tokens[e], ",")) break;
    std::size_t n = e + 1;
    if (n < limit && !starts_subject(tokens[n])) {
      std::size_t c = n;
      while (c < limit && c - n < 4 && tokens[c].word) ++c;
      if (c >= limit || !is_punct(tokens[c], ",")) break;
      n = c + 1;
    }
    if (n >= limit || !tokens[n].word || !tokens[n].capital) break;
    i = n;
  }
  if (i >= limit || !starts_subject(tokens[i])) return false;
  // `... and that Clinton faced a "slam-dunk" indictment`: a clause opened
  // by "that" is reported; its subject is not the sentence's.
  if (tokens[i].lower == "that" && i + 1 < limit && tokens[i + 1].word && (tokens[i + 1].capital || tokens[i + 1].pronoun))
    return false;
  // "However, he held his fire": a sentence adverb is no subject.
  if (intro_word(tokens[i].lower) && i + 1 < limit && is_punct(tokens[i + 1], ",")) {
    i += 2;
    if (i >= limit || !starts_subject(tokens[i])) return false;
  }
  if (is_pronoun(tokens[i])) {
    // `It was his rejection of "..."`, `It has not helped that ...`: an
    // expletive "it" is no speaker.
    if ((tokens[i].lower == "it" || tokens[i].lower == "it's" || tokens[i].lower == "it\u2019s") &&
        (i + 1 >= limit || tokens[i].lower != "it" || tokens[i + 1].lower == "was" || tokens[i + 1].lower == "is" ||
         tokens[i + 1].lower == "has" || tokens[i + 1].lower == "wasn't" || tokens[i + 1].lower == "wasn\u2019t"))
      return false;
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
    } else if (end > i && tokens[end - 1].capital && !clause_word(t.lower) && !auxiliary(t.lower)) {
      // "Former Republican presidential candidate Jeb Bush": lower-case
      // words of a role between capitalised ones, when a name follows.
      std::size_t k = end;
      while (k < limit && k - end < 3 && tokens[k].word && !tokens[k].capital && !clause_word(tokens[k].lower) &&
             !auxiliary(tokens[k].lower) && !lex.cue_length(tokens, k) && !past_tense(tokens[k]))
        ++k;
      if (k == end || k >= limit || !tokens[k].word || !tokens[k].capital) break;
      end = k;
      continue;
    } else {
      break;
    }
    ++end;
  }
  if (end == i) return false;
  // `Why was he out in the heat? "..."`: one word that opens the sentence
  // but is no name.
  if (end == i + 1 && lex.is_not_speaker(tokens[i].lower)) return false;
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

}  // namespace newsparse::detail
