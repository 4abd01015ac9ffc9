#include "nn/regularizer.h"

#include <gtest/gtest.h>

#include "gradient_check.h"
#include "nn/rng.h"

namespace nn {
namespace {

struct Fixture {
  Fixture() : params(10), grads(Vector::Zero(10)) {
    Rng rng(3);
    for (Index i = 0; i < 10; ++i) {
      params(i) = Scalar(rng.uniform(-2, 2));
      if (std::abs(params(i)) < 0.05f) params(i) = 0.5f;  // keep off |w|'s kink
    }
  }
  Vector params, grads;
  Ranges ranges{{1, 4}, {6, 3}};  // 0, 5 and 9 play biases: never penalized
};

TEST(Regularizer, L2GradientMatchesFiniteDifferencesAndSkipsBiases) {
  Fixture f;
  add_penalty_gradient(Regularization::L2, 0.3, f.params, f.grads, f.ranges);
  Matrix p = f.params;
  const Matrix numeric =
      test::numeric_gradient(p, [&] { return penalty(Regularization::L2, 0.3, Vector(p), f.ranges); });
  EXPECT_LT(test::max_relative_error(f.grads, numeric), 1e-3);
  EXPECT_EQ(f.grads(0), 0);
  EXPECT_EQ(f.grads(5), 0);
  EXPECT_EQ(f.grads(9), 0);
  EXPECT_FLOAT_EQ(f.grads(2), 0.3f * f.params(2));
}

TEST(Regularizer, L1PenaltyAndItsSubgradientAwayFromZero) {
  Fixture f;
  double expected = 0;
  for (Index i : {1, 2, 3, 4, 6, 7, 8}) expected += std::abs(double(f.params(i)));
  EXPECT_NEAR(penalty(Regularization::L1, 0.1, f.params, f.ranges), 0.1 * expected, 1e-6);
  Matrix p = f.params;
  const Matrix numeric =
      test::numeric_gradient(p, [&] { return penalty(Regularization::L1, 0.1, Vector(p), f.ranges); });
  for (Index i : {1, 2, 3, 4, 6, 7, 8}) EXPECT_NEAR(numeric(i), 0.1 * (f.params(i) > 0 ? 1 : -1), 1e-3);
  for (Index i : {0, 5, 9}) EXPECT_EQ(numeric(i), 0);
}

TEST(Regularizer, L1ProximalStepShrinksAndLandsExactlyOnZero) {
  Vector w(5);
  w << 0.3f, -0.3f, 0.05f, -0.02f, 1;
  apply_l1_proximal(Regularization::L1, 0.5, 0.2, w, {{0, 4}});  // threshold αλ = 0.1
  EXPECT_FLOAT_EQ(w(0), 0.2f);
  EXPECT_FLOAT_EQ(w(1), -0.2f);
  EXPECT_EQ(w(2), 0);  // |w| ≤ threshold: exactly zero, not a small oscillating number
  EXPECT_EQ(w(3), 0);
  EXPECT_EQ(w(4), 1);  // outside the ranges
  EXPECT_EQ(count_zeros(w, {{0, 5}}), 2);
  apply_l1_proximal(Regularization::L2, 0.5, 0.2, w, {{0, 4}});  // no-op for L2
  EXPECT_FLOAT_EQ(w(0), 0.2f);
}

}  // namespace
}  // namespace nn
