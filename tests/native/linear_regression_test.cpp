// Linear regression: the exact answers (closed form, curvature, loss surface) and what the
// core's gradient descent does on the same loss.
#include "nn/linear_regression.h"

#include <gtest/gtest.h>

#include <Eigen/Dense>
#include <cmath>

#include "nn/ranges.h"
#include "nn/regression_catalog.h"
#include "nn/regression_session.h"

#include <nlohmann/json.hpp>

namespace nn {
namespace {

ExperimentSpec line_spec(const LineSpec& line, double rate, int batch, bool standardize = false) {
  ExperimentSpec s;
  s.seed = 7;
  s.data.source = DataSource::Line;
  s.data.line = line;
  s.data.train_ratio = 1.0;
  s.data.standardize = standardize;
  s.model.hidden.clear();
  s.model.activations.clear();
  s.model.dropout.clear();
  s.optimizer.kind = OptimizerKind::SGD;
  s.optimizer.params.learning_rate = rate;
  s.training.batch_size = batch;
  return s;
}

// Rows [x₁ … x_d, y] with y real: the inline regression source.
ExperimentSpec inline_spec(const std::vector<std::vector<double>>& rows, double rate) {
  ExperimentSpec s = line_spec({}, rate, int(rows.size()));
  s.data.source = DataSource::Inline;
  s.data.rows = rows;
  s.data.value_targets = true;
  return s;
}

TEST(LinearRegression, ClosedFormMatchesTheNormalEquationsOnRandomData) {
  Rng rng(11);
  for (int trial = 0; trial < 5; ++trial) {
    const int d = 1 + trial, n = 60 + 40 * trial;
    Matrix x(d, n), y(1, n);
    for (int i = 0; i < n; ++i) {
      double t = 0.5 - trial;
      for (int k = 0; k < d; ++k) {
        x(k, i) = Scalar(rng.normal(k, 1.0 + k));  // columns of different means and scales
        t += (k + 1.5) * double(x(k, i));
      }
      y(0, i) = Scalar(t + rng.normal(0, 0.3));
    }
    // Direct solution of (AᵀA)θ = Aᵀy with A = [X 1]: fine for these well-conditioned columns.
    Eigen::MatrixXd A(n, d + 1);
    A.leftCols(d) = x.cast<double>().transpose();
    A.col(d).setOnes();
    const Eigen::VectorXd theta = (A.transpose() * A).partialPivLu().solve(A.transpose() * y.cast<double>().transpose());

    const LeastSquares ls = least_squares(x, y);
    EXPECT_EQ(ls.rank, d);
    double worst = std::abs(ls.bias - theta(d)) / std::abs(theta(d));
    for (int k = 0; k < d; ++k) worst = std::max(worst, std::abs(ls.weights[k] - theta(k)) / std::abs(theta(k)));
    std::printf("  d = %d: max relative difference to the normal equations %.2e\n", d, worst);
    EXPECT_LT(worst, 1e-6);
    // And it is the minimum: the gradient vanishes there.
    std::vector<double> g(static_cast<std::size_t>(d));
    EXPECT_NEAR(squared_loss_gradient(x, y, ls.weights.data(), ls.bias, g.data()), 0.0, 1e-9);
    for (double gk : g) EXPECT_NEAR(gk, 0.0, 1e-9);
  }
}

TEST(LinearRegression, ClosedFormSurvivesAnUnscaledColumnAndReportsACollinearOne) {
  // Square feet and a duplicated column: the centred QR still finds the fit; the rank says
  // the weights are not unique.
  Rng rng(3);
  Matrix x(2, 80), y(1, 80);
  for (int i = 0; i < 80; ++i) {
    x(0, i) = Scalar(rng.uniform(500, 3500));
    x(1, i) = x(0, i);
    y(0, i) = Scalar(0.12 * double(x(0, i)) + 30 + rng.normal(0, 20));
  }
  const LeastSquares ls = least_squares(x, y);
  EXPECT_EQ(ls.rank, 1);
  EXPECT_NEAR(ls.weights[0] + ls.weights[1], 0.12, 0.01);
  std::vector<double> g(2);
  EXPECT_NEAR(squared_loss_gradient(x, y, ls.weights.data(), ls.bias, g.data()), 0.0, 1e-6);
}

TEST(LinearRegression, GradientIsTheDerivativeOfTheHalfSquaredError) {
  Rng rng(5);
  Matrix x(2, 30), y(1, 30);
  for (int i = 0; i < 30; ++i) x(0, i) = Scalar(rng.normal()), x(1, i) = Scalar(rng.normal()), y(0, i) = Scalar(rng.normal());
  const double w[2] = {0.3, -1.2}, b = 0.7, h = 1e-6;
  double g[2];
  const double gb = squared_loss_gradient(x, y, w, b, g);
  for (int k = 0; k < 2; ++k) {
    double wp[2] = {w[0], w[1]}, wm[2] = {w[0], w[1]};
    wp[k] += h, wm[k] -= h;
    EXPECT_NEAR(g[k], (squared_loss(x, y, wp, b) - squared_loss(x, y, wm, b)) / (2 * h), 1e-7);
  }
  EXPECT_NEAR(gb, (squared_loss(x, y, w, b + h) - squared_loss(x, y, w, b - h)) / (2 * h), 1e-7);
}

TEST(LinearRegression, TheWrittenUpdateIsTheOneTheTrainerApplies) {
  // The page writes ∂L/∂w = (1/B)·Σ(ŷᵢ − yᵢ)·xᵢ and w ← w − α·∂L/∂w: plain SGD must move the
  // trainer's weight by exactly that (the ½ in the core's loss, no 2/n).
  RegressionSession s(line_spec({1.5, -0.5, 0.4, 30, -2, 2}, 0.05, 8));
  for (int i = 0; i < 10; ++i) {
    s.step(1);
    const RegressionUpdate& u = s.last_update();
    EXPECT_EQ(u.batch, i % 4 == 3 ? 6 : 8);  // 30 points in batches of 8: 8, 8, 8, 6
    EXPECT_NEAR(u.grad_w, u.sum_w / u.batch, 1e-12);
    EXPECT_NEAR(u.w_after, u.w_before - u.rate * u.grad_w, 1e-5);
    EXPECT_NEAR(u.b_after, u.b_before - u.rate * u.grad_b, 1e-5);
  }
}

TEST(LinearRegression, GradientDescentFromAnyStartReachesTheClosedForm) {
  RegressionSession s(line_spec({2.0, 1.0, 0.5, 50, -3, 3}, 0.1, 50));
  const LeastSquares& ls = s.solution();
  s.trainer().set_optimizer_params([&] {
    OptimizerParams p = s.trainer().spec().optimizer.params;
    p.learning_rate = 1.0 / s.curvature().lambda_max;
    return p;
  }());
  Rng rng(9);
  for (int trial = 0; trial < 6; ++trial) {
    s.set_start(rng.uniform(-20, 20), rng.uniform(-20, 20));
    EXPECT_EQ(s.step(3000), Status::Ok);
    EXPECT_NEAR(s.weights()[0], ls.weights[0], 1e-4 * std::abs(ls.weights[0]));
    EXPECT_NEAR(s.bias(), ls.bias, 1e-4 * std::max(1.0, std::abs(ls.bias)));
    EXPECT_LT(s.gap(), 1e-4);
  }
  EXPECT_NEAR(ls.weights[0], 2.0, 0.15);  // the noise is small: the fit finds the true line
  EXPECT_NEAR(ls.bias, 1.0, 0.15);
}

TEST(LinearRegression, ContourValuesAreTheLossTheTrainerEvaluates) {
  // Two inputs: the surface over (w₁, b) holds w₂ at its current value.
  Rng rng(4);
  std::vector<std::vector<double>> rows;
  for (int i = 0; i < 40; ++i) {
    const double a = rng.uniform(-2, 2), c = rng.uniform(0, 5);
    rows.push_back({a, c, 3 * a - c + 2 + rng.normal(0, 0.3)});
  }
  RegressionSession s(inline_spec(rows, 0.05));
  s.step(5);
  const Bounds window{-1, 5, -3, 4};
  const int n = 9;
  const ContourMap map = s.surface(window, n, 8);
  const double w2 = s.weights()[1];
  Trainer& t = s.trainer();
  const auto& W = t.network().dense(0).weights();
  const Index wo = Index(W.data() - t.params().data()), bo = Index(t.network().dense(0).bias().data() - t.params().data());
  double worst = 0;
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j) {
      const double w1 = window.x_min + j * (window.x_max - window.x_min) / (n - 1);
      const double b = window.y_max - i * (window.y_max - window.y_min) / (n - 1);
      t.params()[wo] = Scalar(w1);
      t.params()[bo] = Scalar(b);
      ASSERT_EQ(double(t.params()[wo + 1]), w2);
      t.loaded(0);  // re-evaluates the metrics with these weights
      const double trainer_loss = t.metrics().train_loss;
      const double grid_loss = map.values[std::size_t(i) * n + j] + s.solution().loss;
      worst = std::max(worst, std::abs(trainer_loss - grid_loss) / trainer_loss);
    }
  std::printf("  max relative difference grid vs trainer: %.2e\n", worst);
  EXPECT_LT(worst, 1e-5);
}

TEST(LinearRegression, StabilityLimitIsTwoOverTheLargestEigenvalue) {
  // Full-batch GD on the quadratic loss: α just below 2/λ_max converges, just above diverges.
  for (bool standardize : {false, true}) {
    const ExperimentSpec base = line_spec({-1.0, 4.0, 1.0, 40, 1, 6}, 0.1, 40, standardize);
    const double limit = RegressionSession(base).curvature().stable_rate();
    ExperimentSpec below = base, above = base;
    below.optimizer.params.learning_rate = 0.99 * limit;
    above.optimizer.params.learning_rate = 1.01 * limit;
    RegressionSession conv(below), div(above);
    conv.set_start(0, 0);
    div.set_start(0, 0);
    EXPECT_EQ(conv.step(20000), Status::Ok);
    EXPECT_LT(conv.gap(), 1e-3);
    EXPECT_EQ(div.step(20000), Status::Diverged);
    EXPECT_LT(div.iterations(), 20000);
    std::printf("  standardize %d: 2/λ_max = %.4g, κ = %.3g, diverged after %lld steps\n", standardize, limit,
                RegressionSession(base).curvature().condition(), div.iterations());
  }
}

TEST(LinearRegression, CurvatureOfUnscaledSquareFeetIsAThinValley) {
  // The "scale your features" story in numbers: x in square feet gives λ_max ≈ mean x² and a
  // condition number in the millions; standardized x gives H = I.
  const LineSpec houses{0.12, 30, 25, 60, 500, 3500};
  const RegressionSession raw(line_spec(houses, 1e-7, 60)), scaled(line_spec(houses, 0.5, 60, true));
  EXPECT_GT(raw.curvature().condition(), 1e6);
  EXPECT_NEAR(scaled.curvature().lambda_max, 1.0, 1e-5);
  EXPECT_NEAR(scaled.curvature().lambda_min, 1.0, 1e-5);
}

TEST(LinearRegression, StandardizedTargetsHaveMeanZeroAndUnitSpread) {
  ExperimentSpec s = line_spec({0.12, 30, 25, 60, 500, 3500}, 0.5, 60, true);
  s.data.standardize_targets = true;
  RegressionSession r(s);
  const Matrix& y = r.trainer().train_targets();
  const double mean = y.cast<double>().mean();
  EXPECT_NEAR(mean, 0, 1e-6);
  EXPECT_NEAR((y.cast<double>().array() - mean).square().mean(), 1.0, 1e-5);
  EXPECT_GT(r.trainer().target_scale(), 0);
}

TEST(LinearRegression, LineGeneratorIsSeeded) {
  Rng a(3), b(3);
  const Dataset d1 = generate_line({1, 2, 0.5, 20, -1, 1}, a), d2 = generate_line({1, 2, 0.5, 20, -1, 1}, b);
  EXPECT_EQ(d1.inputs, d2.inputs);
  EXPECT_EQ(d1.values, d2.values);
  EXPECT_TRUE(d1.regression());
  EXPECT_GE(d1.inputs.minCoeff(), -1);
  EXPECT_LE(d1.inputs.maxCoeff(), 1);
}

TEST(LinearRegression, SessionRejectsHiddenLayersAndClassLabels) {
  ExperimentSpec s = line_spec({}, 0.1, 10);
  s.model.hidden = {4};
  s.model.activations = {Activation::Tanh};
  s.model.dropout = {0};
  EXPECT_THROW(RegressionSession{s}, SpecError);
  ExperimentSpec c = inline_spec({{0, 0}, {1, 1}, {2, 0}, {3, 1}}, 0.1);
  c.data.value_targets = false;
  EXPECT_THROW(RegressionSession{c}, SpecError);
}

TEST(LinearRegression, PathRecordsEveryStepFromTheStart) {
  RegressionSession s(line_spec({1, 0, 0.2, 20, -1, 1}, 0.1, 5));
  s.set_start(3, -2);
  s.step(7);
  ASSERT_EQ(s.path_losses().size(), 8u);
  EXPECT_EQ(s.path()[0], 3);
  EXPECT_EQ(s.path()[1], -2);
  EXPECT_EQ(s.path_iterations().back(), 7);
  EXPECT_DOUBLE_EQ(s.path_losses().back(), s.loss());
  const Bounds w = s.default_window();
  EXPECT_LT(w.x_min, 3);
  EXPECT_GT(w.x_max, 3);
  EXPECT_LT(w.y_min, -2);
}

}  // namespace
}  // namespace nn

namespace nn {
namespace {

TEST(LinearRegressionSpec, LineSourceAndValueTargetsRoundTrip) {
  const ExperimentSpec a = parse_spec(R"({"seed": 4, "data": {"source": "line", "trainRatio": 1, "standardizeTargets": true,
      "line": {"weight": 0.12, "bias": 30, "noise": 25, "points": 60, "xMin": 500, "xMax": 3500}},
      "model": {"hidden": []}, "optimizer": {"kind": "sgd", "learningRate": 1e-7}, "training": {"batchSize": 60}})");
  EXPECT_EQ(a.data.source, DataSource::Line);
  EXPECT_EQ(a.data.line.points, 60);
  EXPECT_EQ(a.data.line.x_max, 3500);
  EXPECT_TRUE(a.data.standardize_targets);
  EXPECT_EQ(spec_to_json(parse_spec(spec_to_json(a))), spec_to_json(a));

  const ExperimentSpec b = parse_spec(R"({"data": {"source": "inline", "target": "value", "trainRatio": 1,
      "inline": [[0, 1.5], [1, 2.25], [2, -0.5], [3, 7.125]]}, "model": {"hidden": []}})");
  EXPECT_TRUE(b.data.value_targets);
  EXPECT_EQ(b.data.rows[3][1], 7.125);
  EXPECT_NE(spec_to_json(b).find("7.125"), std::string::npos);  // not cut to an integer label
  RegressionSession s(b);
  EXPECT_EQ(s.trainer().train_set().size(), 4);
}

TEST(LinearRegressionSpec, BadLineFieldsAreNamed) {
  auto message = [](const std::string& json) {
    try {
      parse_spec(json);
    } catch (const SpecError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_NE(message(R"({"data": {"source": "line", "line": {"xMin": 3, "xMax": 1}}})").find("data.line.xMax"), std::string::npos);
  EXPECT_NE(message(R"({"data": {"source": "line", "line": {"points": 1}}})").find("data.line.points"), std::string::npos);
  EXPECT_NE(message(R"({"data": {"source": "line", "line": {"slope": 1}}})").find("data.line.slope"), std::string::npos);
  EXPECT_NE(message(R"({"data": {"source": "generator", "line": {}}})").find("data.line: only for"), std::string::npos);
  EXPECT_NE(message(R"({"data": {"source": "line", "target": "value"}})").find("data.target"), std::string::npos);
  // Class labels stay integers unless the rows say they are values.
  EXPECT_NE(message(R"({"data": {"source": "inline", "inline": [[0, 0.5], [1, 1], [2, 0], [3, 1]]}})").find("data.inline[0][1]"),
            std::string::npos);
}

// The regression page's fields are the range table's rows (the spec parser checks the same),
// so a limit changed in ranges.cpp changes the page, the parser and the catalog together.
TEST(RegressionCatalog, EveryFieldIsTheRangeTablesRow) {
  const auto catalog = nlohmann::json::parse(regression_catalog_json());
  ASSERT_GE(catalog["fields"].size(), 15u);
  for (const auto& [path, field] : catalog["fields"].items()) {
    const Range& r = range(path);
    EXPECT_EQ(field["min"].get<double>(), r.min) << path;
    EXPECT_EQ(field["max"].get<double>(), r.max) << path;
    EXPECT_EQ(field["default"].get<double>(), r.def) << path;
    EXPECT_EQ(field["integer"].get<bool>(), r.integer) << path;
  }
  EXPECT_EQ(catalog["fields"]["data.line.points"]["min"].get<double>(), 2);
  EXPECT_EQ(catalog["fields"]["optimizer.learningRate"]["max"].get<double>(), range("optimizer.learningRate").max);
}

}  // namespace
}  // namespace nn
