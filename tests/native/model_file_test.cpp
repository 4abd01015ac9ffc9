#include "nn/model_file.h"

#include <gtest/gtest.h>

#include <functional>
#include <limits>
#include <nlohmann/json.hpp>

namespace nn {
namespace {

const char* kSpec = R"({"seed": 5, "data": {"generator": "spiral", "points": 200},
    "model": {"hidden": [8, 6], "activation": "relu", "batchNorm": true, "dropout": 0.1},
    "optimizer": {"kind": "adam", "learningRate": 0.01}})";

TEST(ModelFile, SaveLoadRoundTripsExactlyAndTrainingContinuesIdentically) {
  const ExperimentSpec spec = parse_spec(kSpec);
  Trainer a(spec);
  a.train_epochs(5);
  const std::string saved = save_model(a, true);

  Trainer b(spec);
  load_model(b, saved);
  EXPECT_EQ(b.params(), a.params());  // bit for bit
  EXPECT_EQ(b.state(), a.state());
  EXPECT_EQ(b.optimizer().t(), a.optimizer().t());
  EXPECT_EQ(b.metrics().epoch, 5);
  EXPECT_EQ(b.metrics().test_loss, a.metrics().test_loss);
  EXPECT_EQ(save_model(b, true), saved);

  // Optimizer state and Rng position are in the file: resumed training continues exactly as
  // the original run, dropout masks and all.
  a.train_epochs(3);
  b.train_epochs(3);
  EXPECT_EQ(b.params(), a.params());
  EXPECT_EQ(b.metrics().train_loss, a.metrics().train_loss);

  // Without optimizer state Adam starts over, so the runs part.
  Trainer c(spec);
  c.train_epochs(5);
  load_model(c, save_model(a, false));
  c.train_epochs(1);
  a.train_epochs(1);
  EXPECT_NE(c.params(), a.params());
}

TEST(ModelFile, OptimizerStateIsRestored) {
  ExperimentSpec spec = parse_spec(kSpec);
  Trainer a(spec);
  a.train_epochs(2);
  const auto state_a = a.optimizer().named_state();
  Trainer b(spec);
  load_model(b, save_model(a, true));
  const auto state_b = b.optimizer().named_state();
  ASSERT_EQ(state_a.size(), 2u);
  for (std::size_t i = 0; i < state_a.size(); ++i) EXPECT_EQ(*state_a[i].second, *state_b[i].second);
  EXPECT_GT(b.optimizer().t(), 0);
  load_model(b, save_model(a, false));
  EXPECT_EQ(b.optimizer().t(), 0);
}

std::string error_loading(Trainer& t, const std::string& text) {
  try {
    load_model(t, text);
  } catch (const SpecError& e) {
    return e.what();
  }
  return "(accepted)";
}

TEST(ModelFile, CorruptOrMismatchedFilesAreRejectedAndChangeNothing) {
  const ExperimentSpec spec = parse_spec(kSpec);
  Trainer a(spec);
  a.train_epochs(1);
  const std::string good = save_model(a, true);
  Trainer t(spec);
  const Vector params = t.params(), state = t.state();
  const long long t0 = t.optimizer().t();

  auto edited = [&](const std::function<void(nlohmann::json&)>& edit) {
    nlohmann::json j = nlohmann::json::parse(good);
    edit(j);
    return j.dump();
  };
  EXPECT_EQ(
      error_loading(t, good.substr(0, good.size() / 2)).rfind("model file is not valid JSON (truncated?)", 0),
      0u);
  EXPECT_EQ(error_loading(t, edited([](auto& j) { j["params"].erase(3); })),
            "model file.params: must have " + std::to_string(params.size()) +
                " numbers for this architecture, got " + std::to_string(params.size() - 1));
  EXPECT_EQ(error_loading(t, edited([](auto& j) { j["params"][7] = "x"; })),
            "model file.params[7]: must be a number, got a string");
  EXPECT_EQ(error_loading(t, edited([](auto& j) { j["params"][7] = 1e300; })),
            "model file.params[7]: must be a finite number");
  EXPECT_EQ(error_loading(t, edited([](auto& j) {
                            j["architecture"]["hidden"] = {8, 5};
                          }))
                .rfind("model file.architecture: does not match this experiment: the file has", 0),
            0u);
  EXPECT_EQ(error_loading(t, edited([](auto& j) { j.erase("batchNormState"); })),
            "model file.batchNormState: is missing");
  EXPECT_EQ(error_loading(t, edited([](auto& j) { j["optimizer"]["kind"] = "sgd"; })),
            "model file.optimizer.kind: the file's optimizer is 'sgd', this experiment uses 'adam'");
  EXPECT_EQ(error_loading(t, edited([](auto& j) { j["optimizer"]["state"]["m"].erase(0); }))
                .rfind("model file.optimizer.state.m: must have", 0),
            0u);
  EXPECT_EQ(error_loading(t, edited([](auto& j) { j["format"] = "keras"; })),
            "model file.format: must be \"descent-model\", got \"keras\"");
  EXPECT_EQ(error_loading(t, edited([](auto& j) { j["weights"] = 1; })), "model file.weights: unknown field");
  EXPECT_EQ(error_loading(t, "[1]"), "model file: must be an object, got an array");
  EXPECT_EQ(t.params(), params);
  EXPECT_EQ(t.state(), state);
  EXPECT_EQ(t.optimizer().t(), t0);
  EXPECT_EQ(t.metrics().epoch, 0);
}

TEST(ModelFile, TheSpecInsideIsValidatedLikeAnySpec) {
  const ExperimentSpec spec = parse_spec(kSpec);
  Trainer a(spec);
  const std::string good = save_model(a, true);
  Trainer t(spec);
  const Vector params = t.params();
  auto edited = [&](const std::function<void(nlohmann::json&)>& edit) {
    nlohmann::json j = nlohmann::json::parse(good);
    edit(j);
    return j.dump();
  };
  EXPECT_EQ(error_loading(t, edited([](auto& j) { j["spec"]["model"]["hidden"][0] = 0; })),
            "model file.spec.model.hidden[0]: must be from 1 to 1024, got 0");
  EXPECT_EQ(error_loading(t, edited([](auto& j) { j["spec"]["typo"] = 1; })), "model file.spec.typo: unknown field");
  EXPECT_EQ(error_loading(t, edited([](auto& j) { j.erase("spec"); })),
            "model file.spec: is missing (a model file holds the experiment it was trained in)");
  EXPECT_EQ(error_loading(t, edited([](auto& j) { j["spec"] = "x"; })), "model file.spec: must be an object, got a string");
  EXPECT_EQ(t.params(), params);

  // model_file_spec reads the spec without building anything, so a caller can refuse a network
  // too big for it before allocating one.
  EXPECT_EQ(model_file_spec(good).model.hidden, (std::vector<int>{8, 6}));
  const std::string huge = edited([](auto& j) { j["spec"]["model"] = {{"hidden", std::vector<int>(16, 1024)}}; });
  EXPECT_EQ(model_file_spec(huge).model.hidden.size(), 16u);
  EXPECT_THROW(model_file_spec(edited([](auto& j) { j["format"] = "x"; })), SpecError);
  EXPECT_THROW(model_file_spec("{\"format\": \"descent-model\", \"format\": \"x\"}"), SpecError);
}

TEST(ModelFile, NegativeSumsOfSquaresAreRefused) {
  const ExperimentSpec spec = parse_spec(kSpec);  // Adam: m (first moments) and s (second)
  Trainer a(spec);
  a.train_epochs(1);
  nlohmann::json j = nlohmann::json::parse(save_model(a, true));
  j["optimizer"]["state"]["m"][0] = -0.5;  // a first moment may be negative
  Trainer t(spec);
  EXPECT_EQ(error_loading(t, j.dump()), "(accepted)");
  j["optimizer"]["state"]["s"][3] = -1e-3;
  Trainer u(spec);
  const Vector params = u.params();
  EXPECT_EQ(error_loading(u, j.dump()),
            "model file.optimizer.state.s[3]: must not be negative (a sum of squared gradients), got -0.001");
  EXPECT_EQ(u.params(), params);
  EXPECT_EQ(u.optimizer().t(), 0);

  ExperimentSpec ada = spec;
  ada.optimizer.kind = OptimizerKind::AdaGrad;
  Trainer b(ada);
  b.train_epochs(1);
  nlohmann::json k = nlohmann::json::parse(save_model(b, true));
  k["optimizer"]["state"]["G"][0] = -1;
  Trainer c(ada);
  EXPECT_EQ(error_loading(c, k.dump()).rfind("model file.optimizer.state.G[0]: must not be negative", 0), 0u);
}

TEST(ModelFile, DuplicateKeysAndHugeNumbersInAFileAreRejected) {
  const ExperimentSpec spec = parse_spec(kSpec);
  Trainer a(spec);
  std::string text = save_model(a, false);
  Trainer t(spec);
  const std::string twice = "{\"epoch\": 3, " + text.substr(1);  // "epoch" now appears twice
  EXPECT_EQ(error_loading(t, twice), "model file.epoch: appears twice in one object (a key may be given only once)");
  const auto at = text.find("\"params\":[") + 10;
  const std::string overflow = text.substr(0, at) + "1e999," + text.substr(at);
  EXPECT_EQ(error_loading(t, overflow), "model file.params[0]: the number 1e999 is beyond the range of a double");
}

TEST(ModelFile, NonFiniteWeightsAreNeverSaved) {
  const ExperimentSpec spec = parse_spec(kSpec);
  Trainer a(spec);
  a.params()[2] = std::numeric_limits<Scalar>::infinity();
  try {
    save_model(a, true);
    FAIL() << "saved a model with an infinite weight";
  } catch (const SpecError& e) {
    EXPECT_STREQ(e.what(), "the model has weights that are not finite numbers (training diverged?); it cannot be saved");
  }
}

}  // namespace
}  // namespace nn
