// The optimizer lab's handle (JS class `Lab`, web/lab.html): one race (nn::Race) of the core's
// Optimizer<double> on one surface. Hyperparameters cross as the OptimizerParams value object
// with the spec's names and are checked against the spec's ranges (ranges.h), so the lab and
// the playground reject the same values with the same message. Arrays come back as views
// that are valid until the next call into the module.
#pragma once
#include <emscripten/val.h>

#include <string>
#include <vector>

#include "nn/quadratic.h"
#include "nn/race.h"
#include "nn/surface.h"

namespace bindings {

// The current surface: its window, whether it has a minimum (else the saddle's critical
// value is the reference), the reference point and the default start.
struct SurfaceInfo {
  std::string name;
  double xMin = 0, xMax = 0, yMin = 0, yMax = 0;
  bool bounded = true;
  double reference = 0, minX = 0, minY = 0, startX = 0, startY = 0;
};

struct Point {
  double x = 0, y = 0;
};

class LabHandle {
 public:
  explicit LabHandle(double seed);

  // a, b and the angle (degrees) matter only for the quadratic (ranges lab.a, lab.b,
  // lab.angle). Moves the start point to the surface's default start and resets.
  void setSurface(const std::string& name, double a, double b, double angle_degrees);
  SurfaceInfo surface() const;

  // A racer of one of the core's optimizers (sgd, momentum, nesterov, adagrad, rmsprop, adam,
  // adamw). Returns its index; a racer added mid-race catches up.
  int addRacer(const std::string& kind, const nn::OptimizerParams& params);
  int racerCount() const { return int(m_race.size()); }
  std::string kind(int i) const;
  // Replaces racer i's optimizer (e.g. momentum ↔ nesterov); the race restarts.
  void setKind(int i, const std::string& kind);
  // Live: effective from the next step (call replay() to redraw the whole path).
  void setParams(int i, const nn::OptimizerParams& params);
  nn::OptimizerParams params(int i) const;

  void setStart(double x, double y);
  Point start() const;
  void setNoise(double sigma);
  void setSeed(double seed);
  void reset() { m_race.reset(); }
  void step(int n);
  void replay() { m_race.replay(); }
  double iteration() const { return double(m_race.iteration()); }
  double maxIterations() const { return double(nn::Race::kMaxIterations); }

  nn::RacerHead head(int i);
  // Float64Array x0, y0, x1, y1, … (iterations + 1 points).
  emscripten::val path(int i) const;
  // Float64Array of f − reference per iterate.
  emscripten::val losses(int i) const;
  // Float64Array of |w_k − w_{k−1}| per step.
  emscripten::val stepLengths(int i) const;
  // Quadratic only: Float64Array of the error along u and v per iterate (pairs).
  emscripten::val eigenErrors(int i);

  // The surface on an n×n grid: {n, values: Float64Array (f − reference, row-major from the
  // top-left), levels: Float64Array, shade: Float32Array in [−1, 1], segments: Float32Array of
  // x1, y1, x2, y2, level index}.
  emscripten::val contour(int n, int levels_per_side);
  // The quadratic's theory (throws on another surface).
  nn::QuadraticAnalysis quadratic() const;
  // Heavy-ball convergence factor per step at (α, β) on the current quadratic.
  double momentumRate(double alpha, double beta) const;
  // Float32Array nBeta × nAlpha of momentumRate at cell centres (see quadratic.h).
  emscripten::val rateMap(int n_alpha, int n_beta, double alpha_max);

 private:
  std::size_t index(int i) const;
  const nn::QuadraticParams& quadratic_params() const;
  nn::Race m_race;
  nn::ContourMap m_contour;
  std::vector<float> m_rate_map;
};

// The names of the lab's surfaces, in the order a menu shows them.
emscripten::val lab_surfaces();
// The optimizer's own defaults (optimizer.h), to start a racer from.
nn::OptimizerParams default_optimizer_params();

}  // namespace bindings
