// append_json_double (nn/json.h): a double as nlohmann::json wrote it. Its digits come from
// Grisu2 (F. Loitsch, "Printing Floating-Point Numbers Quickly and Accurately with Integers",
// PLDI 2010) with 64-bit significands, exponents kept in [-60, -32] and cached powers of ten
// every 8 decades; the result is the shortest digit string inside a safely narrowed rounding
// interval of the double, nudged toward it. That is *almost* always the shortest round-trip
// text: in about 0.4 % of doubles it is one digit longer, or another digit string of the same
// length than printf's closest one, so "%.17g and shorten" would change the core's files. With
// the same parameters and the same arithmetic the digits are the same, which
// tests/native/json_equivalence_test.cpp checks against nlohmann::json over millions of doubles.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>

#include "nn/json.h"

namespace nn {
namespace {

struct Fp {  // f · 2^e
  std::uint64_t f;
  int e;
};

// The upper 64 bits of the 128-bit product, rounded (half up) on the lower 64.
Fp multiply(Fp x, Fp y) {
  const std::uint64_t a = x.f >> 32, b = x.f & 0xFFFFFFFFu, c = y.f >> 32, d = y.f & 0xFFFFFFFFu;
  const std::uint64_t ac = a * c, ad = a * d, bc = b * c, bd = b * d;
  const std::uint64_t middle = (bd >> 32) + (ad & 0xFFFFFFFFu) + (bc & 0xFFFFFFFFu) + (std::uint64_t(1) << 31);
  return {ac + (ad >> 32) + (bc >> 32) + (middle >> 32), x.e + y.e + 64};
}

Fp normalized(Fp x) {
  const int shift = __builtin_clzll(x.f);
  return {x.f << shift, x.e - shift};
}

// 10^k ≈ f · 2^e for k = -300, -292, …, 324, f rounded to nearest with its top bit set
// (computed exactly with Python integers by scripts/json-powers.py).
struct Power {
  std::uint64_t f;
  std::int16_t e, k;
};
constexpr Power kPowers[] = {
#include "json_powers.inc"
};
constexpr int kFirstPower = -300, kPowerStep = 8;
constexpr int kAlpha = -60;  // the product's exponent is kept in [kAlpha, -32]

// The cached power c with kAlpha <= e + c.e + 64 <= -32 for a significand of exponent e.
const Power& power_for(int e) {
  const int f = kAlpha - e - 1;
  const int k = (f * 78913) / (1 << 18) + (f > 0);  // ⌈f · log10(2)⌉; 78913 / 2^18 ≈ log10(2)
  return kPowers[(-kFirstPower + k + (kPowerStep - 1)) / kPowerStep];
}

// Moves the last digit toward w while the number stays inside the interval and gets closer.
void round_toward(char* digits, int length, std::uint64_t dist, std::uint64_t delta, std::uint64_t rest,
                  std::uint64_t ten_k) {
  while (rest < dist && delta - rest >= ten_k && (rest + ten_k < dist || dist - rest > rest + ten_k - dist)) {
    --digits[length - 1];
    rest += ten_k;
  }
}

// Shortest digits V with M- <= V · 10^exponent <= M+ (same exponent, in [-60, -32]); w is the
// scaled value itself. Returns the number of digits.
int generate(char* digits, int& exponent, Fp low, Fp w, Fp high) {
  std::uint64_t delta = high.f - low.f, dist = high.f - w.f;
  const int shift = -high.e;
  const std::uint64_t one = std::uint64_t(1) << shift;
  std::uint32_t integral = std::uint32_t(high.f >> shift);
  std::uint64_t fraction = high.f & (one - 1);
  std::uint32_t pow10 = 1;
  int n = 1;
  while (n < 10 && integral >= pow10 * 10) pow10 *= 10, ++n;
  int length = 0;
  while (n > 0) {
    digits[length++] = char('0' + integral / pow10);
    integral %= pow10;
    --n;
    const std::uint64_t rest = (std::uint64_t(integral) << shift) + fraction;
    if (rest <= delta) {
      exponent += n;
      round_toward(digits, length, dist, delta, rest, std::uint64_t(pow10) << shift);
      return length;
    }
    pow10 /= 10;
  }
  int m = 0;
  for (;;) {
    fraction *= 10;
    digits[length++] = char('0' + (fraction >> shift));
    fraction &= one - 1;
    ++m;
    delta *= 10;
    dist *= 10;
    if (fraction <= delta) break;
  }
  exponent -= m;
  round_toward(digits, length, dist, delta, fraction, one);
  return length;
}

// x > 0 and finite: its digits (at most 17), and the exponent of the last one.
int grisu2(double x, char* digits, int& exponent) {
  std::uint64_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  const std::uint64_t biased = bits >> 52, fraction = bits & ((std::uint64_t(1) << 52) - 1);
  const Fp v = biased == 0 ? Fp{fraction, -1074} : Fp{fraction + (std::uint64_t(1) << 52), int(biased) - 1075};
  // The rounding interval's ends, halfway to the neighbours; at a power of two (not the
  // smallest normal) the lower neighbour is half as far.
  const bool lower_closer = fraction == 0 && biased > 1;
  const Fp plus = normalized({2 * v.f + 1, v.e - 1});
  Fp minus = lower_closer ? Fp{4 * v.f - 1, v.e - 2} : Fp{2 * v.f - 1, v.e - 1};
  minus = {minus.f << (minus.e - plus.e), plus.e};
  const Power& p = power_for(plus.e);
  const Fp c{p.f, p.e};
  const Fp w = multiply(normalized(v), c), low = multiply(minus, c), high = multiply(plus, c);
  exponent = -p.k;
  // One unit in from each end: the products may be off by that much.
  return generate(digits, exponent, {low.f + 1, low.e}, w, {high.f - 1, high.e});
}

}  // namespace

void append_json_double(std::string& out, double x) {
  char buf[40];
  char* p = buf;
  if (std::signbit(x)) *p++ = '-', x = -x;
  if (x == 0) {
    out.append(buf, p);
    out += "0.0";
    return;
  }
  char digits[20];
  int exponent = 0;
  const int k = grisu2(x, digits, exponent);
  const int n = k + exponent;  // the decimal point is after digit n
  constexpr int kMinFixed = -4, kMaxFixed = 15;
  if (k <= n && n <= kMaxFixed) {  // an integer: 1200.0
    p = std::copy(digits, digits + k, p);
    p = std::fill_n(p, n - k, '0');
    *p++ = '.', *p++ = '0';
  } else if (0 < n && n <= kMaxFixed) {  // 12.34
    p = std::copy(digits, digits + n, p);
    *p++ = '.';
    p = std::copy(digits + n, digits + k, p);
  } else if (kMinFixed < n && n <= 0) {  // 0.001234
    *p++ = '0', *p++ = '.';
    p = std::fill_n(p, -n, '0');
    p = std::copy(digits, digits + k, p);
  } else {  // 1.234e+56, 1e-05
    *p++ = digits[0];
    if (k > 1) {
      *p++ = '.';
      p = std::copy(digits + 1, digits + k, p);
    }
    *p++ = 'e';
    int e = n - 1;
    *p++ = e < 0 ? '-' : '+';
    if (e < 0) e = -e;
    if (e >= 100) *p++ = char('0' + e / 100);
    *p++ = char('0' + e / 10 % 10);
    *p++ = char('0' + e % 10);
  }
  out.append(buf, p);
}

}  // namespace nn
