// Run records: a run a student hands in, and the check a teacher runs on it.
//
// A record is one JSON document: the spec (its seed included), the code version and the
// platform that trained it, the per-epoch history (losses, accuracies, learning rate, zero
// weights, penalty), the final status and the final model (a model file, docs/model-file).
// verify_run() trains the spec again from scratch and compares epoch by epoch: a record
// made by the native runner must match bit for bit; one made in the browser (WebAssembly)
// within a stated tolerance, since the two builds round a few float operations differently.
// An edited history or model does not match the training its spec gives.
//
//   {"format": "descent-run", "version": 1, "code": "descent 0.1.0 (cda1c41)",
//    "platform": "native" | "wasm", "spec": {…}, "epochs": 120, "status": "ok",
//    "history": [{"epoch": 1, "trainLoss": …, "testLoss": …, …}, …], "model": {…}}
#pragma once
#include <string>
#include <vector>

#include "nn/trainer.h"

namespace nn {

// The code version the build was configured from (package version and commit).
const char* code_version();

// Collects the metrics of every epoch of one run, from its spec's first epoch on.
class RunRecorder {
 public:
  static constexpr std::size_t kMaxEpochs = 200'000;  // a record is at most ~40 MB of JSON
  RunRecorder() = default;
  // Goes on from a record's history (a run opened from a record and trained further).
  explicit RunRecorder(std::vector<Metrics> history) : m_history(std::move(history)) {}
  // Call after each trained epoch (train_epochs(1)); throws once kMaxEpochs are recorded.
  void record(const Metrics& m);
  std::size_t epochs() const { return m_history.size(); }
  // The record of the run `trainer` has trained (it must have started from its spec).
  std::string to_json(Trainer& trainer, const std::string& platform) const;

 private:
  std::vector<Metrics> m_history;
};

struct VerifyResult {
  bool verified = false;
  long long first_differing_epoch = 0;  // 0: the history matched (see `message` for the model)
  std::string message;                  // "verified (…)" or what differs, and where
  double tolerance = 0;                 // 0: bit for bit
  double worst_relative_difference = 0;
};

// Relative tolerance for records made in the browser; native records must match exactly.
constexpr double kWasmTolerance = 1e-4;

// csv_text: the data of a csv-source spec (the caller reads data.csvFile).
VerifyResult verify_run(const std::string& record_json, const std::string& csv_text = "");
// What a page needs of a record it opens: everything checked as verify_run reads it.
struct RunRecordContents {
  ExperimentSpec spec;
  std::vector<Metrics> history;  // epoch 1, 2, … in order (missing numbers are NaN)
  std::string model_json;        // the final model file
  std::string code, platform;
};
// Throws SpecError naming what is wrong ("run record.history[3].epoch: must be 4, got 7").
RunRecordContents read_run_record(const std::string& record_json);

// The spec of a record, for the caller to find its data (throws SpecError naming the field).
ExperimentSpec run_record_spec(const std::string& record_json);

}  // namespace nn
