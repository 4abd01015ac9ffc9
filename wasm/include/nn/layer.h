// The interface every layer implements. A network is a chain of layers; each caches what its
// backward pass needs (its input is owned by the previous layer, its output by itself).
#pragma once
#include <string>

#include "nn/rng.h"
#include "nn/tensor.h"

namespace nn {

enum class Init { XavierUniform, XavierNormal, HeUniform, HeNormal };

class Layer {
 public:
  virtual ~Layer() = default;

  virtual const char* kind() const = 0;
  virtual Index in_size() const = 0;
  virtual Index out_size() const = 0;

  // Trainable parameters live in the network's one flat buffer (llm.c style) so that an
  // optimizer update is one loop and JS gets one view. bind() points the layer into it.
  virtual Index param_count() const { return 0; }
  virtual void bind(Scalar* /*params*/, Scalar* /*grads*/) {}
  virtual void init_params(Rng& /*rng*/, Init /*init*/) {}

  // Non-trainable state (batch norm's running statistics) lives in a second flat buffer that
  // the networks sharing the parameters also share. Same pattern as the parameters.
  virtual Index state_count() const { return 0; }
  virtual void bind_state(Scalar* /*state*/) {}
  virtual void init_state() {}

  // in: in_size × B. Computes and caches the output (out_size × B).
  virtual void forward(const Matrix& in, Phase phase) = 0;
  virtual const Matrix& output() const = 0;

  // grad_out = ∂L/∂output (out_size × B). Overwrites this layer's parameter gradients and
  // writes ∂L/∂in into grad_in. `in` is the same matrix forward() saw.
  virtual void backward(const Matrix& in, const Matrix& grad_out, Matrix& grad_in) = 0;
};

const char* init_name(Init init);
Init parse_init(const std::string& name);  // throws std::invalid_argument

}  // namespace nn
