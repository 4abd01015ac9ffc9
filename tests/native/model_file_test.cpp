#include "nn/model_file.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace nn
