#include "nn/loss.h"

#include <gtest/gtest.h>

#include <cmath>

#include "gradient_check.h"
#include "nn/rng.h"

namespace nn {
namespace {

struct LossCase {
  OutputLink link;
  LossKind kind;
  int outputs;
};

class LossGradient : public ::testing::TestWithParam<LossCase> {};

Matrix targets_for(const LossCase& c, int batch, Rng& rng) {
  Matrix y = Matrix::Zero(c.outputs, batch);
  for (int j = 0; j < batch; ++j) {
    if (c.link == OutputLink::Linear) for (int k = 0; k < c.outputs; ++k) y(k, j) = Scalar(rng.uniform(-1, 1));
    else if (c.outputs == 1) y(0, j) = Scalar(rng.below(2));
    else y(rng.below(uint32_t(c.outputs)), j) = 1;
  }
  return y;
}

TEST_P(LossGradient, MatchesFiniteDifferences) {
  const LossCase c = GetParam();
  Rng rng(3);
  Loss loss(c.link, c.kind);
  Matrix z(c.outputs, 6);
  for (Index i = 0; i < z.size(); ++i) z(i) = Scalar(rng.uniform(-2, 2));
  const Matrix y = targets_for(c, 6, rng);
  Matrix grad;
  loss.gradient(z, y, grad);
  const Matrix numeric = test::numeric_gradient(z, [&] { return loss.value(z, y); });
  EXPECT_LT(test::max_relative_error(grad, numeric), 1e-3);
}

INSTANTIATE_TEST_SUITE_P(
    All, LossGradient,
    ::testing::Values(LossCase{OutputLink::Sigmoid, LossKind::CrossEntropy, 1},
                      LossCase{OutputLink::Softmax, LossKind::CrossEntropy, 4},
                      LossCase{OutputLink::Linear, LossKind::SquaredError, 1},
                      LossCase{OutputLink::Linear, LossKind::SquaredError, 3},
                      LossCase{OutputLink::Sigmoid, LossKind::SquaredError, 1},
                      LossCase{OutputLink::Softmax, LossKind::SquaredError, 3}),
    [](const auto& info) {
      return std::string(link_name(info.param.link)) + "_" + loss_name(info.param.kind) + "_" +
             std::to_string(info.param.outputs);
    });

TEST(Loss, BinaryCrossEntropyKnownValue) {
  Loss loss(OutputLink::Sigmoid, LossKind::CrossEntropy);
  Matrix z(1, 2), y(1, 2);
  z << 0, 2;
  y << 1, 0;
  // −log σ(0) = log 2;  −log(1 − σ(2)) = log(1 + e²)
  EXPECT_NEAR(loss.value(z, y), (std::log(2.0) + std::log1p(std::exp(2.0))) / 2, 1e-6);
}

TEST(Loss, SoftmaxCrossEntropyIsStableAtHugeLogits) {
  Loss loss(OutputLink::Softmax, LossKind::CrossEntropy);
  Matrix z(3, 2), y = Matrix::Zero(3, 2), grad, p;
  z << 1000, -1000, -1000, 1000, 0, 0;
  y(0, 0) = 1;  // right, with certainty
  y(0, 1) = 1;  // wrong by 2000: z = (−1000, 1000, 0)
  const double value = loss.value(z, y);
  EXPECT_TRUE(std::isfinite(value));
  EXPECT_NEAR(value, (0.0 + 2000.0) / 2, 1e-3);
  loss.gradient(z, y, grad);
  EXPECT_TRUE(grad.allFinite());
  loss.predict(z, p);
  EXPECT_TRUE(p.allFinite());
  EXPECT_NEAR(p(0, 0), 1.0, 1e-6);
}

TEST(Loss, SigmoidCrossEntropyIsStableAtHugeLogits) {
  Loss loss(OutputLink::Sigmoid, LossKind::CrossEntropy);
  Matrix z(1, 2), y(1, 2), grad;
  z << 1000, -1000;
  y << 0, 1;
  EXPECT_NEAR(loss.value(z, y), 1000.0, 1e-3);
  loss.gradient(z, y, grad);
  EXPECT_TRUE(grad.allFinite());
  EXPECT_NEAR(grad(0), 0.5, 1e-6);  // (σ(1000) − 0)/2
}

TEST(Loss, CrossEntropyNeedsAProbabilityOutput) {
  EXPECT_THROW(Loss(OutputLink::Linear, LossKind::CrossEntropy), std::invalid_argument);
}

}  // namespace
}  // namespace nn
