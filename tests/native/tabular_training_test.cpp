// The spec's table fields and the validation set in training: early stopping and the best
// epoch watch the validation loss when there is a validation set, the test loss otherwise.
#include <gtest/gtest.h>

#include <cmath>

#include "nn/spec.h"
#include "nn/trainer.h"

namespace nn {
namespace {

std::string spec_error(const std::string& json) {
  try {
    parse_spec(json);
  } catch (const SpecError& e) {
    return e.what();
  }
  return "(accepted)";
}

TEST(TableSpec, ParsesAndRoundTrips) {
  const ExperimentSpec s = parse_spec(R"({"data": {"source": "csv", "trainRatio": 0.8, "validationRatio": 0.1,
      "table": {"target": "Sale_Price", "ignore": ["Longitude"], "rule": "quantiles", "quantiles": 3, "maxCategories": 5}}})");
  EXPECT_TRUE(s.data.has_table);
  EXPECT_EQ(s.data.table.target, "Sale_Price");
  EXPECT_EQ(s.data.table.ignore, (std::vector<std::string>{"Longitude"}));
  EXPECT_EQ(s.data.table.rule, TargetRule::Quantiles);
  EXPECT_EQ(s.data.table.quantiles, 3);
  EXPECT_EQ(s.data.table.max_categories, 5);
  EXPECT_DOUBLE_EQ(s.data.validation_ratio, 0.1);
  const ExperimentSpec again = parse_spec(spec_to_json(s));
  EXPECT_EQ(spec_to_json(again), spec_to_json(s));
  EXPECT_EQ(again.data.table.ignore, s.data.table.ignore);
}

TEST(TableSpec, BadFieldsAreNamed) {
  EXPECT_EQ(spec_error(R"({"data": {"table": {}}})"), "data.table: only for data.source 'csv'");
  EXPECT_EQ(spec_error(R"({"data": {"trainRatio": 0.9, "validationRatio": 0.2}})"),
            "data.validationRatio: trainRatio + validationRatio must be at most 1, got 1.1");
  EXPECT_EQ(spec_error(R"({"data": {"source": "csv", "table": {"rule": "quantiles", "threshold": 5}}})"),
            "data.table.threshold: only for rule 'threshold'");
  EXPECT_EQ(spec_error(R"({"data": {"source": "csv", "table": {"rule": "median"}}})").rfind("data.table.rule: ", 0), 0u);
  EXPECT_EQ(spec_error(R"({"data": {"source": "csv", "table": {"targt": "x"}}})"), "data.table.targt: unknown field");
  EXPECT_EQ(spec_error(R"({"data": {"source": "csv", "standardize": true, "table": {}}})"),
            "data.standardize: the table preparation already standardizes numeric columns; leave it false");
  EXPECT_EQ(spec_error(R"({"data": {"source": "csv", "table": {"target": "a", "ignore": ["a"]}}})"),
            "data.table.ignore[0]: the target column cannot be ignored");
}

TEST(ValidationSet, EarlyStoppingWatchesTheValidationLoss) {
  const ExperimentSpec s = parse_spec(R"({"data": {"generator": "circle", "points": 200, "noise": 0.3,
      "trainRatio": 0.5, "validationRatio": 0.25}, "model": {"hidden": [8]}, "optimizer": {"kind": "adam", "learningRate": 0.03},
      "training": {"earlyStopping": {"patience": 5}}})");
  Trainer t(s);
  EXPECT_EQ(t.train_set().size(), 100);
  EXPECT_EQ(t.validation_set().size(), 50);
  EXPECT_EQ(t.test_set().size(), 50);
  EXPECT_STREQ(t.monitored_set(), "validation");
  while (t.train_epochs(1) == Status::Ok && t.metrics().epoch < 2000) {}
  ASSERT_EQ(t.status(), Status::EarlyStopped);
  // The restored weights are the best epoch's on the validation set: its loss is the best one.
  EXPECT_DOUBLE_EQ(t.metrics().validation_loss, t.metrics().best_test_loss);
  EXPECT_TRUE(std::isfinite(t.metrics().test_loss));
  EXPECT_TRUE(std::isfinite(t.metrics().validation_accuracy));
}

TEST(ValidationSet, WithoutOneTheSplitAndTheWatchedSetAreAsBefore) {
  const ExperimentSpec s = parse_spec(R"({"data": {"generator": "xor", "points": 100}})");
  Trainer t(s);
  EXPECT_EQ(t.train_set().size(), 50);
  EXPECT_EQ(t.validation_set().size(), 0);
  EXPECT_STREQ(t.monitored_set(), "test");
  t.train_epochs(3);
  EXPECT_TRUE(std::isnan(t.metrics().validation_loss));
}

TEST(ValidationSet, StopAtBestEndsTheRunWithTheBestEpochsWeights) {
  Trainer t(parse_spec(R"({"data": {"generator": "circle", "points": 100, "validationRatio": 0.2},
      "optimizer": {"kind": "sgd", "learningRate": 3}})"));
  t.train_epochs(30);
  const long long best = t.metrics().best_epoch;
  const double best_loss = t.metrics().best_test_loss;
  t.stop_at_best();
  EXPECT_EQ(t.status(), Status::EarlyStopped);
  EXPECT_DOUBLE_EQ(t.metrics().validation_loss, best_loss);
  EXPECT_EQ(t.metrics().best_epoch, best);
}

}  // namespace
}  // namespace nn
