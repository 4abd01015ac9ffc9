// The playground's step-by-step numbers for one chosen example of the mini-batch when batch
// norm is on: the Dense output before normalization, the mini-batch's μ and σ², x̂, γ and β
// read by batch_norm_values(), and the z neuron_values() shows (the activation's input,
// γ·x̂ + β), all equal to the chapter's formulas worked by hand on a 2 → 2 → 1 network.
#include <gtest/gtest.h>

#include <cmath>

#include "nn/batch_norm.h"
#include "nn/step_values.h"

namespace nn {
namespace {

std::unique_ptr<Trainer> tiny_bn() {
  return std::make_unique<Trainer>(parse_spec(R"({"seed": 4, "data": {"generator": "circle", "points": 40},
      "model": {"hidden": [2], "activation": "tanh", "batchNorm": true},
      "optimizer": {"kind": "adam", "learningRate": 0.05},
      "training": {"batchSize": 4}})"));
}

TEST(StepValuesBatchNorm, ChosenExampleShowsZBeforeAndAfterNormalizationAsWrittenByHand) {
  auto t = tiny_bn();
  // One update first, so that γ and β are no longer 1 and 0.
  t->prepare_batch();
  t->apply_batch();
  t->forward_batch();
  const Network& net = *t->batch_network();
  const Matrix& x = t->batch_inputs();
  const Dense& d0 = net.dense(0);
  ASSERT_NE(net.batch_norm(0), nullptr);
  const Index B = x.cols();
  ASSERT_EQ(B, 4);
  for (int h = 0; h < 2; ++h) {
    // z_before = Σᵢ w_hi·xᵢ (no bias: β replaces it), for every example of the mini-batch.
    std::vector<double> before(std::size_t(B), 0.0);
    for (Index j = 0; j < B; ++j)
      for (Index i = 0; i < x.rows(); ++i) before[std::size_t(j)] += double(d0.weights()(h, i)) * x(i, j);
    double mu = 0, var = 0;
    for (double v : before) mu += v / double(B);
    for (double v : before) var += (v - mu) * (v - mu) / double(B);
    for (Index j = 0; j < B; ++j) {
      SCOPED_TRACE("example " + std::to_string(j));
      Matrix bn, values;
      batch_norm_values(*t, 0, j, bn);
      neuron_values(*t, 0, j, values);
      const double xhat = (before[std::size_t(j)] - mu) / std::sqrt(var + BatchNorm::kEpsilon);
      EXPECT_NEAR(bn(h, kBnBefore), before[std::size_t(j)], 1e-5);
      EXPECT_NEAR(bn(h, kBnMean), mu, 1e-5);
      EXPECT_NEAR(bn(h, kBnVariance), var, 1e-5);
      EXPECT_NEAR(bn(h, kBnNormalized), xhat, 1e-4);
      const double gamma = bn(h, kBnGamma), beta = bn(h, kBnBeta);
      EXPECT_GT(std::abs(gamma - 1) + std::abs(beta), 1e-3) << "γ, β trained by the first update";
      // z = γ·x̂ + β is what the activation gets, and a = tanh(z).
      EXPECT_NEAR(values(h, kZ), gamma * xhat + beta, 1e-4);
      EXPECT_NEAR(values(h, kA), std::tanh(gamma * xhat + beta), 1e-4);
    }
  }
  // Each example has its own values: the examples of the mini-batch are not all the first one.
  Matrix first, third;
  batch_norm_values(*t, 0, 0, first);
  batch_norm_values(*t, 0, 2, third);
  EXPECT_NE(first(0, kBnBefore), third(0, kBnBefore));
  EXPECT_EQ(first(0, kBnMean), third(0, kBnMean)) << "μ is the mini-batch's, the same for every example";
}

TEST(StepValuesBatchNorm, LayersWithoutBatchNormAndBadExamplesAreNamed) {
  auto t = tiny_bn();
  Matrix v;
  EXPECT_THROW(batch_norm_values(*t, 0, 0, v), std::invalid_argument) << "no mini-batch yet";
  t->forward_batch();
  EXPECT_THROW(batch_norm_values(*t, 1, 0, v), std::invalid_argument) << "the output layer has no batch norm";
  EXPECT_THROW(batch_norm_values(*t, 0, 4, v), std::invalid_argument);
  auto plain = std::make_unique<Trainer>(parse_spec(R"({"seed": 4, "data": {"generator": "circle", "points": 40},
      "model": {"hidden": [2]}, "training": {"batchSize": 4}})"));
  plain->forward_batch();
  EXPECT_THROW(batch_norm_values(*plain, 0, 0, v), std::invalid_argument);
}

}  // namespace
}  // namespace nn
