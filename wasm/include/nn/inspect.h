// Read-only summaries of a trainer's state that the page shows beside the network: the
// confusion matrix, the mean backward signal of each neuron. Pure functions, no state.
#pragma once
#include <vector>

#include "nn/tensor.h"

namespace nn {

// The class a prediction column stands for (the accuracy metric's and the confusion matrix's
// rule): P(class 1) > 0.5 for one row, the largest row otherwise.
int predicted_class(const Matrix& predictions, Index col);

// predictions: outputs × N from Loss::predict (one row: P(class 1); k rows: softmax
// probabilities). Uses columns first … first+labels.size()−1. Returns classes × classes
// counts, row-major: entry [t·classes + p] counts points of true class t predicted as p.
// Prediction rule: predicted_class.
std::vector<int> confusion_matrix(const Matrix& predictions, Index first, const std::vector<int>& labels, int classes);

// The mean of each row over the columns (e.g. a neuron's ∂L/∂a over a mini-batch).
Vector row_means(const Matrix& m);

}  // namespace nn
