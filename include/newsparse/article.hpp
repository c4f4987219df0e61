// newsparse/article.hpp: the parsed article and every annotation in it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "newsparse/span.hpp"

namespace newsparse {

/// Who wrote the article, as stated in a byline ("By A and B, Reuters") or a
/// wire trailer ("Reporting by A; Editing by B").
struct Byline {
  Span span;                         ///< the whole byline as it stands in the text
  std::vector<std::string> authors;  ///< person names only, in order of appearance
  std::vector<Span> author_spans;    ///< where each author stands (parallel to authors)
  std::vector<std::string> sources;  ///< agencies and outlets named in the byline
  std::vector<std::string> editors;  ///< "Editing by B" in wire trailers
};

/// A date or date-time stated in the text ("March 24, 2022 | 07:44 PM").
struct DateTime {
  Span span;        ///< the date expression
  std::string iso;  ///< ISO 8601: "2022-03-24", "2022-03-24T19:44:00" or with an offset "+05:00"
};

/// The opening of a wire story: "MOSCOW (UrduPoint News / Sputnik - 24th March, 2022)".
struct Dateline {
  Span span;                         ///< the dateline, without the dash that ends it
  std::string location;              ///< in readable case: "Moscow", "Kyiv, Ukraine"
  Span location_span;                ///< the location as written ("MOSCOW")
  std::vector<std::string> sources;  ///< agencies and outlets: "UrduPoint News", "Sputnik"
  std::optional<std::string> date;   ///< ISO 8601 date; a missing year comes from `published`
};

/// A body paragraph.
struct Paragraph {
  Span span;
};

/// Counts over the body.
struct Stats {
  std::size_t characters = 0;  ///< code points in the body paragraphs
  std::size_t words = 0;
  std::size_t sentences = 0;
  std::size_t paragraphs = 0;
  double reading_minutes = 0;  ///< words / 230, rounded up to a tenth
};

/// How a quotation is reported.
enum class QuoteType {
  direct,    ///< the words in quotation marks: "We agreed," Lavrov said.
  mixed,     ///< a quoted fragment inside reported speech
  indirect,  ///< reported speech without marks: Lavrov said that ...
};

/// One quotation with its attribution.
struct Quote {
  std::string id;  ///< stable within the article: "q1", "q2", ...
  QuoteType type = QuoteType::direct;
  std::vector<Span> spans;              ///< the quoted words, without the marks; several for split quotes
  std::optional<std::string> speaker;   ///< resolved name ("Sergey Lavrov"), else the mention's text
  std::optional<Span> speaker_mention;  ///< "Lavrov", "the ICRC president", "He"
  std::optional<Span> cue;              ///< "said", "according to"
  std::size_t paragraph = 0;            ///< index into Article::paragraphs of the first span
};

/// One distinct named entity with all its mentions.
struct Entity {
  std::string id;              ///< stable within the article: "e1", "e2", ...
  std::string name;            ///< canonical (fullest) form: "Sergey Lavrov"
  std::string type;            ///< PERSON, ORG, LOCATION, NORP, ...
  std::vector<Span> mentions;  ///< in text order
};

/// Something the parser noticed about the input that is not an error.
struct Warning {
  std::string code;     ///< stable snake_case name, e.g. "invalid_utf8_replaced"
  std::string message;  ///< what and where
};

/// A parsed article. `text` is set once by the input stage and never changes;
/// every other field is an annotation of it.
struct Article {
  std::string text;              ///< the input decoded as UTF-8 (BOM and CRLF kept)
  std::vector<Span> lines;       ///< every line, without its line end
  std::vector<Span> paragraphs;  ///< blocks of non-blank lines (or single lines)

  std::optional<Span> headline;
  std::optional<Span> subheadline;
  std::optional<Byline> byline;
  std::optional<DateTime> published;
  std::optional<DateTime> updated;
  std::optional<Dateline> dateline;
  std::vector<Paragraph> body;
  Stats stats;

  std::vector<Quote> quotes;
  std::vector<Entity> entities;
  std::vector<Warning> warnings;
};

}  // namespace newsparse
