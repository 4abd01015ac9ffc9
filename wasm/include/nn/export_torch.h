// "Export as PyTorch": one self-contained Python script that runs the same experiment in
// PyTorch — the network, the data the network sees, the exact current weights, batch-norm
// statistics and optimizer state, the loss and regularization conventions, the schedule and
// Descent's own order of mini-batches and dropout masks — on one process or several
// (torchrun). What the script cannot reproduce exactly is an ExportError naming it.
#pragma once
#include <stdexcept>
#include <string>

namespace nn {

class Trainer;

class ExportError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

// The script trains `epochs` more epochs from the trainer's current state and prints one JSON
// line per epoch, as the command-line runner does. Data sets with more than
// kMaxExportedNumbers input and target values are refused (they would make a script of
// hundreds of megabytes).
constexpr long long kMaxExportedNumbers = 4'000'000;
std::string export_torch(Trainer& trainer, long long epochs, const std::string& version = "descent");

}  // namespace nn
