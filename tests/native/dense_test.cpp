// Dense layers take two paths: hand-written column loops for small weight matrices (the
// playground's) and Eigen's GEMM for large ones. Both must give Eigen's reference results.
#include "nn/dense.h"

#include <gtest/gtest.h>

namespace nn {
namespace {

struct Shape {
  Index in, out, batch;
  bool bias;
};

class DenseMatchesEigen : public ::testing::TestWithParam<Shape> {};

TEST_P(DenseMatchesEigen, ForwardAndBackward) {
  const Shape s = GetParam();
  Dense d(s.in, s.out, s.bias);
  Vector params = Vector::Zero(d.param_count()), grads = Vector::Zero(d.param_count());
  d.bind(params.data(), grads.data());
  Rng rng(7);
  for (Index i = 0; i < params.size(); ++i) params(i) = Scalar(rng.uniform(-1, 1));
  Matrix x(s.in, s.batch), g(s.out, s.batch), gi;
  for (Index i = 0; i < x.size(); ++i) x(i) = Scalar(rng.uniform(-2, 2));
  for (Index i = 0; i < g.size(); ++i) g(i) = Scalar(rng.uniform(-1, 1));

  const Eigen::Map<const Matrix> W(params.data(), s.out, s.in);
  Matrix z_ref = W * x;
  if (s.bias) z_ref.colwise() += Eigen::Map<const Vector>(params.data() + s.out * s.in, s.out);
  d.forward(x, Phase::Train);
  EXPECT_LT((d.output() - z_ref).cwiseAbs().maxCoeff(), 1e-4f * (1 + z_ref.cwiseAbs().maxCoeff()));

  d.backward(x, g, gi);
  const Matrix dW_ref = g * x.transpose(), gi_ref = W.transpose() * g;
  const Eigen::Map<const Matrix> dW(grads.data(), s.out, s.in);
  EXPECT_LT((dW - dW_ref).cwiseAbs().maxCoeff(), 1e-4f * (1 + dW_ref.cwiseAbs().maxCoeff()));
  EXPECT_LT((gi - gi_ref).cwiseAbs().maxCoeff(), 1e-4f * (1 + gi_ref.cwiseAbs().maxCoeff()));
  if (s.bias) {
    const Vector db_ref = g.rowwise().sum();
    const Eigen::Map<const Vector> db(grads.data() + s.out * s.in, s.out);
    EXPECT_LT((db - db_ref).cwiseAbs().maxCoeff(), 1e-4f * (1 + db_ref.cwiseAbs().maxCoeff()));
  }
  // Twice in a row (scratch buffers reused, gradients overwritten, not accumulated).
  d.backward(x, g, gi);
  EXPECT_LT((dW - dW_ref).cwiseAbs().maxCoeff(), 1e-4f * (1 + dW_ref.cwiseAbs().maxCoeff()));
}

TEST(Dense, WithoutInputGradientLeavesItAloneAndStillComputesWeightGradients) {
  for (const Index out : {Index(4), Index(40)}) {  // the fixed-width and the GEMM path
    Dense a(6, out), b(6, out);
    Vector pa = Vector::Zero(a.param_count()), ga = pa, pb = pa, gb = pa;
    a.bind(pa.data(), ga.data());
    b.bind(pb.data(), gb.data());
    Rng rng(3);
    a.init_params(rng, Init::XavierUniform);
    pb = pa;
    b.set_input_gradient(false);
    Matrix x = Matrix::Random(6, 9), g = Matrix::Random(out, 9), gi_a, gi_b;
    a.forward(x, Phase::Train);
    b.forward(x, Phase::Train);
    a.backward(x, g, gi_a);
    b.backward(x, g, gi_b);
    EXPECT_EQ(ga, gb);
    EXPECT_EQ(gi_a.rows(), 6);
    EXPECT_EQ(gi_b.size(), 0);
  }
}

INSTANTIATE_TEST_SUITE_P(Shapes, DenseMatchesEigen,
                         ::testing::Values(Shape{2, 4, 10, true}, Shape{4, 2, 10, true}, Shape{8, 8, 10, true},
                                           Shape{8, 1, 7, true}, Shape{3, 5, 1, false}, Shape{7, 13, 10000, true},
                                           Shape{32, 32, 5, true}, Shape{64, 128, 32, true}, Shape{784, 16, 3, false}),
                         [](const auto& info) {
                           const Shape& s = info.param;
                           return std::to_string(s.in) + "to" + std::to_string(s.out) + "x" + std::to_string(s.batch) +
                                  (s.bias ? "" : "_nobias");
                         });

}  // namespace
}  // namespace nn
