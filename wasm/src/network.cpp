#include "nn/network.h"

#include <stdexcept>
#include <string>

#include "nn/activation_layer.h"
#include "nn/batch_norm.h"
#include "nn/dropout.h"

namespace nn {

Index Network::count_params(const Architecture& arch) {
  Index total = 0, in = arch.inputs;
  for (int h : arch.hidden) {
    total += Index(h) * in + (arch.batch_norm ? 2 * Index(h) : Index(h));  // W, then b or (γ, β)
    in = h;
  }
  return total + arch.outputs * in + arch.outputs;
}

Index Network::count_state(const Architecture& arch) {
  Index total = 0;
  if (arch.batch_norm)
    for (int h : arch.hidden) total += 2 * Index(h);
  return total;
}

Network::Network(const Architecture& arch, Scalar* params, Scalar* grads, Scalar* state, Rng* rng) : m_arch(arch) {
  if (arch.activations.size() != arch.hidden.size())
    throw std::invalid_argument("one activation per hidden layer is needed");
  if (!arch.dropout.empty() && arch.dropout.size() != arch.hidden.size())
    throw std::invalid_argument("one dropout rate per hidden layer is needed");
  if (arch.batch_norm && !state && !arch.hidden.empty())
    throw std::invalid_argument("batch norm needs a state buffer");
  Index in = arch.inputs, offset = 0, state_offset = 0;
  auto add = [&](std::unique_ptr<Layer> layer) {
    layer->bind(params + offset, grads + offset);
    offset += layer->param_count();
    if (layer->state_count() > 0) {
      layer->bind_state(state + state_offset);
      state_offset += layer->state_count();
    }
    in = layer->out_size();
    m_layers.push_back(std::move(layer));
  };
  auto add_dense = [&](Index out, bool bias) {
    auto dense = std::make_unique<Dense>(in, out, bias);
    m_weight_ranges.emplace_back(offset, out * in);
    m_dense.push_back(dense.get());
    add(std::move(dense));
  };
  for (std::size_t i = 0; i < arch.hidden.size(); ++i) {
    add_dense(arch.hidden[i], !arch.batch_norm);
    if (arch.batch_norm) add(std::make_unique<BatchNorm>(in));
    add(std::make_unique<ActivationLayer>(in, arch.activations[i]));
    m_block_output.push_back(int(m_layers.size()) - 1);
    const double rate = arch.dropout.empty() ? 0.0 : arch.dropout[i];
    if (rate > 0) {
      auto dropout = std::make_unique<Dropout>(in, rate, rng);
      m_dropout.push_back(dropout.get());
      add(std::move(dropout));
    } else {
      m_dropout.push_back(nullptr);
    }
  }
  add_dense(arch.outputs, true);
  m_dense.front()->set_input_gradient(false);  // ∂L/∂x: nobody needs it, m_grad_in[0] stays empty
  m_grad_in.resize(m_layers.size());
}

void Network::init_params(Rng& rng, Init init) {
  for (auto& layer : m_layers) {
    layer->init_params(rng, init);
    layer->init_state();
  }
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
