// The dense layers' matrix product (see nn/gemm.h). The method is the one XNNPACK's WebAssembly
// SIMD f32 GEMM kernels use, written out for our column-major layout:
// - C is computed in tiles of 8 rows × 4 columns held in eight 4-float accumulators (plus two
//   vectors of A and one broadcast of B: 11 of the 16 vector registers V8 has on x86-64, so
//   nothing spills);
// - each step of the depth loop loads 8 consecutive values of A's column k (two vector loads),
//   broadcasts B(k, j) for the 4 columns and does a multiply and an add per accumulator
//   (WebAssembly SIMD has no fused multiply-add in this toolchain);
// - A is first copied into a panel of 8 rows × K, contiguous in the order the loop reads it
//   (zero-padded below the last row), so the loop reads it with unit stride whatever A's
//   layout, and the panel (8·K floats, 25 KB for K = 784) stays in the L1 cache while all
//   column tiles of the row block use it.
// The same code compiles to WASM SIMD (browser), SSE (native) or plain loops, with the same
// operation order, hence the same results.
#include "nn/gemm.h"

#include <algorithm>
#include <vector>

#if defined(__wasm_simd128__)
#include <wasm_simd128.h>
#elif defined(__SSE__)
#include <xmmintrin.h>
#endif

namespace nn {
namespace {

constexpr Index kRows = 8;  // rows of a C tile (two vectors)
constexpr Index kCols = 4;  // columns of a C tile

// A 4-float vector and the five operations the kernel needs.
#if defined(__wasm_simd128__)
using V = v128_t;
inline V load(const Scalar* p) { return wasm_v128_load(p); }
inline void store(Scalar* p, V v) { wasm_v128_store(p, v); }
inline V broadcast(const Scalar* p) { return wasm_v128_load32_splat(p); }
inline V add(V a, V b) { return wasm_f32x4_add(a, b); }
inline V mul(V a, V b) { return wasm_f32x4_mul(a, b); }
#elif defined(__SSE__)
using V = __m128;
inline V load(const Scalar* p) { return _mm_loadu_ps(p); }
inline void store(Scalar* p, V v) { _mm_storeu_ps(p, v); }
inline V broadcast(const Scalar* p) { return _mm_load1_ps(p); }
inline V add(V a, V b) { return _mm_add_ps(a, b); }
inline V mul(V a, V b) { return _mm_mul_ps(a, b); }
#else
struct V {
  Scalar x[4];
};
inline V load(const Scalar* p) { return {{p[0], p[1], p[2], p[3]}}; }
inline void store(Scalar* p, V v) { std::copy(v.x, v.x + 4, p); }
inline V broadcast(const Scalar* p) { return {{*p, *p, *p, *p}}; }
inline V add(V a, V b) { return {{a.x[0] + b.x[0], a.x[1] + b.x[1], a.x[2] + b.x[2], a.x[3] + b.x[3]}}; }
inline V mul(V a, V b) { return {{a.x[0] * b.x[0], a.x[1] * b.x[1], a.x[2] * b.x[2], a.x[3] * b.x[3]}}; }
#endif

// One tile: C(0:8, 0:NR) = start + panel · B(0:K, 0:NR), where start is C itself (accumulate)
// or `init` (8 values, every column) . panel is 8 × K, packed: panel[k·8 + i] = A(i, k).
template <int NR>
inline void tile(Index K, const Scalar* panel, const Scalar* b, Index b_k, Index b_j, Scalar* c, Index ldc,
                 const Scalar* init) {
  V lo[NR], hi[NR];
  for (int j = 0; j < NR; ++j) {
    const Scalar* s = init ? init : c + j * ldc;
    lo[j] = load(s);
    hi[j] = load(s + 4);
  }
  for (Index k = 0; k < K; ++k, panel += kRows, b += b_k) {
    const V a_lo = load(panel), a_hi = load(panel + 4);
    for (int j = 0; j < NR; ++j) {
      const V bkj = broadcast(b + j * b_j);
      lo[j] = add(lo[j], mul(a_lo, bkj));
      hi[j] = add(hi[j], mul(a_hi, bkj));
    }
  }
  for (int j = 0; j < NR; ++j) {
    store(c + j * ldc, lo[j]);
    store(c + j * ldc + 4, hi[j]);
  }
}

template <int NR>
void tile_any_rows(Index rows, Index K, const Scalar* panel, const Scalar* b, Index b_k, Index b_j, Scalar* c,
                   Index ldc, const Scalar* init) {
  if (rows == kRows) return tile<NR>(K, panel, b, b_k, b_j, c, ldc, init);
  // A partial row block (the last rows of C): the tile runs on a full 8-row copy.
  alignas(16) Scalar t[kRows * NR] = {};
  for (int j = 0; j < NR; ++j)
    for (Index i = 0; i < rows; ++i) t[j * kRows + i] = init ? init[i] : c[i + j * ldc];
  tile<NR>(K, panel, b, b_k, b_j, t, kRows, nullptr);
  for (int j = 0; j < NR; ++j)
    for (Index i = 0; i < rows; ++i) c[i + j * ldc] = t[j * kRows + i];
}

// panel[k·8 + i] = A(r + i, k) for i < rows, 0 below.
void pack(const GemmOperand& A, Index r, Index rows, Index K, Scalar* panel) {
  const Scalar* a = A.data + r * A.stride_row;
  if (A.stride_row == 1 && rows == kRows) {  // A's columns are contiguous: 8 values per k
    for (Index k = 0; k < K; ++k) std::copy(a + k * A.stride_col, a + k * A.stride_col + kRows, panel + k * kRows);
    return;
  }
  for (Index i = 0; i < kRows; ++i) {  // A's rows contiguous (a transposed matrix), or a partial block
    if (i >= rows) {
      for (Index k = 0; k < K; ++k) panel[k * kRows + i] = Scalar(0);
      continue;
    }
    const Scalar* ai = a + i * A.stride_row;
    for (Index k = 0; k < K; ++k) panel[k * kRows + i] = ai[k * A.stride_col];
  }
}

std::vector<Scalar>& panel_buffer() {
  static std::vector<Scalar> buffer;
  return buffer;
}

}  // namespace

void gemm(Index M, Index N, Index K, GemmOperand A, GemmOperand B, Scalar* c, Index ldc, const Scalar* bias,
          bool accumulate) {
  std::vector<Scalar>& buffer = panel_buffer();
  if (Index(buffer.size()) < kRows * K) buffer.resize(std::size_t(kRows * K));
  Scalar* panel = buffer.data();
  alignas(16) Scalar zeros[kRows] = {};
  for (Index r = 0; r < M; r += kRows) {
    const Index rows = std::min(kRows, M - r);
    pack(A, r, rows, K, panel);
    // What a column of this row block starts from: C (accumulate), the bias, or zero.
    alignas(16) Scalar start[kRows] = {};
    const Scalar* init = accumulate ? nullptr : zeros;
    if (bias) {
      std::copy(bias + r, bias + r + rows, start);
      init = start;
    }
    Scalar* cr = c + r;
    Index j = 0;
    for (; j + kCols <= N; j += kCols)
      tile_any_rows<kCols>(rows, K, panel, B.data + j * B.stride_col, B.stride_row, B.stride_col, cr + j * ldc, ldc, init);
    const Scalar* bj = B.data + j * B.stride_col;
    switch (N - j) {
      case 3: tile_any_rows<3>(rows, K, panel, bj, B.stride_row, B.stride_col, cr + j * ldc, ldc, init); break;
      case 2: tile_any_rows<2>(rows, K, panel, bj, B.stride_row, B.stride_col, cr + j * ldc, ldc, init); break;
      case 1: tile_any_rows<1>(rows, K, panel, bj, B.stride_row, B.stride_col, cr + j * ldc, ldc, init); break;
      default: break;
    }
  }
}

}  // namespace nn
