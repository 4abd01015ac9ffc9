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
  // Trains `steps` mini-batch updates without evaluating the metrics: the cheap way to train
  // when nobody looks at the loss after every epoch (benchmarks, fast-forward). Continues the
  // current pass over the shuffled training set and starts a new one (reshuffled, epoch + 1)
  // when it runs out; train_epochs() always starts a fresh pass. metrics() keeps the values of
  // the last evaluation. Returns Diverged (weights restored to the last finite call) if a
  // weight stopped being finite.
  Status train_steps(long long steps);
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
  Index m_cursor = 0;  // train_steps: next position in m_order (0 = start a new pass)
  Matrix m_xb, m_yb, m_grad_logits, m_grid_x, m_grid_raw, m_grid_out, m_eval_pred;
  int m_grid_n = 0;
  Metrics m_metrics;
  Status m_status = Status::Ok;
};

}  // namespace nn
