// The page's run record (docs/run-records.md): the TrainerHandle tells its RunLog about every
// trained epoch and about everything that makes the run no longer the training of its spec
// from the start (a setting changed mid-run, a weight edited, a model file loaded, steps
// without metrics). "Save run" then gets the same record the runner writes with --record, or
// an Error saying why this run cannot be one.
#pragma once
#include <string>

#include "nn/run_record.h"

namespace bindings {

class RunLog {
 public:
  // A new run from its spec (a new trainer).
  void restart() {
    m_recorder = nn::RunRecorder();
    m_broken.clear();
  }
  // A run opened from a record: its history goes on. A run that ended (early stopping,
  // divergence) cannot go on as the same training once loaded: loading clears the status and
  // early stopping's memory of the best epoch, so training it further is not recorded.
  void resume(nn::RunRecordContents contents) {
    const nn::ExperimentSpec& s = contents.spec;
    m_broken.clear();
    if (!contents.history.empty() && contents.history.back().status != nn::Status::Ok)
      m_broken = "it was opened from a run record that had ended (" +
                 std::string(nn::status_name(contents.history.back().status)) + ")";
    else if (s.training.early_stopping.patience > 0)
      m_broken = "it was opened from a run record with early stopping (the file does not keep early stopping's memory)";
    m_recorder = nn::RunRecorder(std::move(contents.history));
  }
  // After each epoch the trainer finished (status included).
  void epoch(const nn::Metrics& m) {
    if (!m_broken.empty()) return;
    if (m_recorder.epochs() >= nn::RunRecorder::kMaxEpochs) {
      m_broken = "a run record holds at most " + std::to_string(nn::RunRecorder::kMaxEpochs) + " epochs";
      return;
    }
    m_recorder.record(m);
  }
  // The run stopped being its spec's training from the start; `why` completes
  // "this run cannot be saved as a run record: …". The first reason is kept.
  void broken(const std::string& why) {
    if (m_broken.empty()) m_broken = why;
  }
  // The record's JSON, or throws naming why there is none.
  std::string json(nn::Trainer& trainer) const {
    if (!m_broken.empty()) throw std::invalid_argument("this run cannot be saved as a run record: " + m_broken);
    if (trainer.batch_position() != 0 || trainer.batch_prepared())
      throw std::invalid_argument("this run cannot be saved as a run record now: it is in the middle of an epoch (finish it with Step)");
    return m_recorder.to_json(trainer, "wasm");
  }
  std::size_t epochs() const { return m_recorder.epochs(); }

 private:
  nn::RunRecorder m_recorder;
  std::string m_broken;  // why the run is no longer its spec's training; empty while it is
};

}  // namespace bindings
