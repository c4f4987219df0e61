// src/text/sorted_table.hpp: the compact gazetteer matcher. A table compiled
// by tools/gen_gazetteers.cpp is a blob of "key\tvalue\n" records sorted by
// key plus an array of record offsets; lookup is a binary search, so a table
// of 25,000 places costs nothing at start-up and ~15 comparisons per query.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace newsparse::detail {

class SortedTable {
 public:
  SortedTable(std::string_view blob, const unsigned* index, std::size_t count) noexcept
      : blob_(blob), index_(index), count_(count) {}

  /// The value stored for `key` (which must be in ASCII lower case), or
  /// nullopt. A list without values gives an empty value.
  std::optional<std::string_view> find(std::string_view key) const noexcept;
  bool contains(std::string_view key) const noexcept { return find(key).has_value(); }
  std::size_t size() const noexcept { return count_; }

 private:
  std::string_view key_at(std::size_t i) const noexcept;
  std::string_view blob_;
  const unsigned* index_;
  std::size_t count_;
};

}  // namespace newsparse::detail
