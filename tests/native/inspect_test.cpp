#include "nn/inspect.h"

#include <gtest/gtest.h>

#include "nn/trainer.h"

namespace nn {
namespace {

TEST(Inspect, ConfusionMatrixCountsSigmoidAndSoftmaxPredictions) {
  Matrix p1(1, 5);
  p1 << 0.9f, 0.2f, 0.6f, 0.4f, 0.7f;
  // first = 1: points 1…4 with labels 0, 1, 1, 0 → predicted 0, 1, 0, 1
  EXPECT_EQ(confusion_matrix(p1, 1, {0, 1, 1, 0}, 2), (std::vector<int>{1, 1, 1, 1}));
  Matrix p3(3, 3);
  p3 << 0.7f, 0.1f, 0.2f,
        0.2f, 0.8f, 0.3f,
        0.1f, 0.1f, 0.5f;
  EXPECT_EQ(confusion_matrix(p3, 0, {0, 1, 1}, 3), (std::vector<int>{1, 0, 0, 0, 1, 1, 0, 0, 0}));
  EXPECT_THROW(confusion_matrix(p3, 1, {0, 1, 1}, 3), std::invalid_argument);
}

TEST(Inspect, RowMeans) {
  Matrix m(2, 3);
  m << 1, 2, 3, -4, 0, 1;
  const Vector r = row_means(m);
  EXPECT_FLOAT_EQ(r[0], 2.0f);
  EXPECT_FLOAT_EQ(r[1], -1.0f);
}

TEST(Inspect, ConfusionMatrixAgreesWithTheAccuracyMetric) {
  Trainer t(parse_spec(R"({"seed": 2, "data": {"generator": "xor", "points": 300}, "model": {"hidden": [6]}})"));
  t.train_epochs(10);
  const auto& test = t.test_set();
  const auto c = confusion_matrix(t.eval_predictions(), t.train_set().size(), test.labels, 2);
  EXPECT_EQ(c[0] + c[1] + c[2] + c[3], int(test.size()));
  EXPECT_NEAR(double(c[0] + c[3]) / double(test.size()), t.metrics().test_accuracy, 1e-12);
}

TEST(Inspect, SetWeightChangesThatWeightOnlyAndTheMetrics) {
  Trainer t(parse_spec(R"({"seed": 4, "data": {"generator": "circle"}, "model": {"hidden": [3, 2]}})"));
  t.train_epochs(3);
  const Vector before = t.params();
  const double loss = t.metrics().train_loss;
  t.set_weight(1, 1, 2, 5.0);  // block 1 is 3 → 2: W(1, 2)
  EXPECT_FLOAT_EQ(t.network().dense(1).weights()(1, 2), 5.0f);
  int changed = 0;
  for (Index i = 0; i < before.size(); ++i) changed += before[i] != t.params()[i];
  EXPECT_EQ(changed, 1);
  EXPECT_NE(t.metrics().train_loss, loss);
  EXPECT_THROW(t.set_weight(1, 2, 0, 1.0), std::invalid_argument);
  EXPECT_THROW(t.set_weight(3, 0, 0, 1.0), std::invalid_argument);
}

TEST(Inspect, SwitchingTheOptimizerKeepsTheWeightsAndTrains) {
  Trainer t(parse_spec(R"({"seed": 5, "data": {"generator": "circle"}})"));
  t.train_epochs(5);
  const Vector w = t.params();
  OptimizerParams p = t.spec().optimizer.params;
  p.learning_rate = 0.01;
  t.set_optimizer(OptimizerKind::Adam, p);
  EXPECT_EQ(t.params(), w);
  EXPECT_EQ(t.spec().optimizer.kind, OptimizerKind::Adam);
  const double before = t.metrics().train_loss;
  t.train_epochs(20);
  EXPECT_LT(t.metrics().train_loss, before);
}

TEST(StepByStep, MiniBatchStepsGiveExactlyTheEpochsOfTrainEpochs) {
  const auto spec = parse_spec(R"({"seed": 6, "data": {"generator": "spiral", "points": 103}, "model": {"hidden": [5]},
                                   "optimizer": {"kind": "adam", "learningRate": 0.01}, "training": {"batchSize": 10}})");
  Trainer a(spec), b(spec);
  a.train_epochs(2);
  int batches = 0;
  const Index n = b.train_set().size();
  EXPECT_EQ(n % 10, 2);  // a short last batch is part of the test
  while (b.metrics().epoch < 2) {
    const Vector before = b.params();
    b.prepare_batch();
    EXPECT_TRUE(b.batch_prepared());
    EXPECT_EQ(b.params(), before);  // the forward/backward phase changes no parameter
    EXPECT_EQ(Index(b.prepared_batch().size()), std::min<Index>(10, n - b.batch_position()));
    b.apply_batch();
    ++batches;
  }
  EXPECT_EQ(batches, 2 * ((n + 9) / 10));  // 52 training points: 5 batches of 10 and one of 2, per epoch
  EXPECT_EQ(a.params(), b.params());
  EXPECT_EQ(a.metrics().test_loss, b.metrics().test_loss);
}

TEST(StepByStep, EveryAppliedMiniBatchUpdatesTheLoss) {
  const auto spec = parse_spec(R"({"seed": 3, "data": {"generator": "xor", "points": 200},
                                   "optimizer": {"kind": "sgd", "learningRate": 0.3}, "training": {"batchSize": 10}})");
  Trainer t(spec);
  double previous = t.metrics().train_loss;
  for (int i = 0; i < 3; ++i) {
    t.prepare_batch();
    EXPECT_EQ(t.metrics().train_loss, previous);  // the forward/backward phase changes nothing
    t.apply_batch();
    EXPECT_NE(t.metrics().train_loss, previous) << "batch " << i;
    EXPECT_EQ(t.metrics().epoch, 0);
    previous = t.metrics().train_loss;
  }
}

TEST(StepByStep, TrainEpochsFinishesAHalfDoneEpoch) {
  const auto spec = parse_spec(R"({"seed": 7, "data": {"generator": "circle", "points": 100}})");
  Trainer a(spec), b(spec);
  a.train_epochs(2);
  for (int i = 0; i < 2; ++i) { b.prepare_batch(); b.apply_batch(); }
  b.prepare_batch();  // prepared, not applied: train_epochs applies it first
  EXPECT_EQ(b.metrics().epoch, 0);
  b.train_epochs(2);
  EXPECT_EQ(b.metrics().epoch, 2);
  EXPECT_EQ(a.params(), b.params());
}

}  // namespace
}  // namespace nn
