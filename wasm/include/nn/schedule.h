// Learning-rate schedules: the rate the optimizer uses in epoch e (counted from 0), computed
// from the base rate α the user set. The trainer applies it at the start of every epoch.
//   constant:     α_e = α
//   step:         α_e = α · γ^⌊e / stepEpochs⌋
//   exponential:  α_e = α · d^e
//   cosine:       α_e = α_min + ½(α − α_min)(1 + cos(π · min(e, T) / T)),  T = periodEpochs
#pragma once
#include <string>

namespace nn {

enum class ScheduleKind { Constant, Step, Exponential, Cosine };

struct ScheduleParams {
  ScheduleKind kind = ScheduleKind::Constant;
  double gamma = 0.5;              // γ, step decay factor
  int step_epochs = 100;           // epochs between step decays
  double decay = 0.99;             // d, exponential factor per epoch
  int period_epochs = 1000;        // T, cosine half-period; α_min from then on
  double min_learning_rate = 0.0;  // α_min of the cosine schedule
};

class LearningRateSchedule {
 public:
  explicit LearningRateSchedule(const ScheduleParams& p = {}) : params(p) {}
  double rate(double base, long long epoch) const;
  ScheduleParams params;
};

const char* schedule_name(ScheduleKind kind);
ScheduleKind parse_schedule(const std::string& name);  // throws std::invalid_argument

}  // namespace nn
