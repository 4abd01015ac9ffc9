// What the optimizer lab offers, as the core's catalog hands it to the page (catalog.h): its
// racers (one per optimizer family of the course, their hyperparameters and switches, their
// starting values), each surface's own starting learning rates, and the page's opening scene.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "nn/json.h"

#include "nn/optimizer.h"
#include "nn/surface.h"

namespace nn {

struct LabRacer {
  const char* id;
  OptimizerKind kind;
  OptimizerParams params;            // starting values on the quadratic (the opening scene)
  std::vector<const char*> sliders;  // the hyperparameters the page has a slider for (spec names)
  bool nesterov_switch = false;      // Momentum's racer may run the Nesterov class instead
  bool bias_switch = false;          // Adam's racer may turn bias correction off
  bool on = true;                    // shown in the opening scene
};

const std::vector<LabRacer>& lab_racers();

// A racer's learning rate on a surface: what the page sets when the surface is chosen. Each
// one keeps the racer on the map from the surface's default start and lowers its loss (a
// native test checks every pair); the quadratic's are the racers' own.
double lab_learning_rate(SurfaceKind surface, const std::string& racer_id);

// The catalog's "racers" and "lab" entries, and a surface's "racers" entry
// ({racer id: {learningRate}}).
nn::Json lab_racers_json();
nn::Json lab_scene_json();
nn::Json lab_surface_racers_json(SurfaceKind surface);

}  // namespace nn
