// src/output.cpp: the JSON form of an Article (CONTRACT.md), with byte spans
// converted to code point offsets. Written straight into a string
// (text/json_writer.hpp); nlohmann/json only checks ids carried through.
#include "output.hpp"

#include <nlohmann/json.hpp>

#include "text/json_writer.hpp"
#include "text/offsets.hpp"

namespace newsparse {

namespace {

using detail::JsonWriter;

std::string_view quote_type_name(QuoteType type) {
  switch (type) {
    case QuoteType::direct:
      return "direct";
    case QuoteType::mixed:
      return "mixed";
    case QuoteType::indirect:
      return "indirect";
  }
  return "direct";
}

class ArticleWriter {
 public:
  ArticleWriter(const Article& article, JsonWriter& out)
      : a_(article), text_(article.text), offsets_(text_), out_(out) {}

  void span(const Span& s) { out_.span(offsets_(s.start), offsets_(s.end), s.in(text_)); }
  void span_or_null(const std::optional<Span>& s) {
    if (s) {
      span(*s);
    } else {
      out_.null();
    }
  }
  void text_or_null(const std::optional<Span>& s) {
    if (s) {
      out_.string(s->in(text_));
    } else {
      out_.null();
    }
  }
  void strings(const std::vector<std::string>& list) {
    out_.begin_array();
    for (const auto& item : list) out_.string(item);
    out_.end_array();
  }
  void date(const std::optional<DateTime>& dt) {
    if (!dt) {
      out_.null();
      return;
    }
    out_.begin_object();
    out_.key("text");
    out_.string(dt->span.in(text_));
    out_.key("span");
    span(dt->span);
    out_.key("iso");
    out_.string(dt->iso);
    out_.end_object();
  }

  void write() {
    out_.key("headline");
    text_or_null(a_.headline);
    out_.key("headline_span");
    span_or_null(a_.headline);
    out_.key("subheadline");
    text_or_null(a_.subheadline);
    out_.key("subheadline_span");
    span_or_null(a_.subheadline);
    write_byline();
    out_.key("published");
    date(a_.published);
    out_.key("updated");
    date(a_.updated);
    write_dateline();
    out_.key("body");
    out_.begin_array();
    for (const Paragraph& p : a_.body) span(p.span);
    out_.end_array();
    write_stats();
    write_quotes();
    write_entities();
    if (!a_.warnings.empty()) {
      out_.key("warnings");
      out_.begin_array();
      for (const Warning& w : a_.warnings) {
        out_.begin_object();
        out_.key("code");
        out_.string(w.code);
        out_.key("message");
        out_.string(w.message);
        out_.end_object();
      }
      out_.end_array();
    }
  }

 private:
  void write_byline() {
    out_.key("byline");
    if (!a_.byline) {
      out_.null();
      return;
    }
    const Byline& b = *a_.byline;
    out_.begin_object();
    out_.key("text");
    out_.string(b.span.in(text_));
    out_.key("span");
    span(b.span);
    out_.key("authors");
    strings(b.authors);
    out_.key("sources");
    strings(b.sources);
    if (!b.editors.empty()) {
      out_.key("editors");
      strings(b.editors);
    }
    out_.end_object();
  }

  void write_dateline() {
    out_.key("dateline");
    if (!a_.dateline) {
      out_.null();
      return;
    }
    const Dateline& d = *a_.dateline;
    out_.begin_object();
    out_.key("text");
    out_.string(d.span.in(text_));
    out_.key("span");
    span(d.span);
    out_.key("location");
    out_.string(d.location);
    out_.key("sources");
    strings(d.sources);
    out_.key("date");
    if (d.date) {
      out_.string(*d.date);
    } else {
      out_.null();
    }
    out_.end_object();
  }

  void write_stats() {
    out_.key("stats");
    out_.begin_object();
    out_.key("characters");
    out_.number(a_.stats.characters);
    out_.key("words");
    out_.number(a_.stats.words);
    out_.key("sentences");
    out_.number(a_.stats.sentences);
    out_.key("paragraphs");
    out_.number(a_.stats.paragraphs);
    out_.key("reading_minutes");
    out_.number(a_.stats.reading_minutes);
    out_.end_object();
  }

  void write_quotes() {
    out_.key("quotes");
    out_.begin_array();
    for (const Quote& q : a_.quotes) {
      out_.begin_object();
      out_.key("id");
      out_.string(q.id);
      out_.key("type");
      out_.string(quote_type_name(q.type));
      out_.key("spans");
      out_.begin_array();
      for (const Span& s : q.spans) span(s);
      out_.end_array();
      out_.key("speaker");
      if (q.speaker) {
        out_.string(*q.speaker);
      } else {
        out_.null();
      }
      out_.key("speaker_mention");
      span_or_null(q.speaker_mention);
      out_.key("cue");
      span_or_null(q.cue);
      out_.key("paragraph");
      out_.number(q.paragraph);
      out_.end_object();
    }
    out_.end_array();
  }

  void write_entities() {
    out_.key("entities");
    out_.begin_array();
    for (const Entity& e : a_.entities) {
      out_.begin_object();
      out_.key("id");
      out_.string(e.id);
      out_.key("name");
      out_.string(e.name);
      out_.key("type");
      out_.string(e.type);
      out_.key("count");
      out_.number(e.mentions.size());
      out_.key("first");
      if (e.mentions.empty()) {
        out_.null();
      } else {
        out_.number(offsets_(e.mentions.front().start));
      }
      out_.key("mentions");
      out_.begin_array();
      for (const Span& s : e.mentions) span(s);
      out_.end_array();
      out_.end_object();
    }
    out_.end_array();
  }

  const Article& a_;
  std::string_view text_;
  detail::CodePointMap offsets_;
  JsonWriter& out_;
};

void write_source(JsonWriter& out, const RecordSource& source) {
  out.key("schema_version");
  out.string(schema_version);
  out.key("file");
  out.string(source.file);
  if (source.line != 0) {
    out.key("line");
    out.number(source.line);
  }
  if (!source.id_json.empty()) {
    // The CLI hands over ids nlohmann/json printed; anything else is printed as a string.
    nlohmann::json id = nlohmann::json::parse(source.id_json.begin(), source.id_json.end(), nullptr, false);
    out.key("id");
    if (id.is_discarded()) {
      out.string(source.id_json);
    } else {
      out.raw(id.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    }
  }
}

}  // namespace

std::string to_json(const Article& a, const RecordSource& source, JsonStyle style) {
  // Compact JSON of news text runs to about 3 times the text, indented JSON
  // to twice that: reserved once, the string never grows by copying itself
  // (which made the peak memory of a large input 2 to 3 times the output),
  // and pages reserved but never written take no memory.
  const std::size_t expected = (style == JsonStyle::pretty ? 8 : 4) * a.text.size() + 4096;
  JsonWriter out(style == JsonStyle::pretty, expected);
  out.begin_object();
  write_source(out, source);
  ArticleWriter(a, out).write();
  out.end_object();
  return out.take();
}

std::string to_json(const Error& error, const RecordSource& source, JsonStyle style) {
  JsonWriter out(style == JsonStyle::pretty, 256);
  out.begin_object();
  write_source(out, source);
  out.key("error");
  out.begin_object();
  out.key("code");
  out.string(error_code_name(error.code));
  out.key("message");
  out.string(error.message);
  out.end_object();
  out.end_object();
  return out.take();
}

}  // namespace newsparse
