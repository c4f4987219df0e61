// src/attribution.cpp: cue and speaker mention next to a quotation.
#include "attribution.hpp"

#include <algorithm>

#include "mentions.hpp"

namespace newsparse::detail {

using namespace attr;

namespace {

// 10 tokens: `"...," the ICRC president said` has 4 before the cue; the
// longest subjects before a cue in wire copy ("a senior official of the
// ministry") stay within 8.
constexpr std::size_t kAfterWindow = 10;
// 40 tokens: a long lead-in (`He also expressed the hope that after the
// talks, Maurer and his team "will ...`) is about 15; the bound keeps the
// search constant-time in paragraphs of thousands of marks.
constexpr std::size_t kBeforeWindow = 40;
// 6 tokens: how far after `,"` an unlisted verb may stand (`"...," a
// voice-over in the ad states.`); 4 lost that case, 6 gained 0.001
// attribution on polnear-train.
constexpr std::size_t kGuessedVerbReach = 6;

// `whom he called "..."`, `what she calls "..."`: a pronoun subject of a
// relative clause.
bool relative_pronoun(const std::vector<Token>& tokens, const Attribution& a) {
  if (a.mention_last != a.mention_first + 1 || a.mention_first == 0 || !is_pronoun(tokens[a.mention_first]))
    return false;
  const std::string_view w = tokens[a.mention_first - 1].lower;
  return w == "whom" || w == "what" || w == "which";
}

}  // namespace

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
    // `"...?" Hannity pressed.`: after a question or exclamation only a verb
    // that ends the sentence.
    const bool asks = quote_end == QuoteEnd::other && after > 0 && tokens[after - 1].mark && after >= 2 &&
                      (is_punct(tokens[after - 2], "?") || is_punct(tokens[after - 2], "!"));
    if (!len && quote_end != QuoteEnd::stop && (quote_end != QuoteEnd::other || asks) && j > i &&
        j <= i + kGuessedVerbReach && commas == 0 &&
        (looks_like_verb(tokens, j) || (quote_end == QuoteEnd::comma && past_tense(tokens[j]))) &&
        (!asks || (j + 1 < tokens.size() && ends_sentence(tokens[j + 1]) && tokens[i].capital)) &&
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
    } else if (j > after + 2 && is_punct(tokens[j - 1], ",") && tokens[j].lower != "according" &&
               !(inverts && j + len < end && tokens[j + len].word &&
                 (tokens[j + len].capital || is_determiner(tokens[j + len].lower))) &&
               mention_before(tokens, after, j, first, last, head) && first > after + 1 &&
               is_punct(tokens[first - 1], ",")) {
      // `..., Howard Dean, the former governor, proclaimed.`: the subject and
      // its appositive stand between two earlier commas.
      a.mention_first = first, a.mention_last = last, a.head_last = head;
      // `proclaimed to a cheering crowd on Tuesday.`
      const std::string_view next = a.cue_last < end ? tokens[a.cue_last].lower : std::string_view{};
      if (a.cue_last + 4 < end &&
          (next == "to" || next == "on" || next == "at" || next == "in" || next == "during" || is_determiner(next)) &&
          end - a.cue_last <= kAppositive)
        return a;
    } else if (inverts && mention_after(tokens, j + len, end, first, last)) {
      a.mention_first = first, a.mention_last = a.head_last = last;
    } else {
      return std::nullopt;
    }
    // Only a few words may follow: `, he said on Tuesday.`, or an
    // appositive: `, said David Wasserman, an elections analyst.`
    const bool appositive = a.mention_last < end && a.mention_last > a.cue_last && is_punct(tokens[a.mention_last], ",") &&
                            end - a.mention_last <= kAppositive;
    if (a.cue_last + 4 < end && a.mention_last + 4 < end && !appositive) return std::nullopt;
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

namespace {

// A cue in the passive voice: a form of "be" (and adverbs) before a past
// participle (`was asked`, `is called`, `will informally be dubbed`).
bool passive_cue(const std::vector<Token>& tokens, std::size_t floor, std::size_t j) {
  const std::string_view w = tokens[j].lower;
  if (!(w.ends_with("ed") || w == "told" || w == "said" || w == "quoted")) return false;
  for (std::size_t k = j, n = 0; k > floor && n < 3 && tokens[k - 1].word; --k, ++n) {
    const std::string_view b = tokens[k - 1].lower;
    if (b == "was" || b == "were" || b == "is" || b == "are" || b == "be" || b == "been" || b == "being") return true;
    if (!b.ends_with("ly")) return false;
  }
  return false;
}

// The subject right before a participle cue: a name after "with",
// "without" or "of" (`with Donald Trump tweeting`, `of Carson privately
// saying`), or a short noun phrase after "with" (`with one of her ads
// asking`). Adverbs before the cue are left out. Sets [first, last).
bool subject_of_participle(const std::vector<Token>& tokens, std::size_t floor, std::size_t cue, std::size_t& first,
                           std::size_t& last) {
  std::size_t end = cue;
  while (end > floor && tokens[end - 1].word && !tokens[end - 1].capital &&
         (QuoteLexicon::get().is_skip(tokens[end - 1].lower) || tokens[end - 1].lower.ends_with("ly")))
    --end;
  if (end == floor || !tokens[end - 1].word) return false;
  std::size_t n = end;
  if (!tokens[end - 1].capital) {
    while (n > floor && end - n < 6 && tokens[n - 1].word && tokens[n - 1].lower != "with" &&
           (tokens[n - 1].lower == "of" || !clause_word(tokens[n - 1].lower)))
      --n;
    if (n == floor || n == end || tokens[n - 1].lower != "with" || !starts_subject(tokens[n])) return false;
  } else {
    while (n > floor && end - n < kMaxMention && tokens[n - 1].word && tokens[n - 1].capital) --n;
    if (n == floor) return false;
    const std::string_view before = tokens[n - 1].lower;
    if (!(before == "with" || before == "without" || before == "of")) return false;
  }
  first = n;
  last = end;
  return true;
}

// Words that open a later clause of a sentence: "although he tweeted",
// "which she said", "whom he described as".
bool later_clause(std::string_view w) {
  return w == "although" || w == "though" || w == "while" || w == "which" || w == "whom" || w == "but";
}

}  // namespace

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
    // `Blumenthal was asked, "..."`, `what is called a "debate"`: the subject
    // of a passive cue is not the speaker.
    if (passive_cue(tokens, floor, j)) {
      a.passive = true;
      if (!best) best = a;  // the cue still marks the words as quoted speech
      j += len;
      continue;
    }
    const bool according = tokens[j].lower == "according";
    bool named_participle = false;
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
    } else if (participle && subject_of_participle(tokens, floor, j, first, last)) {
      // `with Sen. John McCain calling it a "Chinese menu"`: the name right
      // before the participle is its subject, and the words after it are
      // his, whatever cue came before (`Rivals responded, with X calling`).
      a.mention_first = first, a.mention_last = a.head_last = last;
      named_participle = true;
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
    // `though he said, "..."`: a cue set off by a comma introduces the quote
    // even in a subordinate clause.
    const bool set_off = j + len + 1 == before;
    const bool introduces = has && adjacent && a.mention_last <= j &&
                            !(a.mention_last == a.mention_first + 1 && subordinate(tokens, a.mention_first) &&
                              !set_off) &&
                            !relative_pronoun(tokens, a);
    // `Trump, who has told aides ..., said in a statement: "..."`: the cue
    // of the relative clause gives way to the main clause's.
    const bool best_who = best && best->mention_last == best->mention_first + 1 &&
                          tokens[best->mention_first].lower == "who" && a.mention_first < best->mention_first;
    // `"...," Stevens says, but she cautions that she sees "..."`: a cue
    // whose speaker follows the last closing mark attributes that quote;
    // the next cue with a speaker starts this one's clause.
    const bool best_taken = best && best->mention_last > best->mention_first && best->mention_first == floor &&
                            floor > 0 && tokens[floor - 1].mark && a.mention_first > best->cue_last &&
                            // (not `"...," Trump said, adding that he believed`: the
                            // pronoun of a reported clause is the same speaker)
                            !(is_pronoun(tokens[a.mention_first]) && subordinate(tokens, a.mention_first));
    // `Netanyahu said he would meet Trump, although he tweeted that he
    // "rejects ..."`: a pronoun and its cue in a later clause are nearer
    // the quote than the sentence's first speaker, and annotators mark them.
    const bool clause_pronoun = has && a.mention_last == a.mention_first + 1 && is_pronoun(tokens[a.mention_first]) &&
                                a.mention_first > floor && later_clause(tokens[a.mention_first - 1].lower);
    if (has && (introduces || named_participle || !(best && best->mention_last > best->mention_first) || best_who ||
                best_taken || clause_pronoun))
      best = a;
    if (!best) best = a;
    j += len;
  }
  if (best && relative_pronoun(tokens, *best)) {
    // `Williamson assails what he calls the "lie"`: the pronoun of a
    // relative clause names the sentence's subject, who is the speaker.
    std::size_t first = 0, last = 0, head = 0;
    if (sentence_subject(tokens, floor, best->mention_first, first, last, head) && last <= best->mention_first - 1 &&
        head == last && tokens[best->mention_first].pronoun != 'i' && tokens[best->mention_first].pronoun != 'g' &&
        !(tokens[first].lower == "that" || tokens[first].lower == "this" || tokens[first].lower == "these" ||
          tokens[first].lower == "those")) {
      // Only a subject its verb follows: `The president denounced what he called`.
      std::size_t verb = head;
      skip_adverbs(tokens, verb, best->mention_first);
      const Token& v = tokens[verb];
      if (v.word && !v.capital && (lex.cue_length(tokens, verb) || past_tense(v) || v.lower.ends_with("s")) &&
          !(v.lower == "was" || v.lower == "is" || v.lower == "has"))
        best->mention_first = first, best->mention_last = last, best->head_last = head;
    }
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
          (verb = head, true) && skip_adverbs(tokens, verb, before) && !passive_cue(tokens, floor, verb) &&
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
  if (before > floor && is_punct(tokens[before - 1], ":")) {
    // `POLLS TIGHTEN IN OHIO - Ann Lee and Bo Park: "..."`, `More from Lee:
    // "..."`: the names right before the colon, after a dash or "from".
    std::size_t n = before - 1;
    while (n > floor && before - 1 - n < 6 && tokens[n - 1].word &&
           (tokens[n - 1].capital || tokens[n - 1].lower == "and"))
      --n;
    if (n < before - 1 && n > floor && tokens[n].capital && tokens[before - 2].capital &&
        (is_dash_token(tokens[n - 1]) || (!best && tokens[n - 1].lower == "from"))) {
      // (After a dash even when a cue came first: `Pollsters agree - Carl
      // Bialik: "..."`; not `he suggested Curiel was from Mexico: "..."`.)
      Attribution a;
      a.cue_first = a.cue_last = before - 1;
      a.mention_first = n, a.mention_last = a.head_last = before - 1;
      return a;
    }
    // `Senate Majority Leader Mitch McConnell delivered a blunt message: "..."`
    std::size_t first = 0, last = 0, head = 0;
    if (!best && sentence_subject(tokens, floor, before - 1, first, last, head)) {
      Attribution a;
      a.cue_first = a.cue_last = before - 1;
      a.mention_first = first, a.mention_last = last, a.head_last = head;
      best = a;
    }
  }
  return best;
}

}  // namespace newsparse::detail
