#include "nn/spec.h"

#include <gtest/gtest.h>

namespace nn {
namespace {

std::string error_of(const std::string& json) {
  try {
    parse_spec(json);
  } catch (const SpecError& e) {
    return e.what();
  }
  return "(accepted)";
}

TEST(Spec, EmptyObjectGivesPlaygroundDefaults) {
  const ExperimentSpec s = parse_spec("{}");
  EXPECT_EQ(s.data.generator, Generator::Circle);
  EXPECT_EQ(s.model.hidden, (std::vector<int>{4, 2}));
  EXPECT_EQ(s.model.activations.size(), 2u);
  EXPECT_EQ(s.optimizer.params.learning_rate, 0.03);
  EXPECT_EQ(s.training.batch_size, 10);
}

TEST(Spec, RoundTripsThroughItsCanonicalJson) {
  const ExperimentSpec s = parse_spec(R"({"seed": 77, "data": {"generator": "spiral", "noise": 0.25},
      "features": ["x1", "x2", "sin_x1"], "model": {"hidden": [8, 8, 3], "activation": "relu"},
      "optimizer": {"kind": "adam", "learningRate": 0.001}, "regularization": {"kind": "l2", "rate": 0.003}})");
  const std::string once = spec_to_json(s);
  EXPECT_EQ(spec_to_json(parse_spec(once)), once);
}

TEST(Spec, PerLayerListsSchedulesStoppingAndDataSourcesRoundTrip) {
  const char* specs[] = {
      R"({"model": {"hidden": [8, 4], "activations": ["relu", "elu"], "dropout": [0.5, 0.1], "batchNorm": true},
          "optimizer": {"kind": "adamw", "schedule": {"kind": "cosine", "periodEpochs": 50, "minLearningRate": 0.001}},
          "training": {"earlyStopping": {"patience": 7, "minDelta": 0.001}, "clipNorm": 5}})",
      R"({"data": {"source": "inline", "inline": [[1, 2, 0], [3, 4, 1], [5, 6.5, 2], [7, 8, 1]]}})",
      R"({"data": {"source": "csv", "csvFile": "digits.csv.gz", "trainRatio": 0.8}, "model": {"dropout": 0.2}})",
      R"({"data": {"generator": "clusters", "dims": 784, "classes": 10, "points": 6400}})",
      R"({"data": {"generator": "blobs", "classes": 5}})"};
  for (const char* json : specs) {
    const std::string once = spec_to_json(parse_spec(json));
    EXPECT_EQ(spec_to_json(parse_spec(once)), once) << json;
  }
  const ExperimentSpec s = parse_spec(specs[0]);
  EXPECT_EQ(s.model.activations, (std::vector<Activation>{Activation::ReLU, Activation::ELU}));
  EXPECT_EQ(s.model.dropout, (std::vector<double>{0.5, 0.1}));
  EXPECT_TRUE(s.model.batch_norm);
  EXPECT_EQ(s.optimizer.schedule.kind, ScheduleKind::Cosine);
  EXPECT_EQ(s.training.early_stopping.patience, 7);
  EXPECT_EQ(s.training.clip_norm, 5);
  EXPECT_EQ(parse_spec(specs[2]).model.dropout, (std::vector<double>{0.2, 0.2}));
  EXPECT_EQ(parse_spec(specs[1]).data.rows[2], (std::vector<double>{5, 6.5, 2}));
  EXPECT_EQ(parse_spec(R"({"training": {"earlyStopping": {}}})").training.early_stopping.patience, 10);
  EXPECT_EQ(parse_spec("{}").training.early_stopping.patience, 0);
}

TEST(Spec, PerLayerListsSchedulesStoppingAndDataSourcesAreChecked) {
  EXPECT_EQ(error_of(R"({"model": {"hidden": [4, 2], "activations": ["relu"]}})"),
            "model.activations: must have 2 to 2 entries, got 1");
  EXPECT_EQ(error_of(R"({"model": {"hidden": [4, 2], "dropout": [0.1]}})"),
            "model.dropout: must have one rate per hidden layer (2), got 1");
  EXPECT_EQ(error_of(R"({"model": {"dropout": 0.95}})"), "model.dropout: must be from 0 to 0.9, got 0.95");
  EXPECT_EQ(error_of(R"({"model": {"dropout": "half"}})"),
            "model.dropout: must be a number or an array of numbers, got a string");
  EXPECT_EQ(error_of(R"({"model": {"batchNorm": 1}})"), "model.batchNorm: must be true or false, got an integer");
  EXPECT_EQ(error_of(R"({"optimizer": {"schedule": {"kind": "linear"}}})").rfind("optimizer.schedule.kind: unknown schedule 'linear'", 0), 0u);
  EXPECT_EQ(error_of(R"({"optimizer": {"schedule": {"stepEpoch": 3}}})"), "optimizer.schedule.stepEpoch: unknown field");
  EXPECT_EQ(error_of(R"({"training": {"earlyStopping": {"patience": -1}}})"),
            "training.earlyStopping.patience: must be from 0 to 1000000, got -1");
  EXPECT_EQ(error_of(R"({"training": {"clipNorm": -1}})"), "training.clipNorm: must be from 0 to 1e+06, got -1");
  EXPECT_EQ(error_of(R"({"data": {"source": "inline"}})"), "data.inline: is required for data.source 'inline'");
  EXPECT_EQ(error_of(R"({"data": {"source": "inline", "inline": [[1, 2, 0], [1, 2], [3, 4, 1], [5, 6, 0]]}})"),
            "data.inline[1]: must have 3 entries like the first row (features, then the label), got 2");
  EXPECT_EQ(error_of(R"({"data": {"source": "inline", "inline": [[1, 2, 0], [1, 2, 0.5], [3, 4, 1], [5, 6, 0]]}})"),
            "data.inline[1][2]: must be an integer, got a number");
  EXPECT_EQ(error_of(R"({"data": {"source": "csv", "generator": "xor"}})"), "data.generator: only for data.source 'generator'");
  EXPECT_EQ(error_of(R"({"data": {"csvFile": "a.csv"}})"), "data.csvFile: only for data.source 'csv'");
  EXPECT_EQ(error_of(R"({"data": {"generator": "circle", "classes": 3}})"),
            "data.classes: the circle generator has a fixed number of classes (only blobs, spiral and clusters take one)");
  EXPECT_EQ(error_of(R"({"data": {"generator": "spiral", "dims": 3}})"), "data.dims: only the clusters generator takes a dimension");
  EXPECT_EQ(error_of(R"({"data": {"generator": "clusters", "dims": 5}, "features": ["x1"]})"),
            "features: only 2-D data has input features; this data has 5 dimensions");
  EXPECT_EQ(error_of(R"({"data": {"generator": "blobs"}, "model": {"output": "sigmoid"}})"),
            "model.output: more than two classes need a softmax output");
}

TEST(Spec, RejectionsNameTheFieldAndTheProblem) {
  EXPECT_EQ(error_of("{\"model\": {\"hidden\": [4, 0]}}"), "model.hidden[1]: must be from 1 to 1024, got 0");
  EXPECT_EQ(error_of("{\"optimizer\": {\"learningRate\": -0.1}}"),
            "optimizer.learningRate: must be from 1e-07 to 10, got -0.1");
  EXPECT_EQ(error_of("{\"optimizer\": {\"learningRate\": \"fast\"}}"),
            "optimizer.learningRate: must be a number, got a string");
  EXPECT_EQ(error_of("{\"data\": {\"generatr\": \"xor\"}}"), "data.generatr: unknown field");
  EXPECT_EQ(error_of("{\"colour\": 1}"), "colour: unknown field");
  EXPECT_NE(error_of("{\"data\": {\"generator\": \"moon\"}}").find("data.generator: unknown data set 'moon'"),
            std::string::npos);
  EXPECT_EQ(error_of("{\"features\": [\"x1\", \"x1\"]}"), "features[1]: duplicate feature 'x1'");
  EXPECT_EQ(error_of("{\"training\": {\"batchSize\": 2.5}}"), "training.batchSize: must be an integer, got a number");
  EXPECT_EQ(error_of("[1, 2]"), "spec: must be an object, got an array");
  EXPECT_NE(error_of("{\"seed\": 1").find("spec is not valid JSON"), std::string::npos);
  EXPECT_EQ(error_of("{\"data\": {\"generator\": \"plane\"}, \"model\": {\"output\": \"sigmoid\"}}"),
            "model.output: a regression data set needs a linear output");
}

}  // namespace
}  // namespace nn
