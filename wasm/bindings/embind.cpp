// The only file that knows about Emscripten. It exposes the core to JavaScript as a few
// classes that take numbers and strings and return plain objects or typed-array views into
// the WASM heap (zero copy: a view is only valid until the next call that may allocate; the
// JS side takes fresh views after every call).
//
// Errors: every entry point catches C++ exceptions and rethrows them as a JS `Error` with the
// same message, so the page shows "model.hidden[1]: must be from 1 to 1024, got 0" rather
// than aborting the module.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>

#include "nn/model_file.h"
#include "nn/features.h"
#include "nn/inspect.h"
#include "nn/spec.h"
#include "nn/trainer.h"

using emscripten::val;

namespace {

[[noreturn]] void throw_js_error(const std::string& message) {
  val::global("Error").new_(val(message)).throw_();
  __builtin_unreachable();
}

// Runs fn; a C++ exception becomes a JS Error. The message is copied out of the catch block
// first, so the exception object is destroyed before control leaves through JS.
template <class Fn>
auto guarded(Fn&& fn) -> decltype(fn()) {
  std::string message;
  try {
    return fn();
  } catch (const std::exception& e) {
    message = e.what();
  } catch (...) {
    message = "unknown error in the WebAssembly core";
  }
  throw_js_error(message);
}

template <class T>
val view(const T* data, std::size_t n) {
  return val(emscripten::typed_memory_view(n, data));
}
val view(const nn::Matrix& m) { return view(m.data(), std::size_t(m.size())); }

double finite_or_nan(double x) { return x; }  // NaN crosses to JS as NaN

}  // namespace

#include "tabular_bindings.h"

namespace {

class TrainerHandle {
 public:
  TrainerHandle(const std::string& spec_json, const std::string& csv_text)
      : m_trainer(nn::parse_spec(spec_json), csv_text) {}

  // Returns 0 while training may go on, 1 once the loss or a weight stopped being finite
  // (weights of the last finite epoch kept), 2 once early stopping ended the run (weights of
  // the best epoch restored). After 1 or 2 further calls train nothing.
  int trainEpochs(int epochs) {
    return guarded([&] {
      if (epochs < 0 || epochs > 100000) throw std::invalid_argument("epochs must be from 0 to 100000");
      return int(m_trainer.train_epochs(epochs));
    });
  }

  // `steps` mini-batch updates without evaluating the metrics (see Trainer::train_steps).
  int trainSteps(int steps) {
    return guarded([&] {
      if (steps < 0 || steps > 10000000) throw std::invalid_argument("steps must be from 0 to 10000000");
      return int(m_trainer.train_steps(steps));
    });
  }

  val metrics() const {
    const nn::Metrics& m = m_trainer.metrics();
    val o = val::object();
    o.set("epoch", double(m.epoch));
    o.set("trainLoss", m.train_loss);
    o.set("testLoss", m.test_loss);
    o.set("penalty", m.penalty);
    o.set("trainAccuracy", finite_or_nan(m.train_accuracy));
    o.set("testAccuracy", finite_or_nan(m.test_accuracy));
    o.set("zeroWeights", double(m.zero_weights));
    o.set("diverged", m_trainer.status() == nn::Status::Diverged);
    o.set("earlyStopped", m_trainer.status() == nn::Status::EarlyStopped);
    o.set("status", std::string(nn::status_name(m_trainer.status())));
    o.set("bestEpoch", double(m.best_epoch));
    o.set("bestTestLoss", m.best_test_loss);
    o.set("learningRate", m.learning_rate);
    return o;
  }

  // Applies the fields of a spec that need no reset (optimizer kind, hyperparameters and schedule,
  // regularization, training: batch size, clipping, early stopping). The whole spec is
  // validated first; an invalid one changes nothing.
  void updateLive(const std::string& spec_json) {
    guarded([&] {
      const nn::ExperimentSpec s = nn::parse_spec(spec_json);
      // A new optimizer kind keeps the weights and starts with empty state.
      if (s.optimizer.kind != m_trainer.spec().optimizer.kind) m_trainer.set_optimizer(s.optimizer.kind, s.optimizer.params);
      else m_trainer.set_optimizer_params(s.optimizer.params);
      m_trainer.set_schedule(s.optimizer.schedule);
      m_trainer.set_regularization(s.regularization.kind, s.regularization.rate);
      m_trainer.set_training(s.training);
      return 0;
    });
  }

  std::string specJson() const { return nn::spec_to_json(m_trainer.spec()); }
  int outputs() const { return m_trainer.outputs(); }
  bool regression() const { return m_trainer.train_set().regression(); }
  int numClasses() const { return m_trainer.train_set().num_classes; }

  // Points as x1, x2 pairs; labels (classification) or values (regression) beside them.
  val trainPoints() const { return view(m_trainer.train_set().inputs); }
  val testPoints() const { return view(m_trainer.test_set().inputs); }
  val trainTargets() const { return targets(m_trainer.train_set()); }
  val testTargets() const { return targets(m_trainer.test_set()); }

  // outputs × n² predictions over [−6, 6]², row-major from the top-left cell.
  val grid(int n) {
    return guarded([&] { return view(m_trainer.evaluate_grid(n)); });
  }
  // neurons × n² activations of hidden layer `block` from the last grid() call.
  val hiddenGrid(int block) const {
    return guarded([&] {
      if (block < 0 || block >= int(m_trainer.spec().model.hidden.size()))
        throw std::invalid_argument("no hidden layer " + std::to_string(block));
      return view(m_trainer.grid_network().hidden_output(block));
    });
  }
  // features × n² inputs on the grid of the last grid() call (what each input node shows).
  val inputGrid() const { return view(m_trainer.grid_inputs()); }
  // Dense layer `block` (0 … hidden layers; the last is the output layer): W as out × in,
  // column-major (W[i + j·out] connects input j to neuron i), and b.
  val weights(int block) const {
    return guarded([&] { return view(dense(block).weights().data(), std::size_t(dense(block).weights().size())); });
  }
  val biases(int block) const {
    return guarded([&] { return view(dense(block).bias().data(), std::size_t(dense(block).bias().size())); });
  }
  val params() { return view(m_trainer.params().data(), std::size_t(m_trainer.params().size())); }
  // Batch norm's running means then variances, per hidden layer in order (empty without BN).
  val batchNormState() { return view(m_trainer.state().data(), std::size_t(m_trainer.state().size())); }
  // Raw input dimension: 2 for the playground's sets; trainPoints() has dims() rows per point.
  int dims() const { return m_trainer.dims(); }

  // Dropout mask of hidden layer `block` from the last training mini-batch: neurons × B
  // values, 1 kept / 0 dropped, sample j's mask at [j·neurons, (j+1)·neurons). Empty if the
  // layer has no dropout or no step ran yet.
  val dropoutMask(int block) const {
    return guarded([&] { return view(m_trainer.dropout_mask(block)); });
  }

  // The model as a JSON string: spec, architecture, weights, batch-norm statistics and (unless
  // false is passed) optimizer state and Rng position.
  std::string saveModel() { return saveModelWith(true); }
  std::string saveModelWith(bool with_optimizer_state) {
    return guarded([&] { return nn::save_model(m_trainer, with_optimizer_state); });
  }
  // Loads a model file made for the same architecture. Invalid or mismatched files throw an
  // Error naming the problem and change nothing.
  void loadModel(const std::string& json) {
    guarded([&] {
      nn::load_model(m_trainer, json);
      return 0;
    });
  }

  // --- page tools -------------------------------------------------------------------------
  // Step-by-step: forward and backward pass of the next mini-batch (no update yet); returns
  // the training-set indices of its points.
  val prepareBatch() {
    return guarded([&] {
      m_trainer.prepare_batch();
      const auto& idx = m_trainer.prepared_batch();
      m_batch.assign(idx.begin(), idx.end());
      return view(m_batch.data(), m_batch.size());
    });
  }
  // Applies the prepared mini-batch's update; returns the status as trainEpochs does.
  int applyBatch() { return guarded([&] { return int(m_trainer.apply_batch()); }); }
  bool batchPrepared() const { return m_trainer.batch_prepared(); }
  int batchPosition() const { return int(m_trainer.batch_position()); }
  // Sets W(to, from) of Dense block `block` (what a click on a link edits); metrics update.
  void setWeight(int block, int to, int from, double value) {
    guarded([&] { m_trainer.set_weight(block, to, from, value); return 0; });
  }
  // ∂L/∂W of Dense block `block` from the last training mini-batch, laid out like weights().
  val weightGrads(int block) const {
    return guarded([&] { return view(dense(block).weight_grads().data(), std::size_t(dense(block).weight_grads().size())); });
  }
  // Mean over the last mini-batch of ∂L/∂a for each neuron of hidden layer `block`.
  val neuronSignals(int block) {
    return guarded([&] {
      if (block < 0 || block >= int(m_trainer.spec().model.hidden.size()))
        throw std::invalid_argument("no hidden layer " + std::to_string(block));
      m_signals = nn::row_means(m_trainer.network().hidden_signal(block));
      return view(m_signals.data(), std::size_t(m_signals.size()));
    });
  }
  // classes × classes counts (row: true class, column: predicted) on the test set, or the
  // training set if `test` is false, from the last metric evaluation. Classification only.
  val confusion(bool test) {
    return guarded([&] {
      if (m_trainer.train_set().regression()) throw std::invalid_argument("a regression has no confusion matrix");
      const nn::Index first = test ? m_trainer.train_set().size() + m_trainer.validation_set().size() : 0;
      const auto& labels = test ? m_trainer.test_set().labels : m_trainer.train_set().labels;
      m_confusion = nn::confusion_matrix(m_trainer.eval_predictions(), first, labels, m_trainer.train_set().num_classes);
      return view(m_confusion.data(), m_confusion.size());
    });
  }
  // All seven input features (x1, x2, x1², x2², x1·x2, sin x1, sin x2) × n² on the grid of the
  // last grid() call, so the page can draw the features that are switched off too.
  val featureGrid() {
    return guarded([&] {
      using F = nn::Feature;
      nn::make_features(m_trainer.grid_points(), {F::X1, F::X2, F::X1Squared, F::X2Squared, F::X1X2, F::SinX1, F::SinX2}, m_features);
      return view(m_features);
    });
  }

 private:
  const nn::Dense& dense(int block) const {
    if (block < 0 || block >= m_trainer.network().dense_count())
      throw std::invalid_argument("no layer " + std::to_string(block));
    return m_trainer.network().dense(block);
  }
  static val targets(const nn::Dataset& d) {
    return d.regression() ? view(d.values.data(), d.values.size()) : view(d.labels.data(), d.labels.size());
  }
  nn::Trainer m_trainer;
  nn::Vector m_signals;
  std::vector<int> m_confusion;
  std::vector<int> m_batch;
  nn::Matrix m_features;
};

TrainerHandle* make_trainer(const std::string& spec_json) {
  return guarded([&] { return new TrainerHandle(spec_json, ""); });
}
// For data.source "csv": the page reads the file the user picked and passes its text.
TrainerHandle* make_trainer_csv(const std::string& spec_json, const std::string& csv_text) {
  return guarded([&] { return new TrainerHandle(spec_json, csv_text); });
}

// Validates a spec without building anything; returns its canonical JSON.
std::string normalize_spec(const std::string& spec_json) {
  return guarded([&] { return nn::spec_to_json(nn::parse_spec(spec_json)); });
}

}  // namespace

EMSCRIPTEN_BINDINGS(descent) {
  emscripten::class_<TrainerHandle>("Trainer")
      .constructor(&make_trainer, emscripten::allow_raw_pointers())
      .constructor(&make_trainer_csv, emscripten::allow_raw_pointers())
      .function("trainEpochs", &TrainerHandle::trainEpochs)
      .function("trainSteps", &TrainerHandle::trainSteps)
      .function("metrics", &TrainerHandle::metrics)
      .function("updateLive", &TrainerHandle::updateLive)
      .function("specJson", &TrainerHandle::specJson)
      .function("outputs", &TrainerHandle::outputs)
      .function("regression", &TrainerHandle::regression)
      .function("numClasses", &TrainerHandle::numClasses)
      .function("trainPoints", &TrainerHandle::trainPoints)
      .function("testPoints", &TrainerHandle::testPoints)
      .function("trainTargets", &TrainerHandle::trainTargets)
      .function("testTargets", &TrainerHandle::testTargets)
      .function("grid", &TrainerHandle::grid)
      .function("hiddenGrid", &TrainerHandle::hiddenGrid)
      .function("inputGrid", &TrainerHandle::inputGrid)
      .function("weights", &TrainerHandle::weights)
      .function("biases", &TrainerHandle::biases)
      .function("params", &TrainerHandle::params)
      .function("batchNormState", &TrainerHandle::batchNormState)
      .function("dims", &TrainerHandle::dims)
      .function("dropoutMask", &TrainerHandle::dropoutMask)
      .function("saveModel", &TrainerHandle::saveModel)
      .function("saveModel", &TrainerHandle::saveModelWith)
      .function("loadModel", &TrainerHandle::loadModel)
      .function("setWeight", &TrainerHandle::setWeight)
      .function("weightGrads", &TrainerHandle::weightGrads)
      .function("neuronSignals", &TrainerHandle::neuronSignals)
      .function("confusion", &TrainerHandle::confusion)
      .function("featureGrid", &TrainerHandle::featureGrid)
      .function("prepareBatch", &TrainerHandle::prepareBatch)
      .function("applyBatch", &TrainerHandle::applyBatch)
      .function("batchPrepared", &TrainerHandle::batchPrepared)
      .function("batchPosition", &TrainerHandle::batchPosition);
  emscripten::function("normalizeSpec", &normalize_spec);
  emscripten::class_<TableHandle>("Table")
      .constructor(&make_table, emscripten::allow_raw_pointers())
      .function("rows", &TableHandle::rows)
      .function("columns", &TableHandle::columns)
      .function("summaryJson", &TableHandle::summaryJson)
      .function("cell", &TableHandle::cell)
      .function("line", &TableHandle::line);
  emscripten::class_<TabularTrainerHandle>("TabularTrainer")
      .constructor(&make_tabular_trainer, emscripten::allow_raw_pointers())
      .function("trainEpochs", &TabularTrainerHandle::trainEpochs)
      .function("stopAtBest", &TabularTrainerHandle::stopAtBest)
      .function("metrics", &TabularTrainerHandle::metrics)
      .function("specJson", &TabularTrainerHandle::specJson)
      .function("numClasses", &TabularTrainerHandle::numClasses)
      .function("preparationJson", &TabularTrainerHandle::preparationJson)
      .function("testConfusion", &TabularTrainerHandle::testConfusion)
      .function("mostWrong", &TabularTrainerHandle::mostWrong)
      .function("probabilities", &TabularTrainerHandle::probabilities);
}

// ============================================================================================
// Optimizer lab (web/lab.html). Everything below belongs to the lab; the Trainer above is
// untouched. A Lab is one race (nn::Race) of the core's Optimizer<double> on one surface.
// Arrays come back as views that are valid until the next call into the module.
// ============================================================================================
#include "nn/quadratic.h"
#include "nn/race.h"
#include "nn/surface.h"

namespace {

double field_or(const val& o, const char* name, double fallback) {
  const val v = o[name];
  return v.isUndefined() || v.isNull() ? fallback : v.as<double>();
}

class LabHandle {
 public:
  explicit LabHandle(double seed) : m_race(nn::Surface(), seed_of(seed)) {}

  // a, b and the angle (degrees) matter only for the quadratic. Moves the start point to the
  // surface's default start and resets.
  void setSurface(const std::string& name, double a, double b, double angle_degrees) {
    guarded([&] {
      const nn::QuadraticParams q{a, b, angle_degrees * 3.14159265358979323846 / 180};
      m_race.set_surface(nn::Surface(nn::parse_surface(name), q));
      return 0;
    });
  }

  val surface() const {
    const nn::Surface& s = m_race.surface();
    const nn::Bounds b = s.bounds();
    val o = val::object();
    o.set("name", std::string(nn::surface_name(s.kind())));
    o.set("xMin", b.x_min);
    o.set("xMax", b.x_max);
    o.set("yMin", b.y_min);
    o.set("yMax", b.y_max);
    o.set("bounded", s.bounded());
    o.set("reference", s.reference());
    o.set("minX", s.reference_point()[0]);
    o.set("minY", s.reference_point()[1]);
    o.set("startX", s.default_start()[0]);
    o.set("startY", s.default_start()[1]);
    return o;
  }

  // A racer of one of the core's optimizers (sgd, momentum, nesterov, adagrad, rmsprop, adam,
  // adamw); params as in setParams. Returns its index.
  int addRacer(const std::string& kind, const val& params) {
    return guarded([&] { return int(m_race.add(nn::parse_optimizer(kind), merged({}, params))); });
  }
  int racerCount() const { return int(m_race.size()); }
  std::string kind(int i) const {
    return guarded([&] { return std::string(nn::optimizer_name(m_race.racer(index(i)).kind)); });
  }
  // Replaces racer i's optimizer (e.g. momentum ↔ nesterov); the race restarts.
  void setKind(int i, const std::string& kind) {
    guarded([&] {
      m_race.set_kind(index(i), nn::parse_optimizer(kind));
      return 0;
    });
  }
  // {learningRate, momentum, rho, beta1, beta2, epsilon, weightDecay}; missing fields keep
  // their value. Live: effective from the next step (call replay() to redraw the whole path).
  void setParams(int i, const val& params) {
    guarded([&] {
      const nn::OptimizerParams p = merged(m_race.params(index(i)), params);
      if (!(p.learning_rate > 0 && p.learning_rate <= 100)) throw std::invalid_argument("learningRate must be in (0, 100]");
      for (double v : {p.momentum, p.rho, p.beta1, p.beta2})
        if (!(v >= 0 && v < 1)) throw std::invalid_argument("momentum, rho, beta1 and beta2 must be in [0, 1)");
      if (!(p.epsilon > 0)) throw std::invalid_argument("epsilon must be positive");
      m_race.set_params(index(i), p);
      return 0;
    });
  }
  val params(int i) const {
    return guarded([&] {
      const nn::OptimizerParams& p = m_race.params(index(i));
      val o = val::object();
      o.set("learningRate", p.learning_rate);
      o.set("momentum", p.momentum);
      o.set("rho", p.rho);
      o.set("beta1", p.beta1);
      o.set("beta2", p.beta2);
      o.set("epsilon", p.epsilon);
      o.set("weightDecay", p.weight_decay);
      return o;
    });
  }

  void setStart(double x, double y) {
    guarded([&] {
      m_race.set_start(x, y);
      return 0;
    });
  }
  val start() const {
    val o = val::object();
    o.set("x", m_race.start()[0]);
    o.set("y", m_race.start()[1]);
    return o;
  }
  void setNoise(double sigma) {
    guarded([&] {
      m_race.set_noise(sigma);
      return 0;
    });
  }
  void setSeed(double seed) { m_race.set_seed(seed_of(seed)); }
  void reset() { m_race.reset(); }
  void step(int n) {
    guarded([&] {
      m_race.step(n);
      return 0;
    });
  }
  void replay() { m_race.replay(); }
  double iteration() const { return double(m_race.iteration()); }
  double maxIterations() const { return double(nn::Race::kMaxIterations); }

  // The racer's head: point, loss (f − reference), last gradient and step, velocity and
  // per-coordinate scale (see race.h).
  val head(int i) {
    return guarded([&] {
      const std::size_t k = index(i);
      const nn::Racer& r = m_race.racer(k);
      const auto v = m_race.velocity(k), sc = m_race.scale(k);
      val o = val::object();
      o.set("x", r.w[0]);
      o.set("y", r.w[1]);
      o.set("loss", r.losses.back());
      o.set("gradX", r.gradient[0]);
      o.set("gradY", r.gradient[1]);
      o.set("stepX", r.step[0]);
      o.set("stepY", r.step[1]);
      o.set("velocityX", v[0]);
      o.set("velocityY", v[1]);
      o.set("scaleX", sc[0]);
      o.set("scaleY", sc[1]);
      o.set("iterations", double(r.iterations()));
      o.set("diverged", r.diverged);
      return o;
    });
  }
  // Float64Array x0, y0, x1, y1, … (iterations + 1 points).
  val path(int i) const {
    return guarded([&] { return view(m_race.racer(index(i)).path.data(), m_race.racer(index(i)).path.size()); });
  }
  // Float64Array of f − reference per iterate.
  val losses(int i) const {
    return guarded([&] { return view(m_race.racer(index(i)).losses.data(), m_race.racer(index(i)).losses.size()); });
  }
  // Float64Array of |w_k − w_{k−1}| per step.
  val stepLengths(int i) const {
    return guarded([&] {
      const auto& s = m_race.racer(index(i)).step_lengths;
      return view(s.data(), s.size());
    });
  }
  // Quadratic only: Float64Array of the error along u and v per iterate (pairs).
  val eigenErrors(int i) {
    return guarded([&] {
      const auto& e = m_race.eigen_errors(index(i));
      return view(e.data(), e.size());
    });
  }

  // The surface on an n×n grid: {n, values: Float64Array (f − reference, row-major from the
  // top-left), levels: Float64Array, shade: Float32Array in [−1, 1], segments: Float32Array of
  // x1, y1, x2, y2, level index}.
  val contour(int n, int levels_per_side) {
    return guarded([&] {
      m_contour = nn::contour_map(m_race.surface(), n, levels_per_side);
      val o = val::object();
      o.set("n", m_contour.n);
      o.set("values", view(m_contour.values.data(), m_contour.values.size()));
      o.set("levels", view(m_contour.levels.data(), m_contour.levels.size()));
      o.set("shade", view(m_contour.shade.data(), m_contour.shade.size()));
      o.set("segments", view(m_contour.segments.data(), m_contour.segments.size()));
      return o;
    });
  }

  // The quadratic's theory (throws on another surface).
  val quadratic() const {
    return guarded([&] {
      const nn::QuadraticAnalysis a = analyze_quadratic(quadratic_params());
      val o = val::object();
      o.set("lambda1", a.lambda1);
      o.set("lambda2", a.lambda2);
      o.set("kappa", a.kappa);
      o.set("gdStep", a.gd_step);
      o.set("gdRate", a.gd_rate);
      o.set("momentumAlpha", a.momentum_alpha);
      o.set("momentumBeta", a.momentum_beta);
      o.set("momentumRate", a.momentum_rate);
      o.set("ux", a.u[0]);
      o.set("uy", a.u[1]);
      o.set("vx", a.v[0]);
      o.set("vy", a.v[1]);
      return o;
    });
  }
  // Heavy-ball convergence factor per step at (α, β) on the current quadratic.
  double momentumRate(double alpha, double beta) const {
    return guarded([&] {
      const nn::QuadraticAnalysis a = analyze_quadratic(quadratic_params());
      return nn::momentum_rate(alpha, beta, a.lambda1, a.lambda2);
    });
  }
  // Float32Array nBeta × nAlpha of momentumRate at cell centres (see quadratic.h).
  val rateMap(int n_alpha, int n_beta, double alpha_max) {
    return guarded([&] {
      m_rate_map = nn::momentum_rate_map(quadratic_params(), n_alpha, n_beta, alpha_max);
      return view(m_rate_map.data(), m_rate_map.size());
    });
  }

 private:
  static uint64_t seed_of(double seed) { return seed >= 0 && seed < 9e15 ? uint64_t(seed) : 1; }
  std::size_t index(int i) const {
    if (i < 0 || i >= int(m_race.size())) throw std::invalid_argument("no racer " + std::to_string(i));
    return std::size_t(i);
  }
  const nn::QuadraticParams& quadratic_params() const {
    if (m_race.surface().kind() != nn::SurfaceKind::Quadratic)
      throw std::logic_error("the surface is not the quadratic");
    return m_race.surface().quadratic();
  }
  static nn::OptimizerParams merged(nn::OptimizerParams p, const val& o) {
    if (o.isUndefined() || o.isNull()) return p;
    p.learning_rate = field_or(o, "learningRate", p.learning_rate);
    p.momentum = field_or(o, "momentum", p.momentum);
    p.rho = field_or(o, "rho", p.rho);
    p.beta1 = field_or(o, "beta1", p.beta1);
    p.beta2 = field_or(o, "beta2", p.beta2);
    p.epsilon = field_or(o, "epsilon", p.epsilon);
    p.weight_decay = field_or(o, "weightDecay", p.weight_decay);
    return p;
  }
  nn::Race m_race;
  nn::ContourMap m_contour;
  std::vector<float> m_rate_map;
};

val lab_surfaces() {
  val a = val::array();
  for (nn::SurfaceKind k : nn::all_surfaces()) a.call<void>("push", std::string(nn::surface_name(k)));
  return a;
}

}  // namespace

EMSCRIPTEN_BINDINGS(descent_lab) {
  emscripten::class_<LabHandle>("Lab")
      .constructor<double>()
      .function("setSurface", &LabHandle::setSurface)
      .function("surface", &LabHandle::surface)
      .function("addRacer", &LabHandle::addRacer)
      .function("racerCount", &LabHandle::racerCount)
      .function("kind", &LabHandle::kind)
      .function("setKind", &LabHandle::setKind)
      .function("setParams", &LabHandle::setParams)
      .function("params", &LabHandle::params)
      .function("setStart", &LabHandle::setStart)
      .function("start", &LabHandle::start)
      .function("setNoise", &LabHandle::setNoise)
      .function("setSeed", &LabHandle::setSeed)
      .function("reset", &LabHandle::reset)
      .function("step", &LabHandle::step)
      .function("replay", &LabHandle::replay)
      .function("iteration", &LabHandle::iteration)
      .function("maxIterations", &LabHandle::maxIterations)
      .function("head", &LabHandle::head)
      .function("path", &LabHandle::path)
      .function("losses", &LabHandle::losses)
      .function("stepLengths", &LabHandle::stepLengths)
      .function("eigenErrors", &LabHandle::eigenErrors)
      .function("contour", &LabHandle::contour)
      .function("quadratic", &LabHandle::quadratic)
      .function("momentumRate", &LabHandle::momentumRate)
      .function("rateMap", &LabHandle::rateMap);
  emscripten::function("labSurfaces", &lab_surfaces);
}
