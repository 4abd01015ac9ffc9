// The dense layers' GEMM kernels (nn/gemm.h) against Eigen's product, for the three products a
// dense layer needs (W·X + b, G·Xᵀ, Wᵀ·G), shapes with and without remainders of the 8 × 4
// tile, and accumulation into C. The same code runs in the browser as WASM SIMD, in the same
// operation order, so this checks the browser's numbers too.
#include "nn/gemm.h"

#include <gtest/gtest.h>

#include <cmath>

#include "nn/rng.h"

namespace nn {
namespace {

Matrix random_matrix(Index rows, Index cols, Rng& rng) {
  Matrix m(rows, cols);
  for (Index j = 0; j < cols; ++j)
    for (Index i = 0; i < rows; ++i) m(i, j) = Scalar(rng.uniform(-1, 1));
  return m;
}

// Within float rounding: each value is a sum of K products of values in [−1, 1], so its
// rounding error is at most about K·2⁻²⁴ in absolute terms.
void expect_close(const Matrix& got, const Matrix& want, Index K, const char* what) {
  ASSERT_EQ(got.rows(), want.rows());
  ASSERT_EQ(got.cols(), want.cols());
  const double tol = 4.0 * double(K) * 6e-8;
  double worst = 0;
  for (Index j = 0; j < got.cols(); ++j)
    for (Index i = 0; i < got.rows(); ++i) worst = std::max(worst, std::abs(double(got(i, j)) - double(want(i, j))));
  EXPECT_LE(worst, tol) << what << " " << got.rows() << "×" << got.cols() << ", depth " << K;
}

struct Shape {
  Index out, in, batch;
};

class GemmAgainstEigen : public ::testing::TestWithParam<Shape> {};

TEST_P(GemmAgainstEigen, ForwardWeightGradientAndInputGradient) {
  const Shape s = GetParam();
  Rng rng(s.out * 1000 + s.in * 10 + s.batch);
  const Matrix W = random_matrix(s.out, s.in, rng), X = random_matrix(s.in, s.batch, rng);
  const Matrix G = random_matrix(s.out, s.batch, rng);
  const Vector b = random_matrix(s.out, 1, rng);

  Matrix Z(s.out, s.batch);  // Z = b + W·X
  gemm(s.out, s.batch, s.in, {W.data(), 1, s.out}, {X.data(), 1, s.in}, Z.data(), s.out, b.data(), false);
  expect_close(Z, (W * X).colwise() + b, s.in, "W·X + b");

  Matrix Z0(s.out, s.batch);  // without bias
  gemm(s.out, s.batch, s.in, {W.data(), 1, s.out}, {X.data(), 1, s.in}, Z0.data(), s.out, nullptr, false);
  expect_close(Z0, W * X, s.in, "W·X");

  Matrix dW(s.out, s.in);  // G·Xᵀ
  gemm(s.out, s.in, s.batch, {G.data(), 1, s.out}, {X.data(), s.in, 1}, dW.data(), s.out, nullptr, false);
  expect_close(dW, G * X.transpose(), s.batch, "G·Xᵀ");

  Matrix acc = dW;  // C += G·Xᵀ
  gemm(s.out, s.in, s.batch, {G.data(), 1, s.out}, {X.data(), s.in, 1}, acc.data(), s.out, nullptr, true);
  expect_close(acc, 2 * (G * X.transpose()), 2 * s.batch, "C + G·Xᵀ");

  Matrix gi(s.in, s.batch);  // Wᵀ·G, W read transposed in place
  gemm(s.in, s.batch, s.out, {W.data(), s.out, 1}, {G.data(), 1, s.out}, gi.data(), s.in, nullptr, false);
  expect_close(gi, W.transpose() * G, s.out, "Wᵀ·G");
}

INSTANTIATE_TEST_SUITE_P(Shapes, GemmAgainstEigen,
                         ::testing::Values(Shape{8, 4, 4}, Shape{1, 1, 1}, Shape{10, 128, 64}, Shape{128, 64, 32},
                                           Shape{64, 128, 17}, Shape{256, 784, 64}, Shape{13, 7, 5},
                                           Shape{33, 65, 3}, Shape{7, 300, 130}));

TEST(Gemm, SubmatrixOfALargerMatrixLeavesTheRestAlone) {
  // ldc larger than M: a block of rows of C; rows below it must not be written.
  Rng rng(3);
  const Matrix A = random_matrix(5, 6, rng), B = random_matrix(6, 3, rng);
  Matrix C = Matrix::Constant(9, 3, 42.0f);
  gemm(5, 3, 6, {A.data(), 1, 5}, {B.data(), 1, 6}, C.data(), 9, nullptr, false);
  expect_close(C.topRows(5), A * B, 6, "block");
  EXPECT_TRUE((C.bottomRows(4).array() == 42.0f).all());
}

}  // namespace
}  // namespace nn
