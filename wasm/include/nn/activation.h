// Element-wise activation functions, value and derivative. Stateless.
#pragma once
#include <string>

#include "nn/tensor.h"

namespace nn {

enum class Activation { Linear, ReLU, LeakyReLU, Tanh, Sigmoid, ELU };

constexpr Scalar kLeakySlope = Scalar(0.01);  // f(z) = z for z > 0, 0.01·z otherwise
constexpr Scalar kEluAlpha = Scalar(1);       // f(z) = z for z > 0, α(eᶻ − 1) otherwise

// a = f(z), element-wise. `a` is resized to z's shape.
void activate(Activation f, const Matrix& z, Matrix& a);

// Chain rule through f: grad_z = grad_a ⊙ f'(z). f' is written in terms of z or of a = f(z),
// whichever is cheaper (tanh' = 1 − a², σ' = a(1 − a)).
void activate_backward(Activation f, const Matrix& z, const Matrix& a, const Matrix& grad_a,
                       Matrix& grad_z);

// Stable logistic function: never evaluates exp of a large positive number.
Scalar sigmoid(Scalar z);

const char* activation_name(Activation f);
// Throws std::invalid_argument naming the accepted values.
Activation parse_activation(const std::string& name);

}  // namespace nn
