// The trainer's cold half: construction and set-up (data, network, standardization, the
// guessing baseline), reloading, restoring the best or last good weights, live spec changes,
// hand edits and the inspection helpers. Each runs once per user action, so this file is
// optimised for size (-Oz in the WebAssembly build, like every source outside
// DESCENT_HOT_SOURCES); the per-step and per-epoch code stays in trainer.cpp (-O3).
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

#include "nn/data_source.h"
#include "nn/features.h"
#include "nn/inspect.h"
#include "nn/regularizer.h"
#include "nn/trainer.h"

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

// Divergence: keep what the user had, the last weights with finite numbers, and stop.
void Trainer::restore_last_good() {
  m_params = m_last_good;
  m_state = m_last_good_state;
  evaluate_metrics();
  m_metrics.status = Status::Diverged;
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

}  // namespace nn
