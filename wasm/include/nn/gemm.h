// Single-precision matrix product for the dense layers' three products (W·X forward, G·Xᵀ for
// ∂L/∂W, Wᵀ·G for ∂L/∂x), written for 128-bit vectors without fused multiply-add: WebAssembly
// SIMD in the browser (wasm_simd128.h), SSE natively, plain loops elsewhere. Both vector paths
// do the same operations in the same order, so the native tests check the browser's numbers.
//
//   C = [bias + | C +] A·B        A: M×K, B: K×N, C: M×N column-major (C(i, j) = c[i + j·ldc])
//
// A and B are read through strides, so a transposed operand needs no copy:
//   A(i, k) = a[i·a_i + k·a_k],   B(k, j) = b[k·b_k + j·b_j].
#pragma once
#include "nn/tensor.h"

namespace nn {

struct GemmOperand {
  const Scalar* data;
  Index stride_row;  // distance between consecutive rows (i for A, k for B)
  Index stride_col;  // distance between consecutive columns (k for A, j for B)
};

// bias (M values, or null) starts every column of C; accumulate adds to C instead (bias must
// then be null). Uses a scratch buffer of 8·K floats that grows once to the largest K seen.
void gemm(Index M, Index N, Index K, GemmOperand A, GemmOperand B, Scalar* c, Index ldc,
          const Scalar* bias, bool accumulate);

}  // namespace nn
