// The optimizer lab's race: several optimizers walk the same 2-D surface from the same start.
// Each racer is a point w = (x, y) stepped by the core's own Optimizer<double> (optimizer.h),
// the very classes that train the networks; nothing here re-implements an update rule. The
// race records what the page draws: the trajectory, the loss, the last gradient and step,
// the optimizer's velocity and its per-coordinate scale.
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <vector>

#include "nn/optimizer.h"
#include "nn/rng.h"
#include "nn/surface.h"

namespace nn {

struct Racer {
  OptimizerKind kind;
  std::unique_ptr<Optimizer<double>> optimizer;
  Rng rng;                              // this racer's gradient noise
  std::array<double, 2> w{0, 0};        // current point
  std::array<double, 2> gradient{0, 0}; // the gradient fed to the last step (with noise)
  std::array<double, 2> step{0, 0};     // w_k − w_{k−1} of the last step
  std::vector<double> path;             // x, y per iterate, from the start: 2·(iterations + 1)
  std::vector<double> losses;           // f − reference per iterate: iterations + 1
  std::vector<double> step_lengths;     // |w_k − w_{k−1}| per step: iterations
  bool diverged = false;                // left the map (|w| huge or f not finite); stops
  long long iterations() const { return static_cast<long long>(losses.size()) - 1; }
};

// What the page shows at a racer's head: point, loss (f − reference), the gradient and step of
// the last iteration, the optimizer's velocity and per-coordinate scale (see Race::velocity
// and Race::scale), the iteration count and whether the racer left the map.
//
// Adam/AdamW also show their moments as the step uses them: m̂ (= velocity) and v̂ (the second
// moment ŝ), both bias-corrected unless the racer's bias_correction is off (then m and s).
// Nesterov in the core's form (optimizer.h) keeps w at the look-ahead point: its gradient is
// taken at (x, y), while the "ball" of the classical form, θ = w + α·β·v, sits behind it;
// ball_x/ball_y are θ for Nesterov and (x, y) for every other racer.
struct RacerHead {
  double x = 0, y = 0, loss = 0;
  double grad_x = 0, grad_y = 0, step_x = 0, step_y = 0;
  double velocity_x = 0, velocity_y = 0, scale_x = 0, scale_y = 0;
  double second_moment_x = 0, second_moment_y = 0;
  double ball_x = 0, ball_y = 0;
  int iterations = 0;
  bool diverged = false;
};

class Race {
 public:
  // Steps beyond this are ignored (the trajectories stay bounded in memory).
  static constexpr long long kMaxIterations = 20000;

  explicit Race(const Surface& surface = Surface(), uint64_t seed = 1);

  // Changing the surface moves the start to the surface's default start and resets.
  void set_surface(const Surface& surface);
  const Surface& surface() const { return m_surface; }

  // Adds a racer with its own optimizer; returns its index.
  std::size_t add(OptimizerKind kind, const OptimizerParams& params);
  std::size_t size() const { return m_racers.size(); }
  const Racer& racer(std::size_t i) const { return m_racers.at(i); }
  // Live hyperparameters (the optimizer's own `params`), effective from the next step.
  // add() and set_params() check them against the spec's optimizer.* ranges (ranges.h) and
  // throw SpecError with the spec's message; a rejected value changes nothing.
  void set_params(std::size_t i, const OptimizerParams& params);
  const OptimizerParams& params(std::size_t i) const { return m_racers.at(i).optimizer->params; }
  // Replaces the racer's optimizer (e.g. Momentum ↔ Nesterov); the whole race restarts.
  void set_kind(std::size_t i, OptimizerKind kind);

  void set_start(double x, double y);  // resets
  std::array<double, 2> start() const { return m_start; }
  // Gradient noise: each step sees ∇f + σ·N(0, I). Seeded per racer, so a replay is exact.
  // σ is checked against the lab.noise range.
  void set_noise(double sigma);
  double noise() const { return m_noise; }
  void set_seed(uint64_t seed);  // resets

  // Every racer back to the start with fresh optimizer state and noise stream.
  void reset();
  // n more steps for every racer that has not diverged.
  void step(int n);
  // Reset and run again to the current iteration: shows the whole path under new settings.
  void replay();
  long long iteration() const { return m_iteration; }

  // The optimizer's velocity, in gradient units: v of Momentum/Nesterov, the bias-corrected
  // first moment m̂ of Adam/AdamW (m without bias correction); zero for the others.
  std::array<double, 2> velocity(std::size_t i);
  // Step per unit gradient along each coordinate: α for SGD/Momentum/Nesterov,
  // α/(√G + ε) for AdaGrad, α/(√s + ε) for RMSProp, α/(√ŝ + ε) for Adam/AdamW (read from the
  // optimizer's named state; before the first step, α).
  std::array<double, 2> scale(std::size_t i);
  // Adam/AdamW's second moment as the step divides by it: ŝ = s/(1 − β₂ᵗ) (s without bias
  // correction); zero for the others and before the first step.
  std::array<double, 2> second_moment(std::size_t i);

  // Quadratic only: the racer's error w − w* split along the two eigen-directions (u, v),
  // one pair per iterate. Throws std::logic_error on another surface.
  const std::vector<double>& eigen_errors(std::size_t i);

  RacerHead head(std::size_t i);

 private:
  void reset_racer(std::size_t i);
  void step_racer(Racer& r);
  Surface m_surface;
  uint64_t m_seed;
  double m_noise = 0;
  std::array<double, 2> m_start;
  long long m_iteration = 0;
  std::vector<Racer> m_racers;
  std::vector<double> m_eigen_errors;
};

}  // namespace nn
