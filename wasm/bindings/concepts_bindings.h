// The concepts page's entry points (web/concepts.html): activation curves, the softmax
// breakdown and the backpropagation walkthrough (nn/concepts.h). Arrays are views into the
// core's own buffers and caches, valid until the next call into the module.
// Included by embind.cpp, which calls register_concepts() inside its EMSCRIPTEN_BINDINGS.
#pragma once
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>
#include <vector>

#include "nn/concepts.h"
// guarded (C++ exception → JS Error with the core's message) and view (typed-array view of a
// buffer): from the bindings' shared guarded.h once the handles are split into their own
// files, until then from embind.cpp, which includes this file after defining them.
#if __has_include("guarded.h")
#include "guarded.h"
#define CONCEPTS_SHARED_GUARDED 1
#endif

namespace concepts_bindings {

using emscripten::val;
#ifdef CONCEPTS_SHARED_GUARDED
using bindings::guarded;
using bindings::view;
#endif

inline val double_array(const std::vector<double>& v) {
  val a = val::array();
  for (double x : v) a.call<void>("push", x);
  return a;
}

inline std::vector<double> numbers_of(const val& array, const char* what) {
  if (!val::global("Array").call<bool>("isArray", array)) throw std::invalid_argument(std::string(what) + " must be an array of numbers");
  const int n = array["length"].as<int>();
  if (n > 64) throw std::invalid_argument(std::string(what) + " has too many values");
  std::vector<double> out;
  for (int i = 0; i < n; ++i) out.push_back(array[i].as<double>());
  return out;
}

// Names of concept_activations() in order, plus the ranges the page's controls use.
inline val concepts_catalog() {
  val o = val::object();
  val names = val::array();
  for (nn::Activation f : nn::concept_activations()) names.call<void>("push", std::string(nn::activation_name(f)));
  o.set("activations", names);
  o.set("minLogits", nn::kMinLogits);
  o.set("maxLogits", nn::kMaxLogits);
  o.set("logitLimit", nn::kLogitLimit);
  o.set("minTemperature", nn::kMinTemperature);
  o.set("maxTemperature", nn::kMaxTemperature);
  o.set("maxInputs", nn::kMaxWalkInputs);
  o.set("maxHidden", nn::kMaxWalkHidden);
  o.set("maxOutputs", nn::kMaxWalkOutputs);
  o.set("finiteStep", nn::Walkthrough::kFiniteStep);
  o.set("maxCurvePoints", nn::kMaxCurvePoints);
  return o;
}

// Holds the last curves so that the views stay valid until the next call.
class ConceptCurvesHandle {
 public:
  // {n, x: Float32Array(n), values: Float32Array(activations × n), slopes: same}
  val compute(double x_min, double x_max, int n) {
    return guarded([&] {
      m_curves = nn::activation_curves(x_min, x_max, n);
      val o = val::object();
      o.set("n", m_curves.n);
      o.set("x", view(m_curves.x.data(), m_curves.x.size()));
      o.set("values", view(m_curves.values.data(), m_curves.values.size()));
      o.set("slopes", view(m_curves.slopes.data(), m_curves.slopes.size()));
      return o;
    });
  }

 private:
  nn::ActivationCurves m_curves;
};

// Plain object of small arrays (at most six numbers each).
inline val softmax_breakdown(const val& logits, int target, double temperature) {
  return guarded([&] {
    const nn::SoftmaxBreakdown s = nn::softmax_breakdown(numbers_of(logits, "logits"), target, temperature);
    val o = val::object();
    o.set("logits", double_array(s.logits));
    o.set("temperature", s.temperature);
    o.set("scaled", double_array(s.scaled));
    o.set("max", s.max);
    o.set("exps", double_array(s.exps));
    o.set("sum", s.sum);
    o.set("probs", double_array(s.probs));
    o.set("target", s.target);
    o.set("loss", s.loss);
    o.set("grad", double_array(s.grad));
    o.set("gradLogits", double_array(s.grad_logits));
    return o;
  });
}

class WalkthroughHandle {
 public:
  WalkthroughHandle(int inputs, int hidden, int outputs, const std::string& activation)
      : m_walk(shape_of(inputs, hidden, outputs, activation)) {}

  val shape() const {
    val o = val::object();
    o.set("inputs", m_walk.shape().inputs);
    o.set("hidden", m_walk.shape().hidden);
    o.set("outputs", m_walk.shape().outputs);
    o.set("activation", std::string(nn::activation_name(m_walk.shape().activation)));
    o.set("output", m_walk.shape().outputs == 1 ? std::string("sigmoid") : std::string("softmax"));
    return o;
  }
  // [{op, layer, neuron}] of one round.
  val steps() const {
    val a = val::array();
    for (const nn::WalkStep& s : m_walk.steps()) {
      val o = val::object();
      o.set("op", std::string(nn::walk_op_name(s.op)));
      o.set("layer", s.layer);
      o.set("neuron", s.neuron);
      a.call<void>("push", o);
    }
    return a;
  }
  int cursor() const { return m_walk.cursor(); }
  int rounds() const { return m_walk.rounds(); }
  void step() { m_walk.step(); }
  void restart() { m_walk.restart(); }
  void setExample(const val& x, int target) {
    guarded([&] {
      m_walk.set_example(numbers_of(x, "the example"), target);
      return 0;
    });
  }
  val example() const {
    val o = val::object();
    o.set("x", view(m_walk.input()));
    o.set("target", m_walk.target());
    o.set("y", view(m_walk.target_vector()));
    return o;
  }
  void setLearningRate(double alpha) {
    guarded([&] {
      m_walk.set_learning_rate(alpha);
      return 0;
    });
  }
  double learningRate() const { return m_walk.learning_rate(); }
  void useDefaultParams() { m_walk.use_default_params(); }
  void randomize(double seed) { m_walk.randomize(seed >= 0 && seed < 9e15 ? uint64_t(seed) : 1); }
  void setParam(int i, double value) {
    guarded([&] {
      m_walk.set_param(i, value);
      return 0;
    });
  }

  // Flat buffers: per Dense block W (out × in, column-major: W[i + j·out] links input j to
  // neuron i) then b. weightOffset/biasOffset locate each block.
  val params() const { return view(m_walk.params().data(), m_walk.params().size()); }
  val grads() const { return view(m_walk.grads().data(), m_walk.grads().size()); }
  val updatedParams() const { return view(m_walk.updated_params().data(), m_walk.updated_params().size()); }
  val finiteDifferences() const { return view(m_walk.finite_differences().data(), m_walk.finite_differences().size()); }
  val lossPlus() const { return view(m_walk.loss_plus().data(), m_walk.loss_plus().size()); }
  val lossMinus() const { return view(m_walk.loss_minus().data(), m_walk.loss_minus().size()); }
  int weightOffset(int block) const { return guarded([&] { return int(m_walk.weight_offset(checked_block(block))); }); }
  int biasOffset(int block) const { return guarded([&] { return int(m_walk.bias_offset(checked_block(block))); }); }

  // Layer caches (layer 0 inputs, 1 hidden, 2 output).
  val z(int layer) const { return guarded([&] { return view(m_walk.z(layer)); }); }
  val a(int layer) const { return guarded([&] { return view(m_walk.a(layer)); }); }
  val delta(int layer) const {
    return guarded([&] {
      if (layer < 1 || layer > 2) throw std::invalid_argument("δ exists for layers 1 and 2");
      return view(m_walk.delta(layer), std::size_t(m_walk.z(layer).rows()));
    });
  }
  val hiddenSlope() const { return view(m_walk.hidden_slope()); }
  val hiddenSignal() const { return view(m_walk.hidden_signal()); }
  val forwardTerms(int block) const { return guarded([&] { return view(m_walk.forward_terms(checked_block(block))); }); }
  val backwardTerms(int block) const { return guarded([&] { return view(m_walk.backward_terms(checked_block(block))); }); }
  double loss() const { return m_walk.loss(); }
  double lossAfterUpdate() const { return m_walk.loss_after_update(); }

 private:
  static nn::WalkthroughShape shape_of(int inputs, int hidden, int outputs, const std::string& activation) {
    return guarded([&] { return nn::WalkthroughShape{inputs, hidden, outputs, nn::parse_activation(activation)}; });
  }
  static int checked_block(int block) {
    if (block < 0 || block > 1) throw std::invalid_argument("no layer " + std::to_string(block));
    return block;
  }
  nn::Walkthrough m_walk;
};

inline WalkthroughHandle* make_walkthrough(int inputs, int hidden, int outputs, const std::string& activation) {
  return guarded([&] { return new WalkthroughHandle(inputs, hidden, outputs, activation); });
}

inline void register_concepts() {
  using emscripten::class_;
  emscripten::function("conceptsCatalog", &concepts_catalog);
  emscripten::function("softmaxBreakdown", &softmax_breakdown);
  class_<ConceptCurvesHandle>("ActivationCurves").constructor<>().function("compute", &ConceptCurvesHandle::compute);
  class_<WalkthroughHandle>("Walkthrough")
      .constructor(&make_walkthrough, emscripten::allow_raw_pointers())
      .function("shape", &WalkthroughHandle::shape)
      .function("steps", &WalkthroughHandle::steps)
      .function("cursor", &WalkthroughHandle::cursor)
      .function("rounds", &WalkthroughHandle::rounds)
      .function("step", &WalkthroughHandle::step)
      .function("restart", &WalkthroughHandle::restart)
      .function("setExample", &WalkthroughHandle::setExample)
      .function("example", &WalkthroughHandle::example)
      .function("setLearningRate", &WalkthroughHandle::setLearningRate)
      .function("learningRate", &WalkthroughHandle::learningRate)
      .function("useDefaultParams", &WalkthroughHandle::useDefaultParams)
      .function("randomize", &WalkthroughHandle::randomize)
      .function("setParam", &WalkthroughHandle::setParam)
      .function("params", &WalkthroughHandle::params)
      .function("grads", &WalkthroughHandle::grads)
      .function("updatedParams", &WalkthroughHandle::updatedParams)
      .function("finiteDifferences", &WalkthroughHandle::finiteDifferences)
      .function("lossPlus", &WalkthroughHandle::lossPlus)
      .function("lossMinus", &WalkthroughHandle::lossMinus)
      .function("weightOffset", &WalkthroughHandle::weightOffset)
      .function("biasOffset", &WalkthroughHandle::biasOffset)
      .function("z", &WalkthroughHandle::z)
      .function("a", &WalkthroughHandle::a)
      .function("delta", &WalkthroughHandle::delta)
      .function("hiddenSlope", &WalkthroughHandle::hiddenSlope)
      .function("hiddenSignal", &WalkthroughHandle::hiddenSignal)
      .function("forwardTerms", &WalkthroughHandle::forwardTerms)
      .function("backwardTerms", &WalkthroughHandle::backwardTerms)
      .function("loss", &WalkthroughHandle::loss)
      .function("lossAfterUpdate", &WalkthroughHandle::lossAfterUpdate);
}

}  // namespace concepts_bindings
