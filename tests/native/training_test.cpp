#include "nn/trainer.h"

#include <gtest/gtest.h>

namespace nn {
namespace {

ExperimentSpec spec_for(const std::string& json) { return parse_spec(json); }

TEST(Training, SmallNetworkLearnsXor) {
  Trainer t(spec_for(R"({"seed": 3, "data": {"generator": "xor", "points": 400},
                         "model": {"hidden": [8, 4], "activation": "tanh"},
                         "optimizer": {"kind": "sgd", "learningRate": 0.1}})"));
  const double before = t.metrics().train_loss;
  t.train_epochs(150);
  EXPECT_EQ(t.status(), Status::Ok);
  EXPECT_LT(t.metrics().train_loss, 0.25 * before);
  EXPECT_GT(t.metrics().test_accuracy, 0.95);
}

TEST(Training, PlaygroundDefaultSolvesTheCircle) {
  // TensorFlow Playground's defaults: 2 → [4, 2] tanh → 1, lr 0.03, batch 10.
  Trainer t(spec_for(R"({"data": {"generator": "circle"}})"));
  t.train_epochs(300);
  EXPECT_LT(t.metrics().test_loss, 0.1);
}

TEST(Training, SameSpecSameNumbers) {
  const auto spec = spec_for(R"({"seed": 8, "data": {"generator": "spiral", "noise": 0.1}})");
  Trainer a(spec), b(spec);
  a.train_epochs(5);
  b.train_epochs(5);
  EXPECT_EQ(a.params(), b.params());
  EXPECT_EQ(a.metrics().test_loss, b.metrics().test_loss);
}

TEST(Training, StepsWithoutMetricsMatchWholeEpochs) {
  // 250 training points in batches of 10: 25 steps per epoch. train_steps draws the same
  // shuffles as train_epochs, so 3 epochs' worth of steps gives the very same weights.
  const auto spec = spec_for(R"({"seed": 5, "data": {"generator": "circle", "points": 500},
                                 "model": {"hidden": [8, 8], "activation": "tanh"},
                                 "optimizer": {"kind": "adam", "learningRate": 0.01}})");
  Trainer a(spec), b(spec);
  const double loss_before = b.metrics().train_loss;
  a.train_epochs(3);
  EXPECT_EQ(b.train_steps(30), Status::Ok);  // across an epoch boundary, in uneven calls
  EXPECT_EQ(b.metrics().epoch, 1);
  EXPECT_EQ(b.metrics().train_loss, loss_before);  // not re-evaluated
  b.train_steps(7);
  b.train_steps(38);
  EXPECT_EQ(b.metrics().epoch, 3);
  EXPECT_EQ(a.params(), b.params());
}

TEST(Training, StepsStopOnDivergenceWithFiniteWeights) {
  Trainer t(spec_for(R"({"data": {"generator": "plane"}, "model": {"hidden": [8, 8], "activation": "relu"},
                         "optimizer": {"kind": "sgd", "learningRate": 10}})"));
  Status s = Status::Ok;
  for (int i = 0; i < 200 && s == Status::Ok; ++i) s = t.train_steps(10);
  EXPECT_EQ(s, Status::Diverged);
  EXPECT_TRUE(t.params().allFinite());
  EXPECT_EQ(t.train_steps(1), Status::Diverged);
}

TEST(Training, DivergenceStopsAndKeepsFiniteWeights) {
  Trainer t(spec_for(R"({"data": {"generator": "plane"}, "model": {"hidden": [8, 8], "activation": "relu"},
                         "optimizer": {"kind": "sgd", "learningRate": 10}})"));
  Status s = Status::Ok;
  for (int i = 0; i < 50 && s == Status::Ok; ++i) s = t.train_epochs(1);
  EXPECT_EQ(s, Status::Diverged);
  EXPECT_TRUE(t.params().allFinite());
  EXPECT_TRUE(std::isfinite(t.metrics().train_loss));
  EXPECT_EQ(t.train_epochs(1), Status::Diverged);  // stays stopped
}

TEST(Training, RegressionReducesSquaredError) {
  Trainer t(spec_for(R"({"data": {"generator": "plane"}, "optimizer": {"learningRate": 0.01}})"));
  const double before = t.metrics().test_loss;
  t.train_epochs(50);
  EXPECT_LT(t.metrics().test_loss, 0.1 * before);
  EXPECT_TRUE(std::isnan(t.metrics().test_accuracy));
}

TEST(Training, GridHasOneValuePerCellAndOutput) {
  Trainer t(spec_for(R"({"data": {"generator": "gauss"}})"));
  t.train_epochs(20);
  const Matrix& g = t.evaluate_grid(50);
  EXPECT_EQ(g.rows(), 1);
  EXPECT_EQ(g.cols(), 2500);
  // Gaussians at (2, 2) = label 1 and (−2, −2) = label 0: top-right cell ≈ 1, bottom-left ≈ 0.
  EXPECT_GT(g(0, 49), 0.9f);
  EXPECT_LT(g(0, 49 * 50), 0.1f);
  EXPECT_EQ(t.grid_hidden(0).cols(), 2500);
  EXPECT_THROW(t.evaluate_grid(1), std::invalid_argument);
}

// evaluate_grid runs a large grid through the network in blocks (trainer.h, kGridBlock): the
// predictions and the hidden activations must be those of one pass over every point.
TEST(Training, GridInBlocksEqualsOnePassOverEveryPoint) {
  Trainer t(spec_for(R"({"seed": 5, "data": {"generator": "spiral"}, "features": ["x1", "x2", "sin_x1", "x1x2"],
                         "model": {"hidden": [8, 6, 5], "activation": "tanh", "batchNorm": true, "dropout": [0.2, 0, 0]}})"));
  t.train_epochs(10);
  Vector grads(t.params().size());
  Network one_pass(t.architecture(), t.params().data(), grads.data(), t.state().data());
  for (int n : {7, 32, 33, 50, 100}) {  // one block (49, 1024 points), two, three and ten blocks
    SCOPED_TRACE("n = " + std::to_string(n));
    const Matrix grid = t.evaluate_grid(n);
    ASSERT_EQ(grid.cols(), Index(n) * n);
    const Matrix points = t.grid_points();
    const Matrix expected = t.predict(points);  // the probe network: one pass
    EXPECT_EQ(grid, expected);
    one_pass.forward(t.grid_inputs(), Phase::Eval);
    for (int b = 0; b < 3; ++b) EXPECT_EQ(t.grid_hidden(b), one_pass.hidden_output(b)) << "hidden layer " << b;
  }
  // The gathered activations follow the last grid: a small grid after a large one.
  t.evaluate_grid(100);
  EXPECT_EQ(t.grid_hidden(0).cols(), 10000);
  t.evaluate_grid(24);
  EXPECT_EQ(t.grid_hidden(0).cols(), 576);
  EXPECT_THROW(t.grid_hidden(3), std::invalid_argument);
}

TEST(Training, L1MakesIrrelevantWeightsExactlyZero) {
  // Gaussians are separated by x1 + x2; sin features and extra neurons are not needed.
  Trainer t(spec_for(R"({"data": {"generator": "gauss"}, "features": ["x1", "x2", "sin_x1", "sin_x2"],
                         "model": {"hidden": [6]}, "regularization": {"kind": "l1", "rate": 0.01},
                         "optimizer": {"learningRate": 0.05}})"));
  t.train_epochs(200);
  EXPECT_GT(t.metrics().zero_weights, 6);
  EXPECT_GT(t.metrics().test_accuracy, 0.95);
  EXPECT_GT(t.metrics().penalty, 0.0);
}

}  // namespace
}  // namespace nn
