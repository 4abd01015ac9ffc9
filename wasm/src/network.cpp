#include "nn/network.h"

#include <stdexcept>
#include <string>

#include "nn/activation_layer.h"

namespace nn {

Index Network::count_params(const Architecture& arch) {
  Index total = 0, in = arch.inputs;
  for (int h : arch.hidden) {
    total += Index(h) * in + h;
    in = h;
  }
  return total + arch.outputs * in + arch.outputs;
}

Network::Network(const Architecture& arch, Scalar* params, Scalar* grads) : m_arch(arch) {
  if (arch.activations.size() != arch.hidden.size())
    throw std::invalid_argument("one activation per hidden layer is needed");
  Index in = arch.inputs, offset = 0;
  auto add_dense = [&](Index out) {
    auto dense = std::make_unique<Dense>(in, out);
    dense->bind(params + offset, grads + offset);
    m_weight_ranges.emplace_back(offset, out * in);
    offset += dense->param_count();
    m_dense.push_back(dense.get());
    m_layers.push_back(std::move(dense));
    in = out;
  };
  for (std::size_t i = 0; i < arch.hidden.size(); ++i) {
    add_dense(arch.hidden[i]);
    m_layers.push_back(std::make_unique<ActivationLayer>(in, arch.activations[i]));
    m_block_output.push_back(int(m_layers.size()) - 1);
  }
  add_dense(arch.outputs);
  m_grad_in.resize(m_layers.size());
}

void Network::init_params(Rng& rng, Init init) {
  for (auto& layer : m_layers) layer->init_params(rng, init);
}

const Matrix& Network::forward(const Matrix& x, Phase phase) {
  const Matrix* in = &x;
  for (auto& layer : m_layers) {
    layer->forward(*in, phase);
    in = &layer->output();
  }
  return *in;
}

void Network::backward(const Matrix& x, const Matrix& grad_logits) {
  const Matrix* grad = &grad_logits;
  for (std::size_t i = m_layers.size(); i-- > 0;) {
    const Matrix& in = i == 0 ? x : m_layers[i - 1]->output();
    m_layers[i]->backward(in, *grad, m_grad_in[i]);
    grad = &m_grad_in[i];
  }
}

const Matrix& Network::hidden_output(int block) const {
  return m_layers[std::size_t(m_block_output.at(std::size_t(block)))]->output();
}

const Matrix& Network::hidden_signal(int block) const {
  // The gradient w.r.t. a block's output is the gradient w.r.t. the next layer's input.
  return m_grad_in[std::size_t(m_block_output.at(std::size_t(block))) + 1];
}

}  // namespace nn
