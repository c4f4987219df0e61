// src/entities.hpp: finds the named entities of an article: PERSON, ORG,
// LOCATION and NORP, each with every mention and a canonical name (the
// fullest form: "Lavrov" and "Sergey Lavrov" are one "Sergey Lavrov";
// "International Committee of the Red Cross (ICRC)" makes ICRC the same ORG).
// Reads: text, lines, headline, byline, dateline, body.  Writes: entities.
#pragma once

#include <vector>

#include "newsparse/article.hpp"
#include "tables.hpp"

namespace newsparse::detail {

/// The entities in order of first mention, ids "e1", "e2", ...; mentions in
/// text order. Never throws but for resource exhaustion.
std::vector<Entity> find_entities(const Article& article, const Tables& tables);

}  // namespace newsparse::detail
