#include "nn/optimizer.h"

#include <stdexcept>

namespace nn {

OptimizerKind parse_optimizer(const std::string& name) {
  for (OptimizerKind k : {OptimizerKind::SGD, OptimizerKind::Momentum, OptimizerKind::Nesterov,
                          OptimizerKind::AdaGrad, OptimizerKind::RMSProp, OptimizerKind::Adam,
                          OptimizerKind::AdamW})
    if (name == optimizer_name(k)) return k;
  throw std::invalid_argument("unknown optimizer '" + name +
                              "' (expected sgd, momentum, nesterov, adagrad, rmsprop, adam or adamw)");
}

}  // namespace nn
