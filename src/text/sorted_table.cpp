// src/text/sorted_table.cpp: binary search over a compiled gazetteer.
#include "text/sorted_table.hpp"

#include <cstdint>

namespace newsparse::detail {

namespace {

// Compares `key` with the key of the record at `pos` (which ends at a tab)
// in one pass, without first searching for the tab: <0, 0 or >0 as
// std::string_view::compare, bytes unsigned, as the generator sorted them.
int compare_key(std::string_view key, std::string_view blob, std::size_t pos) {
  for (std::size_t i = 0;; ++i) {
    auto r = static_cast<unsigned char>(blob[pos + i]);
    if (r == '\t') return i == key.size() ? 0 : 1;
    if (i == key.size()) return -1;
    auto k = static_cast<unsigned char>(key[i]);
    if (k != r) return k < r ? -1 : 1;
  }
}

}  // namespace

std::string_view SortedTable::key_at(std::size_t i) const noexcept {
  std::size_t start = index_[i];
  std::size_t tab = blob_.find('\t', start);
  return blob_.substr(start, tab - start);
}

std::optional<std::string_view> SortedTable::find(std::string_view key) const noexcept {
  auto value_at = [&](std::size_t start) {
    start += key.size() + 1;
    return blob_.substr(start, blob_.find('\n', start) - start);
  };
  if (slot_count_ != 0) {
    std::uint32_t h = 2166136261u;  // FNV-1a, as tools/gen_gazetteers.cpp
    for (char c : key) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    for (std::size_t at = h & (slot_count_ - 1);; at = (at + 1) & (slot_count_ - 1)) {
      const unsigned slot = slots_[at];  // the record's offset, and its hash's top byte above it
      if (slot == 0xFFFFFFFFu) return std::nullopt;
      if ((slot & 0xFF000000u) != (h & 0xFF000000u)) continue;
      const unsigned record = slot & 0xFFFFFFu;
      if (compare_key(key, blob_, record) == 0) return value_at(record);
    }
  }
  std::size_t lo = 0, hi = count_;
  while (lo < hi) {
    std::size_t mid = lo + (hi - lo) / 2;
    int c = compare_key(key, blob_, index_[mid]);
    if (c > 0) {
      lo = mid + 1;
    } else if (c < 0) {
      hi = mid;
    } else {
      std::size_t start = index_[mid] + key.size() + 1;
      std::size_t end = blob_.find('\n', start);
      return blob_.substr(start, end - start);
    }
  }
  return std::nullopt;
}

}  // namespace newsparse::detail
