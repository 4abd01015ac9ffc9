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

#include "nn/features.h"
#include "nn/inspect.h"
#include "nn/model_file.h"
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

  // Returns 0 while training may go on, 1 once the loss or a weight stopped being finite, 2
  // once early stopping stopped it (weights restored to the best epoch).
  int trainEpochs(int epochs) {
    return guarded([&] {
      if (epochs < 0 || epochs > 100000) throw std::invalid_argument("epochs must be from 0 to 100000");
      return int(m_trainer.train_epochs(epochs));
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
    o.set("bestEpoch", double(m.best_epoch));
    o.set("bestTestLoss", m.best_test_loss);
    o.set("learningRate", m.learning_rate);
    return o;
  }

  // Applies the fields of a spec that need no reset: optimizer kind (a new kind starts with
  // empty state) and hyperparameters, regularization. The whole spec is validated first; an
  // invalid one changes nothing.
  void updateLive(const std::string& spec_json) {
    guarded([&] {
      const nn::ExperimentSpec s = nn::parse_spec(spec_json);
      if (s.optimizer.kind != m_trainer.spec().optimizer.kind) m_trainer.set_optimizer(s.optimizer.kind, s.optimizer.params);
      else m_trainer.set_optimizer_params(s.optimizer.params);
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
  // The model file (spec, weights, batch-norm statistics, optimizer state, Rng) as JSON.
  std::string saveModel(bool with_optimizer_state) {
    return guarded([&] { return nn::save_model(m_trainer, with_optimizer_state); });
  }
  // Loads a model file made for this trainer's architecture; a bad file changes nothing.
  void loadModel(const std::string& json) {
    guarded([&] { nn::load_model(m_trainer, json); return 0; });
  }
  // Dropout mask (neurons × batch, 1 = kept) of hidden layer `block` in the last mini-batch;
  // empty without dropout.
  val dropoutMask(int block) const {
    return guarded([&] { return view(m_trainer.dropout_mask(block)); });
  }
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
      const nn::Index first = test ? m_trainer.train_set().size() : 0;
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
      .function("setWeight", &TrainerHandle::setWeight)
      .function("weightGrads", &TrainerHandle::weightGrads)
      .function("neuronSignals", &TrainerHandle::neuronSignals)
      .function("confusion", &TrainerHandle::confusion)
      .function("featureGrid", &TrainerHandle::featureGrid)
      .function("saveModel", &TrainerHandle::saveModel)
      .function("loadModel", &TrainerHandle::loadModel)
      .function("dropoutMask", &TrainerHandle::dropoutMask)
      .function("prepareBatch", &TrainerHandle::prepareBatch)
      .function("applyBatch", &TrainerHandle::applyBatch)
      .function("batchPrepared", &TrainerHandle::batchPrepared)
      .function("batchPosition", &TrainerHandle::batchPosition);
  emscripten::function("normalizeSpec", &normalize_spec);
}
