#include "nn/dense.h"

#include <algorithm>
#include <cmath>
#include <new>
#include <stdexcept>
#include <string>
#include <type_traits>

#include "nn/gemm.h"

namespace nn {

// Small layers (the playground's: at most 8 × 8 weights, batches of 10) do not go through
// Eigen's matrix products. Eigen sends every product with rows + cols + depth ≥ 20 to its
// blocked GEMM, whose packing and blocking cost far more than the arithmetic here, and its
// coefficient-based product for the smaller ones costs a dynamic-size dot product per output
// value. These loops are column-by-column axpys over contiguous memory, which GCC and clang
// (WASM SIMD) vectorize. Large layers use the GEMM kernels of nn/gemm.h, written for 128-bit
// WASM SIMD. Same results as Eigen's products up to float rounding order
// (tests/native/dense_test.cpp and gemm_test.cpp compare them).
namespace {

bool small_weights(Index out, Index in) { return out * in <= 1024; }

// Fixed output width OUT (1 … 8, the playground's layers): one column of outputs is a
// fixed-size Eigen vector, held in SIMD registers (two 4-float packets for OUT = 8), so the
// loops over it unroll completely and vectorize; no per-column loop overhead.
template <int OUT>
using Col = Eigen::Matrix<Scalar, OUT, 1>;
template <int OUT>
using ColMap = Eigen::Map<const Col<OUT>>;

template <int OUT>
void fixed_forward(const Scalar* W, const Scalar* b, Index in, const Scalar* x, Index cols, Scalar* z) {
  for (Index j = 0; j < cols; ++j) {
    Col<OUT> acc = b ? Col<OUT>(ColMap<OUT>(b)) : Col<OUT>::Zero();
    const Scalar* xj = x + j * in;
    for (Index k = 0; k < in; ++k) acc.noalias() += ColMap<OUT>(W + k * OUT) * xj[k];
    Eigen::Map<Col<OUT>>(z + j * OUT) = acc;
  }
}

template <int OUT>
void fixed_weight_grad(const Scalar* G, const Scalar* x, Index in, Index cols, Scalar* dW) {
  for (Index k = 0; k < in; ++k) {
    Col<OUT> acc = Col<OUT>::Zero();
    for (Index j = 0; j < cols; ++j) acc.noalias() += ColMap<OUT>(G + j * OUT) * x[j * in + k];
    Eigen::Map<Col<OUT>>(dW + k * OUT) = acc;
  }
}

template <int OUT>
void fixed_input_grad(const Scalar* W, const Scalar* G, Index in, Index cols, Scalar* gi) {
  for (Index j = 0; j < cols; ++j) {
    const ColMap<OUT> Gj(G + j * OUT);
    for (Index k = 0; k < in; ++k) gi[j * in + k] = ColMap<OUT>(W + k * OUT).dot(Gj);
  }
}

// Any small width: column-by-column axpys over contiguous memory (vectorized by the compiler).
// z(:, j) = b + Σ_k W(:, k)·x(k, j). W is out × in column-major; b may be null.
void small_forward(const Scalar* __restrict W, const Scalar* __restrict b, Index out, Index in,
                   const Scalar* __restrict x, Index cols, Scalar* __restrict z) {
  for (Index j = 0; j < cols; ++j) {
    Scalar* zj = z + j * out;
    const Scalar* xj = x + j * in;
    for (Index i = 0; i < out; ++i) zj[i] = b ? b[i] : Scalar(0);
    for (Index k = 0; k < in; ++k) {
      const Scalar xk = xj[k];
      const Scalar* Wk = W + k * out;
      for (Index i = 0; i < out; ++i) zj[i] += Wk[i] * xk;
    }
  }
}

// dW(:, k) = Σ_j G(:, j)·x(k, j), i.e. dW = G·xᵀ.
void small_weight_grad(const Scalar* __restrict G, const Scalar* __restrict x, Index out, Index in, Index cols,
                       Scalar* __restrict dW) {
  std::fill(dW, dW + out * in, Scalar(0));
  for (Index j = 0; j < cols; ++j) {
    const Scalar* Gj = G + j * out;
    const Scalar* xj = x + j * in;
    for (Index k = 0; k < in; ++k) {
      const Scalar xk = xj[k];
      Scalar* dWk = dW + k * out;
      for (Index i = 0; i < out; ++i) dWk[i] += Gj[i] * xk;
    }
  }
}

// gi(:, j) = Σ_i Wt(:, i)·G(i, j), i.e. gi = Wᵀ·G with Wt = Wᵀ (in × out, column-major).
void small_input_grad(const Scalar* __restrict Wt, const Scalar* __restrict G, Index out, Index in, Index cols,
                      Scalar* __restrict gi) {
  for (Index j = 0; j < cols; ++j) {
    Scalar* gj = gi + j * in;
    const Scalar* Gj = G + j * out;
    for (Index k = 0; k < in; ++k) gj[k] = Scalar(0);
    for (Index i = 0; i < out; ++i) {
      const Scalar g = Gj[i];
      const Scalar* Wti = Wt + i * in;
      for (Index k = 0; k < in; ++k) gj[k] += Wti[k] * g;
    }
  }
}

// Calls fn(std::integral_constant<int, out>) for out in 1 … 8; returns false otherwise.
template <class Fn>
bool with_fixed_width(Index out, Fn&& fn) {
  switch (out) {
    case 1: fn(std::integral_constant<int, 1>{}); return true;
    case 2: fn(std::integral_constant<int, 2>{}); return true;
    case 3: fn(std::integral_constant<int, 3>{}); return true;
    case 4: fn(std::integral_constant<int, 4>{}); return true;
    case 5: fn(std::integral_constant<int, 5>{}); return true;
    case 6: fn(std::integral_constant<int, 6>{}); return true;
    case 7: fn(std::integral_constant<int, 7>{}); return true;
    case 8: fn(std::integral_constant<int, 8>{}); return true;
    default: return false;
  }
}

}  // namespace

void Dense::forward(const Matrix& in, Phase) {
  m_z.resize(m_out, in.cols());
  if (small_weights(m_out, m_in)) {
    const Scalar* b = m_has_bias ? m_b.data() : nullptr;
    if (!with_fixed_width(m_out, [&](auto w) { fixed_forward<w()>(m_W.data(), b, m_in, in.data(), in.cols(), m_z.data()); }))
      small_forward(m_W.data(), b, m_out, m_in, in.data(), in.cols(), m_z.data());
    return;
  }
  // Z = b + W·X:  W(i, k) = W[i + k·out],  X(k, j) = x[k + j·in]
  gemm(m_out, in.cols(), m_in, {m_W.data(), 1, m_out}, {in.data(), 1, m_in}, m_z.data(), m_out,
       m_has_bias ? m_b.data() : nullptr, false);
}

void Dense::backward(const Matrix& in, const Matrix& grad_out, Matrix& grad_in) {
  if (m_input_gradient) grad_in.resize(m_in, grad_out.cols());
  if (m_has_bias) m_db = grad_out.rowwise().sum();
  if (small_weights(m_out, m_in)) {
    const Index cols = grad_out.cols();
    if (with_fixed_width(m_out, [&](auto w) {
          fixed_weight_grad<w()>(grad_out.data(), in.data(), m_in, cols, m_dW.data());
          if (m_input_gradient) fixed_input_grad<w()>(m_W.data(), grad_out.data(), m_in, cols, grad_in.data());
        }))
      return;
    small_weight_grad(grad_out.data(), in.data(), m_out, m_in, cols, m_dW.data());
    if (!m_input_gradient) return;
    m_Wt.resize(m_in, m_out);  // allocates once: the shape never changes
    m_Wt = m_W.transpose();
    small_input_grad(m_Wt.data(), grad_out.data(), m_out, m_in, cols, grad_in.data());
    return;
  }
  const Index cols = grad_out.cols();
  // ∂L/∂W = G·Xᵀ:  G(i, j) = G[i + j·out],  Xᵀ(j, k) = x[k + j·in]
  gemm(m_out, m_in, cols, {grad_out.data(), 1, m_out}, {in.data(), m_in, 1}, m_dW.data(), m_out, nullptr, false);
  if (!m_input_gradient) return;
  // ∂L/∂x = Wᵀ·G:  Wᵀ(k, i) = W[i + k·out] read transposed,  G(i, j) = G[i + j·out]
  gemm(m_in, cols, m_out, {m_W.data(), m_out, 1}, {grad_out.data(), 1, m_out}, grad_in.data(), m_in, nullptr, false);
}

}  // namespace nn
