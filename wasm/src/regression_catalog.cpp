#include "nn/regression_catalog.h"

#include <cstring>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "nn/linear_regression.h"
#include "nn/optimizer.h"

namespace nn {
namespace {

using nlohmann::json;

const LineSpec kLine;
const LineRange kLineRanges[] = {
    {"weight", -1e6, 1e6, kLine.weight, false}, {"bias", -1e9, 1e9, kLine.bias, false},
    {"noise", 0, 1e9, kLine.noise, false},      {"points", 2, 100000, double(kLine.points), true},
    {"xMin", -1e9, 1e9, kLine.x_min, false},    {"xMax", -1e9, 1e9, kLine.x_max, false},
};

json field(double min, double max, double def, bool integer, std::vector<double> choices = {}, bool log = false) {
  return {{"min", min}, {"max", max}, {"default", def}, {"integer", integer}, {"scale", log ? "log" : "linear"},
          {"step", 0}, {"sliderMin", min}, {"sliderMax", max}, {"choices", choices}};
}

}  // namespace

const LineRange* line_ranges() { return kLineRanges; }

const LineRange& line_range(const char* key) {
  for (const LineRange& r : kLineRanges)
    if (std::strcmp(r.key, key) == 0) return r;
  throw std::logic_error(std::string("no line range '") + key + "'");
}

std::string regression_catalog_json() {
  const OptimizerParams o;
  const std::vector<double> betas = {0, 0.5, 0.8, 0.9, 0.95, 0.99};
  json fields = json::object();
  for (const LineRange& r : kLineRanges) fields[std::string("data.line.") + r.key] = field(r.min, r.max, r.def, r.integer);
  fields["seed"] = field(0, 9007199254740991.0, 1, true);
  // The same bounds the spec parser checks optimizer.* against (spec.cpp).
  fields["optimizer.learningRate"] = field(1e-7, 10, o.learning_rate, false, {1e-5, 1e-4, 1e-3, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10}, true);
  fields["optimizer.momentum"] = field(0, 0.9999, o.momentum, false, betas);
  fields["optimizer.rho"] = field(0, 0.9999, o.rho, false, {0.5, 0.8, 0.9, 0.95, 0.99, 0.999});
  fields["optimizer.beta1"] = field(0, 0.9999, o.beta1, false, betas);
  fields["optimizer.beta2"] = field(0, 0.999999, o.beta2, false, {0.9, 0.99, 0.999, 0.9999});
  fields["optimizer.epsilon"] = field(1e-12, 1, o.epsilon, false, {1e-8, 1e-7, 1e-6, 1e-4, 1e-2}, true);
  fields["optimizer.weightDecay"] = field(0, 1, o.weight_decay, false, {0, 1e-4, 1e-3, 0.01, 0.1});
  // Steps per frame: the unscaled story needs thousands of steps to show its crawl.
  fields["regression.speed"] = field(1, 1000, 1, true, {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000});
  json optimizers = json::array();
  auto add = [&](OptimizerKind k, std::vector<const char*> params) { optimizers.push_back({{"name", optimizer_name(k)}, {"params", params}}); };
  add(OptimizerKind::SGD, {"learningRate"});
  add(OptimizerKind::Momentum, {"learningRate", "momentum"});
  add(OptimizerKind::Nesterov, {"learningRate", "momentum"});
  add(OptimizerKind::RMSProp, {"learningRate", "rho", "epsilon"});
  add(OptimizerKind::AdaGrad, {"learningRate", "epsilon"});
  add(OptimizerKind::Adam, {"learningRate", "beta1", "beta2", "epsilon"});
  add(OptimizerKind::AdamW, {"learningRate", "beta1", "beta2", "epsilon", "weightDecay"});
  return json{{"fields", fields}, {"optimizers", optimizers}}.dump();
}

}  // namespace nn
