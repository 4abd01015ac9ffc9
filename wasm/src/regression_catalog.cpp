#include "nn/regression_catalog.h"

#include "nn/json.h"

#include "nn/json_put.h"
#include "nn/catalog.h"
#include "nn/optimizer.h"

namespace nn {

std::string regression_catalog_json() {
  using json = nn::Json;
  json fields = json::parse(fields_json({"data.line.weight", "data.line.bias", "data.line.noise", "data.line.points",
                                         "data.line.xMin", "data.line.xMax", "seed", "optimizer.learningRate",
                                         "optimizer.momentum", "optimizer.rho", "optimizer.beta1", "optimizer.beta2",
                                         "optimizer.epsilon", "optimizer.weightDecay", "regression.speed"}));
  json optimizers = json::array();
  for (OptimizerKind k : {OptimizerKind::SGD, OptimizerKind::Momentum, OptimizerKind::Nesterov, OptimizerKind::RMSProp,
                          OptimizerKind::AdaGrad, OptimizerKind::Adam, OptimizerKind::AdamW}) {
    json e = json::object();
    detail::put(e, "name", optimizer_name(k));
    detail::put(e, "params", optimizer_param_names(k));
    detail::push_json(optimizers, std::move(e));
  }
  json out = json::object();
  detail::put(out, "fields", std::move(fields));
  detail::put(out, "optimizers", std::move(optimizers));
  return out.dump();
}

}  // namespace nn
