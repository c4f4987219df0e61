// src/text/sorted_table.cpp: binary search over a compiled gazetteer.
#include "text/sorted_table.hpp"

namespace newsparse::detail {

std::string_view SortedTable::key_at(std::size_t i) const noexcept {
  std::size_t start = index_[i];
  std::size_t tab = blob_.find('\t', start);
  return blob_.substr(start, tab - start);
}

std::optional<std::string_view> SortedTable::find(std::string_view key) const noexcept {
  std::size_t lo = 0, hi = count_;
  while (lo < hi) {
    std::size_t mid = lo + (hi - lo) / 2;
    std::string_view k = key_at(mid);
    if (k < key) {
      lo = mid + 1;
    } else if (key < k) {
      hi = mid;
    } else {
      std::size_t start = index_[mid] + k.size() + 1;
      std::size_t end = blob_.find('\n', start);
      return blob_.substr(start, end - start);
    }
  }
  return std::nullopt;
}

}  // namespace newsparse::detail
