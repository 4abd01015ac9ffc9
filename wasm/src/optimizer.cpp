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

// The training path's optimizers (their update loops run every step) are instantiated here, in
// a hot source compiled at -O3 and linked before the cold ones: the linker keeps the first
// copy of a template it meets, and the trainer's set-up, which creates them, is in the cold
// trainer_setup.cpp (-Oz).
template std::unique_ptr<Optimizer<float>> make_optimizer<float>(OptimizerKind, const OptimizerParams&);

}  // namespace nn
