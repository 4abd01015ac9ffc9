#include "nn/lab_catalog.h"

#include <stdexcept>

#include "nn/json_put.h"

namespace nn {

namespace {

OptimizerParams with(double learning_rate, double momentum = 0.9) {
  OptimizerParams p;
  p.learning_rate = learning_rate;
  p.momentum = momentum;
  return p;
}

// Learning rates that differ from the racer's own on a surface. Found by running every racer
// for 300 steps from the surface's default start over α = 1e-4 … 1 and keeping a value well
// inside the stable range (tests/native/lab_catalog_test.cpp checks each): Rosenbrock's and
// Beale's walls are steep (|∇f| in the hundreds at the start), so SGD and the heavy balls need
// steps 10–100× smaller than on the quadratic; the monkey saddle's cubic walls throw fast
// heavy balls off the map.
struct Override {
  SurfaceKind surface;
  const char* racer;
  double learning_rate;
};
const Override kOverrides[] = {
    {SurfaceKind::Rosenbrock, "sgd", 0.0015},  {SurfaceKind::Rosenbrock, "momentum", 0.0007},
    {SurfaceKind::Rosenbrock, "nesterov", 0.0007},
    {SurfaceKind::Beale, "sgd", 0.002},        {SurfaceKind::Beale, "momentum", 0.0003},
    {SurfaceKind::Beale, "nesterov", 0.0003},  {SurfaceKind::Beale, "adam", 0.3},
    {SurfaceKind::MonkeySaddle, "momentum", 0.002}, {SurfaceKind::MonkeySaddle, "nesterov", 0.002},
    {SurfaceKind::MonkeySaddle, "adam", 0.05},
    {SurfaceKind::Himmelblau, "sgd", 0.01},    {SurfaceKind::Himmelblau, "nesterov", 0.005},
};

}  // namespace

const std::vector<LabRacer>& lab_racers() {
  static const std::vector<LabRacer> racers = [] {
    LabRacer sgd{"sgd", OptimizerKind::SGD, with(0.03), {"learningRate"}};
    LabRacer momentum{"momentum", OptimizerKind::Momentum, with(0.01), {"learningRate", "momentum"}};
    momentum.nesterov_switch = true;
    LabRacer nesterov{"nesterov", OptimizerKind::Nesterov, with(0.01), {"learningRate", "momentum"}};
    nesterov.on = false;  // the Nesterov story and the comparison with Momentum turn it on
    LabRacer adagrad{"adagrad", OptimizerKind::AdaGrad, with(0.5), {"learningRate"}};
    LabRacer rmsprop{"rmsprop", OptimizerKind::RMSProp, with(0.05), {"learningRate", "rho"}};
    LabRacer adam{"adam", OptimizerKind::Adam, with(0.1), {"learningRate", "beta1", "beta2", "epsilon"}};
    adam.bias_switch = true;
    return std::vector<LabRacer>{sgd, momentum, nesterov, adagrad, rmsprop, adam};
  }();
  return racers;
}

double lab_learning_rate(SurfaceKind surface, const std::string& racer_id) {
  for (const Override& o : kOverrides)
    if (o.surface == surface && racer_id == o.racer) return o.learning_rate;
  for (const LabRacer& r : lab_racers())
    if (racer_id == r.id) return r.params.learning_rate;
  throw std::invalid_argument("no lab racer '" + racer_id + "'");
}

// put() and push_*() (json_put.h): the same trees as `o["key"] = v`, a call per field.
nn::Json lab_racers_json() {
  using detail::put;
  nn::Json out = nn::Json::array();
  for (const LabRacer& r : lab_racers()) {
    nn::Json params = nn::Json::object();
    for (const char* name : r.sliders) {
      const std::string n = name;
      const OptimizerParams& p = r.params;
      put(params, name, n == "learningRate" ? p.learning_rate
                        : n == "momentum"   ? p.momentum
                        : n == "rho"        ? p.rho
                        : n == "beta1"      ? p.beta1
                        : n == "beta2"      ? p.beta2
                                            : p.epsilon);
    }
    nn::Json switches = nn::Json::object();
    if (r.nesterov_switch) put(switches, "nesterov", false);
    if (r.bias_switch) put(switches, "biasCorrection", r.params.bias_correction);
    nn::Json e = nn::Json::object();
    put(e, "id", r.id);
    put(e, "kind", optimizer_name(r.kind));
    put(e, "params", std::move(params));
    put(e, "switches", std::move(switches));
    put(e, "nesterov", r.nesterov_switch);
    put(e, "on", r.on);
    detail::push_json(out, std::move(e));
  }
  return out;
}

nn::Json lab_surface_racers_json(SurfaceKind surface) {
  nn::Json out = nn::Json::object();
  for (const LabRacer& r : lab_racers()) {
    nn::Json e = nn::Json::object();
    detail::put(e, "learningRate", lab_learning_rate(surface, r.id));
    detail::put(out, r.id, std::move(e));
  }
  return out;
}

nn::Json lab_scene_json() {
  nn::Json out = nn::Json::object();
  detail::put(out, "surface", surface_name(SurfaceKind::Quadratic));
  detail::put(out, "focus", "momentum");
  detail::put(out, "chart", "loss");
  nn::Json arrows = nn::Json::array();
  detail::push_string(arrows, "gradient");
  detail::push_string(arrows, "velocity");
  detail::put(out, "arrows", std::move(arrows));
  return out;
}

}  // namespace nn
