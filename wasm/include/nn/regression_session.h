// The linear-regression exercise: a Trainer on a network with no hidden layer and a linear
// output (ŷ = wᵀx + b), stepped one mini-batch at a time by the core's optimizers, with what the
// page draws around it: the path of (w₁, b), the loss after every update, the update itself
// written out with its numbers, the loss surface over (w₁, b) and the exact answer.
//
// "w₁" is the first input's weight; with several inputs the surface is over (w₁, b) with the
// other weights held at their current values.
#pragma once
#include <array>
#include <memory>
#include <string>
#include <vector>

#include "nn/linear_regression.h"
#include "nn/spec.h"
#include "nn/surface.h"
#include "nn/trainer.h"

namespace nn {

// One update of (w₁, b), as the page writes it out: for plain GD
//   ∂L/∂w₁ = (1/B)·Σ(ŷᵢ − yᵢ)·xᵢ = sum_w / batch,   w₁ ← w₁ − α·∂L/∂w₁
// and the optimizer's state for w₁ and b after the step (velocity, squared-gradient sums …).
struct RegressionUpdate {
  long long t = 0;                // the optimizer's step count after this update
  int batch = 0;                  // B, points in the mini-batch
  double rate = 0;                // α
  double sum_w = 0, sum_b = 0;    // Σ(ŷᵢ − yᵢ)·x₁ᵢ and Σ(ŷᵢ − yᵢ) over the batch, before the step
  double grad_w = 0, grad_b = 0;  // the gradient the optimizer received (sums / B)
  double w_before = 0, b_before = 0, w_after = 0, b_after = 0;
  std::vector<std::string> state_names;  // e.g. "v" (momentum), "m", "s" (Adam)
  std::vector<double> state_w, state_b;  // their values for w₁ and b after the step
};

class RegressionSession {
 public:
  // Throws SpecError unless the spec describes linear regression: regression data, no hidden
  // layer, linear output, squared-error loss, no regularization.
  explicit RegressionSession(const ExperimentSpec& spec, const std::string& csv_text = "");

  Trainer& trainer() { return *m_trainer; }
  const Trainer& trainer() const { return *m_trainer; }
  int inputs() const { return int(m_trainer->train_inputs().rows()); }
  std::vector<double> weights() const;
  double bias() const;

  // Moves (w₁, b) to a new start (other weights kept), forgets the optimizer's state and the path.
  void set_start(double w1, double b);
  // Starts over from the spec's initial weights.
  void reset();

  // `iterations` updates, one mini-batch each (batch size from the spec, 1 … full batch).
  // Stops early when the loss stops being finite or exceeds its start by a factor of 10⁶ over
  // the minimum (the page then says the learning rate is too large); returns Diverged then.
  Status step(int iterations);
  Status status() const { return m_status; }
  long long iterations() const { return m_iteration; }

  double loss() const;  // L at the current weights, all training points
  // Full-batch gradient at the current weights: ∂L/∂w₁, ∂L/∂b.
  std::array<double, 2> gradient() const;
  const RegressionUpdate& last_update() const { return m_update; }

  // The recorded path: (w₁, b) pairs, the loss at each and its iteration number. Starts with
  // the start point; thinned to every second point (and then every fourth …) past 2¹⁷ points.
  const std::vector<double>& path() const { return m_path; }
  const std::vector<double>& path_losses() const { return m_losses; }
  const std::vector<double>& path_iterations() const { return m_iters; }

  const LeastSquares& solution() const { return m_solution; }
  const Curvature& curvature() const { return m_curvature; }
  // ‖(w, b) − (w*, b*)‖ / max(1, ‖(w*, b*)‖): how far GD still is from the exact answer.
  double gap() const;

  // A window over (w₁, b) centred on (w₁*, b*) that holds the path's start and enough of the
  // bowl to see its shape.
  Bounds default_window() const;
  // L − L* on an n × n grid of that window (other weights as they are now), its log-spaced
  // contours (contour_map).
  ContourMap surface(const Bounds& window, int n, int levels) const;

  // ŷ for the training points at the current weights (residuals: ŷ − y).
  const Vector& predictions();

 private:
  void build();
  void record();
  // Forgets the path and the optimizer's run so far: the weights as they are now are its start.
  void restart_path();
  Index w_offset() const;
  Index b_offset() const;

  ExperimentSpec m_spec;
  std::string m_csv;
  std::unique_ptr<Trainer> m_trainer;
  LeastSquares m_solution;
  Curvature m_curvature;
  RegressionUpdate m_update;
  std::vector<double> m_path, m_losses, m_iters;
  long long m_iteration = 0;
  int m_stride = 1;  // record every m_stride-th iteration (grows when the path is thinned)
  double m_start_excess = 0;
  Status m_status = Status::Ok;
  Vector m_pred;
};

}  // namespace nn
