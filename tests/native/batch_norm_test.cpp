#include "nn/batch_norm.h"

#include <gtest/gtest.h>

#include "gradient_check.h"

namespace nn {
namespace {

struct BnFixture {
  explicit BnFixture(Index n) : params(2 * n), grads(2 * n), state(2 * n), bn(n) {
    bn.bind(params.data(), grads.data());
    bn.bind_state(state.data());
    Rng rng(1);
    bn.init_params(rng, Init::XavierUniform);
    bn.init_state();
  }
  Vector params, grads, state;
  BatchNorm bn;
};

TEST(BatchNorm, TrainingOutputHasZeroMeanUnitVariancePerFeature) {
  BnFixture f(3);
  Matrix x = Matrix::Random(3, 50) * 4;
  x.row(1).array() += 10;
  f.bn.forward(x, Phase::Train);
  const Matrix& y = f.bn.output();
  for (Index r = 0; r < 3; ++r) {
    const double mean = y.row(r).mean();
    const double var = (y.row(r).array() - Scalar(mean)).square().mean();
    EXPECT_NEAR(mean, 0, 1e-5);
    EXPECT_NEAR(var, 1, 1e-3);
  }
}

TEST(BatchNorm, EvaluationUsesTheRunningStatistics) {
  BnFixture f(2);
  Rng rng(3);
  // Feed many batches with feature means (5, −2) and standard deviations (2, 0.5).
  Matrix x(2, 64);
  for (int step = 0; step < 200; ++step) {
    for (Index j = 0; j < 64; ++j) {
      x(0, j) = Scalar(rng.normal(5, 2));
      x(1, j) = Scalar(rng.normal(-2, 0.5));
    }
    f.bn.forward(x, Phase::Train);
  }
  EXPECT_NEAR(f.bn.running_mean()(0), 5, 0.2);
  EXPECT_NEAR(f.bn.running_mean()(1), -2, 0.05);
  EXPECT_NEAR(f.bn.running_var()(0), 4, 0.5);
  EXPECT_NEAR(f.bn.running_var()(1), 0.25, 0.03);

  // One evaluation point: normalized with the running statistics, not with its own (a batch
  // of one would have variance 0 and give 0).
  Matrix one(2, 1);
  one << 7, -2.5f;
  f.bn.forward(one, Phase::Eval);
  const auto& m = f.bn.running_mean();
  const auto& v = f.bn.running_var();
  EXPECT_NEAR(f.bn.output()(0), (7 - m(0)) / std::sqrt(v(0) + 1e-5f), 1e-5);
  EXPECT_NEAR(f.bn.output()(1), (-2.5f - m(1)) / std::sqrt(v(1) + 1e-5f), 1e-5);
  // …and evaluation leaves the running statistics alone.
  const Vector before = f.state;
  f.bn.forward(x, Phase::Eval);
  EXPECT_EQ(f.state, before);
}

// L = Σ c ⊙ y: checks ∂L/∂x, ∂L/∂γ and ∂L/∂β against central differences, in training mode
// (batch statistics depend on every x, which is what makes the backward formula non-trivial)
// and in evaluation mode.
TEST(BatchNorm, GradientsMatchFiniteDifferences) {
  for (Phase phase : {Phase::Train, Phase::Eval}) {
    BnFixture f(3);
    Rng rng(9);
    Matrix x(3, 8), c(3, 8), gi;
    for (Index i = 0; i < x.size(); ++i) {
      x(i) = Scalar(rng.uniform(-2, 2));
      c(i) = Scalar(rng.uniform(-1, 1));
    }
    for (Index i = 0; i < 3; ++i) {
      f.params(i) = Scalar(rng.uniform(0.5, 1.5));   // γ
      f.params(3 + i) = Scalar(rng.uniform(-1, 1));  // β
      f.state(i) = Scalar(rng.uniform(-1, 1));       // running mean
      f.state(3 + i) = Scalar(rng.uniform(0.5, 2));  // running var
    }
    const Vector state0 = f.state;
    auto loss = [&] {
      f.state = state0;  // training passes move the running statistics; keep them fixed
      f.bn.forward(x, phase);
      return double(f.bn.output().cwiseProduct(c).sum());
    };
    loss();
    f.bn.backward(x, c, gi);
    const Matrix analytic_params = f.grads;
    EXPECT_LT(test::max_relative_error(gi, test::numeric_gradient(x, loss)), 3e-3);
    Matrix p = f.params;
    const Matrix numeric_params = test::numeric_gradient(p, [&] {
      f.params = p;
      return loss();
    });
    EXPECT_LT(test::max_relative_error(analytic_params, numeric_params), 3e-3);
  }
}

}  // namespace
}  // namespace nn
