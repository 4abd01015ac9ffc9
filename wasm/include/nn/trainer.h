// Owns one experiment's whole state: data, parameters, batch-norm statistics, optimizer
// state, seeded RNG, metrics. The caller drives it: train_epochs(k) per animation frame on
// the page, in a loop in the command-line runner. No timing, no I/O.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "nn/data_source.h"
#include "nn/dataset.h"
#include "nn/histogram.h"
#include "nn/idx.h"
#include "nn/loss.h"
#include "nn/network.h"
#include "nn/optimizer.h"
#include "nn/schedule.h"
#include "nn/spec.h"

namespace nn {

// Ok: training may go on. Diverged: a loss or weight stopped being finite; the weights are
// those of the last finite epoch. EarlyStopped: the monitored loss (validation, else test) stopped improving for
// `patience` epochs; the weights are those of the best epoch. DeadLayer: every neuron of one
// hidden layer (Metrics::dead_layer) gives the same output for every training point — dead
// ReLUs (all 0) or saturated tanh/sigmoid, usually after too large a learning rate — so the
// network's output no longer depends on its input and no gradient can reach that layer's
// inputs again; the weights are kept as they are, so the page shows the flat output.
// Stalled (classification): for kStallEpochs epochs in a row the training loss stayed above the
// loss of always predicting the class shares, on average 1.5 times above it: the steps
// overshoot (a too large learning rate on a saturating network) and the accuracy sits at chance.
// Training stays stopped.
enum class Status { Ok = 0, Diverged = 1, EarlyStopped = 2, DeadLayer = 3, Stalled = 4 };
const char* status_name(Status s);  // "ok", "diverged", "early_stopped", "dead_layer", "stalled"
constexpr int kStallEpochs = 30;

struct Metrics {
  long long epoch = 0;
  double train_loss = 0;      // data term, mean over the training set
  double validation_loss = 0; // data term, mean over the validation set (NaN if there is none)
  double test_loss = 0;       // data term, mean over the test set (NaN if it is empty)
  double penalty = 0;         // L1/L2 term on the weights (added to the training objective)
  double train_accuracy = 0;  // NaN for regression
  double validation_accuracy = 0;  // NaN without a validation set
  double test_accuracy = 0;
  long long zero_weights = 0; // weights exactly 0 (L1 makes these)
  // The epoch with the lowest loss so far on the monitored set (Trainer::monitored_set():
  // validation if there is one, else test) — early stopping's choice — and that loss.
  long long best_epoch = 0;
  double best_test_loss = 0;
  double learning_rate = 0;   // the rate the optimizer uses now (the schedule's for this epoch)
  Status status = Status::Ok;
  int dead_layer = -1;        // with DeadLayer: the hidden layer (0-based) whose output is constant
};

class Trainer {
 public:
  // csv_text is the data for spec.data.source == csv (the core never reads files).
  // Throws std::invalid_argument (SpecError for spec problems) naming the field.
  explicit Trainer(const ExperimentSpec& spec, const std::string& csv_text = "");
  // For data.source == idx: the four files' bytes (gunzipped), already split into training and
  // test sets. Throws std::invalid_argument naming the file that is wrong.
  Trainer(const ExperimentSpec& spec, const IdxFiles& files);

  const ExperimentSpec& spec() const { return m_spec; }

  // Trains `epochs` passes over the training set in shuffled mini-batches, evaluating the
  // metrics after each. Returns early with Diverged or EarlyStopped (see Status).
  Status train_epochs(int epochs);
  // Trains `steps` mini-batch updates without evaluating the metrics: the cheap way to train
  // when nobody looks at the loss after every epoch (benchmarks, fast-forward). Continues the
  // current pass over the shuffled training set and starts a new one (reshuffled, epoch + 1)
  // when it runs out; train_epochs() always starts a fresh pass. metrics() keeps the values of
  // the last evaluation. Returns Diverged (weights restored to the last finite call) if a
  // weight stopped being finite.
  Status train_steps(long long steps);
  Status status() const { return m_metrics.status; }
  // Two ways back to the best epoch on the monitored set (monitored_set(): validation if there
  // is one, else test), metrics.best_epoch; both put back its weights (and batch-norm
  // statistics) and re-evaluate the metrics.
  // restore_best_weights: a "Stop" that keeps the best network and may go on training; the
  // epoch count, the optimizer state and the status stay (the images page).
  void restore_best_weights();
  // stop_at_best: ends the run as early stopping would; the status becomes EarlyStopped and
  // further training calls do nothing (the houses page's Stop and its finished runs).
  void stop_at_best();
  const Metrics& metrics() const { return m_metrics; }
  // The metrics of the epoch trained last, before early stopping put the best epoch's weights
  // back (then metrics() describes those); equal to metrics() otherwise. The loss curve ends
  // with this real last point, not with the restored loss.
  const Metrics& last_epoch_metrics() const { return m_metrics.status == Status::EarlyStopped ? m_stopped : m_metrics; }

  // Changes that need no reset; applied from the next mini-batch (schedule: next epoch) on.
  // p.learning_rate is the base rate; the optimizer runs at the schedule's rate for the
  // current epoch, even when the change comes in the middle of one.
  void set_optimizer_params(const OptimizerParams& p);
  void set_regularization(Regularization kind, double rate);
  void set_schedule(const ScheduleParams& p);
  // Batch size, clipping and early stopping (its history is kept; a patience already
  // exceeded stops the run after the next epoch).
  void set_training(const TrainingSpec& t);
  // Every field a running trainer can take without new data or a new network: optimizer
  // (kind, hyperparameters, schedule), regularization, training. A new optimizer kind keeps
  // the weights and starts with empty state. The spec must be valid (parse_spec made it).
  void apply_live(const ExperimentSpec& s);

  const Dataset& train_set() const { return m_train; }
  // The network's inputs for the training set (features × N; standardized if asked).
  const Matrix& train_inputs() const { return m_x_train; }
  // The network's targets for the training set (outputs × N: one-hot for softmax; standardized
  // if the spec asks for regression targets), and that standardization: y ← (y − mean)·scale.
  const Matrix& train_targets() const { return m_y_train; }
  double target_mean() const { return m_y_mean; }
  double target_scale() const { return m_y_scale; }
  // The input standardization x ← (x − mean)·scale per network input (0 and 1 if off).
  const Vector& input_mean() const { return m_in_mean; }
  const Vector& input_scale() const { return m_in_scale; }
  // Inputs and targets of the training, validation and test sets side by side:
  // [train | validation | test] (no validation columns without data.validationRatio).
  const Matrix& eval_inputs() const { return m_x_eval; }
  const Matrix& eval_targets() const { return m_y_eval; }
  const Loss& loss() const { return *m_loss; }
  const Dataset& validation_set() const { return m_val; }  // empty without data.validationRatio
  // Column of the first test sample in eval_inputs() and eval_predictions().
  Index test_offset() const { return m_train.size() + m_val.size(); }
  const Dataset& test_set() const { return m_test; }
  // Which set early stopping and the best epoch watch: "validation" if there is one, else "test".
  const char* monitored_set() const { return m_val.size() > 0 ? "validation" : "test"; }
  // CSV data with data.table: the preparation and each sample's row in the file; else null.
  const TabularData* tabular() const { return m_table.get(); }
  // Class probabilities (outputs × N; softmax or sigmoid) of inputs given in the data set's own
  // format (raw × N, e.g. a drawing from Sketch::render): the same features and
  // standardization as the training set, evaluation phase. Valid until the next call.
  const Matrix& predict(const Matrix& raw);
  int dims() const { return int(m_train.dims()); }  // raw input dimension (2 for the playground)
  int outputs() const { return int(m_arch.outputs); }
  const Architecture& architecture() const { return m_arch; }
  const Network& network() const { return *m_full.net; }
  // The Dense weights (not biases, not batch norm's γ, β) as a histogram over [−m, m]
  // (see nn::weight_histogram): what L1 and L2 do to them.
  Histogram weight_histogram(int bins) const;
  // Batch norm of hidden layer `block` over the training set, from the last metric evaluation
  // (evaluation phase: the running statistics normalize): the pre-activations before
  // normalization (the Dense outputs) and after it (γ·x̂ + β, what the activation receives).
  // Throws std::invalid_argument without batch norm or for a block that does not exist.
  std::pair<Histogram, Histogram> batch_norm_histograms(int block, int bins) const;
  // Dropout mask of hidden layer `block` in the last training mini-batch (neurons × B, 1 kept);
  // empty without dropout or before the first step.
  const Matrix& dropout_mask(int block) const;

  // The network on an n × n grid over [−6, 6]²: returns outputs × n² predictions (column
  // r·n + c is row r from the top, column c from the left). Throws for data that is not 2-D.
  const Matrix& evaluate_grid(int n);
  // Hidden layer `block`'s activations on the last evaluate_grid's points (neurons × n²), valid
  // until the next evaluate_grid. Ask right after it, before the weights change: a grid of
  // several blocks has them gathered at the first call (a second forward pass, under the
  // weights of that moment); only a hovered neuron's map asks for them, in the same frame.
  const Matrix& grid_hidden(int block);
  // The input features on that grid (features × n²), empty before the first evaluate_grid.
  const Matrix& grid_inputs() const { return m_grid ? m_grid->x : m_empty; }

  // Step-by-step mode, one mini-batch in phases the page can show. prepare_batch(): forward
  // and backward pass of the next mini-batch of the current epoch (shuffled at its start);
  // the gradients are ready, no parameter has changed. apply_batch(): the update for them and
  // the metrics of the updated weights (the epoch count stays); after the epoch's last
  // mini-batch the epoch ends as in train_epochs. train_epochs first
  // finishes an epoch left half done.
  void prepare_batch();
  Status apply_batch();
  // Up to `batches` mini-batches of the current epoch (a prepared one finished first), then
  // the epoch ends as in train_epochs if its last mini-batch was among them. Unlike
  // apply_batch, no metrics in between: a worker training 60,000 images in chunks would
  // otherwise evaluate all of them after every mini-batch. Trains the same updates in the
  // same order as train_epochs, however the epoch is cut into chunks.
  Status train_batches(int batches);
  bool batch_prepared() const { return m_pending > 0; }
  // The same mini-batch in the chapter's two halves: forward_batch() runs only the forward
  // pass (every layer caches z and a; batch_loss() is known), backward_batch() then
  // back-propagates it (δ and ∂L/∂w). prepare_batch() is both; apply_batch() runs a missing
  // backward pass first. The caches are read through step_values.h.
  void forward_batch();
  void backward_batch();
  enum class BatchPhase { None = 0, Forward = 1, Backward = 2 };
  BatchPhase batch_phase() const { return !m_pending ? BatchPhase::None : m_backward_done ? BatchPhase::Backward : BatchPhase::Forward; }
  double batch_loss() const { return m_batch_loss; }  // mean data loss of the prepared mini-batch
  // The prepared mini-batch's network (its layer caches), inputs, targets and ∂L/∂logits;
  // null / empty when no mini-batch is prepared.
  const Network* batch_network() const { return m_pending ? m_last_batch->net.get() : nullptr; }
  const Matrix& batch_inputs() const { return m_pending ? m_last_batch->x : m_empty; }
  const Matrix& batch_targets() const { return m_pending ? m_last_batch->y : m_empty; }
  const Matrix& batch_grad_logits() const { return m_pending && m_backward_done ? m_last_batch->grad_logits : m_empty; }
  Index batch_position() const { return m_cursor; }  // points of this epoch already trained
  // Mini-batches left in the current epoch, a prepared one included: train_batches(this)
  // ends the epoch. The last mini-batch may be short, and one wider than the training set is
  // the whole set.
  Index batches_left() const;
  const std::vector<Index>& prepared_batch();        // training-set indices of that mini-batch

  // For the page (inspection and direct edits):
  // predictions (outputs × [train | validation | test]) of the last metric evaluation; empty
  // for regression.
  const Matrix& eval_predictions() const { return m_eval_pred; }
  // The raw 2-D points (2 × n²) of the last evaluate_grid.
  const Matrix& grid_points() const { return m_grid ? m_grid->raw : m_empty; }
  // Switches the optimizer, keeping the weights; the new one starts with empty state.
  void set_optimizer(OptimizerKind kind, const OptimizerParams& p);
  // Sets weight W(to, from) of Dense block `block` and re-evaluates the metrics.
  void set_weight(int block, Index to, Index from, double value);

  Vector& params() { return m_params; }
  const Vector& params() const { return m_params; }
  Vector& state() { return m_state; }  // batch norm running statistics
  const Vector& state() const { return m_state; }
  Optimizer<Scalar>& optimizer() { return *m_optimizer; }
  Rng& rng() { return m_rng; }  // shuffling and dropout masks draw from it

  // After the caller replaced params(), state() (and maybe the optimizer state) with loaded
  // values: sets the epoch, clears the status and the early-stopping history, re-evaluates.
  void loaded(long long epoch);

 private:
  struct BatchWork {  // one per batch width, so a step never changes a matrix's shape
    std::unique_ptr<Network> net;
    Matrix x, y, grad_logits;
  };
  void setup();  // the network, optimizer and inputs, once m_train and m_test are loaded
  void build_targets(const Dataset& d, Matrix& y) const;
  void inputs_for(const Matrix& raw, Matrix& x) const;  // features, then standardization
  void train_batch(Index begin, Index end);
  void compute_gradients(Index begin, Index end);
  void forward_pass(Index begin, Index end);
  void backward_pass();
  void update_params();
  Index batch_width() const;
  void begin_epoch();
  Status end_epoch();
  void clip_gradient();
  double penalty() const;
  void evaluate_metrics();
  void track_best();
  double monitored_loss() const;
  void finish_pending_batch();
  void restore_last_good();
  void sync_learning_rate();
  int find_dead_layer() const;
  bool stalled();  // counts this epoch towards Status::Stalled

  ExperimentSpec m_spec;
  Rng m_rng;
  Dataset m_train, m_val, m_test;
  std::shared_ptr<const TabularData> m_table;
  Matrix m_x_train, m_y_train;     // features × N, outputs × N
  Matrix m_x_eval, m_y_eval;       // [train | test], for metrics in one forward pass
  Architecture m_arch;
  Vector m_in_mean, m_in_scale;    // standardization: x ← (x − mean) · scale (identity if off)
  double m_y_mean = 0, m_y_scale = 1;  // regression targets' standardization (identity if off)
  Vector m_params, m_grads, m_state;
  Vector m_last_good, m_last_good_state, m_best, m_best_state;
  BatchWork m_full, m_tail;
  BatchWork* m_last_batch = nullptr;
  std::unique_ptr<Network> m_eval_net, m_grid_net, m_probe_net;
  Matrix m_probe_x, m_probe_out;
  std::unique_ptr<Loss> m_loss;
  std::unique_ptr<Optimizer<Scalar>> m_optimizer;
  LearningRateSchedule m_schedule;
  std::vector<Index> m_order;
  struct GridInputs {
    Matrix raw, x;  // 2 × n² points, features × n² network inputs
  };
  std::map<int, GridInputs> m_grids;  // by grid size
  const GridInputs* m_grid = nullptr; // the last evaluate_grid's
  // evaluate_grid runs the grid through the network in blocks of at most kGridBlock points.
  // In the browser each WebAssembly function is first run as unoptimised (Liftoff) code and
  // replaced by optimised code from its next call on: one call over 10,000 points is all
  // unoptimised, 10 calls over 1,000 run optimised code after the first few (docs/performance.md,
  // "Start-up, sixth round"). Warm, config E is within 2 % of one pass. Up to kGridBlock points
  // (the thumbnails' 24 × 24, whose hidden activations are drawn every time) stay one pass.
  static constexpr Index kGridBlock = 1024;
  Index grid_block_size() const;
  const Matrix& forward_grid_block(Index start, Index size);  // the block's logits
  Matrix m_grid_block;                  // one block's inputs (features × block)
  std::vector<Matrix> m_grid_hidden;    // grid_hidden()'s gathered activations, per hidden block
  bool m_grid_hidden_ready = false;
  Matrix m_grid_out, m_grid_block_out, m_eval_pred, m_empty;
  int m_bad_epochs = 0;
  bool m_inputs_vary = false;
  double m_guess_loss = 0;        // the loss of always predicting the training set's class shares (NaN: regression)
  int m_above_guess = 0;          // epochs in a row with the training loss above it
  double m_above_sum = 0;         // their summed training loss  // some training input differs from the others (else every layer is constant)
  Index m_cursor = 0;   // points of the current epoch already trained (0: start a new one)
  Index m_pending = 0;  // size of the prepared, not yet applied mini-batch
  bool m_backward_done = false;  // the prepared mini-batch's gradients are computed
  double m_batch_loss = 0;
  std::vector<Index> m_batch_points;
  Metrics m_metrics;
  Metrics m_stopped;  // see last_epoch_metrics()
};

// Whether `next` differs from `current` only in what Trainer::apply_live changes.
bool is_live_change(const ExperimentSpec& current, const ExperimentSpec& next);

// What apply_spec did: changed the running trainer in place, or replaced it with a new one.
enum class SpecChange { Live, Rebuilt };
// Applies a whole (parsed) spec to *trainer: apply_live when is_live_change, else a new
// Trainer from `next` and csv_text (new data, network and metrics). If building the new one
// throws, *trainer is unchanged.
SpecChange apply_spec(std::unique_ptr<Trainer>& trainer, const ExperimentSpec& next, const std::string& csv_text);

}  // namespace nn
