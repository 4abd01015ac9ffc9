#include "nn/activation.h"

#include <cmath>
#include <stdexcept>

namespace nn {

Scalar sigmoid(Scalar z) {
  if (z >= 0) return Scalar(1) / (Scalar(1) + std::exp(-z));
  Scalar e = std::exp(z);
  return e / (Scalar(1) + e);
}

void activate(Activation f, const Matrix& z, Matrix& a) {
  a.resize(z.rows(), z.cols());
  switch (f) {
    case Activation::Linear: a = z; break;
    case Activation::ReLU: a = z.cwiseMax(Scalar(0)); break;
    case Activation::LeakyReLU: a = z.unaryExpr([](Scalar v) { return v > 0 ? v : kLeakySlope * v; }); break;
    case Activation::Tanh: a = z.array().tanh(); break;
    case Activation::Sigmoid: a = z.unaryExpr([](Scalar v) { return sigmoid(v); }); break;
    case Activation::ELU:
      a = z.unaryExpr([](Scalar v) { return v > 0 ? v : kEluAlpha * std::expm1(v); });
      break;
  }
}

void activate_backward(Activation f, const Matrix& z, const Matrix& a, const Matrix& grad_a,
                       Matrix& grad_z) {
  grad_z.resize(z.rows(), z.cols());
  switch (f) {
    case Activation::Linear: grad_z = grad_a; break;
    case Activation::ReLU:
      grad_z = (z.array() > Scalar(0)).select(grad_a, Scalar(0));
      break;
    case Activation::LeakyReLU:
      grad_z = (z.array() > Scalar(0)).select(grad_a, kLeakySlope * grad_a);
      break;
    case Activation::Tanh:  // d tanh = 1 − tanh²
      grad_z.array() = grad_a.array() * (Scalar(1) - a.array().square());
      break;
    case Activation::Sigmoid:  // dσ = σ(1 − σ)
      grad_z.array() = grad_a.array() * a.array() * (Scalar(1) - a.array());
      break;
    case Activation::ELU:  // for z ≤ 0: d/dz α(eᶻ − 1) = αeᶻ = a + α
      grad_z = (z.array() > Scalar(0)).select(grad_a, grad_a.array() * (a.array() + kEluAlpha));
      break;
  }
}

const char* activation_name(Activation f) {
  switch (f) {
    case Activation::Linear: return "linear";
    case Activation::ReLU: return "relu";
    case Activation::LeakyReLU: return "leaky_relu";
    case Activation::Tanh: return "tanh";
    case Activation::Sigmoid: return "sigmoid";
    case Activation::ELU: return "elu";
  }
  return "?";
}

Activation parse_activation(const std::string& name) {
  for (Activation f : {Activation::Linear, Activation::ReLU, Activation::LeakyReLU, Activation::Tanh,
                       Activation::Sigmoid, Activation::ELU})
    if (name == activation_name(f)) return f;
  throw std::invalid_argument("unknown activation '" + name +
                              "' (expected linear, relu, leaky_relu, tanh, sigmoid or elu)");
}

}  // namespace nn
