// Command-line runner: the page's math, scripted. Prints one JSON object per epoch and a final
// summary, so teachers can run and grade experiments with the same core the page uses.
//   descent-cli run SPEC.json
#include <chrono>
#include <cmath>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "nn/spec.h"
#include "nn/trainer.h"

namespace {

nlohmann::json number_or_null(double x) { return std::isfinite(x) ? nlohmann::json(x) : nlohmann::json(); }

nlohmann::json metrics_json(const nn::Metrics& m) {
  return {{"epoch", m.epoch},
          {"trainLoss", number_or_null(m.train_loss)},
          {"testLoss", number_or_null(m.test_loss)},
          {"penalty", m.penalty},
          {"trainAccuracy", number_or_null(m.train_accuracy)},
          {"testAccuracy", number_or_null(m.test_accuracy)},
          {"zeroWeights", m.zero_weights}};
}

int usage() {
  std::cerr << "usage: descent-cli run SPEC.json\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3 || std::string(argv[1]) != "run") return usage();
  std::ifstream in(argv[2]);
  if (!in) {
    std::cerr << "error: cannot read " << argv[2] << "\n";
    return 1;
  }
  std::stringstream text;
  text << in.rdbuf();
  try {
    const nn::ExperimentSpec spec = nn::parse_spec(text.str());
    nn::Trainer trainer(spec);
    const auto start = std::chrono::steady_clock::now();
    for (int e = 0; e < spec.training.epochs; ++e) {
      const auto t0 = std::chrono::steady_clock::now();
      const nn::Status status = trainer.train_epochs(1);
      const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      if (status == nn::Status::Diverged) {
        std::cout << nlohmann::json{{"status", "diverged"}, {"epoch", trainer.metrics().epoch + 1}}.dump() << "\n";
        break;
      }
      auto line = metrics_json(trainer.metrics());
      line["ms"] = ms;
      std::cout << line.dump() << "\n";
    }
    auto summary = metrics_json(trainer.metrics());
    summary["status"] = trainer.status() == nn::Status::Ok ? "ok" : "diverged";
    summary["seconds"] = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << nlohmann::json{{"summary", summary}}.dump() << "\n";
    return trainer.status() == nn::Status::Ok ? 0 : 3;
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 1;
  }
}
