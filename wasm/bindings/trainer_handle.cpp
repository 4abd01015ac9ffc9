#include "trainer_handle.h"

#include <stdexcept>

#include "export_bindings.h"
#include "guarded.h"
#include "histogram_bindings.h"
#include "nn/catalog.h"
#include "nn/features.h"
#include "nn/inspect.h"
#include "nn/model_file.h"
#include "nn/spec.h"

using emscripten::val;

namespace bindings {

namespace {
val targets(const nn::Dataset& d) {
  return d.regression() ? view(d.values.data(), d.values.size()) : view(d.labels.data(), d.labels.size());
}
}  // namespace

TrainerHandle::TrainerHandle(const std::string& spec_json, const std::string& csv_text)
    : m_csv(csv_text), m_trainer(std::make_unique<nn::Trainer>(nn::parse_spec(spec_json), csv_text)) {}

nn::Status TrainerHandle::trainEpochs(int epochs) {
  return guarded([&] {
    if (epochs < 0 || epochs > 100000) throw std::invalid_argument("epochs must be from 0 to 100000");
    // One at a time, as the runner does, so the run record has every epoch.
    for (int e = 0; e < epochs && m_trainer->status() == nn::Status::Ok; ++e) {
      m_trainer->train_epochs(1);
      m_log.epoch(m_trainer->metrics());
    }
    return m_trainer->status();
  });
}

nn::Status TrainerHandle::trainSteps(int steps) {
  return guarded([&] {
    if (steps < 0 || steps > 10000000) throw std::invalid_argument("steps must be from 0 to 10000000");
    if (steps > 0) m_log.broken("it was trained in steps without metrics");
    return m_trainer->train_steps(steps);
  });
}

nn::SpecChange TrainerHandle::applySpec(const std::string& spec_json) {
  return guarded([&] {
    const long long epoch = m_trainer->metrics().epoch;
    const nn::SpecChange change = nn::apply_spec(m_trainer, nn::parse_spec(spec_json), m_csv);
    if (change == nn::SpecChange::Rebuilt) m_log.restart();
    else if (epoch > 0 || m_trainer->batch_position() > 0) m_log.broken("its settings changed during the run (at epoch " + std::to_string(epoch) + ")");
    return change;
  });
}

std::string TrainerHandle::exportTorch(int epochs) { return export_torch_script(*m_trainer, epochs); }

std::string TrainerHandle::specJson() const { return nn::spec_to_json(m_trainer->spec()); }

val TrainerHandle::trainPoints() const { return view(m_trainer->train_set().inputs); }
val TrainerHandle::testPoints() const { return view(m_trainer->test_set().inputs); }
val TrainerHandle::trainTargets() const { return targets(m_trainer->train_set()); }
val TrainerHandle::testTargets() const { return targets(m_trainer->test_set()); }

val TrainerHandle::grid(int n) {
  return guarded([&] { return view(m_trainer->evaluate_grid(n)); });
}

void TrainerHandle::check_hidden(int block) const {
  if (block < 0 || block >= int(m_trainer->spec().model.hidden.size()))
    throw std::invalid_argument("no hidden layer " + std::to_string(block));
}

val TrainerHandle::hiddenGrid(int block) const {
  return guarded([&] {
    check_hidden(block);
    return view(m_trainer->grid_hidden(block));
  });
}

val TrainerHandle::inputGrid() const { return view(m_trainer->grid_inputs()); }

val TrainerHandle::featureGrid() {
  return guarded([&] {
    using F = nn::Feature;
    nn::make_features(m_trainer->grid_points(), {F::X1, F::X2, F::X1Squared, F::X2Squared, F::X1X2, F::SinX1, F::SinX2},
                      m_features);
    return view(m_features);
  });
}

const nn::Dense& TrainerHandle::dense(int block) const {
  if (block < 0 || block >= m_trainer->network().dense_count()) throw std::invalid_argument("no layer " + std::to_string(block));
  return m_trainer->network().dense(block);
}

val TrainerHandle::weights(int block) const {
  return guarded([&] { return view(dense(block).weights()); });
}
val TrainerHandle::biases(int block) const {
  return guarded([&] { return view(dense(block).bias()); });
}
val TrainerHandle::params() { return view(m_trainer->params()); }
val TrainerHandle::batchNormState() { return view(m_trainer->state()); }
val TrainerHandle::dropoutMask(int block) const {
  return guarded([&] { return view(m_trainer->dropout_mask(block)); });
}

std::string TrainerHandle::runRecord() {
  return guarded([&] { return m_log.json(*m_trainer); });
}

void TrainerHandle::loadRunRecord(const std::string& record_json) {
  guarded([&] {
    nn::RunRecordContents contents = nn::read_run_record(record_json);
    if (nn::spec_to_json(contents.spec) != nn::spec_to_json(m_trainer->spec()))
      throw nn::SpecError("run record.spec: is not the spec this trainer was built from");
    nn::load_model(*m_trainer, contents.model_json);  // checks everything before changing anything
    m_log.resume(std::move(contents));
    return 0;
  });
}

std::string TrainerHandle::saveModelWith(bool with_optimizer_state) {
  return guarded([&] { return nn::save_model(*m_trainer, with_optimizer_state); });
}

void TrainerHandle::loadModel(const std::string& json) {
  guarded([&] {
    nn::load_model(*m_trainer, json);
    m_log.restart();
    m_log.broken("it was loaded from a model file, not trained from its spec");
    return 0;
  });
}

val TrainerHandle::prepareBatch() {
  return guarded([&] {
    m_trainer->prepare_batch();
    const auto& idx = m_trainer->prepared_batch();
    m_batch.assign(idx.begin(), idx.end());
    return view(m_batch.data(), m_batch.size());
  });
}

nn::Status TrainerHandle::applyBatch() {
  return guarded([&] {
    const long long before = m_trainer->metrics().epoch;
    const bool was_ok = m_trainer->status() == nn::Status::Ok;
    const nn::Status status = m_trainer->apply_batch();
    if (was_ok && (m_trainer->metrics().epoch > before || status != nn::Status::Ok)) m_log.epoch(m_trainer->metrics());
    return status;
  });
}

void TrainerHandle::setWeight(int block, int to, int from, double value) {
  guarded([&] {
    m_trainer->set_weight(block, to, from, value);
    m_log.broken("a weight was edited by hand");
    return 0;
  });
}

val TrainerHandle::weightGrads(int block) const {
  return guarded([&] { return view(dense(block).weight_grads()); });
}

val TrainerHandle::neuronSignals(int block) {
  return guarded([&] {
    check_hidden(block);
    m_signals = nn::row_means(m_trainer->network().hidden_signal(block));
    return view(m_signals);
  });
}

val TrainerHandle::confusion(bool test) {
  return guarded([&] {
    const nn::Trainer& t = *m_trainer;
    if (t.train_set().regression()) throw std::invalid_argument("a regression has no confusion matrix");
    const nn::Index first = test ? t.test_offset() : 0;
    const auto& labels = test ? t.test_set().labels : t.train_set().labels;
    m_confusion = nn::confusion_matrix(t.eval_predictions(), first, labels, t.train_set().num_classes);
    return view(m_confusion.data(), m_confusion.size());
  });
}

std::string normalize_spec(const std::string& spec_json) {
  return guarded([&] { return nn::spec_to_json(nn::parse_spec(spec_json)); });
}

std::string catalog() { return nn::catalog_json(); }

val TrainerHandle::weightHistogram(int bins) const {
  return guarded([&] { return histogram_to_js(m_trainer->weight_histogram(bins)); });
}

val TrainerHandle::batchNormHistograms(int block, int bins) const {
  return guarded([&] {
    const auto [before, after] = m_trainer->batch_norm_histograms(block, bins);
    val o = val::object();
    o.set("before", histogram_to_js(before));
    o.set("after", histogram_to_js(after));
    return o;
  });
}

}  // namespace bindings
