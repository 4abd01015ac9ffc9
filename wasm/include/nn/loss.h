// Output link + loss, always taking the network's logits z (K × B) so the numerically stable
// forms can be used:
//   sigmoid + cross-entropy:  L = max(z,0) − z·y + log(1 + e^−|z|)         ∂L/∂z = σ(z) − y
//   softmax + cross-entropy:  L = logsumexp(z) − z_y                       ∂L/∂z = softmax(z) − onehot(y)
//   <link> + squared error:   L = ½ Σ_k (p_k − y_k)²,  p = link(z)         ∂L/∂z = J_linkᵀ (p − y)
// Reported losses are means over the batch; gradients include the 1/B.
#pragma once
#include <string>

#include "nn/tensor.h"

namespace nn {

enum class OutputLink { Sigmoid, Softmax, Linear };
enum class LossKind { CrossEntropy, SquaredError };

class Loss {
 public:
  Loss(OutputLink link, LossKind kind);

  OutputLink link() const { return m_link; }
  LossKind kind() const { return m_kind; }

  // Mean loss over the columns of z. y is K × B (0/1 for sigmoid, one-hot for softmax,
  // real values for linear).
  double value(const ConstMatrixRef& z, const ConstMatrixRef& y) const;
  // grad = ∂(mean loss)/∂z, same shape as z.
  void gradient(const Matrix& z, const Matrix& y, Matrix& grad) const;
  // p = link(z): probabilities for sigmoid/softmax, the value itself for linear.
  void predict(const ConstMatrixRef& z, Matrix& p) const;

 private:
  OutputLink m_link;
  LossKind m_kind;
};

const char* link_name(OutputLink link);
OutputLink parse_link(const std::string& name);
const char* loss_name(LossKind kind);
LossKind parse_loss(const std::string& name);

}  // namespace nn
