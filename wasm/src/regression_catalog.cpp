#include "nn/regression_catalog.h"

#include <nlohmann/json.hpp>

#include "nn/catalog.h"
#include "nn/optimizer.h"

namespace nn {

std::string regression_catalog_json() {
  using nlohmann::json;
  const json fields = json::parse(fields_json({"data.line.weight", "data.line.bias", "data.line.noise", "data.line.points",
                                               "data.line.xMin", "data.line.xMax", "seed", "optimizer.learningRate",
                                               "optimizer.momentum", "optimizer.rho", "optimizer.beta1", "optimizer.beta2",
                                               "optimizer.epsilon", "optimizer.weightDecay", "regression.speed"}));
  json optimizers = json::array();
  for (OptimizerKind k : {OptimizerKind::SGD, OptimizerKind::Momentum, OptimizerKind::Nesterov, OptimizerKind::RMSProp,
                          OptimizerKind::AdaGrad, OptimizerKind::Adam, OptimizerKind::AdamW})
    optimizers.push_back({{"name", optimizer_name(k)}, {"params", optimizer_param_names(k)}});
  return json{{"fields", fields}, {"optimizers", optimizers}}.dump();
}

}  // namespace nn
