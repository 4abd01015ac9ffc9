// The page's handle on one training run (JS class `Trainer`): an nn::Trainer plus the
// buffers whose views it hands out. Takes numbers and strings, returns value objects
// (Metrics), enums (Status, SpecChange) and typed-array views; no Eigen type crosses.
// Every method that can fail throws a JS Error with the core's message and changes nothing.
#pragma once
#include <emscripten/val.h>

#include <memory>
#include <string>
#include <vector>

#include "nn/trainer.h"
#include "run_log.h"

namespace bindings {

class TrainerHandle {
 public:
  // csv_text is the data for data.source "csv" (the page reads the file the user picked).
  TrainerHandle(const std::string& spec_json, const std::string& csv_text);

  // Ok while training may go on; Diverged once the loss or a weight stopped being finite
  // (weights of the last finite epoch kept); EarlyStopped once early stopping ended the run
  // (weights of the best epoch restored). After either, further calls train nothing.
  nn::Status trainEpochs(int epochs);
  // `steps` mini-batch updates without evaluating the metrics (see Trainer::train_steps).
  nn::Status trainSteps(int steps);
  nn::Metrics metrics() const { return m_trainer->metrics(); }
  // The last trained epoch's metrics, before early stopping restored the best weights.
  nn::Metrics lastEpochMetrics() const { return m_trainer->last_epoch_metrics(); }

  // Applies a whole spec: in place (Live) when only the optimizer, its schedule, the
  // regularization or training settings changed, else a new trainer (Rebuilt: new data,
  // network and metrics from epoch 0). An invalid spec throws and changes nothing.
  nn::SpecChange applySpec(const std::string& spec_json);
  std::string specJson() const;
  int outputs() const { return m_trainer->outputs(); }
  bool regression() const { return m_trainer->train_set().regression(); }
  int numClasses() const { return m_trainer->train_set().num_classes; }
  // Raw input dimension: 2 for the playground's sets; trainPoints() has dims() rows per point.
  int dims() const { return m_trainer->dims(); }

  // Points as x1, x2 pairs; labels (classification) or values (regression) beside them.
  emscripten::val trainPoints() const;
  emscripten::val testPoints() const;
  emscripten::val trainTargets() const;
  emscripten::val testTargets() const;

  // outputs × n² predictions over [−6, 6]², row-major from the top-left cell.
  emscripten::val grid(int n);
  // neurons × n² activations of hidden layer `block` from the last grid() call.
  emscripten::val hiddenGrid(int block) const;
  // features × n² inputs on the grid of the last grid() call (what each input node shows).
  emscripten::val inputGrid() const;
  // All seven input features × n² on the grid of the last grid() call, so the page can draw
  // the features that are switched off too.
  emscripten::val featureGrid();
  // Dense layer `block` (0 … hidden layers; the last is the output layer): W as out × in,
  // column-major (W[i + j·out] connects input j to neuron i), and b.
  emscripten::val weights(int block) const;
  emscripten::val biases(int block) const;
  emscripten::val params();
  // Batch norm's running means then variances, per hidden layer in order (empty without BN).
  emscripten::val batchNormState();
  // Dropout mask of hidden layer `block` from the last training mini-batch: neurons × B
  // values, 1 kept / 0 dropped. Empty if the layer has no dropout or no step ran yet.
  emscripten::val dropoutMask(int block) const;

  // The model as a JSON string: spec, architecture, weights, batch-norm statistics and (unless
  // false is passed) optimizer state and Rng position.
  std::string saveModel() { return saveModelWith(true); }
  std::string saveModelWith(bool with_optimizer_state);
  // Loads a model file made for the same architecture.
  void loadModel(const std::string& json);
  // The experiment as a PyTorch script training `epochs` more epochs from the current state.
  std::string exportTorch(int epochs);
  // The run record of this run (docs/run-records.md, platform "wasm"): the spec, every epoch's
  // metrics and the final model. Throws naming why when the run is not its spec's training
  // from the start (a setting changed mid-run, a weight edited, a model loaded).
  std::string runRecord();
  // Loads a run record's final model into this trainer (built from the record's spec) and
  // goes on from its history. Throws, changing nothing, on a bad record.
  void loadRunRecord(const std::string& record_json);

  // Step-by-step: forward and backward pass of the next mini-batch (no update yet); returns
  // the training-set indices of its points.
  emscripten::val prepareBatch();
  // Applies the prepared mini-batch's update; returns the status as trainEpochs does.
  nn::Status applyBatch();
  bool batchPrepared() const { return m_trainer->batch_prepared(); }
  int batchPosition() const { return int(m_trainer->batch_position()); }
  // The same mini-batch in two clicks (trainer_step.cpp): forwardBatch() runs the forward
  // pass only and returns the mini-batch's training-set indices; backwardBatch() computes δ
  // and ∂L/∂w; batchPhase() is 0 (none), 1 (forward done) or 2 (backward done).
  emscripten::val forwardBatch();
  void backwardBatch();
  int batchPhase() const { return int(m_trainer->batch_phase()); }
  double batchLoss() const { return m_trainer->batch_loss(); }
  // Dense block `block` of the prepared mini-batch: neurons × 6, column-major — mean z, a, δ
  // over the mini-batch, then z, a, δ of example `example` (see nn/step_values.h).
  emscripten::val neuronValues(int block, int example);
  // Hidden block `block`'s batch norm for example `example`: neurons × 6, column-major — z
  // before normalization (W·a + b), μ, σ², x̂, γ, β (nn/step_values.h); an Error without one.
  emscripten::val batchNormValues(int block, int example);
  // The optimizer's state for W(to, from) of Dense block `block`: {t, state: {name: value}}
  // (Adam: m, s, m̂, ŝ); state is empty for SGD or before the first update.
  emscripten::val weightState(int block, int to, int from);
  // Sets W(to, from) of Dense block `block` (what a click on a link edits); metrics update.
  void setWeight(int block, int to, int from, double value);
  // ∂L/∂W of Dense block `block` from the last training mini-batch, laid out like weights().
  emscripten::val weightGrads(int block) const;
  // Mean over the last mini-batch of ∂L/∂a for each neuron of hidden layer `block`.
  emscripten::val neuronSignals(int block);
  // classes × classes counts (row: true class, column: predicted) on the test set, or the
  // training set if `test` is false, from the last metric evaluation. Classification only.
  emscripten::val confusion(bool test);
  // The Dense weights as a histogram over [−m, m] (see nn::weight_histogram), `bins` bins.
  emscripten::val weightHistogram(int bins) const;
  // Hidden layer `block` with batch norm: {before, after} histograms of its pre-activations
  // over the training set (Trainer::batch_norm_histograms).
  emscripten::val batchNormHistograms(int block, int bins) const;

 private:
  const nn::Dense& dense(int block) const;
  void check_hidden(int block) const;
  std::string m_csv;
  std::unique_ptr<nn::Trainer> m_trainer;
  RunLog m_log;
  nn::Vector m_signals;
  std::vector<int> m_confusion;
  std::vector<int> m_batch;
  nn::Matrix m_features;
  nn::Matrix m_values;
  nn::Matrix m_bn_values;  // batchNormValues()' buffer
};

// Validates a spec without building anything; returns its canonical JSON.
std::string normalize_spec(const std::string& spec_json);
// The catalog (catalog.h) as a JSON string.
std::string catalog();

}  // namespace bindings
