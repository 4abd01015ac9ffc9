// The image classifier's handles (web/images.html, run inside its training worker):
//  * ImageTrainer — a Trainer over image data (IDX bytes or CSV pixels with data.image), with
//    the few things the image views need: test images, test predictions, the confusion
//    matrix, first-layer weights, predictions for a drawing, best-epoch restore.
//  * Sketch — the drawing pad's strokes, turned into an input the way the data set was made.
// Registered in embind.cpp; guarded and view come from guarded.h. No Eigen type crosses.
#pragma once
#include <emscripten/val.h>

#include <chrono>

#include "export_bindings.h"
#include "guarded.h"
#include "nn/data_source.h"
#include "nn/idx.h"
#include "nn/inspect.h"
#include "nn/sketch.h"
#include "nn/trainer.h"

namespace images {

using bindings::guarded;
using bindings::view;
using emscripten::val;

// Bytes handed over as a Uint8Array (Embind copies them into the std::string).
inline nn::IdxFiles idx_files(const std::string& train_images, const std::string& train_labels,
                              const std::string& test_images, const std::string& test_labels, const nn::DataSpec& d) {
  nn::IdxFiles f;
  f.train_images = train_images;
  f.train_labels = train_labels;
  f.test_images = test_images;
  f.test_labels = test_labels;
  // Messages name the files as the spec does (the page's URLs).
  f.train_images_name = d.train_images;
  f.train_labels_name = d.train_labels;
  f.test_images_name = d.test_images;
  f.test_labels_name = d.test_labels;
  return f;
}

class ImageTrainerHandle {
 public:
  ImageTrainerHandle(const nn::ExperimentSpec& spec, const std::string& csv_text) : m_trainer(spec, csv_text) { check(); }
  ImageTrainerHandle(const nn::ExperimentSpec& spec, const nn::IdxFiles& files) : m_trainer(spec, files) { check(); }

  // Trains up to `batches` mini-batches of the current epoch, stopping at its end (where the
  // metrics are evaluated and the best epoch tracked). Returns the status as Trainer does:
  // 0 ok, 1 diverged, 2 early stopped.
  int trainBatches(int batches) {
    return guarded([&] {
      if (batches < 1 || batches > 1000000) throw std::invalid_argument("batches must be from 1 to 1000000");
      // The epoch's last mini-batch is trained on its own, timed with the evaluation that
      // follows it: the benchmark reports training and evaluating the metrics apart.
      const long long left = m_trainer.batches_left();
      if (batches < left) return int(m_trainer.train_batches(batches));
      if (left > 1 && m_trainer.train_batches(int(left - 1)) != nn::Status::Ok) return int(m_trainer.status());
      const auto t0 = std::chrono::steady_clock::now();
      const nn::Status status = m_trainer.train_batches(1);
      m_epoch_end_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      return int(status);
    });
  }
  // Milliseconds of the last epoch's end: its last mini-batch and the metrics on every point.
  double epochEndMs() const { return m_epoch_end_ms; }
  // Points of the current epoch already trained, of trainSize().
  int epochPosition() const { return int(m_trainer.batch_position()); }
  int trainSize() const { return int(m_trainer.train_set().size()); }
  int testSize() const { return int(m_trainer.test_set().size()); }
  int batchSize() const { return m_trainer.spec().training.batch_size; }
  int imageWidth() const { return m_trainer.train_set().image_width; }
  int imageHeight() const { return m_trainer.train_set().image_height; }
  int numClasses() const { return m_trainer.train_set().num_classes; }
  std::string specJson() const { return nn::spec_to_json(m_trainer.spec()); }
  // The experiment as a PyTorch script (export_bindings.h).
  std::string exportTorch(int epochs) { return bindings::export_torch_script(m_trainer, epochs); }

  // The same Metrics value object as Trainer.metrics() (embind.cpp registers it once).
  nn::Metrics metrics() const { return m_trainer.metrics(); }
  // The best epoch's weights back (lowest test loss so far); metrics re-evaluated.
  void restoreBest() { m_trainer.restore_best_weights(); }

  // Test images (pixels × N in [0, 1], image after image) and their labels.
  val testImages() const { return view(m_trainer.test_set().inputs); }
  val testLabels() const { return view(m_trainer.test_set().labels.data(), m_trainer.test_set().labels.size()); }
  // Class probabilities of every test image from the last metric evaluation (classes × N).
  val testProbabilities() const {
    const nn::Matrix& p = m_trainer.eval_predictions();
    const nn::Index first = m_trainer.test_offset();
    return view(p.data() + first * p.rows(), std::size_t(p.rows() * m_trainer.test_set().size()));
  }
  // The predicted class (largest probability) of every test image, from the last evaluation.
  val testPredicted() {
    const nn::Matrix& p = m_trainer.eval_predictions();
    const nn::Index first = m_trainer.test_offset(), n = m_trainer.test_set().size();
    m_predicted.resize(std::size_t(n));
    for (nn::Index j = 0; j < n; ++j) {
      nn::Index best = 0;
      p.col(first + j).maxCoeff(&best);
      m_predicted[std::size_t(j)] = int(best);
    }
    return view(m_predicted.data(), m_predicted.size());
  }
  // classes × classes counts on the test set (row: true class, column: predicted).
  val confusion() {
    m_confusion = nn::confusion_matrix(m_trainer.eval_predictions(), m_trainer.test_offset(),
                                       m_trainer.test_set().labels, numClasses());
    return view(m_confusion.data(), m_confusion.size());
  }
  // First layer's weights, neurons × pixels column-major: unit i's weight from pixel k at
  // [i + k·neurons].
  val firstLayerWeights() const {
    const auto& w = m_trainer.network().dense(0).weights();
    return view(w.data(), std::size_t(w.size()));
  }
  int firstLayerUnits() const { return int(m_trainer.network().dense(0).weights().rows()); }
  // Class probabilities of one image in the data set's format ([0, 1] pixels, e.g. a drawing).
  val predict(val pixels) {
    return guarded([&] {
      const std::vector<float> x = emscripten::convertJSArrayToNumberVector<float>(pixels);
      if (int(x.size()) != m_trainer.dims())
        throw std::invalid_argument("predict: an image has " + std::to_string(m_trainer.dims()) + " pixels, got " +
                                    std::to_string(x.size()));
      m_input = Eigen::Map<const nn::Matrix>(x.data(), nn::Index(x.size()), 1);
      const nn::Matrix& p = m_trainer.predict(m_input);
      return view(p.data(), std::size_t(p.size()));
    });
  }

 private:
  double m_epoch_end_ms = 0;
  void check() const {
    if (m_trainer.train_set().image_width <= 0)
      throw std::invalid_argument("data: not images (use data.source 'idx', or CSV pixels with data.image)");
    if (m_trainer.outputs() < 2) throw std::invalid_argument("model.output: the image classifier needs a softmax output");
  }
  nn::Trainer m_trainer;
  std::vector<int> m_confusion, m_predicted;
  nn::Matrix m_input;
};

inline ImageTrainerHandle* make_image_trainer_csv(const std::string& spec_json, const std::string& csv_text) {
  return guarded([&] { return new ImageTrainerHandle(nn::parse_spec(spec_json), csv_text); });
}
inline ImageTrainerHandle* make_image_trainer_idx(const std::string& spec_json, const std::string& train_images,
                                                  const std::string& train_labels, const std::string& test_images,
                                                  const std::string& test_labels) {
  return guarded([&] {
    const nn::ExperimentSpec spec = nn::parse_spec(spec_json);
    return new ImageTrainerHandle(spec, idx_files(train_images, train_labels, test_images, test_labels, spec.data));
  });
}

class SketchHandle {
 public:
  void beginStroke(double x, double y) { guarded([&] { m_sketch.begin_stroke(x, y); return 0; }); }
  void extend(double x, double y) { guarded([&] { m_sketch.extend(x, y); return 0; }); }
  void clear() { m_sketch.clear(); }
  int pointCount() const { return m_sketch.point_count(); }
  // "digits8x8" or "grey28x28": the drawing as the network sees it, pixels in [0, 1].
  val render(const std::string& format) {
    return guarded([&] {
      const auto& out = m_sketch.render(nn::parse_sketch_format(format));
      return view(out.data(), out.size());
    });
  }
  // After render("digits8x8"): the 32×32 bitmap (1 = ink) before the 4×4 block counts.
  val digitBitmap() const { return view(m_sketch.digit_bitmap().data(), m_sketch.digit_bitmap().size()); }

 private:
  nn::Sketch m_sketch;
};

}  // namespace images
