// The one table of every numeric setting's range, default and the values a page offers. The
// spec parser checks against it, the optimizer lab's setters check against it, and catalog()
// hands it to the pages, so a limit is written once and every caller says the same thing
// about a value outside it ("optimizer.learningRate: must be from 1e-07 to 10, got 100").
#pragma once
#include <string>
#include <vector>

#include "nn/optimizer.h"

namespace nn {

enum class Scale { Linear, Log };

struct Range {
  const char* path;  // the spec's field path ("optimizer.learningRate"); "view." and "lab." for page settings
  double min, max;   // accepted values, both ends included
  double def;        // the value when the field is absent
  bool integer = false;
  Scale scale = Scale::Linear;     // how a slider over it moves
  std::vector<double> choices;     // the values a page's menu offers (empty: a slider or a text field)
  double step = 0;                 // a slider's step (0: none or log scale)
  // The part of [min, max] a page's slider or +/− buttons span (NaN: all of it). A link may
  // still set any accepted value.
  double slider_min = kWhole, slider_max = kWhole;
  // Lists (model.hidden, model.dropout, features, data.inline): how many entries (-1: not a list).
  int min_length = -1, max_length = -1;
  int slider_max_length = -1;      // the most entries a page's buttons add (-1: max_length)
  std::vector<double> list_def;    // a list's default (model.hidden: [4, 2]); def is a new entry's

  static const double kWhole;
};

// All ranges, spec fields first. Every numeric field of the spec has one.
const std::vector<Range>& all_ranges();
// The range at `path`; throws std::logic_error for an unknown path (a programming error).
const Range& range(const std::string& path);

// Returns x if it lies in the range; otherwise throws SpecError
// "<where>: must be from <min> to <max>, got <x>" (where defaults to the range's path).
double check_range(const Range& r, double x, const std::string& where = "");
// Formats a bound or value the way every message prints it (integers without a fraction).
std::string format_number(double x, bool integer);
// The shortest text (at least 6 significant digits) that reads back as the same double.
std::string shortest_number(double x);

// Checks every hyperparameter against its optimizer.* range; the lab and the spec share it.
void check_optimizer_params(const OptimizerParams& p);

}  // namespace nn
