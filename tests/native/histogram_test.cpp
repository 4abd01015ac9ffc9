// The histograms the playground draws: counts in equal bins, L1's spike of exact zeros against
// L2's narrower bell, and batch norm's pre-activations before and after normalization.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "nn/histogram.h"
#include "nn/trainer.h"

namespace nn {
namespace {

TEST(Histogram, CountsEachValueInItsBinAndTheEndsInTheEndBins) {
  const Scalar nan = std::numeric_limits<Scalar>::quiet_NaN();
  const Scalar v[] = {-3, -1, -0.5f, 0, 0, 0.49f, 1, 7, nan};
  const Histogram h = histogram(v, 9, -1, 1, 4);  // bins of 0.5: [-1,-.5) [-.5,0) [0,.5) [.5,1]
  EXPECT_EQ(h.counts, (std::vector<int>{2, 1, 3, 2}));
  EXPECT_EQ(h.total, 8);  // NaN left out
  EXPECT_EQ(h.zeros, 2);
  const double mean = (-3 - 1 - 0.5 + 0.49 + 1 + 7) / 8.0;
  EXPECT_NEAR(h.mean, mean, 1e-6);
  double var = 0;
  for (double x : {-3.0, -1.0, -0.5, 0.0, 0.0, 0.49, 1.0, 7.0}) var += (x - mean) * (x - mean);
  EXPECT_NEAR(h.sd, std::sqrt(var / 8), 1e-6);
  EXPECT_THROW(histogram(v, 9, -1, 1, 0), std::invalid_argument);
  EXPECT_THROW(histogram(v, 9, 1, 1, 4), std::invalid_argument);
}

TEST(Histogram, AxisEndsAreOneTwoOrFiveTimesAPowerOfTen) {
  EXPECT_DOUBLE_EQ(nice_ceiling(0.73), 1);
  EXPECT_DOUBLE_EQ(nice_ceiling(1), 1);
  EXPECT_DOUBLE_EQ(nice_ceiling(1.3), 2);
  EXPECT_DOUBLE_EQ(nice_ceiling(3), 5);
  EXPECT_DOUBLE_EQ(nice_ceiling(6), 10);
  EXPECT_NEAR(nice_ceiling(0.004), 0.005, 1e-15);
  EXPECT_DOUBLE_EQ(nice_ceiling(0), 1);  // all weights 0: still a range to draw
}

TEST(Histogram, ValueRangeIsTheDataRangeWidenedWhenAllEqual) {
  const Scalar same[] = {2, 2, 2};
  const Histogram h = value_histogram(same, 3, 5);
  EXPECT_DOUBLE_EQ(h.lo, 1.5);
  EXPECT_DOUBLE_EQ(h.hi, 2.5);
  EXPECT_EQ(h.counts[2], 3);
}

std::string regularized(const char* kind, double rate) {
  return std::string(R"({"seed": 2, "data": {"generator": "circle", "points": 200, "noise": 0.1},
      "model": {"hidden": [8, 8], "activation": "tanh"}, "optimizer": {"kind": "sgd", "learningRate": 0.03},
      "regularization": {"kind": ")") + kind + R"(", "rate": )" + std::to_string(rate) + "}}";
}

// The course's picture: L1 drives many weights to exactly 0 (a spike in the middle bin), L2
// shrinks every weight towards 0 without making any exactly 0 (a narrower bell).
TEST(WeightHistogram, L1MakesASpikeAtZeroAndL2ANarrowerBell) {
  Trainer none(parse_spec(regularized("none", 0)));
  Trainer l1(parse_spec(regularized("l1", 0.01)));
  Trainer l2(parse_spec(regularized("l2", 0.01)));
  for (Trainer* t : {&none, &l1, &l2}) t->train_epochs(300);

  const int bins = 21;  // odd: bin 10 is centred on 0
  const Histogram h_none = none.weight_histogram(bins), h1 = l1.weight_histogram(bins), h2 = l2.weight_histogram(bins);
  const long long weights = 2 * 8 + 8 * 8 + 8 * 1;
  for (const Histogram* h : {&h_none, &h1, &h2}) {
    EXPECT_EQ(h->total, weights);
    EXPECT_EQ(h->lo, -h->hi);
    long long sum = 0;
    for (int c : h->counts) sum += c;
    EXPECT_EQ(sum, weights);
  }
  EXPECT_EQ(h1.zeros, l1.metrics().zero_weights);
  EXPECT_GT(h1.zeros, weights / 4) << "L1 should zero a good part of the weights";
  EXPECT_GE(h1.counts[10], h1.zeros);  // the exact zeros stand in the middle bin
  EXPECT_EQ(h2.zeros, 0);
  EXPECT_EQ(h_none.zeros, 0);
  EXPECT_LT(h2.sd, 0.8 * h_none.sd) << "L2 shrinks the weights";
}

// Batch norm: before normalization the pre-activations of a layer are W·x with whatever mean
// and spread the weights give; after it (evaluation phase, running statistics that full-batch
// training has settled) each neuron's are centred with unit spread, γ = 1 and β = 0 at first.
TEST(BatchNormHistograms, BeforeIsTheDenseOutputAfterIsNormalized) {
  Trainer t(parse_spec(R"({"seed": 5, "data": {"generator": "gauss", "points": 200, "noise": 0.1},
      "model": {"hidden": [6, 6], "activation": "sigmoid", "batchNorm": true},
      "optimizer": {"kind": "sgd", "learningRate": 0.0001}, "training": {"batchSize": 200}})"));
  t.train_epochs(80);  // running ← 0.9·running + 0.1·batch: settled after 80 epochs
  const Index n = t.train_set().size();
  for (int block = 0; block < 2; ++block) {
    const auto [before, after] = t.batch_norm_histograms(block, 15);
    EXPECT_EQ(before.total, 6 * n);
    EXPECT_EQ(after.total, 6 * n);
    EXPECT_NEAR(after.mean, 0, 0.05) << "block " << block;
    EXPECT_NEAR(after.sd, 1, 0.05) << "block " << block;
    EXPECT_GT(std::abs(before.sd - 1) + std::abs(before.mean), 0.3) << "the raw pre-activations are not already normalized";
  }
  // Layer 0 before normalization is exactly W·x over the training inputs (no bias with BN).
  const Matrix z = t.network().dense(0).weights() * t.train_inputs();
  const double mean = double(z.cast<double>().mean());
  const double sd = std::sqrt((z.cast<double>().array() - mean).square().mean());
  const auto [before0, after0] = t.batch_norm_histograms(0, 15);
  EXPECT_NEAR(before0.mean, mean, 1e-4);
  EXPECT_NEAR(before0.sd, sd, 1e-4);
  EXPECT_NEAR(before0.lo, double(z.minCoeff()), 1e-5);
  EXPECT_NEAR(before0.hi, double(z.maxCoeff()), 1e-5);

  Trainer plain(parse_spec(R"({"model": {"hidden": [4]}})"));
  EXPECT_THROW(plain.batch_norm_histograms(0, 15), std::invalid_argument);
  EXPECT_THROW(t.batch_norm_histograms(2, 15), std::invalid_argument);
}

}  // namespace
}  // namespace nn
