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

const char* status_name(Status s) {
  switch (s) {
    case Status::Diverged: return "diverged";
    case Status::EarlyStopped: return "early_stopped";
    case Status::DeadLayer: return "dead_layer";
    case Status::Stalled: return "stalled";
    default: return "ok";
  }
}

Trainer::Trainer(const ExperimentSpec& spec, const std::string& csv_text)
    : m_spec(spec), m_rng(spec.seed), m_schedule(spec.optimizer.schedule) {
  if (spec.data.source == DataSource::Idx)
    throw std::invalid_argument("data.source: 'idx' needs the four IDX files (Trainer(spec, IdxFiles))");
  DataSets sets = load_data_sets(spec.data, csv_text, m_rng);
  m_train = std::move(sets.train);
  m_val = std::move(sets.validation);
  m_test = std::move(sets.test);
  m_table = std::move(sets.table);
  setup();
}

Trainer::Trainer(const ExperimentSpec& spec, const IdxFiles& files)
    : m_spec(spec), m_rng(spec.seed), m_schedule(spec.optimizer.schedule) {
  load_idx_sets(spec.data, files, m_train, m_test);
  m_val.num_classes = m_train.num_classes;  // IDX data have no validation set
  m_val.image_width = m_train.image_width;
  m_val.image_height = m_train.image_height;
  m_val.inputs.resize(m_train.dims(), 0);
  setup();
}

void Trainer::setup() {
  const ExperimentSpec& spec = m_spec;
  const Dataset& all = m_train;  // dims, classes and regression are the same in all three sets
  if (m_train.size() < 1) throw std::invalid_argument("data: the training set is empty");
  if (all.dims() != 2 && spec.features_given)
    throw SpecError("features: only 2-D data has input features; this data has " + std::to_string(all.dims()) +
                    " dimensions");

  const bool regression = all.regression();
  OutputLink link = regression ? OutputLink::Linear : all.num_classes > 2 ? OutputLink::Softmax : OutputLink::Sigmoid;
  if (spec.model.output != "auto") link = parse_link(spec.model.output);
  if (!regression && all.num_classes > 2 && link == OutputLink::Sigmoid)
    throw SpecError("model.output: " + std::to_string(all.num_classes) + " classes need a softmax output");
  LossKind loss = regression ? LossKind::SquaredError : LossKind::CrossEntropy;
  if (spec.model.loss != "auto") loss = parse_loss(spec.model.loss);
  m_loss = std::make_unique<Loss>(link, loss);

  m_arch.inputs = all.dims() == 2 ? Index(spec.features.size()) : all.dims();
  m_arch.hidden = spec.model.hidden;
  m_arch.activations = spec.model.activations;
  m_arch.dropout = spec.model.dropout;
  m_arch.batch_norm = spec.model.batch_norm;
  m_arch.outputs = link == OutputLink::Softmax ? all.num_classes : 1;

  m_params = Vector::Zero(Network::count_params(m_arch));
  m_grads = Vector::Zero(m_params.size());
  m_state = Vector::Zero(Network::count_state(m_arch));
  for (BatchWork* w : {&m_full, &m_tail})
    w->net = std::make_unique<Network>(m_arch, m_params.data(), m_grads.data(), m_state.data(), &m_rng);
  m_eval_net = std::make_unique<Network>(m_arch, m_params.data(), m_grads.data(), m_state.data());
  m_grid_net = std::make_unique<Network>(m_arch, m_params.data(), m_grads.data(), m_state.data());
  m_probe_net = std::make_unique<Network>(m_arch, m_params.data(), m_grads.data(), m_state.data());
  m_full.net->init_params(m_rng, spec.model.init);
  m_optimizer = make_optimizer<Scalar>(spec.optimizer.kind, spec.optimizer.params);

  m_in_mean = Vector::Zero(m_arch.inputs);
  m_in_scale = Vector::Ones(m_arch.inputs);
  inputs_for(m_train.inputs, m_x_train);
  if (spec.data.standardize) {  // statistics of the training set only: the test set is unseen
    for (Index r = 0; r < m_x_train.rows(); ++r) {
      const double mean = m_x_train.row(r).cast<double>().mean();
      const double var = (m_x_train.row(r).cast<double>().array() - mean).square().mean();
      m_in_mean(r) = Scalar(mean);
      m_in_scale(r) = var > 1e-12 ? Scalar(1 / std::sqrt(var)) : Scalar(1);
    }
    inputs_for(m_train.inputs, m_x_train);
  }
  if (spec.data.standardize_targets && regression) {  // training set's statistics, as for x
    double mean = 0, var = 0;
    for (Scalar v : m_train.values) mean += double(v);
    mean /= double(m_train.size());
    for (Scalar v : m_train.values) var += (double(v) - mean) * (double(v) - mean);
    var /= double(m_train.size());
    m_y_mean = mean;
    m_y_scale = var > 1e-24 ? 1 / std::sqrt(var) : 1.0;
  }
  build_targets(m_train, m_y_train);
  Matrix x_val, y_val, x_test, y_test;
  inputs_for(m_val.inputs, x_val);
  build_targets(m_val, y_val);
  inputs_for(m_test.inputs, x_test);
  build_targets(m_test, y_test);
  m_x_eval.resize(m_x_train.rows(), m_x_train.cols() + x_val.cols() + x_test.cols());
  m_x_eval << m_x_train, x_val, x_test;
  m_y_eval.resize(m_y_train.rows(), m_y_train.cols() + y_val.cols() + y_test.cols());
  m_y_eval << m_y_train, y_val, y_test;

  m_guess_loss = kNaN;
  if (!regression && m_loss->link() != OutputLink::Linear) {
    // Logits that give every point the training set's class shares: the "guessing" baseline.
    std::vector<double> share(std::size_t(std::max<Index>(2, m_arch.outputs)), 0.0);
    for (int label : m_train.labels) share[std::size_t(label)] += 1.0 / double(m_train.size());
    Matrix guess(m_arch.outputs, m_y_train.cols());
    for (Index k = 0; k < m_arch.outputs; ++k) {
      const double p = std::clamp(share[std::size_t(m_arch.outputs == 1 ? 1 : k)], 1e-6, 1 - 1e-6);
      guess.row(k).setConstant(Scalar(m_arch.outputs == 1 ? std::log(p / (1 - p)) : std::log(p)));
    }
    m_guess_loss = m_loss->value(guess, m_y_train);
  }
  for (Index r = 0; r < m_x_train.rows() && !m_inputs_vary; ++r)
    m_inputs_vary = m_x_train.row(r).maxCoeff() > m_x_train.row(r).minCoeff();
  m_order.resize(std::size_t(m_train.size()));
  std::iota(m_order.begin(), m_order.end(), Index(0));
  loaded(0);
}

void Trainer::inputs_for(const Matrix& raw, Matrix& x) const {
  if (raw.rows() == 2) make_features(raw, m_spec.features, x);
  else x = raw;
  if (m_spec.data.standardize)
    for (Index r = 0; r < x.rows(); ++r) x.row(r).array() = (x.row(r).array() - m_in_mean(r)) * m_in_scale(r);
}

void Trainer::build_targets(const Dataset& d, Matrix& y) const {
  y = Matrix::Zero(m_arch.outputs, d.size());
  for (Index i = 0; i < d.size(); ++i) {
    if (d.regression()) y(0, i) = Scalar((double(d.values[std::size_t(i)]) - m_y_mean) * m_y_scale);
    else if (m_arch.outputs == 1) y(0, i) = Scalar(d.labels[std::size_t(i)]);
    else y(d.labels[std::size_t(i)], i) = 1;
  }
}

void Trainer::loaded(long long epoch) {
  m_metrics.status = Status::Ok;
  m_metrics.dead_layer = -1;
  m_above_guess = 0;
  m_above_sum = 0;
  m_cursor = 0;
  m_pending = 0;
  m_backward_done = false;
  m_metrics.epoch = epoch;
  sync_learning_rate();
  evaluate_metrics();
  m_last_good = m_params;
  m_last_good_state = m_state;
  m_best = m_params;
  m_best_state = m_state;
  m_metrics.best_epoch = epoch;
  m_metrics.best_test_loss = monitored_loss();
  m_bad_epochs = 0;
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

// Divergence: keep what the user had, the last weights with finite numbers, and stop.
void Trainer::restore_last_good() {
  m_params = m_last_good;
  m_state = m_last_good_state;
  evaluate_metrics();
  m_metrics.status = Status::Diverged;
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

void Trainer::restore_best_weights() {
  const long long epoch = m_metrics.epoch;
  const Status status = m_metrics.status;
  m_params = m_best;
  m_state = m_best_state;
  m_last_good = m_params;
  m_last_good_state = m_state;
  evaluate_metrics();  // the metrics now describe the restored (best) weights
  m_metrics.epoch = epoch;
  m_metrics.status = status;
}

void Trainer::stop_at_best() {
  restore_best_weights();
  m_cursor = 0;  // a half-done epoch of a step-by-step session is dropped with the run
  m_pending = 0;
  m_metrics.status = Status::EarlyStopped;
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

Histogram Trainer::weight_histogram(int bins) const {
  return nn::weight_histogram(m_params, m_full.net->weight_ranges(), bins);
}

std::pair<Histogram, Histogram> Trainer::batch_norm_histograms(int block, int bins) const {
  if (!m_arch.batch_norm) throw std::invalid_argument("this network has no batch normalization");
  if (block < 0 || block >= int(m_arch.hidden.size()))
    throw std::invalid_argument("no hidden layer " + std::to_string(block));
  const Index n = m_x_train.cols();  // the training columns of [train | test]: contiguous
  const Matrix& before = m_eval_net->dense(block).output();
  const Matrix& after = m_eval_net->pre_activation(block);
  return {value_histogram(before.data(), before.rows() * n, bins), value_histogram(after.data(), after.rows() * n, bins)};
}

// The optimizer runs at the schedule's rate for the epoch under way (or about to begin); the
// spec keeps the base rate the user set.
void Trainer::sync_learning_rate() {
  m_metrics.learning_rate = m_schedule.rate(m_spec.optimizer.params.learning_rate, m_metrics.epoch);
  m_optimizer->params.learning_rate = m_metrics.learning_rate;
}

void Trainer::set_optimizer_params(const OptimizerParams& p) {
  m_optimizer->params = p;
  m_spec.optimizer.params = p;
  sync_learning_rate();
}

void Trainer::apply_live(const ExperimentSpec& s) {
  if (s.optimizer.kind != m_spec.optimizer.kind) set_optimizer(s.optimizer.kind, s.optimizer.params);
  else set_optimizer_params(s.optimizer.params);
  set_schedule(s.optimizer.schedule);
  set_regularization(s.regularization.kind, s.regularization.rate);
  set_training(s.training);
}

bool is_live_change(const ExperimentSpec& current, const ExperimentSpec& next) {
  ExperimentSpec same_rest = next;  // next with current's live fields: equal iff only those changed
  same_rest.optimizer = current.optimizer;
  same_rest.regularization = current.regularization;
  same_rest.training = current.training;
  return spec_to_json(same_rest) == spec_to_json(current);
}

SpecChange apply_spec(std::unique_ptr<Trainer>& trainer, const ExperimentSpec& next, const std::string& csv_text) {
  if (is_live_change(trainer->spec(), next)) {
    trainer->apply_live(next);
    return SpecChange::Live;
  }
  auto rebuilt = std::make_unique<Trainer>(next, csv_text);  // may throw: the old one stays
  trainer = std::move(rebuilt);
  return SpecChange::Rebuilt;
}

void Trainer::set_regularization(Regularization kind, double rate) {
  m_spec.regularization.kind = kind;
  m_spec.regularization.rate = rate;
  m_metrics.penalty = penalty();
}

void Trainer::set_schedule(const ScheduleParams& p) {
  m_spec.optimizer.schedule = p;
  m_schedule.params = p;
}

void Trainer::set_training(const TrainingSpec& t) {
  m_spec.training.batch_size = t.batch_size;
  m_spec.training.clip_norm = t.clip_norm;
  m_spec.training.early_stopping = t.early_stopping;
  m_spec.training.epochs = t.epochs;
}

void Trainer::set_optimizer(OptimizerKind kind, const OptimizerParams& p) {
  m_optimizer = make_optimizer<Scalar>(kind, p);
  m_spec.optimizer.kind = kind;
  m_spec.optimizer.params = p;
  sync_learning_rate();
}

void Trainer::set_weight(int block, Index to, Index from, double value) {
  if (block < 0 || block >= network().dense_count()) throw std::invalid_argument("no layer " + std::to_string(block));
  const auto& w = network().dense(block).weights();
  if (to < 0 || to >= w.rows() || from < 0 || from >= w.cols())
    throw std::invalid_argument("layer " + std::to_string(block) + " has no weight (" + std::to_string(to) + ", " + std::to_string(from) + ")");
  // Weights are floats: 1e39 would become infinity, which no later step or saved file survives.
  if (!std::isfinite(value) || std::abs(value) > double(std::numeric_limits<Scalar>::max()))
    throw std::invalid_argument("a weight must be a finite number from -3.4e38 to 3.4e38 (a float)");
  const Index offset = Index(w.data() - m_params.data());
  m_params[offset + to + from * w.rows()] = Scalar(value);
  m_last_good = m_params;
  evaluate_metrics();
}

const Matrix& Trainer::dropout_mask(int block) const {
  if (block < 0 || block >= int(m_arch.hidden.size()))
    throw std::invalid_argument("no hidden layer " + std::to_string(block));
  return m_last_batch ? m_last_batch->net->dropout_mask(block) : m_empty;
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
  m_loss->predict(m_grid_net->forward(m_grid->x, Phase::Eval), m_grid_out);
  return m_grid_out;
}

}  // namespace nn
