// Golden values: every optimizer's first three updates of one weight, w₀ = 1, for the fixed
// gradient sequence g₁ = 0.5, g₂ = −1, g₃ = 2, derived by hand from the update rule in its doc
// comment (ε = 0 so the numbers stay readable). Run with T = double, as the optimizer lab does.
#include "nn/optimizer.h"

#include <gtest/gtest.h>

#include <cmath>

#include "nn/schedule.h"

namespace nn {
namespace {

constexpr double kG[3] = {0.5, -1.0, 2.0};
constexpr double kTol = 1e-12;

// Runs the three steps and returns w after each.
std::vector<double> three_steps(OptimizerKind kind, const OptimizerParams& p) {
  auto opt = make_optimizer<double>(kind, p);
  double w = 1.0;
  std::vector<double> out;
  for (double g : kG) {
    opt->step(&w, &g, 1);
    out.push_back(w);
  }
  EXPECT_EQ(opt->t(), 3);
  return out;
}

OptimizerParams params(double lr) {
  OptimizerParams p;
  p.learning_rate = lr;
  p.epsilon = 0.0;
  return p;
}

TEST(OptimizerGolden, Sgd) {
  // w ← w − α·g, α = 0.1:  1 − 0.05 = 0.95;  0.95 + 0.1 = 1.05;  1.05 − 0.2 = 0.85
  const auto w = three_steps(OptimizerKind::SGD, params(0.1));
  EXPECT_NEAR(w[0], 0.95, kTol);
  EXPECT_NEAR(w[1], 1.05, kTol);
  EXPECT_NEAR(w[2], 0.85, kTol);
}

TEST(OptimizerGolden, MomentumHeavyBall) {
  // v ← β·v + g, w ← w − α·v, α = 0.1, β = 0.9
  // v₁ = 0.5                 w₁ = 1 − 0.05       = 0.95
  // v₂ = 0.45 − 1 = −0.55    w₂ = 0.95 + 0.055   = 1.005
  // v₃ = −0.495 + 2 = 1.505  w₃ = 1.005 − 0.1505 = 0.8545
  OptimizerParams p = params(0.1);
  p.momentum = 0.9;
  const auto w = three_steps(OptimizerKind::Momentum, p);
  EXPECT_NEAR(w[0], 0.95, kTol);
  EXPECT_NEAR(w[1], 1.005, kTol);
  EXPECT_NEAR(w[2], 0.8545, kTol);
}

TEST(OptimizerGolden, Nesterov) {
  // v ← β·v + g, w ← w − α·(g + β·v), α = 0.1, β = 0.9
  // v₁ = 0.5     w₁ = 1 − 0.1·(0.5 + 0.45)        = 0.905
  // v₂ = −0.55   w₂ = 0.905 − 0.1·(−1 − 0.495)    = 1.0545
  // v₃ = 1.505   w₃ = 1.0545 − 0.1·(2 + 1.3545)   = 0.71905
  OptimizerParams p = params(0.1);
  p.momentum = 0.9;
  const auto w = three_steps(OptimizerKind::Nesterov, p);
  EXPECT_NEAR(w[0], 0.905, kTol);
  EXPECT_NEAR(w[1], 1.0545, kTol);
  EXPECT_NEAR(w[2], 0.71905, kTol);
}

TEST(OptimizerGolden, AdaGrad) {
  // G ← G + g², w ← w − α·g/√G, α = 0.1
  // G₁ = 0.25   w₁ = 1 − 0.1·0.5/0.5          = 0.9
  // G₂ = 1.25   w₂ = 0.9 + 0.1/√1.25          = 0.98944271909999…
  // G₃ = 5.25   w₃ = w₂ − 0.2/√5.25           = 0.90215556299…
  const auto w = three_steps(OptimizerKind::AdaGrad, params(0.1));
  EXPECT_NEAR(w[0], 0.9, kTol);
  EXPECT_NEAR(w[1], 0.9 + 0.1 / std::sqrt(1.25), kTol);
  EXPECT_NEAR(w[2], 0.9 + 0.1 / std::sqrt(1.25) - 0.2 / std::sqrt(5.25), kTol);
  EXPECT_NEAR(w[2], 0.902155563, 1e-9);
}

TEST(OptimizerGolden, RmsProp) {
  // s ← ρ·s + (1 − ρ)·g², w ← w − α·g/√s, α = 0.01, ρ = 0.9
  // s₁ = 0.1·0.25 = 0.025                  w₁ = 1 − 0.005/√0.025   = 0.96837722339…
  // s₂ = 0.0225 + 0.1 = 0.1225 (√ = 0.35)   w₂ = w₁ + 0.01/0.35     = 0.99694865196…
  // s₃ = 0.11025 + 0.4 = 0.51025           w₃ = w₂ − 0.02/√0.51025 = 0.96894994…
  OptimizerParams p = params(0.01);
  p.rho = 0.9;
  const auto w = three_steps(OptimizerKind::RMSProp, p);
  const double w1 = 1 - 0.005 / std::sqrt(0.025), w2 = w1 + 0.01 / 0.35;
  EXPECT_NEAR(w[0], w1, kTol);
  EXPECT_NEAR(w[1], w2, kTol);
  EXPECT_NEAR(w[2], w2 - 0.02 / std::sqrt(0.51025), kTol);
  EXPECT_NEAR(w[0], 0.9683772234, 1e-9);
}

// Adam's moments for the sequence, β₁ = 0.9, β₂ = 0.999:
//   t = 1: m = 0.05,    s = 0.00025;                     1 − β₁ = 0.1,   1 − β₂ = 0.001
//   t = 2: m = −0.055,  s = 0.00024975 + 0.001 = 0.00124975;    1 − β₁² = 0.19,  1 − β₂² = 0.001999
//   t = 3: m = 0.1505,  s = 0.00124850025 + 0.004 = 0.00524850025; 1 − β₁³ = 0.271, 1 − β₂³ = 0.002997001
// so the normalized steps m̂/√ŝ are:
const double kAdamStep1 = (0.05 / 0.1) / std::sqrt(0.00025 / 0.001);                  // = 1
const double kAdamStep2 = (-0.055 / 0.19) / std::sqrt(0.00124975 / 0.001999);         // ≈ −0.36610
const double kAdamStep3 = (0.1505 / 0.271) / std::sqrt(0.00524850025 / 0.002997001);  // ≈ 0.41966

TEST(OptimizerGolden, Adam) {
  // w ← w − α·m̂/√ŝ, α = 0.1
  OptimizerParams p = params(0.1);
  const auto w = three_steps(OptimizerKind::Adam, p);
  EXPECT_NEAR(kAdamStep1, 1.0, kTol);  // Adam's first step is α·sign(g): the bias correction at work
  EXPECT_NEAR(w[0], 0.9, kTol);
  EXPECT_NEAR(w[1], 0.9 - 0.1 * kAdamStep2, kTol);
  EXPECT_NEAR(w[2], 0.9 - 0.1 * kAdamStep2 - 0.1 * kAdamStep3, kTol);
  EXPECT_NEAR(w[1], 0.936610, 1e-6);
}

TEST(OptimizerGolden, AdamWithoutBiasCorrection) {
  // w ← w − α·m/√s with the raw moments above: step₁ = 0.05/√0.00025 = √10 ≈ 3.162, so the
  // first step is √10 times α instead of α (what the correction is for).
  OptimizerParams p = params(0.1);
  p.bias_correction = false;
  const auto w = three_steps(OptimizerKind::Adam, p);
  const double s1 = 0.05 / std::sqrt(0.00025), s2 = -0.055 / std::sqrt(0.00124975), s3 = 0.1505 / std::sqrt(0.00524850025);
  EXPECT_NEAR(s1, std::sqrt(10.0), kTol);
  EXPECT_NEAR(w[0], 1 - 0.1 * s1, kTol);
  EXPECT_NEAR(w[1], 1 - 0.1 * (s1 + s2), kTol);
  EXPECT_NEAR(w[2], 1 - 0.1 * (s1 + s2 + s3), kTol);
}

TEST(OptimizerGolden, AdamW) {
  // w ← w − α·(m̂/√ŝ + λ·w), α = 0.1, λ = 0.1, the decay using w before the step:
  // w₁ = 1 − 0.1·(1 + 0.1)             = 0.89
  // w₂ = w₁ − 0.1·(step₂ + 0.1·w₁)     = 0.89·0.99 − 0.1·step₂
  // w₃ = w₂·0.99 − 0.1·step₃
  OptimizerParams p = params(0.1);
  p.weight_decay = 0.1;
  const auto w = three_steps(OptimizerKind::AdamW, p);
  const double w2 = 0.89 * 0.99 - 0.1 * kAdamStep2;
  EXPECT_NEAR(w[0], 0.89, kTol);
  EXPECT_NEAR(w[1], w2, kTol);
  EXPECT_NEAR(w[2], w2 * 0.99 - 0.1 * kAdamStep3, kTol);
}

TEST(Optimizer, ResetForgetsHistoryAndReplaysTheSameSteps) {
  for (OptimizerKind k :
       {OptimizerKind::SGD, OptimizerKind::Momentum, OptimizerKind::Nesterov, OptimizerKind::AdaGrad,
        OptimizerKind::RMSProp, OptimizerKind::Adam, OptimizerKind::AdamW}) {
    auto opt = make_optimizer<double>(k, OptimizerParams{});
    double w = 1, g = 0.3;
    opt->step(&w, &g, 1);
    const double first = w;
    opt->step(&w, &g, 1);
    opt->reset();
    EXPECT_EQ(opt->t(), 0);
    w = 1;
    opt->step(&w, &g, 1);
    EXPECT_EQ(w, first) << optimizer_name(k);
  }
}

TEST(Optimizer, CoordinatesAreIndependent) {
  // Two coordinates in one call equal two separate one-coordinate runs.
  auto both = make_optimizer<double>(OptimizerKind::Adam, OptimizerParams{});
  auto a = make_optimizer<double>(OptimizerKind::Adam, OptimizerParams{});
  auto b = make_optimizer<double>(OptimizerKind::Adam, OptimizerParams{});
  double w[2] = {1, -2}, wa = 1, wb = -2;
  for (double g : kG) {
    const double gs[2] = {g, -3 * g};
    both->step(w, gs, 2);
    a->step(&wa, &gs[0], 1);
    b->step(&wb, &gs[1], 1);
  }
  EXPECT_EQ(w[0], wa);
  EXPECT_EQ(w[1], wb);
}

TEST(Schedule, GoldenRates) {
  ScheduleParams p;
  p.kind = ScheduleKind::Constant;
  EXPECT_EQ(LearningRateSchedule(p).rate(0.1, 500), 0.1);

  p.kind = ScheduleKind::Step;  // halve every 10 epochs
  p.gamma = 0.5;
  p.step_epochs = 10;
  EXPECT_DOUBLE_EQ(LearningRateSchedule(p).rate(0.1, 9), 0.1);
  EXPECT_DOUBLE_EQ(LearningRateSchedule(p).rate(0.1, 10), 0.05);
  EXPECT_DOUBLE_EQ(LearningRateSchedule(p).rate(0.1, 25), 0.025);

  p.kind = ScheduleKind::Exponential;  // 0.1 · 0.9² = 0.081
  p.decay = 0.9;
  EXPECT_DOUBLE_EQ(LearningRateSchedule(p).rate(0.1, 2), 0.081);

  p.kind = ScheduleKind::Cosine;  // from 0.1 down to 0.01 over 100 epochs; halfway = mean
  p.period_epochs = 100;
  p.min_learning_rate = 0.01;
  EXPECT_DOUBLE_EQ(LearningRateSchedule(p).rate(0.1, 0), 0.1);
  EXPECT_NEAR(LearningRateSchedule(p).rate(0.1, 50), 0.055, 1e-15);
  EXPECT_DOUBLE_EQ(LearningRateSchedule(p).rate(0.1, 100), 0.01);
  EXPECT_DOUBLE_EQ(LearningRateSchedule(p).rate(0.1, 300), 0.01);
}

}  // namespace
}  // namespace nn
