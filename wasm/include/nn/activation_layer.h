// Applies an activation function element-wise; no parameters. Its output is what the page
// draws as a neuron's value.
#pragma once
#include "nn/activation.h"
#include "nn/layer.h"

namespace nn {

class ActivationLayer final : public Layer {
 public:
  ActivationLayer(Index size, Activation f) : m_size(size), m_f(f) {}

  const char* kind() const override { return "activation"; }
  Index in_size() const override { return m_size; }
  Index out_size() const override { return m_size; }
  Activation function() const { return m_f; }

  void forward(const Matrix& in, Phase) override { activate(m_f, in, m_a); }
  const Matrix& output() const override { return m_a; }
  void backward(const Matrix& in, const Matrix& grad_out, Matrix& grad_in) override {
    activate_backward(m_f, in, m_a, grad_out, grad_in);
  }

 private:
  Index m_size;
  Activation m_f;
  Matrix m_a;
};

}  // namespace nn
