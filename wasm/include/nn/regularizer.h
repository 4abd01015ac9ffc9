// L1 and L2 regularization of the Dense weights (the ranges a Network reports; biases and
// batch norm's γ, β are not penalized). Stateless functions on the flat parameter buffer.
//   L2: penalty ½λ‖w‖²; its gradient λw is added to the data gradient before the update.
//   L1: penalty λ‖w‖₁; applied after the update as the proximal step
//       w ← sign(w) · max(|w| − αλ, 0)
//       so a weight the data gradient does not hold away from zero lands exactly on zero —
//       why L1 gives sparse weights (a plain subgradient step would only make it oscillate).
#pragma once
#include <utility>
#include <vector>

#include "nn/spec.h"
#include "nn/tensor.h"

namespace nn {

using Ranges = std::vector<std::pair<Index, Index>>;  // (offset, count) in the flat buffer

// λ‖w‖₁ or ½λ‖w‖² over the ranges (0 for None).
double penalty(Regularization kind, double rate, const Vector& params, const Ranges& ranges);
// L2 only: grads += λ·w on the ranges.
void add_penalty_gradient(Regularization kind, double rate, const Vector& params, Vector& grads,
                          const Ranges& ranges);
// L1 only: the proximal step with threshold α·λ.
void apply_l1_proximal(Regularization kind, double rate, double learning_rate, Vector& params,
                       const Ranges& ranges);
// Weights exactly 0 on the ranges.
long long count_zeros(const Vector& params, const Ranges& ranges);

}  // namespace nn
