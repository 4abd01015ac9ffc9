// The optimizer lab's stories (web/lab/stories.json, the very file the page loads) run here on
// the core's Race, and each must end where its text (web/lab/strings.js) says. The lab's
// per-surface learning rates (lab_catalog.h) are checked too: each keeps its racer on the map.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "nn/lab_catalog.h"
#include "nn/race.h"

using nlohmann::json;
using namespace nn;

namespace {

constexpr double kPi = 3.14159265358979323846;

json story(const std::string& id) {
  std::ifstream in(std::string(DESCENT_SOURCE_DIR) + "/web/lab/stories.json");
  const json all = json::parse(in);
  for (const json& s : all)
    if (s["id"] == id) return s;
  ADD_FAILURE() << "no story " << id;
  return json::object();
}

// The scene of a story as the page builds it: the surface, the start, and every racer that is
// on, with the catalog's starting values, the surface's learning rate and the story's values.
struct Scene {
  Race race;
  std::map<std::string, std::size_t> index;
  const Racer& racer(const std::string& id) const { return race.racer(index.at(id)); }
};

Scene build(const json& s) {
  const json& st = s["state"];
  const SurfaceKind kind = parse_surface(st["surface"]);
  QuadraticParams q;
  if (kind == SurfaceKind::Quadratic) q = {st.value("a", 1.0), st.value("b", 10.0), st.value("angle", 0.0) * kPi / 180};
  Scene scene{Race(Surface(kind, q), st.value("seed", 1)), {}};
  for (const LabRacer& r : lab_racers()) {
    const json& given = st["racers"].value(r.id, json::object());
    if (!given.value("on", r.on)) continue;
    OptimizerParams p = r.params;
    p.learning_rate = lab_learning_rate(kind, r.id);
    p.learning_rate = given.value("learningRate", p.learning_rate);
    p.momentum = given.value("momentum", p.momentum);
    p.rho = given.value("rho", p.rho);
    p.beta1 = given.value("beta1", p.beta1);
    p.beta2 = given.value("beta2", p.beta2);
    p.epsilon = given.value("epsilon", p.epsilon);
    p.bias_correction = given.value("biasCorrection", true);
    const OptimizerKind k = given.value("nesterov", false) ? OptimizerKind::Nesterov : r.kind;
    scene.index[r.id] = scene.race.add(k, p);
  }
  if (st.contains("start")) scene.race.set_start(st["start"][0], st["start"][1]);
  scene.race.set_noise(st.value("noise", 0.0));
  scene.race.step(s["steps"].get<int>());
  return scene;
}

double distance(const Racer& r, double x, double y) { return std::hypot(r.w[0] - x, r.w[1] - y); }

}  // namespace

// "SGD bounces from wall to wall; Momentum swings across the valley at first too, but the
// swings die out and it reaches the minimum sooner."
TEST(LabStories, ValleyMomentumDampsTheZigZagAndArrivesSooner) {
  Scene s = build(story("valley"));
  const std::vector<double> sgd = s.race.eigen_errors(s.index["sgd"]);
  const std::vector<double> mom = s.race.eigen_errors(s.index["momentum"]);
  // SGD: the steep (v) component flips sign every step and shrinks slowly (|1 − αλ₂| = 0.9).
  for (int k = 1; k < 10; ++k) EXPECT_LT(sgd[2 * k + 1] * sgd[2 * k + 3], 0) << k;
  // Momentum: swings at first (the text says so) …
  int flips = 0;
  for (int k = 0; k < 20; ++k) flips += mom[2 * k + 1] * mom[2 * k + 3] < 0;
  EXPECT_GE(flips, 3);
  // … but the swings die out (the steep error is 1000× smaller after 100 steps) …
  const std::size_t last = mom.size() - 2;
  EXPECT_LT(std::abs(mom[last + 1]), 1e-3 * std::abs(mom[1]));
  // … and along the floor it is far ahead: "its loss is over 100× lower".
  EXPECT_LT(std::abs(mom[last]), 0.1 * std::abs(sgd[last]));
  EXPECT_LT(s.racer("momentum").losses.back(), 0.01 * s.racer("sgd").losses.back());
}

// "Plain GD settles in the shallow well below the start; Momentum, with the same α, crosses
// its rim and ends in the deepest well."
TEST(LabStories, WellsGradientDescentStaysShallowMomentumReachesTheDeepestWell) {
  Scene s = build(story("wells"));
  const Surface wells(SurfaceKind::Wells);
  const auto deepest = wells.reference_point();
  EXPECT_LT(distance(s.racer("sgd"), 1.2, -2.2), 0.2);  // the shallow well (depth 0.7)
  EXPECT_LT(distance(s.racer("momentum"), deepest[0], deepest[1]), 0.2);
  EXPECT_LT(s.racer("momentum").losses.back(), 1e-3);
  EXPECT_GT(s.racer("sgd").losses.back(), 0.5);
  // GD stays: 3000 more steps do not move it out of the shallow well.
  s.race.step(3000);
  EXPECT_LT(distance(s.racer("sgd"), 1.2, -2.2), 0.2);
}

// "Same α and β: Momentum spirals, Nesterov reaches 10⁻⁶ in about a third of the steps."
TEST(LabStories, NesterovBeatsMomentumWithTheSameAlphaAndBeta) {
  Scene s = build(story("nesterov"));
  const auto& m = s.racer("momentum").losses;
  const auto& n = s.racer("nesterov").losses;
  auto first_below = [](const std::vector<double>& l, double level) {
    for (std::size_t k = 0; k < l.size(); ++k)
      if (l[k] < level) return int(k);
    return -1;
  };
  const int tn = first_below(n, 1e-6);
  ASSERT_GT(tn, 0);
  EXPECT_LT(tn, 110);
  s.race.step(400);
  const int tm = first_below(s.racer("momentum").losses, 1e-6);
  ASSERT_GT(tm, 0);
  EXPECT_GT(tm, 2 * tn) << "momentum " << tm << ", nesterov " << tn;
  EXPECT_LT(n[150], 1e-3 * m[150]);
}

// "Without bias correction Adam's first step is √10 ≈ 3.2× α per coordinate and the next ones
// grow to almost 5× α, where the corrected Adam's first step is α." (With a constant gradient
// the factor (1 − β₁ᵗ)/√(1 − β₂ᵗ) would reach 6.5 at t = 10; here the gradient shrinks as
// Adam nears the minimum, and the largest is 4.9.)
TEST(LabStories, AdamWithoutBiasCorrectionTakesHugeFirstSteps) {
  const json st = story("bias");
  Scene s = build(st);
  const double alpha = st["state"]["racers"]["adam"]["learningRate"];
  const auto& lengths = s.racer("adam").step_lengths;
  const double first = lengths[0] / (alpha * std::sqrt(2.0));
  EXPECT_NEAR(first, 0.1 / std::sqrt(0.001), 0.01);  // (1 − β₁)/√(1 − β₂) = 3.16
  double biggest = 0;
  for (int k = 0; k < 15; ++k) biggest = std::max(biggest, lengths[k] / (alpha * std::sqrt(2.0)));
  EXPECT_GT(biggest, 4.5);
  json on = st;
  on["state"]["racers"]["adam"]["biasCorrection"] = true;
  Scene c = build(on);
  EXPECT_NEAR(c.racer("adam").step_lengths[0], alpha * std::sqrt(2.0), 1e-6);
}

// Every racer's learning rate on every surface keeps it on the map from the default start for
// 300 steps and (where there is a minimum) lowers its loss.
TEST(LabCatalog, EachSurfacesLearningRatesKeepEveryRacerOnTheMap) {
  for (SurfaceKind k : all_surfaces()) {
    const Surface surface(k);
    const Bounds b = surface.bounds();
    for (const LabRacer& r : lab_racers()) {
      Race race(surface);
      OptimizerParams p = r.params;
      p.learning_rate = lab_learning_rate(k, r.id);
      race.add(r.kind, p);
      race.step(300);
      const Racer& x = race.racer(0);
      const std::string what = std::string(surface_name(k)) + " " + r.id;
      ASSERT_FALSE(x.diverged) << what;
      // Saddles are unbounded below: a racer may walk off after escaping, not in 20 steps.
      const std::size_t checked = surface.bounded() ? x.path.size() : 2 * 21;
      for (std::size_t i = 0; i < checked; i += 2) {
        EXPECT_GE(x.path[i], b.x_min - 0.5) << what << " step " << i / 2;
        EXPECT_LE(x.path[i], b.x_max + 0.5) << what << " step " << i / 2;
        EXPECT_GE(x.path[i + 1], b.y_min - 0.5) << what << " step " << i / 2;
        EXPECT_LE(x.path[i + 1], b.y_max + 0.5) << what << " step " << i / 2;
      }
      if (surface.bounded()) {
        EXPECT_LT(x.losses.back(), x.losses.front()) << what;
      }
    }
  }
}

// With the quadratic's rates (the page's opening defaults), SGD and Momentum leave Rosenbrock
// and Beale within a few steps: why each surface needs its own.
TEST(LabCatalog, TheQuadraticsRatesThrowSgdOffRosenbrockAndBeale) {
  for (SurfaceKind k : {SurfaceKind::Rosenbrock, SurfaceKind::Beale}) {
    Race race{Surface(k)};
    OptimizerParams p;
    p.learning_rate = lab_learning_rate(SurfaceKind::Quadratic, "sgd");
    race.add(OptimizerKind::SGD, p);
    race.step(10);
    const Bounds b = Surface(k).bounds();
    const Racer& x = race.racer(0);
    EXPECT_TRUE(x.diverged || std::abs(x.w[0]) > b.x_max || std::abs(x.w[1]) > b.y_max) << surface_name(k);
  }
}
