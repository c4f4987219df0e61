// src/text/word_map.hpp: a map from short words to values, built once from
// a word list and read many times: open addressing (word_hash(), at most a
// quarter full, power-of-two size) over keys kept in one vector. A look-up
// hashes the word once and usually compares one key; std::unordered_map
// divided by a prime and chased a node for each of the tokenizer's
// look-ups, a tenth of the quotes stage's time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsparse::detail {

/// A hash of a short word that reads it eight bytes at a time (FNV-1a's
/// byte loop, with a multiply per byte, was 5% of all instructions): each
/// piece is mixed in by a multiply, and the high bits are folded into the
/// low ones that pick the slot. Words of 1 to 7 bytes are read as two
/// overlapping pieces, or three single bytes.
inline std::uint64_t word_hash(std::string_view s) noexcept {
  constexpr std::uint64_t k = 0x9E3779B97F4A7C15ULL;
  const char* p = s.data();
  std::size_t n = s.size();
  std::uint64_t h = n * k;
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * k;
    h ^= h >> 29;
  }
  std::uint64_t w = 0;
  if (n >= 4) {
    std::uint32_t head, tail;
    std::memcpy(&head, p, 4);
    std::memcpy(&tail, p + n - 4, 4);
    w = (std::uint64_t{head} << 32) | tail;
  } else if (n > 0) {
    w = static_cast<unsigned char>(p[0]) | std::uint64_t{static_cast<unsigned char>(p[n / 2])} << 8 |
        std::uint64_t{static_cast<unsigned char>(p[n - 1])} << 16;
  }
  h = (h ^ w) * k;
  return h ^ (h >> 32);
}

/// `Key` std::string_view keeps views of the words added, for a map that
/// does not outlive the text they are in: no string copied per word.
template <class Value, class Key = std::string>
class WordMap {
 public:
  /// Adds `word` with a default value if it is new; returns its value.
  Value& operator[](std::string_view word) {
    if (Value* v = find(word)) return *v;
    if ((entries_.size() + 1) * 4 > slots_.size()) grow();
    entries_.emplace_back(Key(word), Value{});
    place(static_cast<std::uint32_t>(entries_.size() - 1));
    return entries_.back().second;
  }

  const Value* find(std::string_view word) const noexcept {
    if (slots_.empty()) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = word_hash(word) & mask;; i = (i + 1) & mask) {
      const std::uint32_t slot = slots_[i];
      if (slot == kEmpty) return nullptr;
      if (entries_[slot].first == word) return &entries_[slot].second;
    }
  }
  Value* find(std::string_view word) noexcept {
    return const_cast<Value*>(static_cast<const WordMap*>(this)->find(word));
  }
  bool contains(std::string_view word) const noexcept { return find(word) != nullptr; }

  auto begin() const noexcept { return entries_.begin(); }
  auto end() const noexcept { return entries_.end(); }
  std::size_t size() const noexcept { return entries_.size(); }

 private:
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;

  void grow() {
    slots_.assign(slots_.empty() ? 64 : slots_.size() * 2, kEmpty);
    for (std::uint32_t e = 0; e < entries_.size(); ++e) place(e);
  }
  void place(std::uint32_t entry) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = word_hash(entries_[entry].first) & mask;
    while (slots_[i] != kEmpty) i = (i + 1) & mask;
    slots_[i] = entry;
  }

  std::vector<std::pair<Key, Value>> entries_;
  std::vector<std::uint32_t> slots_;
};

/// A set of words: a WordMap with no values.
class WordSet {
 public:
  void insert(std::string_view word) { map_[word] = true; }
  bool contains(std::string_view word) const noexcept { return map_.contains(word); }
  std::size_t size() const noexcept { return map_.size(); }

 private:
  WordMap<bool> map_;
};

}  // namespace newsparse::detail
