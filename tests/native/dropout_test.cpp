#include "nn/dropout.h"

#include <gtest/gtest.h>

#include "gradient_check.h"

namespace nn {
namespace {

TEST(Dropout, KeptFractionMatchesTheRateAndScalingKeepsTheMean) {
  for (double p : {0.1, 0.5, 0.8}) {
    Rng rng(17);
    Dropout d(200, p, &rng);
    Matrix x = Matrix::Ones(200, 500);  // 100 000 Bernoulli draws
    d.forward(x, Phase::Train);
    const double kept = double(d.mask().sum()) / double(d.mask().size());
    // σ of the kept fraction is √(p(1−p)/n) ≤ 0.0016; allow 4σ.
    EXPECT_NEAR(kept, 1 - p, 0.0065) << "p = " << p;
    EXPECT_NEAR(double(d.output().mean()), 1.0, 0.02) << "inverted dropout keeps E[out] = in";
    for (Index i = 0; i < 50; ++i) {  // every value is 0 or in/(1−p)
      const Scalar v = d.output()(i);
      EXPECT_TRUE(v == 0 || std::abs(v - Scalar(1 / (1 - p))) < 1e-5f);
    }
  }
}

TEST(Dropout, EvaluationIsTheIdentity) {
  Rng rng(1);
  Dropout d(3, 0.5, &rng);
  Matrix x = Matrix::Random(3, 4), g = Matrix::Random(3, 4), gi;
  d.forward(x, Phase::Eval);
  EXPECT_EQ(d.output(), x);
  d.backward(x, g, gi);
  EXPECT_EQ(gi, g);
}

TEST(Dropout, NewMaskEveryTrainingPassUnlessFrozen) {
  Rng rng(2);
  Dropout d(10, 0.5, &rng);
  Matrix x = Matrix::Ones(10, 10);
  d.forward(x, Phase::Train);
  const Matrix first = d.mask();
  d.forward(x, Phase::Train);
  EXPECT_NE(d.mask(), first);
  d.freeze_mask(true);
  const Matrix frozen = d.mask();
  d.forward(x, Phase::Train);
  EXPECT_EQ(d.mask(), frozen);
}

// With the mask fixed, dropout is linear: check ∂L/∂in for L = Σ c ⊙ out.
TEST(Dropout, GradientMatchesFiniteDifferencesWithAFixedMask) {
  Rng rng(5);
  Dropout d(4, 0.3, &rng);
  Matrix x(4, 6), c(4, 6), gi;
  for (Index i = 0; i < x.size(); ++i) {
    x(i) = Scalar(rng.uniform(-2, 2));
    c(i) = Scalar(rng.uniform(-1, 1));
  }
  d.forward(x, Phase::Train);
  d.freeze_mask(true);
  ASSERT_GT(d.mask().sum(), 0);
  ASSERT_LT(d.mask().sum(), d.mask().size());
  d.backward(x, c, gi);
  const Matrix numeric = test::numeric_gradient(x, [&] {
    d.forward(x, Phase::Train);
    return double(d.output().cwiseProduct(c).sum());
  });
  EXPECT_LT(test::max_relative_error(gi, numeric), 1e-3);
}

}  // namespace
}  // namespace nn
