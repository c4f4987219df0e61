// src/quotes.cpp: the quotes stage. Pairs marks into quoted stretches
// (quote_marks.cpp), finds each stretch's cue and speaker mention
// (attribution.cpp), joins split and multi-paragraph quotes, drops scare
// quotes, adds indirect quotes, and resolves speakers (speakers.cpp).
#include "quotes.hpp"

#include <algorithm>
#include <charconv>
#include <string>

#include "attribution.hpp"
#include "indirect_quotes.hpp"
#include "quote_shapes.hpp"
#include "quote_lexicon.hpp"
#include "quote_marks.hpp"
#include "speakers.hpp"
#include "tables.hpp"
#include "text/utf8.hpp"

namespace newsparse::detail {

namespace {

// 4 words: quoted stretches shorter than this with no speech cue, their own
// or that of the quote they go on from, are scare quotes (a "quid pro quo",
// the "rigged" system). Best F1 on polnear-train among 1-5.
constexpr std::size_t kScareWords = 4;
// 6 words: a Title Case stretch this short with no cue is a title (the film
// "Dune", CBS's "Face the Nation"); 6 was best on polnear-train.
constexpr std::size_t kTitleWords = 6;
// 10 words: Title Case names of works ("Austin Powers: The Spy Who Shagged
// Me") are dropped even next to a cue up to this length; 10 was best on
// polnear-train among 6, 10 and 14 (e2e F1 0.838 for all three).
constexpr std::size_t kWorkWords = 10;
// Words: a direct quotation this short with no speaker or cue at all is left
// out (on polnear-train, 3 in 13 such quotations were annotated speech).
constexpr std::size_t kUnattributedWords = 9;
// 12 tokens: the most that stands between the halves of a split quote
// (`“A,” the ICRC president said on Thursday, “B.”`).
constexpr std::size_t kSplitGap = 12;
// 30 tokens: how far back from a cue-less fragment its sentence's subject
// may stand; on polnear-train 30 and 40 tie and 20 lost 0.002 attribution.
constexpr std::size_t kSubjectReach = 30;
// 4 tokens: what may follow the cue of a sentence that only introduces the
// next quote ("said in a statement.", "told reporters on Monday.").
constexpr std::size_t kLeadInTail = 4;

// The most paragraphs, and tokens in one paragraph, whose token buffers a
// thread keeps for the next article (about 2.5 MB a paragraph at most).
constexpr std::size_t kPooledParagraphs = 512;
constexpr std::size_t kPooledTokens = std::size_t{1} << 16;
// 5 words: the longest quoted crosshead (`'We're vetting VP candidates!'`).
constexpr std::size_t kHeadingWords = 5;
// 160 bytes: more than a crosshead of kHeadingWords words and its marks; a
// longer paragraph is no crosshead, and is_heading() reads no further.
constexpr std::size_t kHeadingBytes = 160;

// A quotation before speaker resolution: token ranges in one paragraph.
struct Candidate {
  QuoteType type = QuoteType::direct;
  std::vector<Span> spans;
  std::size_t paragraph = 0;
  std::optional<Attribution> attribution;
  std::size_t attribution_paragraph = 0;  // where the cue and mention stand
  bool inherits = false;                  // takes the speaker of a neighbouring quote
  bool opens_paragraph = false;           // the quote is the first thing in its paragraph
  std::size_t words = 0;                  // words quoted, over all spans
  bool named_work = false;                // a Title Case name of a show, book or headline
  bool so_called = false;                 // so-called "X"
  bool has_letters = true;
  bool title_case = false;  // "Face the Nation", "Make America Great Again\"
  bool subject_only = false;  // the speaker is the sentence's subject, with no cue
  // A quote-only paragraph's fallback: the speaker and cue of the sentence
  // that ends the paragraph before it.
  std::optional<Attribution> lead_in;
};

class Finder {
 public:
  Finder(const Article& article, std::size_t first, std::size_t last)
      : a_(article),
        first_(first),
        last_(std::min(last, article.paragraphs.size())),
        lower_case_(std::move(store_pool())),
        tokens_(std::move(pool())) {
    lower_case_.clear();  // the last article's words, whose tokens are gone
  }
  ~Finder() {
    // Only buffers of ordinary size go back: after one huge article the
    // thread does not keep its memory for the rest of the batch.
    // The two pools together keep kPooledParagraphs buffers at most.
    if (tokens_.size() > kPooledParagraphs) tokens_.resize(kPooledParagraphs);
    if (spare_pool().size() > kPooledParagraphs - tokens_.size())
      spare_pool().resize(kPooledParagraphs - tokens_.size());
    for (std::vector<Token>& t : tokens_)
      if (t.capacity() > kPooledTokens) std::vector<Token>().swap(t);
    pool() = std::move(tokens_);
    store_pool() = std::move(lower_case_);
  }
  Finder(const Finder&) = delete;
  Finder& operator=(const Finder&) = delete;

  std::vector<Quote> run() {
    const std::vector<QuotedStretch> stretches = find_quoted_stretches(a_, first_, last_);
    // Paragraphs outside [first_, last_) keep no tokens: nothing is found there.
    // The buffers beyond this article's paragraphs wait in a spare pool for
    // a later article rather than being freed (resize() would free them).
    const std::size_t n = a_.paragraphs.size();
    std::vector<std::vector<Token>>& spare = spare_pool();
    for (; tokens_.size() > n; tokens_.pop_back()) spare.push_back(std::move(tokens_.back()));
    for (; tokens_.size() < n && !spare.empty(); spare.pop_back()) tokens_.push_back(std::move(spare.back()));
    tokens_.resize(n);
    for (std::size_t p = 0; p < tokens_.size(); ++p) {
      if (p >= first_ && p < last_)
        tokenize(a_.text, a_.paragraphs[p], lower_case_, tokens_[p]);
      else
        tokens_[p].clear();
    }
    drop_dateline();
    mark_boundaries(stretches);
    direct(stretches);
    indirect(stretches);
    std::stable_sort(found_.begin(), found_.end(), [](const Candidate& x, const Candidate& y) {
      return x.spans.front().start < y.spans.front().start;
    });
    return resolve();
  }

 private:
  // `PHILADELPHIA, July 25 (UPI) — The committee released ...`: the
  // dateline is no part of the sentence after it, whose subject would
  // otherwise be the place. Its tokens and the dash after it are dropped.
  void drop_dateline() {
    if (!a_.dateline) return;
    const Span d = a_.dateline->span;
    for (std::size_t p = first_; p < last_; ++p) {
      if (!a_.paragraphs[p].contains(d)) continue;
      std::vector<Token>& t = tokens_[p];
      std::size_t k = 0;
      while (k < t.size() && t[k].span.end <= d.end) ++k;
      if (k == 0 || k >= t.size()) return;  // nothing before, or nothing after it
      if (!t[k].word && (t[k].lower == "-" || t[k].lower == "\u2014" || t[k].lower == "\u2013")) ++k;
      t.erase(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(k));
      return;
    }
  }

  // Quote marks are sentence boundaries for the attribution search; stray
  // apostrophes (Jones') are not. Apostrophes that are no quotation mark
  // (`Sanders’ campaign manager`) would break the subject in two: they are
  // dropped in the same pass.
  void mark_boundaries(const std::vector<QuotedStretch>& stretches) {
    std::size_t s = 0;
    // Settles a mark token; false for one to drop.
    const auto keep = [&](Token& t) {
      while (s < stretches.size() && stretches[s].close.end <= t.span.start && stretches[s].open.end <= t.span.start)
        ++s;
      bool is_mark = false;
      for (std::size_t k = s; k < stretches.size() && k < s + 2 && !is_mark; ++k)
        is_mark = stretches[k].open.contains(t.span) || stretches[k].close.contains(t.span);
      t.mark = is_mark;
      return is_mark || !(t.lower == "'" || t.lower == "\u2019");
    };
    for (std::size_t p = first_; p < last_; ++p) {
      std::vector<Token>& tokens = tokens_[p];
      Token* const begin = tokens.data();
      Token* const end = begin + tokens.size();
      // Nothing moves up to the first token dropped, which most paragraphs lack.
      Token* t = begin;
      while (t != end && (!t->mark || keep(*t))) ++t;
      if (t == end) continue;
      Token* kept = t;
      for (++t; t != end; ++t)
        if (!t->mark || keep(*t)) *kept++ = *t;
      tokens.resize(static_cast<std::size_t>(kept - begin));
    }
  }

  QuoteEnd quote_end(const QuotedStretch& s) const {
    const char last = a_.text[s.content.end - 1];
    if (last == ',') return QuoteEnd::comma;
    if (last == '.') return QuoteEnd::stop;
    return QuoteEnd::other;
  }

  // An ALL-CAPS name of one to three words and a colon opening the quote.
  std::optional<Attribution> transcript_label(const std::vector<Token>& t, std::size_t open_token, Span content) const {
    std::size_t k = open_token + 1;
    while (k < t.size() && t[k].span.start < content.end && k - open_token <= 3 && t[k].word && t[k].span.size() >= 2 &&
           is_all_caps(t[k].span.in(a_.text)))
      ++k;
    if (k == open_token + 1 || k >= t.size() || t[k].lower != ":" || t[k].span.end >= content.end) return std::nullopt;
    Attribution a;
    a.cue_first = a.cue_last = k;
    a.mention_first = open_token + 1;
    a.mention_last = a.head_last = k;
    return a;
  }

  std::optional<Attribution> attribute(const QuotedStretch& s, std::size_t open_token, std::size_t after) const {
    const std::vector<Token>& t = tokens_[s.paragraph];
    const QuoteEnd end = quote_end(s);
    auto post = attribution_after(t, after, end);
    auto pre = attribution_before(t, open_token);
    // `what has been called the "Golden Week"`: quoted words with a passive cue and no speaker.
    if (pre && pre->passive && !has_mention(post)) return pre;
    // Only `,"` hands the sentence on to its attribution. After a full stop
    // the words that follow usually open the next quote's attribution
    // (`..." He added, "So ..."`), and a quote in mid-sentence belongs to the
    // clause before it (`He asked them "prayerfully consider" the future`).
    if (end != QuoteEnd::comma && has_mention(pre)) return pre;
    // A listed cue before beats a verb only guessed after: `said he would
    // "protect our citizens," the crowd applauded`.
    if (has_mention(pre) && post && post->guessed && !pre->guessed) return pre;
    if (has_mention(post)) return post;
    if (has_mention(pre)) return pre;
    if (!post && !pre) {
      if (auto at = attribution_at_end(t, after)) return at;
      if (open_token == 0 || ends_sentence(t[open_token - 1])) {
        if (auto at = attribution_in_sentence(t, after)) return at;
      }
      // `Sam Lau, the communications director, said in a statement. "There
      // are no ballots to recount."`: the sentence before is only the
      // attribution, its cue within its last words.
      if (open_token >= 2 && ends_sentence(t[open_token - 1])) {
        auto before = attribution_before(t, open_token - 1);
        if (has_mention(before) && before->cue_last + kLeadInTail >= open_token - 1 && !before->guessed) return before;
        // `She says people should be able to choose. "It is their life."`:
        // a sentence that opens with its speaker and a cue is a lead-in too.
        if (has_mention(before) && !before->guessed && !before->passive && before->mention_last <= before->cue_first &&
            (before->mention_first == 0 || ends_sentence(t[before->mention_first - 1])) &&
            word_count(a_.text, s.content, kScareWords) >= kScareWords)
          return before;
        // `Clinton touted her credentials as a co-sponsor. "We need ..."`:
        // a quote that follows, in its paragraph, a sentence about a named
        // person is that person's, rather than an earlier paragraph's speaker's.
        std::size_t floor = open_token - 1;
        while (floor > 0 && open_token - 1 - floor < kSubjectReach && !ends_sentence(t[floor - 1]) && !t[floor - 1].mark)
          --floor;
        std::size_t first = 0, last = 0, head = 0;
        // (After a closing mark only when the quote before ended its sentence:
        // `... everywhere." Greene added that ...`.)
        const bool sentence_start =
            floor == 0 || !t[floor - 1].mark || (floor >= 2 && ends_sentence(t[floor - 2]));
        if (sentence_start && sentence_subject(t, floor, open_token - 1, first, last, head) &&
            last == head && head - first <= 4 && t[head - 1].capital && !t[first].pronoun) {
          Attribution at;
          at.cue_first = at.cue_last = first;
          at.mention_first = first, at.mention_last = at.head_last = last;
          at.guessed = true;
          return at;
        }
      }
    }
    return post ? post : pre;
  }

  void direct(const std::vector<QuotedStretch>& stretches) {
    for (std::size_t i = 0; i < stretches.size(); ++i) {
      const QuotedStretch& s = stretches[i];
      // A headline's quote (`Kasich: 'We Are Going All The Way'`) restates
      // one of the body in telegraphic form, with no cue to attribute it by;
      // the body's quote is the one reported.
      if (a_.headline && a_.paragraphs[s.paragraph].contains(*a_.headline)) continue;
      if (is_heading(s)) continue;
      const std::vector<Token>& t = tokens_[s.paragraph];
      const std::size_t open_token = token_at(t, s.open.start);
      const std::size_t after = token_at(t, s.close.end);
      Candidate c;
      c.paragraph = s.paragraph;
      c.attribution_paragraph = s.paragraph;
      c.spans.push_back(s.content);
      c.type = quote_type(a_, t, open_token, s.content);
      c.opens_paragraph = open_token == 0;
      c.attribution = attribute(s, open_token, after);
      // Transcripts: `"PENCE: And that's why ...` names the speaker inside
      // the marks; the quoted words start after the label.
      if (auto label = transcript_label(t, open_token, s.content)) {
        c.attribution = label;
        c.spans.front().start = std::min(s.content.end, t[label->mention_last].span.end);
        while (c.spans.front().start < s.content.end && is_ascii_space(a_.text[c.spans.front().start]))
          ++c.spans.front().start;
        if (c.spans.front().empty()) c.spans.front() = s.content;
      }
      std::size_t words = word_count(a_.text, s.content);
      // A quote over several paragraphs: each paragraph reopens the mark.
      std::size_t last = i;
      while (stretches[last].continues && last + 1 < stretches.size() &&
             stretches[last + 1].paragraph == stretches[last].paragraph + 1) {
        // `Obama said: "... strategy.` / `"Calling ... distraction," Obama
        // said.`: a paragraph whose quote has its own speaker after it is a
        // quote of its own, attributed there.
        if (has_mention(c.attribution)) {
          const QuotedStretch& n = stretches[last + 1];
          const std::vector<Token>& nt = tokens_[n.paragraph];
          const std::size_t close = token_at(nt, n.close.end);
          const auto own = attribute(n, token_at(nt, n.open.start), close);
          if (has_mention(own) && !own->guessed && own->cue_first >= close) break;
        }
        ++last;
        const QuotedStretch& n = stretches[last];
        c.spans.push_back(n.content);
        words += word_count(a_.text, n.content);
        if (!has_mention(c.attribution)) {
          const std::vector<Token>& nt = tokens_[n.paragraph];
          auto at = attribute(n, token_at(nt, n.open.start), token_at(nt, n.close.end));
          if (at) c.attribution = at, c.attribution_paragraph = n.paragraph;
        }
      }
      // A split quote: `“A,” he said, “B.”` is one quote with two spans.
      const QuotedStretch& tail = stretches[last];
      // Only after `,"` and a real cue: `"A." ― Carlos Ruiz` / `"B."` are two quotes.
      if (last + 1 < stretches.size() && stretches[last + 1].paragraph == tail.paragraph &&
          quote_end(tail) == QuoteEnd::comma && c.attribution && c.attribution->cue_last > c.attribution->cue_first &&
          c.attribution_paragraph == tail.paragraph && c.attribution &&
          c.attribution->cue_first >= token_at(tokens_[tail.paragraph], tail.close.end)) {
        const std::vector<Token>& tt = tokens_[tail.paragraph];
        const QuotedStretch& n = stretches[last + 1];
        const std::size_t from = token_at(tt, tail.close.end);
        const std::size_t to = token_at(tt, n.open.start);
        const std::size_t attr_end = std::max(c.attribution->cue_last, c.attribution->mention_last);
        bool sentence_break = false;
        for (std::size_t k = from; k < to; ++k) sentence_break |= ends_sentence(tt[k]);
        // `"...," he said on "Meet the Press."`: a show's name after the cue
        // is no second half.
        const bool work = is_title_case(a_.text, n.content) && word_count(a_.text, n.content, kWorkWords + 1) <= kWorkWords &&
                          names_a_work(tt, to, token_at(tt, n.close.end));
        if (!sentence_break && !work && to >= attr_end && to - from <= kSplitGap && to - attr_end <= 2) {
          c.spans.push_back(n.content);
          words += word_count(a_.text, n.content);
          ++last;
        }
      }
      // The speaker of a quote-only paragraph named at the end of the one before:
      // `Lavrov told reporters:` / `"We ..."`.
      if (!c.attribution && open_token == 0 && s.paragraph > 0) {
        const std::vector<Token>& pt = tokens_[s.paragraph - 1];
        if (!pt.empty() && pt.back().lower == ":") {
          auto pre = attribution_before(pt, pt.size());
          if (has_mention(pre)) c.attribution = pre, c.attribution_paragraph = s.paragraph - 1;
        }
      }
      // `Valastro praised Christie's record in the storm.` / `"We need
      // someone ..."`: the sentence that ends the paragraph before a
      // quote-only paragraph, when it has a listed cue and a speaker, is
      // used when no neighbouring quote hands one on.
      if (!has_mention(c.attribution) && open_token == 0 && s.paragraph > first_ && last == i) {
        const std::vector<Token>& pt = tokens_[s.paragraph - 1];
        if (pt.size() >= 2 && ends_sentence(pt.back())) {
          auto pre = attribution_before(pt, pt.size() - 1);
          // A pronoun is left out: its resolution depends on the order
          // speakers are resolved in, and this one is resolved last.
          if (has_mention(pre) && !pre->guessed &&
              !(pre->mention_last == pre->mention_first + 1 && pt[pre->mention_first].pronoun))
            c.lead_in = pre;
        }
      }
      // `"..."` / `-Michelle Marks, Philadelphia.`: a name after a dash opening the next paragraph.
      if (!has_mention(c.attribution) && s.paragraph + 1 < tokens_.size() && last == i) {
        const std::vector<Token>& nt = tokens_[s.paragraph + 1];
        if (nt.size() >= 2 &&
            (nt[0].lower == "-" || nt[0].lower == "\u2014" || nt[0].lower == "\u2013" || nt[0].lower == "\u2015") &&
            nt[1].capital) {
          std::size_t k = 1;
          while (k < nt.size() && k < 6 && nt[k].word && nt[k].capital) ++k;
          Attribution at;
          at.cue_first = at.cue_last = 0;
          at.mention_first = 1;
          at.mention_last = at.head_last = k;
          c.attribution = at;
          c.attribution_paragraph = s.paragraph + 1;
        }
      }
      // `Obama called Wall Street bankers "fat cats"`: a fragment in a
      // sentence with no cue we know belongs to the sentence's subject.
      // Inheriting the last speaker instead was wrong 160 times in 165 on
      // polnear-train when that speaker stood in another paragraph.
      const bool passive = c.attribution && c.attribution->passive;
      bool no_speaker = false;
      if (!has_mention(c.attribution) && c.type == QuoteType::mixed && !passive) {
        std::size_t floor = open_token;
        while (floor > 0 && open_token - floor < kSubjectReach && !ends_sentence(t[floor - 1]) && !t[floor - 1].mark)
          --floor;
        std::size_t first = 0, mention_last = 0, head = 0;
        const bool own_sentence = floor == 0 || !t[floor - 1].mark;
        if (own_sentence && sentence_subject(t, floor, open_token, first, mention_last, head)) {
          Attribution at;
          at.cue_first = at.cue_last = first;
          at.mention_first = first, at.mention_last = mention_last, at.head_last = head;
          // `Trump, who has cast himself as the "law and order candidate"`: a
          // fragment inside the relative clause is the relative pronoun's (as
          // annotators mark it), when no comma closes the clause before it.
          if (mention_last + 2 < open_token && t[mention_last].lower == "," && t[mention_last + 1].lower == "who") {
            bool closed = false;
            for (std::size_t k = mention_last + 2; k < open_token && !closed; ++k) closed = t[k].lower == ",";
            if (!closed) at.mention_first = mention_last + 1, at.mention_last = at.head_last = mention_last + 2;
          }
          at.guessed = true;
          c.attribution = at;
          c.attribution_paragraph = s.paragraph;
          c.subject_only = true;
        } else if (own_sentence && floor < open_token && t[floor].word &&
                   QuoteLexicon::get().is_not_speaker(t[floor].lower)) {
          // `Just click here and click "sign up."`: a sentence that opens
          // with no speaker gives its fragments none, not even the last one.
          no_speaker = true;
        }
      }
      // `..., CNN reported.`: the outlet is the source, as PolNeAR marks nested sources.
      if (c.attribution && c.attribution_paragraph == s.paragraph) {
        std::size_t sentence_end = after;
        while (sentence_end < t.size() && !ends_sentence(t[sentence_end]) && !t[sentence_end].mark) ++sentence_end;
        according_source(t, after, sentence_end, *c.attribution);
        reporting_source(t, after, *c.attribution);
        if (!c.attribution->guessed) c.subject_only = false;
      }
      c.words = words;
      c.title_case = is_title_case(a_.text, s.content);
      c.named_work = c.title_case && names_a_work(t, open_token, after);
      c.so_called = words < kScareWords && after_so_called(t, open_token);
      c.has_letters = false;
      for (std::size_t k = s.content.start; k < s.content.end && !c.has_letters; ++k)
        c.has_letters = is_ascii_alpha(a_.text[k]) || static_cast<unsigned char>(a_.text[k]) >= 0x80;
      // Only a quote that opens its sentence goes on from the last speaker;
      // a fragment inside someone else's sentence does not.
      c.inherits = !has_mention(c.attribution) && !passive && !no_speaker;
      found_.push_back(std::move(c));
      i = last;
    }
  }

  // A crosshead: a paragraph that is only a few quoted words in single
  // marks or capitals (`'A healthy environment.'`, `"DIVISIVE AND WRONG"`),
  // the words of a quote in the section below set as its title.
  bool is_heading(const QuotedStretch& s) const {
    const Span para = a_.paragraphs[s.paragraph];
    // The size test first: each stretch of a paragraph asks, so reading a
    // long paragraph here would make thousands of marks quadratic.
    if (para.size() > kHeadingBytes || s.continues || word_count(a_.text, s.content, kHeadingWords + 1) > kHeadingWords) return false;
    for (std::size_t k = para.start; k < para.end; ++k) {
      if (k >= s.open.start && k < s.close.end) continue;
      const unsigned char ch = static_cast<unsigned char>(a_.text[k]);
      if (is_ascii_alpha(ch) || (ch >= '0' && ch <= '9')) return false;
    }
    for (std::size_t k = para.start; k < s.open.start; ++k)
      if (static_cast<unsigned char>(a_.text[k]) >= 0x80 && a_.text.compare(k, 3, "\u2013") != 0 &&
          a_.text.compare(k, 3, "\u2014") != 0)
        return false;
    return s.single || is_all_caps(s.content.in(a_.text));
  }

  void indirect(const std::vector<QuotedStretch>& stretches) {
    (void)stretches;
    for (std::size_t p = first_; p < last_; ++p) {
      // Headlines are telegraphic ("Councils warn of housing crisis"): no
      // reported clause to find in them.
      if (a_.headline && a_.paragraphs[p].contains(*a_.headline)) continue;
      const std::vector<Token>& t = tokens_[p];
      const std::size_t n = t.size();
      std::size_t start = 0;
      while (start < n) {
        std::size_t end = start;
        bool marks = false;
        bool cues = false;  // indirect_quote() needs a listed cue: a sentence without one is settled here
        for (; end < n; ++end) {  // (only words are cues; only other tokens are marks or stops)
          const Token& k = t[end];
          if (k.word) {
            cues |= k.cue;
          } else {
            if (ends_sentence(k)) break;
            marks |= k.mark;
          }
        }
        if (!marks && cues) {
          if (auto q = indirect_quote(a_.text, t, start, end)) {
            Candidate c;
            c.type = QuoteType::indirect;
            c.spans.push_back(q->clause);
            c.paragraph = p;
            c.attribution_paragraph = p;
            c.attribution = q->attribution;
            found_.push_back(std::move(c));
          }
        }
        start = end + 1;
      }
    }
  }

  // The speaker of an attribution's mention. The head names the speaker
  // ("Terrie Rizzo, the Democratic chair ..."), unless it is only a role and
  // the appositive has the name ("her personal lawyer, David E. Kendall"),
  // or it is "who" and the name stands before it ("Mike Pence, who").
  std::string speaker(SpeakerResolver& resolver, std::size_t p, const Attribution& at) {
    const std::vector<Token>& t = tokens_[p];
    const std::size_t head = at.head_last > at.mention_first ? at.head_last : at.mention_last;
    if (head - at.mention_first == 1 && t[at.mention_first].lower == "who" && at.mention_first >= 2 &&
        t[at.mention_first - 1].lower == ",") {
      std::size_t k = at.mention_first - 1;
      while (k > 0 && at.mention_first - k < 6 && t[k - 1].word && t[k - 1].capital) --k;
      if (k < at.mention_first - 1) return resolver.resolve(p, k, at.mention_first - 1);
    }
    std::string name = resolver.resolve(p, at.mention_first, head);
    const std::string_view head_text(a_.text.data() + t[at.mention_first].span.start,
                                     t[head - 1].span.end - t[at.mention_first].span.start);
    if (name == head_text && at.mention_last > head + 1) {
      bool capital_head = false;
      for (std::size_t k = at.mention_first; k < head; ++k) capital_head |= t[k].capital && k > at.mention_first;
      std::size_t first = head + 1;
      while (first < at.mention_last && !t[first].capital) ++first;
      std::size_t last = first;
      while (last < at.mention_last && t[last].word && t[last].capital) ++last;
      if (!capital_head && last - first >= 2) return resolver.resolve(p, first, last);
    }
    return name;
  }

  std::vector<Quote> resolve() {
    if (found_.empty()) return {};  // the name index costs as much as the search
    SpeakerResolver resolver(a_, tokens_);
    std::vector<Quote> quotes;
    quotes.reserve(found_.size());
    std::vector<bool> near_speaker(found_.size());
    std::vector<bool> from_subject(found_.size());  // the mention came from a subject_only quote
    for (std::size_t i = 0; i < found_.size(); ++i) {
      const Candidate& c = found_[i];
      Quote q;
      q.type = c.type;
      q.spans = c.spans;
      q.paragraph = c.paragraph;
      const std::vector<Token>& t = tokens_[c.attribution_paragraph];
      if (c.attribution) {
        const Attribution& at = *c.attribution;
        if (at.cue_last > at.cue_first) q.cue = Span{t[at.cue_first].span.start, t[at.cue_last - 1].span.end};
        if (at.mention_last > at.mention_first) {
          q.speaker_mention = Span{t[at.mention_first].span.start, t[at.mention_last - 1].span.end};
          q.speaker = speaker(resolver, c.attribution_paragraph, at);
        }
      }
      if (!q.speaker_mention && c.inherits && !quotes.empty()) {
        // `"A," he said. "B."` and quote-only paragraphs that go on from the
        // last quote: the same speaker, if that quote is in this paragraph or the one before.
        const Quote& prev = quotes.back();
        // An indirect quote hands on its speaker only to a quote that opens the next paragraph.
        const bool ok = prev.type != QuoteType::indirect || (c.opens_paragraph && c.paragraph == prev.paragraph + 1);
        if (prev.speaker_mention && ok && c.paragraph <= prev.paragraph + 1) {
          // Fragments inside a sentence with no cue of their own go on from
          // the last speaker too: keeping them was better on polnear-train
          // (attribution 0.878 against 0.853 without).
          // A speaker taken from a sentence subject, with no cue, vouches
          // for no quote: `a "quid pro quo" under the "rigged" system`.
          near_speaker[i] = !found_[i - 1].subject_only && !from_subject[i - 1];
          from_subject[i] = !near_speaker[i];
          q.speaker_mention = prev.speaker_mention;
          q.speaker = prev.speaker;
          if (!q.cue) q.cue = prev.cue;
        }
      }

      quotes.push_back(std::move(q));
    }
    // `Guns are "the ultimate crisis" and "stunt growth," Dean proclaimed`:
    // a fragment that only had its sentence's subject takes the speaker of
    // the next quote of the same sentence, when that one has a cue of its own.
    for (std::size_t i = quotes.size(); i-- > 1;) {
      const Candidate& c = found_[i - 1];
      const Candidate& next = found_[i];
      if (!c.subject_only || next.subject_only || !quotes[i].speaker_mention || !quotes[i].cue ||
          next.paragraph != c.paragraph || next.attribution_paragraph != next.paragraph)
        continue;
      const std::vector<Token>& t = tokens_[c.paragraph];
      bool same_sentence = true;
      for (std::size_t k = token_at(t, c.spans.back().end); k < token_at(t, next.spans.front().start) && same_sentence;
           ++k)
        same_sentence = !ends_sentence(t[k]);
      if (!same_sentence) continue;
      quotes[i - 1].speaker_mention = quotes[i].speaker_mention;
      quotes[i - 1].speaker = quotes[i].speaker;
      quotes[i - 1].cue = quotes[i].cue;
    }
    // A quote-only paragraph whose speaker is named in the next one.
    for (std::size_t i = quotes.size(); i-- > 1;) {
      Quote& q = quotes[i - 1];
      const Quote& next = quotes[i];
      if (q.speaker_mention || !found_[i - 1].inherits || next.type == QuoteType::indirect) continue;
      if (next.speaker_mention && next.paragraph <= q.paragraph + 1) {
        q.speaker_mention = next.speaker_mention;
        q.speaker = next.speaker;
        q.cue = next.cue;
        from_subject[i - 1] = found_[i].subject_only || from_subject[i];
      }
    }
    // Still no speaker: the lead-in sentence of the paragraph before.
    for (std::size_t i = 0; i < quotes.size(); ++i) {
      Quote& q = quotes[i];
      const Candidate& c = found_[i];
      if (q.speaker_mention || !c.lead_in) continue;
      const Attribution& at = *c.lead_in;
      const std::vector<Token>& pt = tokens_[c.paragraph - 1];
      if (at.cue_last > at.cue_first) q.cue = Span{pt[at.cue_first].span.start, pt[at.cue_last - 1].span.end};
      q.speaker_mention = Span{pt[at.mention_first].span.start, pt[at.mention_last - 1].span.end};
      q.speaker = speaker(resolver, c.paragraph - 1, at);
    }
    // Scare quotes and titles: short, and no cue of their own or inherited.
    std::vector<Quote> kept;
    kept.reserve(quotes.size());
    for (std::size_t i = 0; i < quotes.size(); ++i) {
      const Candidate& c = found_[i];
      if (c.type != QuoteType::indirect) {
        // A subject with no cue does not make a short fragment a quote: the
        // deal was a "quid pro quo".
        const bool cued =
            quotes[i].cue || (quotes[i].speaker_mention && !c.subject_only && !from_subject[i]) || near_speaker[i];
        if (!cued && (c.words < kScareWords || (c.title_case && c.words <= kTitleWords))) continue;
        // `Priebus said, "Probably."`, `''Follow us,'' Ms. Gil said`: a direct
        // quote with its own speaker is no title, however short.
        const bool own_cue = has_mention(c.attribution) && c.attribution->cue_last > c.attribution->cue_first &&
                             !c.attribution->guessed && !c.subject_only;
        if (c.title_case && c.words < kScareWords && !(c.type == QuoteType::direct && has_mention(c.attribution)) &&
            !own_cue)
          continue;
        if (c.named_work && c.words <= kWorkWords) continue;
        if (c.so_called) continue;
        if (!c.has_letters) continue;  // ''24,'': a number
        // A short direct quotation with no speaker found anywhere near is a
        // slogan, a sign or a title more often than reported speech.
        if (c.type == QuoteType::direct && !quotes[i].speaker_mention && !quotes[i].cue && c.words < kUnattributedWords)
          continue;
      }
      kept.push_back(std::move(quotes[i]));
    }
    quotes = std::move(kept);
    for (std::size_t i = 0; i < quotes.size(); ++i) {
      // Written with to_chars: `"q" + std::to_string(...)` trips GCC 12's
      // -Wrestrict false positive, which NEWSPARSE_WERROR would turn fatal.
      char buffer[24] = {'q'};
      const auto end = std::to_chars(buffer + 1, buffer + sizeof buffer, i + 1).ptr;
      quotes[i].id.assign(buffer, end);
    }
    return quotes;
  }

  // The token vectors of the last article this thread searched: their
  // buffers are reused, which saves an allocation and a free per paragraph.
  static std::vector<std::vector<Token>>& pool() {
    thread_local std::vector<std::vector<Token>> tokens;
    return tokens;
  }
  // Token buffers of the pool that the last articles had no paragraph for.
  static std::vector<std::vector<Token>>& spare_pool() {
    thread_local std::vector<std::vector<Token>> tokens;
    return tokens;
  }
  // Likewise the lower-case store, whose first block is kept.
  static LowerCaseStore& store_pool() {
    thread_local LowerCaseStore store;
    return store;
  }

  const Article& a_;
  std::size_t first_, last_;   // the paragraphs searched
  LowerCaseStore lower_case_;  // what the tokens' `lower` views when not the text
  std::vector<std::vector<Token>> tokens_;
  std::vector<Candidate> found_;
};

}  // namespace

std::vector<Quote> find_quotes(const Article& article, std::size_t first, std::size_t last) {
  Finder finder(article, first, last);
  return finder.run();
}

}  // namespace newsparse::detail
