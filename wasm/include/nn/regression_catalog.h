// The linear-regression page's part of the catalog: its fields (data.line.*, seed, the
// optimizer hyperparameters, regression.speed) and the optimizers with the hyperparameters
// each reads. Every range comes from the one range table (ranges.h), as in catalog().
#pragma once
#include <string>

namespace nn {

// JSON: {"fields": {"data.line.weight": {min, max, default, integer, scale, choices, …}, …},
//        "optimizers": [{"name", "params"}, …]}
std::string regression_catalog_json();

}  // namespace nn
