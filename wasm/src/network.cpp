#include "nn/network.h"

#include <stdexcept>
#include <string>

#include "nn/activation_layer.h"
#include "nn/batch_norm.h"
#include "nn/dropout.h"

namespace nn {

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

const Matrix& Network::pre_activation(int block) const {
  return m_layers[std::size_t(m_block_output.at(std::size_t(block))) - 1]->output();
}

const Matrix& Network::hidden_signal(int block) const {
  // The gradient w.r.t. a block's output is the gradient w.r.t. the next layer's input.
  return m_grad_in[std::size_t(m_block_output.at(std::size_t(block))) + 1];
}

const Matrix& Network::hidden_preactivation(int block) const {
  return m_layers[std::size_t(m_block_output.at(std::size_t(block))) - 1]->output();
}

const Matrix& Network::hidden_delta(int block) const {
  return m_grad_in[std::size_t(m_block_output.at(std::size_t(block)))];
}

const BatchNorm* Network::batch_norm(int block) const {
  return dynamic_cast<const BatchNorm*>(m_layers[std::size_t(m_block_output.at(std::size_t(block))) - 1].get());
}

const Matrix& Network::dropout_mask(int block) const {
  const Dropout* d = m_dropout.at(std::size_t(block));
  return d ? d->mask() : m_empty;
}

void Network::freeze_dropout(bool frozen) {
  for (Dropout* d : m_dropout)
    if (d) d->freeze_mask(frozen);
}

}  // namespace nn
