// Everything a page may offer, in one JSON document: generators with their problem type,
// class count and domain; activations, outputs, losses, initialisations, regularizers, data
// sources; optimizers with the hyperparameters each one reads; schedules with theirs; the
// input features; the optimizer lab's surfaces and racers; and every numeric field's range,
// default, scale and menu values (the range table of ranges.h, which the spec parser and the
// lab check against). Pages build their menus, sliders, defaults and validation from it and
// keep no copy of their own. Its shape is documented in web/wasm/nn.d.ts (Catalog).
#pragma once
#include <string>
#include <vector>

#include "nn/optimizer.h"
#include "nn/schedule.h"

namespace nn {

std::string catalog_json();
// The catalog's "fields" entries of the given range-table paths only (a page's own subset).
std::string fields_json(const std::vector<std::string>& paths);

// The hyperparameters an optimizer reads, by their spec names ("learningRate", "beta1" …).
std::vector<const char*> optimizer_param_names(OptimizerKind kind);
// The parameters of a schedule, by their spec names ("stepEpochs", "gamma" …).
std::vector<const char*> schedule_param_names(ScheduleKind kind);

}  // namespace nn
