// The optimizer lab: surfaces, the race of the core's optimizers, and the quadratic's theory.
#include <gtest/gtest.h>

#include <cmath>

#include "nn/quadratic.h"
#include "nn/race.h"
#include "nn/surface.h"

namespace nn {
namespace {

OptimizerParams with_lr(double lr, double momentum = 0.9) {
  OptimizerParams p;
  p.learning_rate = lr;
  p.momentum = momentum;
  return p;
}

// ---------------------------------------------------------------- surfaces

class Surfaces : public ::testing::TestWithParam<SurfaceKind> {};

TEST_P(Surfaces, GradientMatchesFiniteDifferences) {
  const Surface s(GetParam(), QuadraticParams{0.7, 6.0, 0.5});
  const Bounds b = s.bounds();
  Rng rng(5);
  double worst = 0;
  for (int k = 0; k < 200; ++k) {
    const double x = rng.uniform(b.x_min, b.x_max), y = rng.uniform(b.y_min, b.y_max);
    double g[2];
    const double f = s.gradient(x, y, g);
    EXPECT_DOUBLE_EQ(f, s.value(x, y));
    const double h = 1e-6;
    const double nx = (s.value(x + h, y) - s.value(x - h, y)) / (2 * h);
    const double ny = (s.value(x, y + h) - s.value(x, y - h)) / (2 * h);
    worst = std::max(worst, std::abs(g[0] - nx) / std::max(1.0, std::abs(nx)));
    worst = std::max(worst, std::abs(g[1] - ny) / std::max(1.0, std::abs(ny)));
  }
  std::printf("  %s: max relative gradient error %.2e\n", surface_name(GetParam()), worst);
  EXPECT_LT(worst, 1e-6);
}

TEST_P(Surfaces, ReferenceIsTheMinimumOrTheSaddle) {
  const Surface s(GetParam());
  const auto p = s.reference_point();
  double g[2];
  EXPECT_NEAR(s.gradient(p[0], p[1], g), s.reference(), 1e-9);
  EXPECT_NEAR(g[0], 0, 1e-6);
  EXPECT_NEAR(g[1], 0, 1e-6);
  if (s.bounded()) {
    const ContourMap m = contour_map(s, 201, 10);
    for (double v : m.values) ASSERT_GE(v, -1e-9);  // nothing on the map lies below the minimum
  }
}

TEST_P(Surfaces, ContourLevelsAreLogSpacedAndSegmentsLieOnThem) {
  const Surface s(GetParam());
  const ContourMap m = contour_map(s, 96, 12);
  ASSERT_EQ(m.values.size(), 96u * 96u);
  ASSERT_GE(m.levels.size(), 6u);
  ASSERT_GT(m.segments.size(), 0u);
  // Geometric spacing: consecutive positive levels have one ratio.
  std::vector<double> pos;
  for (double l : m.levels)
    if (l > 0) pos.push_back(l);
  ASSERT_GE(pos.size(), 3u);
  for (std::size_t k = 2; k < pos.size(); ++k) EXPECT_NEAR(pos[k] / pos[k - 1], pos[1] / pos[0], 1e-9);
  for (float t : m.shade) ASSERT_TRUE(t >= -1 && t <= 1);
  // Every segment end is a linear interpolation along a grid edge: f there is close to its
  // level, relative to the level's size (one grid cell of curvature at most).
  const Bounds b = m.bounds;
  const double cell = (b.x_max - b.x_min) / 95;
  int checked = 0, close = 0;
  for (std::size_t k = 0; k < m.segments.size(); k += 5) {
    const double level = m.levels[std::size_t(m.segments[k + 4])];
    double g[2];
    const double f = s.gradient(m.segments[k], m.segments[k + 1], g) - s.reference();
    const double slack = std::hypot(g[0], g[1]) * cell;  // f varies by at most ~this over a cell
    ++checked;
    if (std::abs(f - level) <= slack + 1e-6 * std::abs(level)) ++close;
  }
  EXPECT_GT(double(close) / checked, 0.99);
}

INSTANTIATE_TEST_SUITE_P(All, Surfaces, ::testing::ValuesIn(all_surfaces()),
                         [](const auto& info) { return std::string(surface_name(info.param)); });

TEST(Surface, NamesRoundTripAndUnknownThrows) {
  for (SurfaceKind k : all_surfaces()) EXPECT_EQ(parse_surface(surface_name(k)), k);
  EXPECT_THROW(parse_surface("himalaya"), std::invalid_argument);
  EXPECT_THROW(Surface(SurfaceKind::Quadratic, QuadraticParams{0, 1, 0}), std::invalid_argument);
}

TEST(Surface, SaddleMapHasLevelsOnBothSides) {
  const ContourMap m = contour_map(Surface(SurfaceKind::Saddle), 64, 8);
  int neg = 0, pos = 0;
  for (double l : m.levels) (l < 0 ? neg : pos)++;
  EXPECT_EQ(neg, pos);
  EXPECT_GT(neg, 4);
}

// ---------------------------------------------------------------- gradient descent, momentum

TEST(Race, GradientDescentOnTheQuadraticMatchesItsClosedForm) {
  // f = a·x² + b·y²: x_k = (1 − 2aα)^k·x₀, y_k = (1 − 2bα)^k·y₀.
  const double a = 1.0, b = 4.0, alpha = 0.1;
  Race race(Surface(SurfaceKind::Quadratic, {a, b, 0}));
  race.add(OptimizerKind::SGD, with_lr(alpha));
  race.set_start(2.0, -1.5);
  race.step(60);
  const auto& path = race.racer(0).path;
  ASSERT_EQ(path.size(), 2u * 61);
  double worst = 0;
  for (int k = 0; k <= 60; ++k) {
    worst = std::max(worst, std::abs(path[2 * k] - std::pow(1 - 2 * a * alpha, k) * 2.0));
    worst = std::max(worst, std::abs(path[2 * k + 1] - std::pow(1 - 2 * b * alpha, k) * -1.5));
  }
  std::printf("  max |x_k − closed form| = %.2e\n", worst);
  EXPECT_LT(worst, 1e-6);
}

TEST(Race, RotatedQuadraticDecaysAlongEachEigenDirectionAtItsOwnRate) {
  const QuadraticParams q{0.5, 3.0, 0.7};
  const QuadraticAnalysis th = analyze_quadratic(q);
  const double alpha = 0.2;
  Race race(Surface(SurfaceKind::Quadratic, q));
  race.add(OptimizerKind::SGD, with_lr(alpha));
  race.set_start(-2.0, 1.0);
  race.step(40);
  const auto& e = race.eigen_errors(0);
  for (int k = 0; k <= 40; ++k) {
    EXPECT_NEAR(e[2 * k], std::pow(1 - alpha * th.lambda1, k) * e[0], 1e-6);
    EXPECT_NEAR(e[2 * k + 1], std::pow(1 - alpha * th.lambda2, k) * e[1], 1e-6);
  }
}

// (‖w_{k+m}‖ / ‖w_k‖)^{1/m}: the measured convergence factor per step.
double measured_rate(const Racer& r, int k, int m) {
  const auto& p = r.path;
  return std::pow(std::hypot(p[2 * (k + m)], p[2 * (k + m) + 1]) / std::hypot(p[2 * k], p[2 * k + 1]), 1.0 / m);
}

TEST(Race, MomentumWithOptimalParametersConvergesAtTheTheoreticalRate) {
  const QuadraticParams q{0.5, 50.0, 0.4};  // λ = 1 and 100, κ = 100
  const QuadraticAnalysis th = analyze_quadratic(q);
  EXPECT_DOUBLE_EQ(th.kappa, 100.0);
  const double expected = (std::sqrt(th.kappa) - 1) / (std::sqrt(th.kappa) + 1);  // 9/11
  EXPECT_NEAR(th.momentum_rate, expected, 1e-12);
  EXPECT_NEAR(th.momentum_alpha, std::pow(2 / (1.0 + 10.0), 2), 1e-12);
  EXPECT_NEAR(th.momentum_beta, expected * expected, 1e-12);

  Race race(Surface(SurfaceKind::Quadratic, q));
  race.add(OptimizerKind::Momentum, with_lr(th.momentum_alpha, th.momentum_beta));
  race.add(OptimizerKind::SGD, with_lr(th.gd_step));
  race.set_start(-2.5, 1.5);
  race.step(400);
  const double momentum = measured_rate(race.racer(0), 200, 200);
  const double gd = measured_rate(race.racer(1), 200, 200);
  std::printf("  momentum: measured %.5f, theory %.5f; GD: measured %.5f, theory %.5f\n", momentum, expected, gd,
              th.gd_rate);
  EXPECT_NEAR(momentum / expected, 1.0, 0.05);
  EXPECT_NEAR(gd / th.gd_rate, 1.0, 0.05);
  EXPECT_LT(momentum, gd);  // the whole point: √κ instead of κ
}

TEST(Race, RateMapMatchesTheRateTheMomentumOptimizerActuallyHas) {
  const QuadraticParams q{1.0, 10.0, 0.0};
  const QuadraticAnalysis th = analyze_quadratic(q);
  EXPECT_NEAR(momentum_rate(th.momentum_alpha, th.momentum_beta, th.lambda1, th.lambda2), th.momentum_rate, 1e-6);
  EXPECT_NEAR(momentum_rate(th.gd_step, 0, th.lambda1, th.lambda2), th.gd_rate, 1e-12);
  // An under-damped and an over-damped point, measured on the core's Momentum class.
  for (const auto& ab : {std::array<double, 2>{0.05, 0.7}, std::array<double, 2>{0.02, 0.2}}) {
    Race race(Surface(SurfaceKind::Quadratic, q));
    race.add(OptimizerKind::Momentum, with_lr(ab[0], ab[1]));
    race.set_start(1.0, 1.0);
    race.step(300);
    const double measured = measured_rate(race.racer(0), 100, 200);
    const double theory = momentum_rate(ab[0], ab[1], th.lambda1, th.lambda2);
    std::printf("  α=%.2f β=%.2f: measured %.5f, spectral radius %.5f\n", ab[0], ab[1], measured, theory);
    EXPECT_NEAR(measured / theory, 1.0, 0.05);
  }
  // The map's cells are momentum_rate at the cell centres.
  const std::vector<float> map = momentum_rate_map(q, 40, 30, 0.4);
  ASSERT_EQ(map.size(), 1200u);
  EXPECT_FLOAT_EQ(map[5 * 40 + 7], float(momentum_rate(7.5 / 40 * 0.4, 1 - 5.5 / 30, 2.0, 20.0)));
  // Beyond α = 2(1 + β)/λ_max nothing converges.
  EXPECT_GE(map[29 * 40 + 39], 1.0f);
}

// ---------------------------------------------------------------- adaptive methods

TEST(AdaptiveSteps, AdaGradShrinksLikeInverseRootTWhileRmsPropSettlesAtItsLearningRate) {
  const double alpha = 0.01, g[2] = {0.7, -0.3};  // a constant gradient
  OptimizerParams p = with_lr(alpha);
  p.rho = 0.9;
  auto adagrad = make_optimizer<double>(OptimizerKind::AdaGrad, p);
  auto rmsprop = make_optimizer<double>(OptimizerKind::RMSProp, p);
  double wa[2] = {0, 0}, wr[2] = {0, 0};
  std::vector<double> step_a, step_r;
  for (int t = 1; t <= 10000; ++t) {
    const double a0[2] = {wa[0], wa[1]}, r0[2] = {wr[0], wr[1]};
    adagrad->step(wa, g, 2);
    rmsprop->step(wr, g, 2);
    step_a.push_back(std::hypot(wa[0] - a0[0], wa[1] - a0[1]));
    step_r.push_back(std::hypot(wr[0] - r0[0], wr[1] - r0[1]));
  }
  // Each coordinate moves α·g/√(t·g²) = α/√t, so |Δw|·√t stays α·√2.
  for (int t : {1, 10, 100, 1000, 10000})
    EXPECT_NEAR(step_a[t - 1] * std::sqrt(double(t)), alpha * std::sqrt(2.0), 1e-6) << "t=" << t;
  EXPECT_LT(step_a.back(), step_a[99] / 9.9);  // 100× more steps, 10× smaller
  // RMSProp: s → g², each coordinate moves α: constant |Δw| = α·√2.
  for (int t : {100, 1000, 10000}) EXPECT_NEAR(step_r[t - 1] / (alpha * std::sqrt(2.0)), 1.0, 0.01) << "t=" << t;
}

TEST(AdaptiveSteps, RaceReportsTheOptimizersPerCoordinateScale) {
  Race race(Surface(SurfaceKind::Quadratic, {1.0, 10.0, 0}));
  race.add(OptimizerKind::AdaGrad, with_lr(0.1));
  race.add(OptimizerKind::RMSProp, with_lr(0.1));
  race.add(OptimizerKind::SGD, with_lr(0.02));
  race.step(1);
  // After one step AdaGrad's G = g², so the scale is α/|g| per coordinate.
  const auto g = race.racer(0).gradient;
  const auto sa = race.scale(0);
  EXPECT_NEAR(sa[0], 0.1 / std::abs(g[0]), 1e-9);
  EXPECT_NEAR(sa[1], 0.1 / std::abs(g[1]), 1e-9);
  // and the step is exactly −scale·g.
  EXPECT_NEAR(race.racer(0).step[0], -sa[0] * g[0], 1e-12);
  EXPECT_EQ(race.scale(2)[0], 0.02);
}

// ---------------------------------------------------------------- race mechanics

TEST(Race, NoiseIsSeededPerRacerSoReplaysAreExact) {
  Race race(Surface(SurfaceKind::Rosenbrock), 7);
  race.add(OptimizerKind::SGD, with_lr(0.001));
  race.add(OptimizerKind::Adam, with_lr(0.05));
  race.set_noise(0.5);
  race.step(150);
  const auto sgd = race.racer(0).path, adam = race.racer(1).path;
  race.replay();
  EXPECT_EQ(race.iteration(), 150);
  EXPECT_EQ(race.racer(0).path, sgd);
  EXPECT_EQ(race.racer(1).path, adam);
  // A racer's noise does not depend on the others: a race of Adam alone walks the same path
  // only if it is racer 1 there too, so compare with a second two-racer race.
  Race other(Surface(SurfaceKind::Rosenbrock), 7);
  other.add(OptimizerKind::Momentum, with_lr(0.0001));
  other.add(OptimizerKind::Adam, with_lr(0.05));
  other.set_noise(0.5);
  other.step(150);
  EXPECT_EQ(other.racer(1).path, adam);
  race.set_seed(8);
  race.step(150);
  EXPECT_NE(race.racer(1).path, adam);
}

TEST(Race, LiveParametersTakeEffectOnTheNextStep) {
  Race race(Surface(SurfaceKind::Quadratic, {1.0, 1.0, 0}));
  race.add(OptimizerKind::SGD, with_lr(0.1));
  race.set_start(1.0, 0.0);
  race.step(1);
  EXPECT_NEAR(race.racer(0).w[0], 0.8, 1e-12);  // 1 − 0.1·2
  race.set_params(0, with_lr(0.25));
  race.step(1);
  EXPECT_NEAR(race.racer(0).w[0], 0.4, 1e-12);  // 0.8 − 0.25·1.6
}

TEST(Race, DivergingRacerStopsOnTheMapAndOthersGoOn) {
  Race race(Surface(SurfaceKind::Quadratic, {1.0, 10.0, 0}));
  race.add(OptimizerKind::SGD, with_lr(0.5));  // 1 − 2·10·0.5 = −9: explodes along y
  race.add(OptimizerKind::SGD, with_lr(0.02));
  race.step(200);
  EXPECT_TRUE(race.racer(0).diverged);
  EXPECT_LT(race.racer(0).iterations(), 200);
  for (double v : race.racer(0).path) EXPECT_TRUE(std::isfinite(v));
  EXPECT_FALSE(race.racer(1).diverged);
  EXPECT_EQ(race.racer(1).iterations(), 200);
}

TEST(Race, AStartFarOffTheMapIsRefusedByTheRangeTableAndTheOldStartKept) {
  Race race(Surface(SurfaceKind::Quadratic, {1.0, 10.0, 0}));
  race.set_start(-1000, 1000);  // both ends of lab.start are accepted
  try {
    race.set_start(0, 2000);
    FAIL() << "a start of 2000 was accepted";
  } catch (const std::exception& e) {
    EXPECT_STREQ(e.what(), "start: must be from -1000 to 1000, got 2000");
  }
  EXPECT_THROW(race.set_start(std::nan(""), 0), std::exception);
  EXPECT_EQ(race.start()[0], -1000);
  EXPECT_EQ(race.start()[1], 1000);
}

TEST(Race, SetKindSwapsTheOptimizerAndRestarts) {
  Race race(Surface(SurfaceKind::Quadratic));
  race.add(OptimizerKind::Momentum, with_lr(0.02, 0.9));
  race.step(30);
  const auto heavy_ball = race.racer(0).path;
  race.set_kind(0, OptimizerKind::Nesterov);
  EXPECT_EQ(race.iteration(), 0);
  race.step(30);
  EXPECT_EQ(race.racer(0).kind, OptimizerKind::Nesterov);
  EXPECT_NE(race.racer(0).path, heavy_ball);
  EXPECT_NE(race.velocity(0)[0], 0.0);
}

// ---------------------------------------------------------------- the stories, natively

TEST(Stories, OnTheSaddleGradientDescentStaysWhileNoisyMomentumAndAdamLeave) {
  Race race(Surface(SurfaceKind::Saddle), 1);
  race.add(OptimizerKind::SGD, with_lr(0.01));
  race.add(OptimizerKind::Momentum, with_lr(0.01, 0.9));
  race.add(OptimizerKind::Adam, with_lr(0.02));
  race.set_start(-1.5, 0.0);  // on the ridge: ∂f/∂y = 0 exactly
  race.step(200);
  EXPECT_NEAR(race.racer(0).w[0], -1.5 * std::pow(0.98, 200), 1e-9);  // noiseless GD walks into the saddle
  EXPECT_EQ(race.racer(0).w[1], 0.0);        // and never leaves the ridge
  race.set_noise(0.02);
  race.replay();
  const double sgd = std::hypot(race.racer(0).w[0], race.racer(0).w[1]);
  const double momentum = std::hypot(race.racer(1).w[0], race.racer(1).w[1]);
  const double adam = std::hypot(race.racer(2).w[0], race.racer(2).w[1]);
  std::printf("  distance from the saddle after 200 noisy steps: GD %.3f, momentum %.3f, Adam %.3f\n", sgd,
              momentum, adam);
  EXPECT_LT(sgd, 0.3);
  EXPECT_GT(momentum, 1.0);
  EXPECT_GT(adam, 1.0);
}

}  // namespace
}  // namespace nn
