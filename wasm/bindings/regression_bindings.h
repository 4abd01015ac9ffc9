// The linear-regression page's handle: a RegressionSession (regression_session.h) behind
// numbers, plain objects and typed-array views (`guarded` and `view` from guarded.h);
// registered in embind.cpp by register_regression().
#pragma once
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>

#include "export_bindings.h"
#include "guarded.h"
#include "nn/regression_catalog.h"
#include "nn/regression_session.h"

namespace {

using bindings::guarded;
using bindings::view;
using emscripten::val;

class RegressionHandle {
 public:
  // A bad spec or data becomes a JS Error with the core's message (the field it names).
  RegressionHandle(const std::string& spec_json, const std::string& csv_text) {
    guarded([&] {
      m_owned = std::make_unique<nn::RegressionSession>(nn::parse_spec(spec_json), csv_text);
      return 0;
    });
  }

  // 0 ok, 1 diverged (the loss ran away; the page says the learning rate is too large).
  int step(int iterations) {
    return guarded([&] {
      if (iterations < 0 || iterations > 1000000) throw std::invalid_argument("iterations must be from 0 to 1000000");
      return int(m_owned->step(iterations));
    });
  }
  void setStart(double w, double b) {
    guarded([&] {
      m_owned->set_start(w, b);
      return 0;
    });
  }
  void reset() {
    guarded([&] {
      m_owned->reset();
      return 0;
    });
  }
  // The experiment as a PyTorch script from the current weights (export_bindings.h).
  std::string exportTorch(int epochs) { return bindings::export_torch_script(m_owned->trainer(), epochs); }
  // Optimizer kind and hyperparameters, batch size: applied from the next update, no reset.
  void updateLive(const std::string& spec_json) {
    guarded([&] {
      const nn::ExperimentSpec s = nn::parse_spec(spec_json);
      nn::Trainer& t = m_owned->trainer();
      if (s.optimizer.kind != t.spec().optimizer.kind) t.set_optimizer(s.optimizer.kind, s.optimizer.params);
      else t.set_optimizer_params(s.optimizer.params);
      t.set_training(s.training);
      return 0;
    });
  }

  // Everything the page writes as numbers, after the last step.
  val state() {
    const nn::LeastSquares& ls = m_owned->solution();
    const nn::Curvature& c = m_owned->curvature();
    const auto g = m_owned->gradient();
    nn::Trainer& t = m_owned->trainer();
    val o = val::object();
    o.set("iteration", double(m_owned->iterations()));
    o.set("status", std::string(nn::status_name(m_owned->status())));
    o.set("loss", m_owned->loss());
    o.set("w", m_owned->weights()[0]);
    o.set("b", m_owned->bias());
    o.set("gradW", g[0]);
    o.set("gradB", g[1]);
    o.set("gap", m_owned->gap());
    o.set("bestLoss", ls.loss);
    o.set("wStar", ls.weights[0]);
    o.set("bStar", ls.bias);
    o.set("rank", ls.rank);
    o.set("lambdaMax", c.lambda_max);
    o.set("lambdaMin", c.lambda_min);
    o.set("stableRate", c.stable_rate());
    o.set("inputs", m_owned->inputs());
    o.set("points", double(t.train_set().size()));
    o.set("learningRate", t.optimizer().params.learning_rate);
    o.set("batchSize", t.spec().training.batch_size);
    o.set("optimizer", std::string(nn::optimizer_name(t.optimizer().kind())));
    o.set("targetMean", t.target_mean());
    o.set("targetScale", t.target_scale());
    o.set("inputMean", double(t.input_mean()(0)));
    o.set("inputScale", double(t.input_scale()(0)));
    return o;
  }

  // The last update written out (see RegressionUpdate): numbers and the optimizer's state.
  val update() const {
    const nn::RegressionUpdate& u = m_owned->last_update();
    val o = val::object();
    o.set("t", double(u.t));
    o.set("batch", u.batch);
    o.set("rate", u.rate);
    o.set("sumW", u.sum_w);
    o.set("sumB", u.sum_b);
    o.set("gradW", u.grad_w);
    o.set("gradB", u.grad_b);
    o.set("wBefore", u.w_before);
    o.set("bBefore", u.b_before);
    o.set("wAfter", u.w_after);
    o.set("bAfter", u.b_after);
    val state = val::object();
    for (std::size_t k = 0; k < u.state_names.size(); ++k) {
      val pair = val::array();
      pair.call<void>("push", u.state_w[k]);
      pair.call<void>("push", u.state_b[k]);
      state.set(u.state_names[k], pair);
    }
    o.set("state", state);
    return o;
  }

  // Current weights and the exact ones (Float64Array views, one per input).
  val weights() {
    m_weights = m_owned->weights();
    return view(m_weights.data(), m_weights.size());
  }
  val solutionWeights() const { return view(m_owned->solution().weights.data(), m_owned->solution().weights.size()); }

  // (w₁, b) pairs, the loss at each, and their iteration numbers.
  val path() const { return view(m_owned->path().data(), m_owned->path().size()); }
  val pathLosses() const { return view(m_owned->path_losses().data(), m_owned->path_losses().size()); }
  val pathIterations() const { return view(m_owned->path_iterations().data(), m_owned->path_iterations().size()); }

  // The training points as the model sees them: inputs (inputs × n, column-major, Float32Array),
  // targets (n) and the current predictions (n).
  val inputs() const { return view(m_owned->trainer().train_inputs()); }
  val targets() const { return view(m_owned->trainer().train_targets()); }
  val predictions() {
    const nn::Vector& p = m_owned->predictions();
    return view(p.data(), std::size_t(p.size()));
  }

  val defaultWindow() const { return bounds(m_owned->default_window()); }
  // L − L* over the window as {n, values, shade, levels, segments} (views valid until the next call).
  val surface(double w_min, double w_max, double b_min, double b_max, int n, int levels) {
    return guarded([&] {
      m_map = m_owned->surface({w_min, w_max, b_min, b_max}, n, levels);
      val o = val::object();
      o.set("n", m_map.n);
      o.set("bounds", bounds(m_map.bounds));
      o.set("values", view(m_map.values.data(), m_map.values.size()));
      o.set("shade", view(m_map.shade.data(), m_map.shade.size()));
      o.set("levels", view(m_map.levels.data(), m_map.levels.size()));
      o.set("segments", view(m_map.segments.data(), m_map.segments.size()));
      return o;
    });
  }

 private:
  static val bounds(const nn::Bounds& b) {
    val o = val::object();
    o.set("wMin", b.x_min);
    o.set("wMax", b.x_max);
    o.set("bMin", b.y_min);
    o.set("bMax", b.y_max);
    return o;
  }

  std::unique_ptr<nn::RegressionSession> m_owned;
  std::vector<double> m_weights;
  nn::ContourMap m_map;
};

void register_regression() {
  emscripten::class_<RegressionHandle>("Regression")
      .constructor<std::string, std::string>()
      .function("step", &RegressionHandle::step)
      .function("setStart", &RegressionHandle::setStart)
      .function("reset", &RegressionHandle::reset)
      .function("updateLive", &RegressionHandle::updateLive)
      .function("exportTorch", &RegressionHandle::exportTorch)
      .function("state", &RegressionHandle::state)
      .function("update", &RegressionHandle::update)
      .function("weights", &RegressionHandle::weights)
      .function("solutionWeights", &RegressionHandle::solutionWeights)
      .function("path", &RegressionHandle::path)
      .function("pathLosses", &RegressionHandle::pathLosses)
      .function("pathIterations", &RegressionHandle::pathIterations)
      .function("inputs", &RegressionHandle::inputs)
      .function("targets", &RegressionHandle::targets)
      .function("predictions", &RegressionHandle::predictions)
      .function("defaultWindow", &RegressionHandle::defaultWindow)
      .function("surface", &RegressionHandle::surface);
  emscripten::function("regressionCatalog", &nn::regression_catalog_json);
}

}  // namespace
