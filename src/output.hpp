// src/output.hpp: nothing beyond the public to_json (include/newsparse/json.hpp);
// output.cpp is the only file that knows nlohmann/json.
#pragma once

#include "newsparse/json.hpp"
