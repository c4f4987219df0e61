// newsparse/newsparse.hpp: umbrella header for the newsparse library.
#pragma once

#include "newsparse/article.hpp"  // IWYU pragma: export
#include "newsparse/error.hpp"    // IWYU pragma: export
#include "newsparse/json.hpp"     // IWYU pragma: export
#include "newsparse/parse.hpp"    // IWYU pragma: export
#include "newsparse/span.hpp"     // IWYU pragma: export
