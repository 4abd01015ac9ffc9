// Training features: early stopping, clipping, schedules, dropout masks, batch
// norm, and the data sources beyond the 2-D generators.
#include <gtest/gtest.h>

#include <cmath>

#include "nn/features.h"
#include "nn/trainer.h"

namespace nn {
namespace {

// A small noisy set and a big network: the test loss turns up after a while.
const char* kOverfit = R"({"seed": 4, "data": {"generator": "xor", "points": 80, "noise": 0.4},
    "model": {"hidden": [32, 32], "activation": "relu"},
    "optimizer": {"kind": "adam", "learningRate": 0.01}, "training": {"batchSize": 10,
    "earlyStopping": {"patience": 15, "minDelta": 0}}})";

TEST(EarlyStopping, StopsAfterPatienceAndRestoresTheBestEpochsWeights) {
  Trainer t(parse_spec(kOverfit));
  Status s = Status::Ok;
  for (int i = 0; i < 100 && s == Status::Ok; ++i) s = t.train_epochs(10);
  ASSERT_EQ(s, Status::EarlyStopped);
  const Metrics m = t.metrics();
  EXPECT_GT(m.best_epoch, 0);
  EXPECT_EQ(m.epoch, m.best_epoch + 15);  // exactly `patience` epochs without improvement
  EXPECT_EQ(m.test_loss, m.best_test_loss);
  EXPECT_EQ(t.train_epochs(5), Status::EarlyStopped);  // stays stopped
  EXPECT_EQ(t.metrics().epoch, m.epoch);

  // The same run without early stopping, stopped by hand at the best epoch, has exactly the
  // weights the early-stopped trainer restored (training is deterministic).
  ExperimentSpec plain = parse_spec(kOverfit);
  plain.training.early_stopping.patience = 0;
  Trainer ref(plain);
  ref.train_epochs(int(m.best_epoch));
  EXPECT_EQ(ref.params(), t.params());
  ref.train_epochs(15);
  EXPECT_NE(ref.params(), t.params());
  EXPECT_GT(ref.metrics().test_loss, m.best_test_loss);
}

TEST(EarlyStopping, BestEpochIsTrackedEvenWhenOff) {
  ExperimentSpec spec = parse_spec(kOverfit);
  spec.training.early_stopping.patience = 0;
  Trainer t(spec);
  t.train_epochs(30);
  EXPECT_EQ(t.status(), Status::Ok);
  EXPECT_LE(t.metrics().best_epoch, 30);
  EXPECT_LE(t.metrics().best_test_loss, t.metrics().test_loss);
}

TEST(ClipNorm, FullBatchSgdStepHasTheClippedLength) {
  // One full-batch SGD step per epoch; clipped gradient norm c gives a step of length α·c.
  const auto spec = parse_spec(R"({"data": {"generator": "xor", "points": 100},
      "optimizer": {"kind": "sgd", "learningRate": 0.1}, "training": {"batchSize": 50, "clipNorm": 0.001}})");
  Trainer t(spec);
  const Vector before = t.params();
  t.train_epochs(1);
  EXPECT_NEAR(double((t.params() - before).norm()), 0.1 * 0.001, 1e-7);

  ExperimentSpec unclipped = spec;
  unclipped.training.clip_norm = 0;
  Trainer u(unclipped);
  u.train_epochs(1);
  EXPECT_GT(double((u.params() - before).norm()), 0.01 * 0.1);  // the real gradient is longer
}

TEST(Schedule, TrainerUsesTheScheduledRate) {
  Trainer t(parse_spec(R"({"optimizer": {"kind": "sgd", "learningRate": 0.2,
      "schedule": {"kind": "step", "gamma": 0.5, "stepEpochs": 2}}})"));
  t.train_epochs(2);  // epochs 0, 1 at 0.2
  EXPECT_DOUBLE_EQ(t.metrics().learning_rate, 0.2);
  t.train_epochs(1);  // epoch 2 at 0.1
  EXPECT_DOUBLE_EQ(t.metrics().learning_rate, 0.1);
  EXPECT_FLOAT_EQ(float(t.optimizer().params.learning_rate), 0.1f);
  t.train_epochs(2);  // epoch 4 at 0.05
  EXPECT_DOUBLE_EQ(t.metrics().learning_rate, 0.05);
}

TEST(LiveChanges, BatchSizeClippingAndScheduleApplyWithoutReset) {
  Trainer t(
      parse_spec(R"({"data": {"generator": "xor", "points": 100}, "optimizer": {"learningRate": 0.1}})"));
  t.train_epochs(2);
  TrainingSpec training = t.spec().training;
  training.batch_size = 50;    // full batch: one step per epoch …
  training.clip_norm = 0.001;  // … of length α·c
  t.set_training(training);
  ScheduleParams exp;
  exp.kind = ScheduleKind::Exponential;
  exp.decay = 0.5;
  t.set_schedule(exp);  // epoch 2 → α·0.25
  const Vector before = t.params();
  t.train_epochs(1);
  EXPECT_DOUBLE_EQ(t.metrics().learning_rate, 0.025);
  EXPECT_NEAR(double((t.params() - before).norm()), 0.025 * 0.001, 1e-8);
  EXPECT_EQ(t.metrics().epoch, 3);
}

TEST(DropoutTraining, MaskOfTheLastBatchIsExposedAndEvalIsDeterministic) {
  Trainer t(parse_spec(R"({"data": {"generator": "circle", "points": 105},
      "model": {"hidden": [8, 6], "dropout": [0.5, 0]}, "training": {"batchSize": 10}})"));
  EXPECT_EQ(t.dropout_mask(0).size(), 0);  // no step yet
  t.train_epochs(1);
  const Matrix& mask = t.dropout_mask(0);
  EXPECT_EQ(mask.rows(), 8);
  EXPECT_EQ(mask.cols(), 3);               // 53 training points: the last batch has 3
  EXPECT_EQ(t.dropout_mask(1).size(), 0);  // rate 0: no dropout layer
  EXPECT_THROW(t.dropout_mask(2), std::invalid_argument);
  // Evaluation does not drop: two grid evaluations agree exactly.
  const Matrix g1 = t.evaluate_grid(8);
  EXPECT_EQ(t.evaluate_grid(8), g1);
}

TEST(BatchNormTraining, LearnsTheSpiralAndSharesRunningStatistics) {
  Trainer t(parse_spec(R"({"seed": 2, "data": {"generator": "spiral", "points": 400},
      "model": {"hidden": [16, 16], "activation": "relu", "batchNorm": true},
      "optimizer": {"kind": "adam", "learningRate": 0.01}, "training": {"batchSize": 40}})"));
  EXPECT_EQ(t.state().size(), 64);
  t.train_epochs(60);
  EXPECT_EQ(t.status(), Status::Ok);
  EXPECT_GT(t.metrics().train_accuracy, 0.9);
  // The evaluation networks read the running statistics the training networks wrote.
  EXPECT_NE(t.state().head(16), Vector::Zero(16));
}

TEST(DataSources, ClustersInManyDimensionsTrainWithSoftmaxAndHaveNoGrid) {
  Trainer t(parse_spec(R"({"data": {"generator": "clusters", "dims": 20, "classes": 5, "points": 500},
      "model": {"hidden": [16], "activation": "relu"}, "optimizer": {"kind": "adam", "learningRate": 0.01}})"));
  EXPECT_EQ(t.dims(), 20);
  EXPECT_EQ(t.outputs(), 5);
  EXPECT_EQ(t.architecture().inputs, 20);
  t.train_epochs(20);
  EXPECT_GT(t.metrics().test_accuracy, 0.9);
  try {
    t.evaluate_grid(10);
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(), "the decision-boundary grid needs 2-D data; this data has 20 dimensions");
  }
}

TEST(DataSources, InlinePointsAndBlobs) {
  Trainer t(parse_spec(R"({"data": {"source": "inline", "trainRatio": 0.5,
      "inline": [[-2, -2, 0], [-2.5, -1, 0], [-1, -2.2, 0], [-3, -3, 0], [2, 2, 1], [2.5, 1, 1], [1, 2.2, 1], [3, 3, 1]]},
      "optimizer": {"learningRate": 0.1}})"));
  EXPECT_EQ(t.train_set().size() + t.test_set().size(), 8);
  t.train_epochs(100);
  EXPECT_EQ(t.metrics().train_accuracy, 1.0);

  Trainer b(parse_spec(R"({"data": {"generator": "blobs", "classes": 4}, "model": {"hidden": [8]},
      "optimizer": {"kind": "adam", "learningRate": 0.03}})"));
  EXPECT_EQ(b.outputs(), 4);
  b.train_epochs(30);
  EXPECT_GT(b.metrics().test_accuracy, 0.9);
}

TEST(DataSources, StandardizeGivesTrainingInputsZeroMeanUnitVariance) {
  std::string csv = "a,b,label\n";
  for (int i = 0; i < 40; ++i) csv += std::to_string(1000 + 37 * (i % 11)) + "," + std::to_string(i % 5) + "," + std::to_string(i % 2) + "\n";
  const Trainer raw(parse_spec(R"({"data": {"source": "csv"}})"), csv);
  EXPECT_GT(raw.train_inputs().row(0).mean(), 900);
  const Trainer t(parse_spec(R"({"data": {"source": "csv", "standardize": true}})"), csv);
  for (Index r = 0; r < 2; ++r) {
    EXPECT_NEAR(t.train_inputs().row(r).mean(), 0, 1e-5);
    EXPECT_NEAR((t.train_inputs().row(r).array() - t.train_inputs().row(r).mean()).square().mean(), 1, 1e-4);
  }
  // 2-D data: the grid goes through the same transformation as the points.
  Trainer g(parse_spec(R"({"data": {"generator": "gauss", "standardize": true}, "features": ["x1", "x2", "x1^2"]})"));
  g.train_epochs(20);
  const Matrix& grid = g.evaluate_grid(50);
  EXPECT_GT(grid(0, 16 * 50 + 33), 0.9f);  // cell (row 16, column 33) ≈ (2, 2): the label-1 blob
  EXPECT_LT(grid(0, 33 * 50 + 16), 0.1f);  // ≈ (−2, −2): the label-0 blob
  // Recompute that cell by hand: features of its centre, z-scored with the training set's
  // statistics, through a network on the same parameters.
  Matrix cell(2, 1), features, train_features;
  cell << Scalar(-6 + 33.5 * 0.24), Scalar(6 - 16.5 * 0.24);
  make_features(cell, g.spec().features, features);
  make_features(g.train_set().inputs, g.spec().features, train_features);
  for (Index r = 0; r < 3; ++r) {
    const double mean = train_features.row(r).cast<double>().mean();
    const double sd = std::sqrt((train_features.row(r).cast<double>().array() - mean).square().mean());
    features(r, 0) = Scalar((features(r, 0) - mean) / sd);
  }
  Vector grads(g.params().size());
  Network net(g.architecture(), g.params().data(), grads.data(), g.state().data());
  EXPECT_NEAR(sigmoid(net.forward(features, Phase::Eval)(0, 0)), grid(0, 16 * 50 + 33), 1e-5);
}

TEST(DataSources, CsvFeaturesOnlyFor2D) {
  ExperimentSpec spec = parse_spec(R"({"data": {"source": "csv"}, "features": ["x1", "x2"]})");
  const std::string three_d = "1,2,3,0\n2,3,4,1\n3,4,5,0\n4,5,6,1\n";
  EXPECT_THROW(Trainer(spec, three_d), SpecError);
  spec.features_given = false;
  EXPECT_EQ(Trainer(spec, three_d).architecture().inputs, 3);
}

// An empty set (a run without a validation set has a 2 × 0 one) gives an f × 0 block. Taking
// the rows of a 2 × 0 matrix offset its null data pointer: undefined behaviour, reported by
// UBSan in the model-file fuzzer's trainer.
TEST(Features, AnEmptySetGivesAnEmptyBlock) {
  Matrix raw(2, 0), out;
  make_features(raw, {Feature::X1, Feature::X2Squared, Feature::SinX2}, out);
  EXPECT_EQ(out.rows(), 3);
  EXPECT_EQ(out.cols(), 0);
}

}  // namespace
}  // namespace nn
