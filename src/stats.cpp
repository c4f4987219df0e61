// src/stats.cpp: ICU BreakIterator counts.
#include "stats.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cmath>
#include <memory>

#include "text/utf8.hpp"

namespace newsparse::detail {

namespace {

// Break iterators are expensive to build and not thread-safe: one prototype
// each, cloned once per thread.
std::unique_ptr<icu::BreakIterator> make(bool sentences) {
  UErrorCode status = U_ZERO_ERROR;
  // "en@ss=standard": ICU's sentence break suppressions for English
  // abbreviations ("Mr.", "U.S.", "Gen.").
  icu::Locale locale("en@ss=standard");
  std::unique_ptr<icu::BreakIterator> it(sentences ? icu::BreakIterator::createSentenceInstance(locale, status)
                                                   : icu::BreakIterator::createWordInstance(locale, status));
  if (U_FAILURE(status)) return nullptr;
  return it;
}

icu::BreakIterator* iterator(bool sentences) {
  static const std::unique_ptr<icu::BreakIterator> word_proto = make(false);
  static const std::unique_ptr<icu::BreakIterator> sentence_proto = make(true);
  thread_local std::unique_ptr<icu::BreakIterator> word(word_proto ? word_proto->clone() : nullptr);
  thread_local std::unique_ptr<icu::BreakIterator> sentence(sentence_proto ? sentence_proto->clone() : nullptr);
  return sentences ? sentence.get() : word.get();
}

struct Counts {
  std::size_t words = 0, sentences = 0;
};

// The word before byte `boundary`: "Gen." in "met Gen. Jones".
std::string_view word_before(std::string_view text, std::size_t boundary) {
  std::size_t end = boundary;
  while (end > 0 && is_ascii_space(text[end - 1])) --end;
  std::size_t start = end;
  while (start > 0 && !is_ascii_space(text[start - 1])) --start;
  return text.substr(start, end - start);
}

Counts count(std::string_view paragraph, const Tables& tables) {
  Counts c;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, paragraph.data(), static_cast<int64_t>(paragraph.size()), &status);
  if (U_FAILURE(status)) return c;
  if (icu::BreakIterator* words = iterator(false)) {
    words->setText(ut, status);
    for (int32_t b = words->next(); b != icu::BreakIterator::DONE; b = words->next())
      c.words += words->getRuleStatus() != UBRK_WORD_NONE;
  }
  if (icu::BreakIterator* sentences = iterator(true)) {
    sentences->setText(ut, status);
    // ICU's English suppressions miss titles such as "Gen." and "Sen.": a
    // boundary after a word of data/words/abbreviations.txt is no boundary.
    const auto size = static_cast<int32_t>(paragraph.size());
    for (int32_t b = sentences->next(); b != icu::BreakIterator::DONE; b = sentences->next()) {
      if (b < size && tables.is_abbreviation(word_before(paragraph, static_cast<std::size_t>(b)))) continue;
      ++c.sentences;
    }
  }
  utext_close(ut);
  return c;
}

}  // namespace

Stats compute_stats(const Article& article, const Tables& tables) {
  Stats stats;
  for (const Paragraph& p : article.body) {
    std::string_view t = p.span.in(article.text);
    for (char ch : t) stats.characters += !is_continuation(static_cast<unsigned char>(ch));
    Counts c = count(t, tables);
    stats.words += c.words;
    stats.sentences += c.sentences;
  }
  stats.paragraphs = article.body.size();
  // 230 words a minute: the usual adult silent reading speed for news text.
  stats.reading_minutes = std::ceil(static_cast<double>(stats.words) / 230.0 * 10.0) / 10.0;
  return stats;
}

}  // namespace newsparse::detail
