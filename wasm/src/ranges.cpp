#include "nn/ranges.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <sstream>
#include <stdexcept>

#include "nn/dataset.h"
#include "nn/race.h"
#include "nn/spec.h"

namespace nn {

const double Range::kWhole = std::numeric_limits<double>::quiet_NaN();

namespace {

// Chainable setters on a table row just appended (C++17 has no designated initializers). Rows
// are appended in place by out-of-line calls with constant arguments: written as an
// initializer list of temporaries, the table's construction (with a clean-up path per row for
// exceptions) was 10 KB of WebAssembly.
struct Row {
  Range& r;
  [[gnu::noinline]] Row whole() { r.integer = true; return *this; }
  [[gnu::noinline]] Row log() { r.scale = Scale::Log; return *this; }
  [[gnu::noinline]] Row menu(std::initializer_list<double> values) { r.choices = values; return *this; }
  [[gnu::noinline]] Row menu(const std::vector<double>& values) { r.choices = values; return *this; }
  [[gnu::noinline]] Row by(double s) { r.step = s; return *this; }
  [[gnu::noinline]] Row slider(double lo, double hi) { r.slider_min = lo; r.slider_max = hi; return *this; }
  [[gnu::noinline]] Row list(int lo, int hi, std::initializer_list<double> d, int offered = -1) {
    r.min_length = lo;
    r.max_length = hi;
    r.list_def = d;
    r.slider_max_length = offered;
    return *this;
  }
};

[[gnu::noinline]] Row add(std::vector<Range>& table, const char* path, double lo, double hi, double def) {
  Range& r = table.emplace_back();
  r.path = path;
  r.min = lo;
  r.max = hi;
  r.def = def;
  return Row{r};
}

constexpr double kMaxSeed = 9007199254740991.0;  // 2⁵³ − 1: every integer up to it is exact in JS
const std::vector<double> kSpeeds = {1, 2, 5, 10, 20, 50};
const std::vector<double> kBetas = {0, 0.5, 0.8, 0.9, 0.95, 0.99};

std::vector<Range> make_table() {
  const OptimizerParams o;  // the optimizer's own defaults (optimizer.h)
  const ScheduleParams q;
  const ExperimentSpec s;   // the spec's defaults (spec.h); a test checks they parse back
  std::vector<Range> t;
  add(t, "version", 1, 1, 1).whole();
  add(t, "seed", 0, kMaxSeed, double(s.seed)).whole();
  add(t, "data.points", 4, 100000, s.data.points).whole().by(10).slider(10, 1000);
  add(t, "data.noise", 0, 0.5, s.data.noise).by(0.05);
  add(t, "data.trainRatio", 0.1, 1, s.data.train_ratio).by(0.1);  // 1: no test set (a regression line)
  // The generator's own default applies when absent (see the catalog's generators).
  // Held out of training for early stopping and tuning; trainRatio + validationRatio ≤ 1.
  add(t, "data.validationRatio", 0, 0.8, s.data.validation_ratio).by(0.05);
  // data.table (CSV columns prepared by the core, nn/tabular.h).
  add(t, "data.table.threshold", -3.4e38, 3.4e38, 0);  // absent: the training rows' median
  add(t, "data.table.quantiles", 2, 10, s.data.table.quantiles).whole().by(1);
  add(t, "data.table.maxCategories", 1, 1000, s.data.table.max_categories).whole().menu({5, 10, 20, 50, 100});
  // data.line (source 'line'): the generated line y = w·x + b + noise (linear_regression.h).
  add(t, "data.line.weight", -1e6, 1e6, s.data.line.weight);
  add(t, "data.line.bias", -1e9, 1e9, s.data.line.bias);
  add(t, "data.line.noise", 0, 1e9, s.data.line.noise);
  add(t, "data.line.points", 2, 100000, s.data.line.points).whole();
  add(t, "data.line.xMin", -1e9, 1e9, s.data.line.x_min);
  add(t, "data.line.xMax", -1e9, 1e9, s.data.line.x_max);
  add(t, "data.classes", 2, kMaxClasses, 2).whole().by(1).slider(2, 8);
  add(t, "data.dims", 1, 4096, s.data.dims).whole();
  add(t, "data.inline", -1e30, 1e30, 0).list(4, 100000, {});
  add(t, "model.hidden", 1, 1024, 4).whole().list(0, 16, {4, 2}, 8).slider(1, 32);
  add(t, "model.dropout", 0, 0.9, 0).menu({0, 0.1, 0.2, 0.3, 0.5});
  add(t, "optimizer.learningRate", 1e-7, 10, o.learning_rate).log().menu({0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10});
  add(t, "optimizer.momentum", 0, 0.9999, o.momentum).menu(kBetas);
  add(t, "optimizer.rho", 0, 0.9999, o.rho).menu({0.5, 0.8, 0.9, 0.95, 0.99, 0.999});
  add(t, "optimizer.beta1", 0, 0.9999, o.beta1).menu(kBetas);
  add(t, "optimizer.beta2", 0, 0.999999, o.beta2).menu({0.9, 0.99, 0.999, 0.9999});
  add(t, "optimizer.epsilon", 1e-12, 1, o.epsilon).log().menu({1e-8, 1e-7, 1e-6, 1e-4, 1e-2});
  add(t, "optimizer.weightDecay", 0, 1, o.weight_decay).menu({0, 0.0001, 0.001, 0.01, 0.1});
  add(t, "optimizer.schedule.gamma", 0.01, 1, q.gamma);
  add(t, "optimizer.schedule.stepEpochs", 1, 1000000, q.step_epochs).whole();
  add(t, "optimizer.schedule.decay", 0.5, 1, q.decay);
  add(t, "optimizer.schedule.periodEpochs", 1, 1000000, q.period_epochs).whole();
  add(t, "optimizer.schedule.minLearningRate", 0, 10, q.min_learning_rate);
  add(t, "regularization.rate", 0, 10, s.regularization.rate).menu({0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10});
  add(t, "training.batchSize", 1, 100000, s.training.batch_size).whole().by(1).slider(1, 30);
  add(t, "training.epochs", 0, 10000000, s.training.epochs).whole();
  // 10 when an earlyStopping object is given without it (docs/spec.md).
  add(t, "training.earlyStopping.patience", 0, 1000000, s.training.early_stopping.patience).whole().menu({0, 5, 10, 20, 50, 100});
  add(t, "training.earlyStopping.minDelta", 0, 1e6, s.training.early_stopping.min_delta);
  add(t, "training.clipNorm", 0, 1e6, s.training.clip_norm).menu({0, 0.1, 0.5, 1, 5});
  // The page's own settings (URL keys, not spec fields).
  add(t, "view.speed", 1, 100, 1).whole().menu(kSpeeds);
  add(t, "view.grid", 2, 1024, 100).whole();  // decision-boundary cells per side
  add(t, "view.thumbnailGrid", 2, 1024, 24).whole();
  // The input dimensions the playground draws: its boundary and points lie in the plane.
  add(t, "view.dims", 2, 2, 2).whole();
  // The regression page's updates per frame: the unscaled story needs thousands of steps.
  add(t, "regression.speed", 1, 1000, 1).whole().menu({1, 2, 5, 10, 20, 50, 100, 200, 500, 1000});
  // The frame a course page embeds a page in (every page's "Embed" dialog), in CSS pixels.
  add(t, "embed.width", 280, 2400, 1000).whole().by(10);
  add(t, "embed.height", 240, 2400, 720).whole().by(10);
  // Epochs of training in an exported PyTorch script (every page's "PyTorch" dialog and
  // descent-cli export-torch --epochs): the spec's range, 20 when the page names none.
  add(t, "export.epochs", 0, 10000000, 20).whole();
  // The house-price page's epochs: it trains in the page's animation frames, a run of
  // more would keep the student waiting for minutes; the runner takes the spec's range.
  add(t, "houses.epochs", 0, 5000, s.training.epochs).whole();
  // The images page's epochs per run (a link's epochs=, the Epochs field): a run trains in
  // its worker for as long as the student waits; Fashion-MNIST takes seconds per epoch.
  add(t, "images.epochs", 1, 1000, 10).whole();
  // The optimizer lab: surface, noise, race length; its racers' hyperparameters are
  // checked against the optimizer.* rows above and only their sliders' spans differ.
  add(t, "lab.a", 1e-3, 1e3, 1).log().slider(0.1, 50);
  add(t, "lab.b", 1e-3, 1e3, 10).log().slider(0.1, 50);
  add(t, "lab.angle", -180, 180, 0).by(1).slider(0, 90);
  add(t, "lab.noise", 0, 100, 0).log().slider(0.001, 2);
  // Either coordinate of a race's start point (a click on the map or a link's start=x,y):
  // far outside every surface's map, where steps would overflow long before they arrive.
  add(t, "lab.start", -1000, 1000, 0);
  add(t, "lab.seed", 0, kMaxSeed, 1).whole();
  add(t, "lab.iterations", 0, double(Race::kMaxIterations), 0).whole();
  add(t, "lab.speed", 1, 100, 2).whole().menu(kSpeeds);
  add(t, "lab.learningRate", 1e-7, 10, o.learning_rate).log().slider(1e-4, 2);
  add(t, "lab.momentum", 0, 0.9999, o.momentum).by(0.001).slider(0, 0.999);
  add(t, "lab.rho", 0, 0.9999, o.rho).by(0.001).slider(0, 0.999);
  add(t, "lab.beta1", 0, 0.9999, o.beta1).by(0.001).slider(0, 0.999);
  add(t, "lab.beta2", 0, 0.999999, o.beta2).by(0.0001).slider(0.9, 0.9999);
  add(t, "lab.epsilon", 1e-12, 1, o.epsilon).log().slider(1e-10, 1);
  return t;
}

}  // namespace

const std::vector<Range>& all_ranges() {
  static const std::vector<Range> table = make_table();
  return table;
}

const Range& range(const std::string& path) {
  for (const Range& r : all_ranges())
    if (path == r.path) return r;
  throw std::logic_error("no range for '" + path + "'");
}

// Whole numbers in full (2⁵³ is 9007199254740992, not 9.0072e+15), others in the fewest
// digits that read back as the same double.
std::string format_number(double x, bool integer) {
  (void)integer;
  if (std::isfinite(x) && std::floor(x) == x && std::abs(x) < 1e17) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.0f", x);
    return buf;
  }
  return shortest_number(x);
}

std::string shortest_number(double x) {
  char buf[40];
  for (int digits = 6; digits <= 17; ++digits) {
    std::snprintf(buf, sizeof buf, "%.*g", digits, x);
    if (std::strtod(buf, nullptr) == x) break;
  }
  return buf;
}

double check_range(const Range& r, double x, const std::string& where) {
  if (!std::isfinite(x) || x < r.min || x > r.max)
    throw SpecError((where.empty() ? std::string(r.path) : where) + ": must be from " + format_number(r.min, r.integer) +
                    " to " + format_number(r.max, r.integer) + ", got " + format_number(x, r.integer));
  return x;
}

void check_optimizer_params(const OptimizerParams& p) {
  check_range(range("optimizer.learningRate"), p.learning_rate);
  check_range(range("optimizer.momentum"), p.momentum);
  check_range(range("optimizer.rho"), p.rho);
  check_range(range("optimizer.beta1"), p.beta1);
  check_range(range("optimizer.beta2"), p.beta2);
  check_range(range("optimizer.epsilon"), p.epsilon);
  check_range(range("optimizer.weightDecay"), p.weight_decay);
}

}  // namespace nn
