// The layers' and the network's set-up: counting and binding the parameter buffers, building
// the layer stack, initial weights, batch norm's initial statistics, the initialization names.
// Runs once per network built, so it is optimised for size (-Oz in the WebAssembly build, like
// every source outside DESCENT_HOT_SOURCES); the forward and backward passes stay in
// network.cpp, dense.cpp and batch_norm.cpp (-O3).
#include <cmath>
#include <new>
#include <stdexcept>
#include <string>

#include "nn/activation_layer.h"
#include "nn/batch_norm.h"
#include "nn/dense.h"
#include "nn/dropout.h"
#include "nn/network.h"

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

void Dense::bind(Scalar* params, Scalar* grads) {
  new (&m_W) MatrixMap(params, m_out, m_in);
  new (&m_dW) MatrixMap(grads, m_out, m_in);
  if (m_has_bias) {
    new (&m_b) VectorMap(params + m_out * m_in, m_out);
    new (&m_db) VectorMap(grads + m_out * m_in, m_out);
  }
}

void Dense::init_params(Rng& rng, Init init) {
  const double fan_in = double(m_in), fan_out = double(m_out);
  const bool he = init == Init::HeUniform || init == Init::HeNormal;
  const double variance = he ? 2.0 / fan_in : 2.0 / (fan_in + fan_out);
  const bool uniform = init == Init::XavierUniform || init == Init::HeUniform;
  const double limit = std::sqrt(3.0 * variance);  // U(−l, l) has variance l²/3
  const double stddev = std::sqrt(variance);
  for (Index j = 0; j < m_in; ++j)
    for (Index i = 0; i < m_out; ++i)
      m_W(i, j) = Scalar(uniform ? rng.uniform(-limit, limit) : rng.normal(0.0, stddev));
  m_b.setZero();
}

const char* init_name(Init init) {
  switch (init) {
    case Init::XavierUniform: return "xavier_uniform";
    case Init::XavierNormal: return "xavier_normal";
    case Init::HeUniform: return "he_uniform";
    case Init::HeNormal: return "he_normal";
  }
  return "?";
}

Init parse_init(const std::string& name) {
  for (Init i : {Init::XavierUniform, Init::XavierNormal, Init::HeUniform, Init::HeNormal})
    if (name == init_name(i)) return i;
  throw std::invalid_argument("unknown initialization '" + name +
                              "' (expected xavier_uniform, xavier_normal, he_uniform or he_normal)");
}

void BatchNorm::bind(Scalar* params, Scalar* grads) {
  new (&m_gamma) VectorMap(params, m_n);
  new (&m_beta) VectorMap(params + m_n, m_n);
  new (&m_dgamma) VectorMap(grads, m_n);
  new (&m_dbeta) VectorMap(grads + m_n, m_n);
}

void BatchNorm::bind_state(Scalar* state) {
  new (&m_run_mean) VectorMap(state, m_n);
  new (&m_run_var) VectorMap(state + m_n, m_n);
}

void BatchNorm::init_params(Rng&, Init) {
  m_gamma.setOnes();
  m_beta.setZero();
}

void BatchNorm::init_state() {
  m_run_mean.setZero();
  m_run_var.setOnes();
}

}  // namespace nn
