// src/text/sorted_table.hpp: the compact gazetteer matcher. A table compiled
// by tools/gen_gazetteers.cpp is a blob of "key\tvalue\n" records sorted by
// key, an array of record offsets, and an open-addressing hash of the
// records (FNV-1a, at most half full; each slot holds a record offset of
// 24 bits and the top byte of the hash). All of it is read-only data in the
// binary, so a table of 60,000 words costs nothing at start-up, and a
// lookup reads one or two slots (binary search took 16 probes and was a
// fifth of the entities stage's time).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace newsparse::detail {

class SortedTable {
 public:
  SortedTable(std::string_view blob, const unsigned* index, std::size_t count, const unsigned* slots = nullptr,
              std::size_t slot_count = 0) noexcept
      : blob_(blob), index_(index), count_(count), slots_(slots), slot_count_(slot_count) {}

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
  const unsigned* slots_;
  std::size_t slot_count_;  // a power of two; 0 without a hash
};

}  // namespace newsparse::detail
