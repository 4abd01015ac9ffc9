#include "nn/inspect.h"

#include <stdexcept>

namespace nn {

int predicted_class(const Matrix& predictions, Index col) {
  if (predictions.rows() == 1) return predictions(0, col) > Scalar(0.5) ? 1 : 0;
  Index best = 0;
  predictions.col(col).maxCoeff(&best);
  return int(best);
}

std::vector<int> confusion_matrix(const Matrix& predictions, Index first, const std::vector<int>& labels, int classes) {
  if (classes < 2) throw std::invalid_argument("a confusion matrix needs at least two classes");
  if (first < 0 || first + Index(labels.size()) > predictions.cols())
    throw std::invalid_argument("confusion matrix: predictions do not cover the points");
  std::vector<int> counts(std::size_t(classes) * std::size_t(classes), 0);
  for (std::size_t j = 0; j < labels.size(); ++j) {
    const Index col = first + Index(j);
    const int predicted = predicted_class(predictions, col);
    const int truth = labels[j];
    if (truth < 0 || truth >= classes || predicted >= classes) continue;
    ++counts[std::size_t(truth) * std::size_t(classes) + std::size_t(predicted)];
  }
  return counts;
}

Vector row_means(const Matrix& m) {
  if (m.cols() == 0) return Vector::Zero(m.rows());
  return m.rowwise().mean();
}

}  // namespace nn
