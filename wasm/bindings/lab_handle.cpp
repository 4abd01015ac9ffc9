#include "lab_handle.h"

#include <stdexcept>

#include "guarded.h"
#include "nn/ranges.h"

using emscripten::val;

namespace bindings {

namespace {
constexpr double kPi = 3.14159265358979323846;
}

LabHandle::LabHandle(double seed)
    : m_race(nn::Surface(), uint64_t(guarded([&] { return nn::check_range(nn::range("lab.seed"), seed); }))) {}

void LabHandle::setSurface(const std::string& name, double a, double b, double angle_degrees) {
  guarded([&] {
    const double angle = nn::check_range(nn::range("lab.angle"), angle_degrees);
    m_race.set_surface(nn::Surface(nn::parse_surface(name), nn::QuadraticParams{a, b, angle * kPi / 180}));
    return 0;
  });
}

SurfaceInfo LabHandle::surface() const {
  const nn::Surface& s = m_race.surface();
  const nn::Bounds b = s.bounds();
  SurfaceInfo o;
  o.name = nn::surface_name(s.kind());
  o.xMin = b.x_min;
  o.xMax = b.x_max;
  o.yMin = b.y_min;
  o.yMax = b.y_max;
  o.bounded = s.bounded();
  o.reference = s.reference();
  o.minX = s.reference_point()[0];
  o.minY = s.reference_point()[1];
  o.startX = s.default_start()[0];
  o.startY = s.default_start()[1];
  return o;
}

int LabHandle::addRacer(const std::string& kind, const nn::OptimizerParams& params) {
  return guarded([&] { return int(m_race.add(nn::parse_optimizer(kind), params)); });
}

std::string LabHandle::kind(int i) const {
  return guarded([&] { return std::string(nn::optimizer_name(m_race.racer(index(i)).kind)); });
}

void LabHandle::setKind(int i, const std::string& kind) {
  guarded([&] {
    m_race.set_kind(index(i), nn::parse_optimizer(kind));
    return 0;
  });
}

void LabHandle::setParams(int i, const nn::OptimizerParams& params) {
  guarded([&] {
    m_race.set_params(index(i), params);
    return 0;
  });
}

nn::OptimizerParams LabHandle::params(int i) const {
  return guarded([&] { return m_race.params(index(i)); });
}

void LabHandle::setStart(double x, double y) {
  guarded([&] {
    m_race.set_start(x, y);
    return 0;
  });
}

Point LabHandle::start() const { return Point{m_race.start()[0], m_race.start()[1]}; }

void LabHandle::setNoise(double sigma) {
  guarded([&] {
    m_race.set_noise(sigma);
    return 0;
  });
}

void LabHandle::setSeed(double seed) {
  guarded([&] {
    m_race.set_seed(uint64_t(nn::check_range(nn::range("lab.seed"), seed)));
    return 0;
  });
}

void LabHandle::step(int n) {
  guarded([&] {
    m_race.step(n);
    return 0;
  });
}

nn::RacerHead LabHandle::head(int i) {
  return guarded([&] { return m_race.head(index(i)); });
}

val LabHandle::path(int i) const {
  return guarded([&] { return view(m_race.racer(index(i)).path); });
}
val LabHandle::losses(int i) const {
  return guarded([&] { return view(m_race.racer(index(i)).losses); });
}
val LabHandle::stepLengths(int i) const {
  return guarded([&] { return view(m_race.racer(index(i)).step_lengths); });
}
val LabHandle::eigenErrors(int i) {
  return guarded([&] { return view(m_race.eigen_errors(index(i))); });
}

val LabHandle::contour(int n, int levels_per_side) {
  return guarded([&] {
    m_contour = nn::contour_map(m_race.surface(), n, levels_per_side);
    val o = val::object();
    o.set("n", m_contour.n);
    o.set("values", view(m_contour.values));
    o.set("levels", view(m_contour.levels));
    o.set("shade", view(m_contour.shade));
    o.set("segments", view(m_contour.segments));
    return o;
  });
}

nn::QuadraticAnalysis LabHandle::quadratic() const {
  return guarded([&] { return nn::analyze_quadratic(quadratic_params()); });
}

double LabHandle::momentumRate(double alpha, double beta) const {
  return guarded([&] {
    const nn::QuadraticAnalysis a = nn::analyze_quadratic(quadratic_params());
    return nn::momentum_rate(alpha, beta, a.lambda1, a.lambda2);
  });
}

val LabHandle::rateMap(int n_alpha, int n_beta, double alpha_max) {
  return guarded([&] {
    m_rate_map = nn::momentum_rate_map(quadratic_params(), n_alpha, n_beta, alpha_max);
    return view(m_rate_map);
  });
}

std::size_t LabHandle::index(int i) const {
  if (i < 0 || i >= int(m_race.size())) throw std::invalid_argument("no racer " + std::to_string(i));
  return std::size_t(i);
}

const nn::QuadraticParams& LabHandle::quadratic_params() const {
  if (m_race.surface().kind() != nn::SurfaceKind::Quadratic) throw std::logic_error("the surface is not the quadratic");
  return m_race.surface().quadratic();
}

val lab_surfaces() {
  val a = val::array();
  for (nn::SurfaceKind k : nn::all_surfaces()) a.call<void>("push", std::string(nn::surface_name(k)));
  return a;
}

nn::OptimizerParams default_optimizer_params() { return nn::OptimizerParams(); }

}  // namespace bindings
