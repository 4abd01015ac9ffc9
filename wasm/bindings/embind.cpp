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

class TrainerHandle {
 public:
  explicit TrainerHandle(const std::string& spec_json) : m_trainer(nn::parse_spec(spec_json)) {}

  // Returns 0 while training is healthy, 1 once the loss or a weight stopped being finite.
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
    return o;
  }

  // Applies the fields of a spec that need no reset (optimizer hyperparameters,
  // regularization). The whole spec is validated first; an invalid one changes nothing.
  void updateLive(const std::string& spec_json) {
    guarded([&] {
      const nn::ExperimentSpec s = nn::parse_spec(spec_json);
      m_trainer.set_optimizer_params(s.optimizer.params);
      m_trainer.set_regularization(s.regularization.kind, s.regularization.rate);
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
};

TrainerHandle* make_trainer(const std::string& spec_json) {
  return guarded([&] { return new TrainerHandle(spec_json); });
}

// Validates a spec without building anything; returns its canonical JSON.
std::string normalize_spec(const std::string& spec_json) {
  return guarded([&] { return nn::spec_to_json(nn::parse_spec(spec_json)); });
}

}  // namespace

EMSCRIPTEN_BINDINGS(descent) {
  emscripten::class_<TrainerHandle>("Trainer")
      .constructor(&make_trainer, emscripten::allow_raw_pointers())
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
      .function("params", &TrainerHandle::params);
  emscripten::function("normalizeSpec", &normalize_spec);
}
