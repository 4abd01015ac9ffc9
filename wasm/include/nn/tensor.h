// Scalar type and Eigen aliases used across the core.
// Convention (as in MiniDNN): one column = one sample. A batch of B samples with F features
// is an F×B matrix.
#pragma once
#include <Eigen/Core>
#include <cstdint>

namespace nn {

using Scalar = float;
using Index = Eigen::Index;
using Matrix = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic>;  // features × samples
using Vector = Eigen::Matrix<Scalar, Eigen::Dynamic, 1>;
using RowVector = Eigen::Matrix<Scalar, 1, Eigen::Dynamic>;
using MatrixMap = Eigen::Map<Matrix>;
using VectorMap = Eigen::Map<Vector>;
using ConstMatrixRef = Eigen::Ref<const Matrix>;  // a Matrix or a column block of one, no copy

// Training and evaluation differ for dropout and batch normalization; callers say which.
enum class Phase { Train, Eval };

}  // namespace nn
