// The linear-regression page's settings as catalog fields: the line generator's ranges (which
// the spec parser checks data.line.* against), the steps per frame, and the optimizers with
// their hyperparameters' ranges and menus. The page merges these into the core's catalog().
#pragma once
#include <string>

namespace nn {

struct LineRange {
  const char* key;  // field of data.line
  double min, max, def;
  bool integer;
};
// weight, bias, noise, points, xMin, xMax (in that order).
const LineRange* line_ranges();
const LineRange& line_range(const char* key);

// JSON: {"fields": {"data.line.weight": {min, max, default, integer, scale, choices, …}, …},
//        "optimizers": [{"name", "params"}, …]}
std::string regression_catalog_json();

}  // namespace nn
