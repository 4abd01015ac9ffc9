#include "nn/trainer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

#include "nn/data_source.h"
#include "nn/features.h"
#include "nn/inspect.h"
#include "nn/regularizer.h"

namespace nn {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

void Trainer::inputs_for(const Matrix& raw, Matrix& x) const {
  if (raw.rows() == 2) make_features(raw, m_spec.features, x);
  else x = raw;
  if (m_spec.data.standardize)
    for (Index r = 0; r < x.rows(); ++r) x.row(r).array() = (x.row(r).array() - m_in_mean(r)) * m_in_scale(r);
}

Status Trainer::train_epochs(int epochs) {
  if (m_metrics.status != Status::Ok) return m_metrics.status;
  const Index n = m_train.size();
  for (int e = 0; e < epochs; ++e) {
    // A step-by-step session may have left an epoch half done: finish that one first. A
    // mini-batch prepared at the epoch's start already drew the epoch's shuffle.
    if (m_cursor == 0 && !m_pending) begin_epoch();
    if (m_pending) finish_pending_batch();
    for (; m_cursor < n; m_cursor += batch_width()) train_batch(m_cursor, std::min(m_cursor + batch_width(), n));
    if (end_epoch() != Status::Ok) return m_metrics.status;
  }
  return m_metrics.status;
}

Index Trainer::batch_width() const { return std::min<Index>(m_spec.training.batch_size, m_train.size()); }

Index Trainer::batches_left() const {
  const Index width = batch_width();
  return width > 0 ? (m_train.size() - m_cursor + width - 1) / width : 0;
}

void Trainer::begin_epoch() {
  sync_learning_rate();
  std::iota(m_order.begin(), m_order.end(), Index(0));  // the order depends on the Rng alone,
  m_rng.shuffle(m_order.begin(), m_order.end());       // so a saved Rng position resumes it
}

// After the epoch's last mini-batch: metrics, divergence check, early stopping.
Status Trainer::end_epoch() {
  m_cursor = 0;
  ++m_metrics.epoch;
  evaluate_metrics();
  if (!std::isfinite(m_metrics.train_loss) || !m_params.allFinite() || !m_state.allFinite()) {
    --m_metrics.epoch;
    restore_last_good();
    return m_metrics.status;
  }
  m_last_good = m_params;
  m_last_good_state = m_state;
  m_metrics.dead_layer = find_dead_layer();
  if (m_metrics.dead_layer >= 0) {
    m_metrics.status = Status::DeadLayer;
    return m_metrics.status;
  }
  if (stalled()) {
    m_metrics.status = Status::Stalled;
    return m_metrics.status;
  }
  track_best();
  const int patience = m_spec.training.early_stopping.patience;
  if (patience > 0 && m_bad_epochs >= patience) {
    const long long stopped_at = m_metrics.epoch;
    m_stopped = m_metrics;
    m_stopped.status = Status::EarlyStopped;
    m_params = m_best;
    m_state = m_best_state;
    evaluate_metrics();  // the metrics now describe the restored (best) weights
    m_metrics.epoch = stopped_at;
    m_metrics.status = Status::EarlyStopped;
  }
  return m_metrics.status;
}

void Trainer::prepare_batch() {
  forward_batch();
  backward_batch();
}

void Trainer::forward_batch() {
  if (m_metrics.status != Status::Ok) return;
  if (m_pending) return;  // already prepared, waiting for backward_batch() or apply_batch()
  if (m_cursor == 0) begin_epoch();
  m_pending = std::min(batch_width(), m_train.size() - m_cursor);
  forward_pass(m_cursor, m_cursor + m_pending);
  m_batch_loss = m_loss->value(m_last_batch->net->dense(m_last_batch->net->dense_count() - 1).output(), m_last_batch->y);
}

void Trainer::backward_batch() {
  if (m_metrics.status != Status::Ok || !m_pending || m_backward_done) return;
  backward_pass();
}

Status Trainer::apply_batch() {
  if (m_metrics.status != Status::Ok || !m_pending) return m_metrics.status;
  finish_pending_batch();
  if (m_cursor >= m_train.size()) return end_epoch();
  evaluate_metrics();  // step by step, the loss the page shows follows every applied update
  return m_metrics.status;
}

Status Trainer::train_batches(int batches) {
  if (m_metrics.status != Status::Ok) return m_metrics.status;
  const Index n = m_train.size();
  for (int b = 0; b < batches; ++b) {
    if (m_pending) {
      finish_pending_batch();
    } else {
      if (m_cursor == 0) begin_epoch();
      const Index end = std::min(m_cursor + batch_width(), n);
      train_batch(m_cursor, end);
      m_cursor = end;
    }
    if (m_cursor >= n) return end_epoch();
  }
  return m_metrics.status;
}

const std::vector<Index>& Trainer::prepared_batch() {
  m_batch_points.clear();
  for (Index j = 0; j < m_pending; ++j) m_batch_points.push_back(m_order[std::size_t(m_cursor + j)]);
  return m_batch_points;
}

// Mini-batch updates without the per-epoch metric evaluation (what the benchmark times): the
// same shuffles, schedule and order of updates as train_epochs; the epoch count advances at
// the end of each pass. Divergence is checked once at the end.
Status Trainer::train_steps(long long steps) {
  if (m_metrics.status != Status::Ok) return m_metrics.status;
  const Index n = m_train.size();
  if (m_pending) {  // a mini-batch prepared step by step counts as the first step
    finish_pending_batch();
    if (m_cursor == n) { m_cursor = 0; ++m_metrics.epoch; }
    --steps;
  }
  for (long long s = 0; s < steps; ++s) {
    if (m_cursor == 0) begin_epoch();
    const Index end = std::min(m_cursor + batch_width(), n);
    train_batch(m_cursor, end);
    m_cursor = end == n ? 0 : end;
    if (m_cursor == 0) ++m_metrics.epoch;
  }
  if (!m_params.allFinite()) {
    restore_last_good();
    return m_metrics.status;
  }
  m_last_good = m_params;
  m_last_good_state = m_state;
  return m_metrics.status;
}

// The update of the mini-batch prepare_batch() computed, and the cursor past it.
void Trainer::finish_pending_batch() {
  if (!m_backward_done) backward_pass();
  update_params();
  m_cursor += m_pending;
  m_pending = 0;
  m_backward_done = false;
}

// Early stopping's bookkeeping: an epoch is an improvement if it lowers the best loss on the
// monitored set by more than minDelta; its weights are kept (copied into buffers of fixed size,
// no allocation).
double Trainer::monitored_loss() const {
  return m_val.size() > 0 ? m_metrics.validation_loss : m_metrics.test_loss;
}

void Trainer::track_best() {
  const double loss = monitored_loss();
  if (!std::isfinite(loss)) return;
  if (!std::isfinite(m_metrics.best_test_loss) ||
      loss < m_metrics.best_test_loss - m_spec.training.early_stopping.min_delta) {
    m_metrics.best_test_loss = loss;
    m_metrics.best_epoch = m_metrics.epoch;
    m_best = m_params;
    m_best_state = m_state;
    m_bad_epochs = 0;
  } else {
    ++m_bad_epochs;
  }
}

void Trainer::train_batch(Index begin, Index end) {
  compute_gradients(begin, end);
  update_params();
}

void Trainer::update_params() {
  m_optimizer->step(m_params.data(), m_grads.data(), std::size_t(m_params.size()));
  const auto& reg = m_spec.regularization;
  apply_l1_proximal(reg.kind, reg.rate, m_optimizer->params.learning_rate, m_params, m_full.net->weight_ranges());
}

// Forward and backward pass of training points m_order[begin … end) into m_grads (with the
// L2 term and clipping), without changing the parameters.
void Trainer::compute_gradients(Index begin, Index end) {
  forward_pass(begin, end);
  backward_pass();
}

// Forward half: the mini-batch's inputs and targets gathered, every layer's cache filled.
void Trainer::forward_pass(Index begin, Index end) {
  const Index b = end - begin;
  BatchWork& w = b == std::min<Index>(m_spec.training.batch_size, m_train.size()) ? m_full : m_tail;
  w.x.resize(m_x_train.rows(), b);
  w.y.resize(m_y_train.rows(), b);
  for (Index j = 0; j < b; ++j) {
    const Index src = m_order[std::size_t(begin + j)];
    w.x.col(j) = m_x_train.col(src);
    w.y.col(j) = m_y_train.col(src);
  }
  w.net->forward(w.x, Phase::Train);
  m_last_batch = &w;
  m_backward_done = false;
}

// Backward half, for the mini-batch forward_pass() saw.
void Trainer::backward_pass() {
  BatchWork& w = *m_last_batch;
  m_loss->gradient(w.net->dense(w.net->dense_count() - 1).output(), w.y, w.grad_logits);
  w.net->backward(w.x, w.grad_logits);
  m_backward_done = true;
  const auto& reg = m_spec.regularization;
  add_penalty_gradient(reg.kind, reg.rate, m_params, m_grads, w.net->weight_ranges());
  clip_gradient();
}

// Gradient-norm clipping: if ‖g‖₂ > c then g ← g · c/‖g‖₂ (the whole gradient, data and L2
// terms, as one vector; its direction is kept).
void Trainer::clip_gradient() {
  const double c = m_spec.training.clip_norm;
  if (c <= 0) return;
  const double norm = double(m_grads.norm());
  if (norm > c) m_grads *= Scalar(c / norm);
}

double Trainer::penalty() const {
  return nn::penalty(m_spec.regularization.kind, m_spec.regularization.rate, m_params, m_full.net->weight_ranges());
}

void Trainer::evaluate_metrics() {
  const Matrix& logits = m_eval_net->forward(m_x_eval, Phase::Eval);
  const Index n_train = m_x_train.cols(), n_val = m_val.size(), n_test = m_x_eval.cols() - n_train - n_val;
  m_metrics.train_loss = m_loss->value(logits.leftCols(n_train), m_y_eval.leftCols(n_train));
  m_metrics.validation_loss =
      n_val ? m_loss->value(logits.middleCols(n_train, n_val), m_y_eval.middleCols(n_train, n_val)) : kNaN;
  m_metrics.test_loss = n_test ? m_loss->value(logits.rightCols(n_test), m_y_eval.rightCols(n_test)) : kNaN;
  m_metrics.penalty = penalty();
  m_metrics.zero_weights = count_zeros(m_params, m_full.net->weight_ranges());

  if (m_train.regression()) {
    m_metrics.train_accuracy = m_metrics.validation_accuracy = m_metrics.test_accuracy = kNaN;
    return;
  }
  m_loss->predict(logits, m_eval_pred);
  auto accuracy = [&](Index from, Index count, const Dataset& d) {
    if (count == 0) return kNaN;
    Index correct = 0;
    for (Index j = 0; j < count; ++j) correct += predicted_class(m_eval_pred, from + j) == d.labels[std::size_t(j)];
    return double(correct) / double(count);
  };
  m_metrics.train_accuracy = accuracy(0, n_train, m_train);
  m_metrics.validation_accuracy = accuracy(n_train, n_val, m_val);
  m_metrics.test_accuracy = accuracy(n_train + n_val, n_test, m_test);
}

// A hidden layer is dead when each of its neurons gives one value for every training point (to
// float precision: a saturated tanh differs from ±1 by less than 1e-6 once |z| > 7.3): from
// there on the network computes the same output for every input, and the gradient reaching the
// layer's weights is 0 (ReLU) or vanishing (saturation). Uses the last evaluation's activations.
int Trainer::find_dead_layer() const {
  if (!m_inputs_vary) return -1;
  const Index n = m_x_train.cols();
  for (int b = 0; b < int(m_arch.hidden.size()); ++b) {
    const auto out = m_eval_net->hidden_output(b).leftCols(n);
    bool constant = true;
    for (Index r = 0; r < out.rows() && constant; ++r) {
      const double lo = double(out.row(r).minCoeff()), hi = double(out.row(r).maxCoeff());
      constant = hi - lo <= 1e-6 * std::max(1.0, std::abs(hi));
    }
    if (constant) return b;
  }
  return -1;
}

bool Trainer::stalled() {
  if (!std::isfinite(m_guess_loss)) return false;
  if (!(m_metrics.train_loss > m_guess_loss)) {
    m_above_guess = 0;
    m_above_sum = 0;
    return false;
  }
  ++m_above_guess;
  m_above_sum += m_metrics.train_loss;
  return m_above_guess >= kStallEpochs && m_above_sum / m_above_guess > 1.5 * m_guess_loss;
}

// The optimizer runs at the schedule's rate for the epoch under way (or about to begin); the
// spec keeps the base rate the user set.
void Trainer::sync_learning_rate() {
  m_metrics.learning_rate = m_schedule.rate(m_spec.optimizer.params.learning_rate, m_metrics.epoch);
  m_optimizer->params.learning_rate = m_metrics.learning_rate;
}

const Matrix& Trainer::predict(const Matrix& raw) {
  if (raw.rows() != m_train.dims())
    throw std::invalid_argument("predict: an input has " + std::to_string(m_train.dims()) + " values, got " +
                                std::to_string(raw.rows()));
  inputs_for(raw, m_probe_x);
  m_loss->predict(m_probe_net->forward(m_probe_x, Phase::Eval), m_probe_out);
  return m_probe_out;
}

const Matrix& Trainer::evaluate_grid(int n) {
  if (m_train.dims() != 2)
    throw std::invalid_argument("the decision-boundary grid needs 2-D data; this data has " +
                                std::to_string(m_train.dims()) + " dimensions");
  if (n < 2 || n > 1024) throw std::invalid_argument("grid size must be from 2 to 1024");
  // The page asks for two sizes every frame (thumbnails and the big map): each size's points
  // and features are computed once and kept.
  auto found = m_grids.find(n);
  if (found == m_grids.end()) {
    if (m_grids.size() >= 4) m_grids.clear();  // a page uses two or three sizes; bound the memory
    GridInputs& g = m_grids[n];
    g.raw.resize(2, Index(n) * n);
    const double cell = 2 * kDomain / n;
    for (int r = 0; r < n; ++r)
      for (int c = 0; c < n; ++c) {
        g.raw(0, Index(r) * n + c) = Scalar(-kDomain + (c + 0.5) * cell);
        g.raw(1, Index(r) * n + c) = Scalar(kDomain - (r + 0.5) * cell);
      }
    inputs_for(g.raw, g.x);
    found = m_grids.find(n);
  }
  m_grid = &found->second;
  m_grid_hidden_ready = false;
  const Index points = m_grid->x.cols(), block = grid_block_size();
  if (block == points) {  // one block: no copies
    m_loss->predict(m_grid_net->forward(m_grid->x, Phase::Eval), m_grid_out);
    return m_grid_out;
  }
  m_grid_out.resize(m_arch.outputs, points);
  for (Index start = 0; start < points; start += block) {
    const Index size = std::min(block, points - start);
    m_loss->predict(forward_grid_block(start, size), m_grid_block_out);
    m_grid_out.middleCols(start, size) = m_grid_block_out;
  }
  return m_grid_out;
}

Index Trainer::grid_block_size() const {
  // Blocks of equal size (the last one at most a few points smaller), at most kGridBlock.
  const Index points = m_grid->x.cols(), blocks = (points + kGridBlock - 1) / kGridBlock;
  return (points + blocks - 1) / blocks;
}

const Matrix& Trainer::forward_grid_block(Index start, Index size) {
  m_grid_block = m_grid->x.middleCols(start, size);
  return m_grid_net->forward(m_grid_block, Phase::Eval);
}

const Matrix& Trainer::grid_hidden(int block) {
  if (block < 0 || block >= int(m_arch.hidden.size()))
    throw std::invalid_argument("no hidden layer " + std::to_string(block));
  if (!m_grid) throw std::logic_error("grid_hidden before evaluate_grid");
  const Index points = m_grid->x.cols(), step = grid_block_size();
  if (step == points) return m_grid_net->hidden_output(block);  // the one block's own
  if (!m_grid_hidden_ready) {
    m_grid_hidden.resize(m_arch.hidden.size());
    for (std::size_t b = 0; b < m_grid_hidden.size(); ++b) m_grid_hidden[b].resize(m_arch.hidden[b], points);
    for (Index start = 0; start < points; start += step) {
      const Index size = std::min(step, points - start);
      forward_grid_block(start, size);
      for (std::size_t b = 0; b < m_grid_hidden.size(); ++b)
        m_grid_hidden[b].middleCols(start, size) = m_grid_net->hidden_output(int(b));
    }
    m_grid_hidden_ready = true;
  }
  return m_grid_hidden[std::size_t(block)];
}

}  // namespace nn
