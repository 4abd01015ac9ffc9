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
