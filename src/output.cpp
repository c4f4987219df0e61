// src/output.cpp: the JSON form of an Article (CONTRACT.md), with byte spans
// converted to code point offsets.
#include "output.hpp"

#include <nlohmann/json.hpp>

#include "text/offsets.hpp"

namespace newsparse {

namespace {

using Json = nlohmann::ordered_json;

class Writer {
 public:
  explicit Writer(const Article& article) : text_(article.text), offsets_(article.text) {}

  Json span(const Span& s) const {
    Json j;
    j["start"] = offsets_(s.start);
    j["end"] = offsets_(s.end);
    j["text"] = std::string(s.in(text_));
    return j;
  }
  Json span_or_null(const std::optional<Span>& s) const { return s ? span(*s) : Json(nullptr); }
  std::string str(const Span& s) const { return std::string(s.in(text_)); }

 private:
  std::string_view text_;
  detail::CodePointMap offsets_;
};

std::string_view quote_type_name(QuoteType type) {
  switch (type) {
    case QuoteType::direct: return "direct";
    case QuoteType::mixed: return "mixed";
    case QuoteType::indirect: return "indirect";
  }
  return "direct";
}

Json date_json(const Writer& w, const std::optional<DateTime>& dt) {
  if (!dt) return nullptr;
  Json j;
  j["text"] = w.str(dt->span);
  j["span"] = w.span(dt->span);
  j["iso"] = dt->iso;
  return j;
}

Json id_value(std::string_view id_json) {
  Json id = Json::parse(id_json.begin(), id_json.end(), nullptr, false);
  return id.is_discarded() ? Json(std::string(id_json)) : id;
}

std::string dump(const Json& j, JsonStyle style) {
  // Invalid UTF-8 cannot reach here (the input stage rejects it), but a
  // replacement keeps the output valid JSON whatever happens.
  return style == JsonStyle::pretty ? j.dump(2, ' ', false, Json::error_handler_t::replace)
                                    : j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

void put_source(Json& j, const RecordSource& source) {
  j["schema_version"] = schema_version;
  j["file"] = std::string(source.file);
  if (source.line != 0) j["line"] = source.line;
  // Invalid JSON text for an id cannot come from the CLI; print it as a string then.
  if (!source.id_json.empty()) j["id"] = id_value(source.id_json);
}

}  // namespace

std::string to_json(const Article& a, const RecordSource& source, JsonStyle style) {
  Writer w(a);
  Json j;
  put_source(j, source);
  j["headline"] = a.headline ? Json(w.str(*a.headline)) : Json(nullptr);
  j["headline_span"] = w.span_or_null(a.headline);
  j["subheadline"] = a.subheadline ? Json(w.str(*a.subheadline)) : Json(nullptr);
  j["subheadline_span"] = w.span_or_null(a.subheadline);
  if (a.byline) {
    Json b;
    b["text"] = w.str(a.byline->span);
    b["span"] = w.span(a.byline->span);
    b["authors"] = a.byline->authors;
    b["sources"] = a.byline->sources;
    if (!a.byline->editors.empty()) b["editors"] = a.byline->editors;
    j["byline"] = std::move(b);
  } else {
    j["byline"] = nullptr;
  }
  j["published"] = date_json(w, a.published);
  j["updated"] = date_json(w, a.updated);
  if (a.dateline) {
    Json d;
    d["text"] = w.str(a.dateline->span);
    d["span"] = w.span(a.dateline->span);
    d["location"] = a.dateline->location;
    d["sources"] = a.dateline->sources;
    d["date"] = a.dateline->date ? Json(*a.dateline->date) : Json(nullptr);
    j["dateline"] = std::move(d);
  } else {
    j["dateline"] = nullptr;
  }
  Json body = Json::array();
  for (const Paragraph& p : a.body) body.push_back(w.span(p.span));
  j["body"] = std::move(body);
  j["stats"] = Json{{"characters", a.stats.characters},
                    {"words", a.stats.words},
                    {"sentences", a.stats.sentences},
                    {"paragraphs", a.stats.paragraphs},
                    {"reading_minutes", a.stats.reading_minutes}};
  Json quotes = Json::array();
  for (const Quote& q : a.quotes) {
    Json jq;
    jq["id"] = q.id;
    jq["type"] = quote_type_name(q.type);
    Json spans = Json::array();
    for (const Span& s : q.spans) spans.push_back(w.span(s));
    jq["spans"] = std::move(spans);
    jq["speaker"] = q.speaker ? Json(*q.speaker) : Json(nullptr);
    jq["speaker_mention"] = w.span_or_null(q.speaker_mention);
    jq["cue"] = w.span_or_null(q.cue);
    jq["paragraph"] = q.paragraph;
    quotes.push_back(std::move(jq));
  }
  j["quotes"] = std::move(quotes);
  Json entities = Json::array();
  for (const Entity& e : a.entities) {
    Json je;
    je["id"] = e.id;
    je["name"] = e.name;
    je["type"] = e.type;
    je["count"] = e.mentions.size();
    je["first"] = e.mentions.empty() ? Json(nullptr) : Json(w.span(e.mentions.front())["start"]);
    Json mentions = Json::array();
    for (const Span& s : e.mentions) mentions.push_back(w.span(s));
    je["mentions"] = std::move(mentions);
    entities.push_back(std::move(je));
  }
  j["entities"] = std::move(entities);
  if (!a.warnings.empty()) {
    Json warnings = Json::array();
    for (const Warning& wn : a.warnings) warnings.push_back(Json{{"code", wn.code}, {"message", wn.message}});
    j["warnings"] = std::move(warnings);
  }
  return dump(j, style);
}

std::string to_json(const Error& error, const RecordSource& source, JsonStyle style) {
  Json j;
  put_source(j, source);
  j["error"] = Json{{"code", std::string(error_code_name(error.code))}, {"message", error.message}};
  return dump(j, style);
}

}  // namespace newsparse
