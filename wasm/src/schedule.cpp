#include "nn/schedule.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace nn {

double LearningRateSchedule::rate(double base, long long epoch) const {
  const double e = double(std::max(epoch, 0LL));
  switch (params.kind) {
    case ScheduleKind::Constant:
      return base;
    case ScheduleKind::Step:
      return base * std::pow(params.gamma, std::floor(e / double(params.step_epochs)));
    case ScheduleKind::Exponential:
      return base * std::pow(params.decay, e);
    case ScheduleKind::Cosine: {
      const double T = double(params.period_epochs), lo = params.min_learning_rate;
      return lo + 0.5 * (base - lo) * (1.0 + std::cos(3.14159265358979323846 * std::min(e, T) / T));
    }
  }
  return base;
}

const char* schedule_name(ScheduleKind kind) {
  switch (kind) {
    case ScheduleKind::Constant:
      return "constant";
    case ScheduleKind::Step:
      return "step";
    case ScheduleKind::Exponential:
      return "exponential";
    case ScheduleKind::Cosine:
      return "cosine";
  }
  return "?";
}

ScheduleKind parse_schedule(const std::string& name) {
  for (ScheduleKind k :
       {ScheduleKind::Constant, ScheduleKind::Step, ScheduleKind::Exponential, ScheduleKind::Cosine})
    if (name == schedule_name(k)) return k;
  throw std::invalid_argument("unknown schedule '" + name +
                              "' (expected constant, step, exponential or cosine)");
}

}  // namespace nn
