// What a running trainer takes without a restart: optimizer, schedule, regularization and
// training settings change in place (the weights stay); data, features, model and seed need
// a new trainer. A hyperparameter changed in the middle of an epoch keeps the schedule's rate.
#include <gtest/gtest.h>

#include <memory>

#include "nn/spec.h"
#include "nn/trainer.h"

namespace nn {
namespace {

// Step schedule halving every epoch, so the scheduled rate differs from the base from epoch 1.
const char* kScheduled = R"({"seed": 3, "data": {"generator": "circle", "points": 60},
    "optimizer": {"kind": "momentum", "learningRate": 0.1, "momentum": 0.5,
                  "schedule": {"kind": "step", "stepEpochs": 1, "gamma": 0.5}},
    "training": {"batchSize": 10}})";

TEST(LiveChange, AHyperparameterChangedMidEpochTrainsAtTheScheduledRate) {
  Trainer changed(parse_spec(kScheduled)), untouched(parse_spec(kScheduled));
  for (Trainer* t : {&changed, &untouched}) {
    t->train_epochs(1);
    t->prepare_batch();  // step by step: epoch 1 has begun, its rate is 0.1 · 0.5
  }
  ASSERT_DOUBLE_EQ(untouched.metrics().learning_rate, 0.05);
  // The page re-sends the hyperparameters (same base rate) after the user moved a slider.
  changed.set_optimizer_params(changed.spec().optimizer.params);
  EXPECT_DOUBLE_EQ(changed.optimizer().params.learning_rate, 0.05);
  EXPECT_DOUBLE_EQ(changed.metrics().learning_rate, 0.05);
  changed.apply_batch();
  untouched.apply_batch();
  EXPECT_EQ(changed.params(), untouched.params());
}

TEST(LiveChange, ANewBaseRateMidEpochIsScheduledAtOnce) {
  Trainer t(parse_spec(kScheduled));
  t.train_epochs(2);  // epoch 2: γ² = 0.25
  t.prepare_batch();
  OptimizerParams p = t.spec().optimizer.params;
  p.learning_rate = 0.4;
  t.set_optimizer_params(p);
  EXPECT_DOUBLE_EQ(t.optimizer().params.learning_rate, 0.1);
  EXPECT_DOUBLE_EQ(t.metrics().learning_rate, 0.1);
  EXPECT_DOUBLE_EQ(t.spec().optimizer.params.learning_rate, 0.4);  // the spec keeps the base
}

TEST(LiveChange, ANewOptimizerKindMidEpochAlsoKeepsTheScheduledRate) {
  ExperimentSpec s = parse_spec(kScheduled);
  Trainer t(s);
  t.train_epochs(1);
  t.prepare_batch();
  s.optimizer.kind = OptimizerKind::Adam;
  t.apply_live(s);
  EXPECT_EQ(t.optimizer().kind(), OptimizerKind::Adam);
  EXPECT_DOUBLE_EQ(t.optimizer().params.learning_rate, 0.05);
}

TEST(LiveChange, OptimizerRegularizationAndTrainingFieldsAreLive) {
  const ExperimentSpec base = parse_spec(kScheduled);
  const char* live[] = {
      R"({"optimizer": {"kind": "adam", "learningRate": 0.01}})",
      R"({"optimizer": {"schedule": {"kind": "cosine", "periodEpochs": 50}}})",
      R"({"regularization": {"kind": "l1", "rate": 0.01}})",
      R"({"training": {"batchSize": 5, "clipNorm": 1, "earlyStopping": {"patience": 3}}})",
  };
  for (const char* change : live) {
    ExperimentSpec next = base;
    const ExperimentSpec part = parse_spec(change);
    if (std::string(change).find("optimizer") != std::string::npos) next.optimizer = part.optimizer;
    if (std::string(change).find("regularization") != std::string::npos) next.regularization = part.regularization;
    if (std::string(change).find("training") != std::string::npos) next.training = part.training;
    EXPECT_TRUE(is_live_change(base, next)) << change;
  }
  EXPECT_TRUE(is_live_change(base, base));
}

TEST(LiveChange, DataFeaturesModelAndSeedNeedANewTrainer) {
  const ExperimentSpec base = parse_spec(kScheduled);
  auto changed = [&](auto edit) {
    ExperimentSpec next = base;
    edit(next);
    return is_live_change(base, next);
  };
  EXPECT_FALSE(changed([](ExperimentSpec& s) { s.seed = 9; }));
  EXPECT_FALSE(changed([](ExperimentSpec& s) { s.data.noise = 0.2; }));
  EXPECT_FALSE(changed([](ExperimentSpec& s) { s.data.train_ratio = 0.7; }));
  EXPECT_FALSE(changed([](ExperimentSpec& s) { s.features = {Feature::X1}; }));
  EXPECT_FALSE(changed([](ExperimentSpec& s) { s.model.hidden = {3}; s.model.activations.resize(1); s.model.dropout.resize(1); }));
  EXPECT_FALSE(changed([](ExperimentSpec& s) { s.model.batch_norm = true; }));
  EXPECT_FALSE(changed([](ExperimentSpec& s) { s.model.init = Init::HeNormal; }));
}

TEST(LiveChange, ApplyLiveKeepsTheWeightsAndTheEpoch) {
  ExperimentSpec s = parse_spec(kScheduled);
  Trainer t(s);
  t.train_epochs(3);
  const Vector before = t.params();
  s.optimizer.params.learning_rate = 0.2;
  s.regularization.kind = Regularization::L2;
  s.regularization.rate = 0.1;
  s.training.batch_size = 7;
  t.apply_live(s);
  EXPECT_EQ(t.params(), before);
  EXPECT_EQ(t.metrics().epoch, 3);
  EXPECT_EQ(t.spec().training.batch_size, 7);
  EXPECT_GT(t.metrics().penalty, 0);  // the new regularizer's penalty is shown at once
  EXPECT_EQ(spec_to_json(t.spec()), spec_to_json(s));
}

TEST(LiveChange, ApplySpecSaysWhetherItChangedInPlaceOrRebuilt) {
  ExperimentSpec s = parse_spec(kScheduled);
  auto t = std::make_unique<Trainer>(s);
  t->train_epochs(2);
  const Trainer* before = t.get();
  s.optimizer.params.momentum = 0.8;
  EXPECT_EQ(apply_spec(t, s, ""), SpecChange::Live);
  EXPECT_EQ(t.get(), before);
  EXPECT_EQ(t->metrics().epoch, 2);
  s.data.noise = 0.3;
  EXPECT_EQ(apply_spec(t, s, ""), SpecChange::Rebuilt);
  EXPECT_EQ(t->metrics().epoch, 0);
  EXPECT_EQ(spec_to_json(t->spec()), spec_to_json(s));
}

TEST(LiveChange, ARebuildThatFailsKeepsTheRunningTrainer) {
  ExperimentSpec s = parse_spec(kScheduled);
  auto t = std::make_unique<Trainer>(s);
  t->train_epochs(1);
  ExperimentSpec bad = s;
  bad.data.source = DataSource::Csv;  // no CSV text: the new trainer cannot be built
  EXPECT_THROW(apply_spec(t, bad, ""), std::invalid_argument);
  EXPECT_EQ(t->metrics().epoch, 1);
  EXPECT_EQ(spec_to_json(t->spec()), spec_to_json(s));
}

}  // namespace
}  // namespace nn
