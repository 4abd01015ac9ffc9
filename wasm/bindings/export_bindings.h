// "Export as PyTorch" from a page: every handle that owns an nn::Trainer (the playground's
// Trainer, the regression page's Regression, the images page's ImageTrainer) exposes
// exportTorch(epochs), which returns the script text of nn::export_torch for the trainer's
// current state (its weights as they are now: the page's equivalent of `--load`). The page
// turns the text into a download; the core does no file I/O. What the script cannot express
// is a JS Error with the core's ExportError message.
#pragma once
#include <string>

#include "guarded.h"
#include "nn/export_torch.h"
#include "nn/run_record.h"
#include "nn/trainer.h"

namespace bindings {

inline std::string export_torch_script(nn::Trainer& trainer, int epochs) {
  return guarded([&] { return nn::export_torch(trainer, epochs, std::string("page, ") + nn::code_version()); });
}

}  // namespace bindings
