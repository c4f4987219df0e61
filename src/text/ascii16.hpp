// src/text/ascii16.hpp: the pieces the byte scans share to classify sixteen
// bytes at a time with SSE2 (every x86-64): the tokenizers, the word and
// sentence counters. Each scan keeps a byte loop for other targets.
#pragma once

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsparse::detail {

#if defined(__SSE2__)
/// The sixteen bytes at `p` (which must be readable).
inline __m128i load16(const char* p) noexcept { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); }

/// 0xFF in each byte of `v` that lies in [lo, hi], both ASCII. The compares
/// are signed, so bytes of 0x80 and above fall in no range.
inline __m128i bytes_in_range(__m128i v, char lo, char hi) noexcept {
  return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(lo - 1))),
                       _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(hi + 1))));
}

/// Bit k set for each byte k of `v` whose top bit is set (0xFF from a compare).
inline unsigned bit_mask(__m128i v) noexcept { return static_cast<unsigned>(_mm_movemask_epi8(v)); }
#endif

/// The set bits of a 16-bit mask, without a library call (std::popcount is
/// one in the baseline x86-64 target, which has no popcount instruction).
constexpr unsigned count_bits16(unsigned x) noexcept {
  x = x - ((x >> 1) & 0x5555u);
  x = (x & 0x3333u) + ((x >> 2) & 0x3333u);
  x = (x + (x >> 4)) & 0x0F0Fu;
  return (x + (x >> 8)) & 0x1Fu;
}
static_assert(count_bits16(0xFFFFu) == 16 && count_bits16(0x8001u) == 2 && count_bits16(0) == 0);

}  // namespace newsparse::detail
