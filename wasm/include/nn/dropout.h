// Inverted dropout (Srivastava et al. 2014): in training, every value is kept with probability
// 1 − p and scaled by 1/(1 − p), so its expectation is unchanged and evaluation needs no
// rescaling; in evaluation the layer is the identity.
//   train:  out = in ⊙ mask / (1 − p),   mask_ij ~ Bernoulli(1 − p)   ∂L/∂in = ∂L/∂out ⊙ mask / (1 − p)
//   eval:   out = in                                                  ∂L/∂in = ∂L/∂out
// The mask comes from the caller's Rng (the trainer's), so runs are reproducible.
#pragma once
#include "nn/layer.h"

namespace nn {

class Dropout final : public Layer {
 public:
  // rate p ∈ [0, 1). rng may be null only if the layer is never run in Phase::Train with p > 0.
  Dropout(Index size, double rate, Rng* rng) : m_size(size), m_rate(rate), m_rng(rng) {}

  const char* kind() const override { return "dropout"; }
  Index in_size() const override { return m_size; }
  Index out_size() const override { return m_size; }
  double rate() const { return m_rate; }

  void forward(const Matrix& in, Phase phase) override;
  const Matrix& output() const override { return m_active ? m_out : *m_in; }
  void backward(const Matrix& in, const Matrix& grad_out, Matrix& grad_in) override;

  // 1 = kept, 0 = dropped, size × B, from the last training forward pass (empty before one).
  const Matrix& mask() const { return m_mask; }
  // While frozen, training forward passes reuse the current mask (for gradient checks).
  void freeze_mask(bool frozen) { m_frozen = frozen; }

 private:
  Index m_size;
  double m_rate;
  Rng* m_rng;
  bool m_frozen = false, m_active = false;
  const Matrix* m_in = nullptr;  // eval: the output is the input itself, no copy
  Matrix m_mask, m_out;
};

}  // namespace nn
