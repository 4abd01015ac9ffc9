// The core's only source of randomness: a seeded PCG32 with its own uniform and normal
// draws. We do not use <random>'s distributions because libstdc++ (native) and libc++
// (Emscripten) implement them differently, and native and WASM runs must agree.
#pragma once
#include <cmath>
#include <cstdint>

namespace nn {

class Rng {
 public:
  explicit Rng(uint64_t seed = 1) { reseed(seed); }

  void reseed(uint64_t seed) {
    m_state = 0;
    m_inc = (seed << 1u) | 1u;
    next_u32();
    m_state += seed ^ 0x853c49e6748fea9bULL;
    next_u32();
    m_has_spare = false;
  }

  uint32_t next_u32() {
    uint64_t old = m_state;
    m_state = old * 6364136223846793005ULL + m_inc;
    uint32_t xorshifted = static_cast<uint32_t>(((old >> 18u) ^ old) >> 27u);
    uint32_t rot = static_cast<uint32_t>(old >> 59u);
    return (xorshifted >> rot) | (xorshifted << ((32 - rot) & 31));
  }

  // Uniform in [0, 1) with 53 random bits.
  double uniform() {
    uint64_t hi = next_u32() >> 5, lo = next_u32() >> 6;
    return (static_cast<double>(hi) * 67108864.0 + static_cast<double>(lo)) / 9007199254740992.0;
  }
  double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }

  // Uniform integer in [0, n) without modulo bias.
  uint32_t below(uint32_t n) {
    uint32_t threshold = (0u - n) % n;
    for (;;) {
      uint32_t r = next_u32();
      if (r >= threshold) return r % n;
    }
  }

  // Standard normal by the Marsaglia polar method (portable: only +, *, log, sqrt).
  double normal() {
    if (m_has_spare) {
      m_has_spare = false;
      return m_spare;
    }
    double u, v, s;
    do {
      u = uniform(-1.0, 1.0);
      v = uniform(-1.0, 1.0);
      s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    double f = std::sqrt(-2.0 * std::log(s) / s);
    m_spare = v * f;
    m_has_spare = true;
    return u * f;
  }
  double normal(double mean, double stddev) { return mean + stddev * normal(); }

  // The complete generator state, for saving a model mid-run and resuming it identically.
  struct State {
    uint64_t state, inc;
    double spare;
    bool has_spare;
  };
  State save() const { return {m_state, m_inc, m_spare, m_has_spare}; }
  void restore(const State& s) {
    m_state = s.state;
    m_inc = s.inc | 1u;
    m_spare = s.spare;
    m_has_spare = s.has_spare;
  }

  // Fisher–Yates shuffle of an index array.
  template <class It>
  void shuffle(It first, It last) {
    for (auto n = last - first; n > 1; --n) std::swap(first[n - 1], first[below(static_cast<uint32_t>(n))]);
  }

 private:
  uint64_t m_state = 0, m_inc = 1;
  double m_spare = 0;
  bool m_has_spare = false;
};

}  // namespace nn
