// Owns one experiment's whole state: data, parameters, optimizer state, seeded RNG, metrics.
// The caller drives it: train_epochs(k) per animation frame on the page, in a loop in the
// command-line runner. No timing, no I/O.
#pragma once
#include <memory>
#include <vector>

#include "nn/dataset.h"
#include "nn/loss.h"
#include "nn/network.h"
#include "nn/optimizer.h"
#include "nn/spec.h"

namespace nn {

enum class Status { Ok = 0, Diverged = 1 };

struct Metrics {
  long long epoch = 0;
  double train_loss = 0;      // data term, mean over the training set
  double test_loss = 0;       // data term, mean over the test set
  double penalty = 0;         // L1/L2 term on the weights (added to the training objective)
  double train_accuracy = 0;  // NaN for regression
  double test_accuracy = 0;
  long long zero_weights = 0; // weights exactly 0 (L1 makes these)
};

class Trainer {
 public:
  explicit Trainer(const ExperimentSpec& spec);  // throws std::invalid_argument on bad specs

  const ExperimentSpec& spec() const { return m_spec; }

  // Trains `epochs` passes over the training set in shuffled mini-batches, evaluating the
  // metrics after each. Stops early and returns Diverged (weights restored to the last finite
  // epoch) if the loss or a weight stops being finite.
  Status train_epochs(int epochs);
  Status status() const { return m_status; }
  const Metrics& metrics() const { return m_metrics; }

  // Changes that need no reset; applied from the next mini-batch on.
  void set_optimizer_params(const OptimizerParams& p);
  void set_regularization(Regularization kind, double rate);

  const Dataset& train_set() const { return m_train; }
  const Dataset& test_set() const { return m_test; }
  int outputs() const { return int(m_arch.outputs); }
  const Network& network() const { return *m_train_net; }

  // The network on an n × n grid over [−6, 6]²: returns outputs × n² predictions (column
  // r·n + c is row r from the top, column c from the left). Hidden activations on the same
  // grid stay in grid_network() until the next call.
  const Matrix& evaluate_grid(int n);
  const Network& grid_network() const { return *m_grid_net; }
  // The input features on that grid (features × n²), empty before the first evaluate_grid.
  const Matrix& grid_inputs() const { return m_grid_x; }

  // For the page (inspection and direct edits):
  // predictions (outputs × [train | test]) of the last metric evaluation; empty for regression.
  const Matrix& eval_predictions() const { return m_eval_pred; }
  // The raw 2-D points (2 × n²) of the last evaluate_grid.
  const Matrix& grid_points() const { return m_grid_raw; }
  // Switches the optimizer, keeping the weights; the new one starts with empty state.
  void set_optimizer(OptimizerKind kind, const OptimizerParams& p);
  // Sets weight W(to, from) of Dense block `block` and re-evaluates the metrics.
  void set_weight(int block, Index to, Index from, double value);

  Vector& params() { return m_params; }
  const Vector& params() const { return m_params; }

 private:
  void build_targets(const Dataset& d, Matrix& y) const;
  void train_batch(Index begin, Index end);
  void apply_regularization_gradient();
  void apply_l1_proximal();
  double penalty() const;
  void evaluate_metrics();

  ExperimentSpec m_spec;
  Rng m_rng;
  Dataset m_train, m_test;
  Matrix m_x_train, m_y_train;     // features × N, outputs × N
  Matrix m_x_eval, m_y_eval;       // [train | test], for metrics in one forward pass
  Architecture m_arch;
  Vector m_params, m_grads, m_last_good;
  std::unique_ptr<Network> m_train_net, m_eval_net, m_grid_net;
  std::unique_ptr<Loss> m_loss;
  std::unique_ptr<Optimizer<Scalar>> m_optimizer;
  std::vector<Index> m_order;
  Matrix m_xb, m_yb, m_grad_logits, m_grid_x, m_grid_raw, m_grid_out, m_eval_pred;
  int m_grid_n = 0;
  Metrics m_metrics;
  Status m_status = Status::Ok;
};

}  // namespace nn
