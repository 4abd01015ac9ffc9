// descent-bench: the native ceiling of `npm run bench`. The same core, compiled with -O3
// -msse4.2 (the 128-bit vector width WASM SIMD has), timed with the same method as
// bench/harness.js: warm-up and calibration, then `reps` repetitions of ~chunkMs chunks until
// at least minMs of timed work; re-initialising (a new Trainer from the spec) every
// reinitEvery steps, outside the timed calls.
//
//   descent-bench < job.json    job: {"kind": "train"|"grid", "spec": {...}, "gridN": 100,
//                                     "timing": {"warmupMs", "chunkMs", "minMs", "reps"},
//                                     "reinitEvery": 1000}
// Prints one JSON object: {"msPerUnit", "minMsPerUnit", "maxMsPerUnit", "reps", "unitsPerChunk", "units"}.
//
//   job {"kind": "longrun", "spec": {...}, "steps": 20000, "window": 1000, "chunk": 100}:
// one Trainer, never re-initialised, trained `steps` steps in timed chunks (bench/long_run.js
// does the same in the browser). Its last `window` steps are timed in alternation with the
// first `window` steps of a fresh Trainer. Prints {"chunkMs": [...], "firstMsPerStep",
// "lastMsPerStep", "ratio", "subnormals"}: ms per step of the first and last windows (median
// chunk of each), ratio = first / last (samples/s of the last window over the first; below 1:
// the run slowed down), and how many subnormal values the run's parameters, optimizer state and
// batch-norm statistics hold at the end.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>
#include <iostream>
#include <iterator>
#include <limits>
#include <memory>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <vector>

#include "nn/spec.h"
#include "nn/trainer.h"

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

double now_ms() {
  return std::chrono::duration<double, std::milli>(Clock::now().time_since_epoch()).count();
}

double median(std::vector<double> xs) {
  std::sort(xs.begin(), xs.end());
  const std::size_t m = xs.size() / 2;
  return xs.size() % 2 ? xs[m] : (xs[m - 1] + xs[m]) / 2;
}

struct Timing {
  double warmup_ms = 300, chunk_ms = 50, min_ms = 1000;
  int reps = 5;
};

// run(k) does k units of work; reinit() returns to fresh weights.
json measure(const std::function<void(long long)>& run, const std::function<void()>& reinit,
             const Timing& t, long long reinit_every) {
  long long since_init = 0, units = 0;
  auto timed = [&](long long k) {
    double ms = 0;
    while (k > 0) {
      if (since_init >= reinit_every) {
        reinit();
        since_init = 0;
      }
      const long long n = std::min(k, reinit_every - since_init);
      const double t0 = now_ms();
      run(n);
      ms += now_ms() - t0;
      since_init += n;
      units += n;
      k -= n;
    }
    return ms;
  };

  long long k = 1;
  const double start = now_ms();
  for (;;) {
    const double ms = timed(k);
    const bool long_enough = ms >= t.chunk_ms / 2;
    if (long_enough && now_ms() - start >= t.warmup_ms) {
      k = std::max(1LL, std::llround(double(k) * t.chunk_ms / ms));
      break;
    }
    if (!long_enough)
      k = std::max(k + 1, std::llround(double(k) * std::min(8.0, t.chunk_ms / std::max(ms, 0.01))));
  }

  std::vector<double> reps;
  for (int r = 0; r < t.reps; ++r) {
    double ms = 0;
    long long n = 0;
    while (ms < t.min_ms) {
      ms += timed(k);
      n += k;
    }
    reps.push_back(ms / double(n));
  }
  return {{"msPerUnit", median(reps)},
          {"minMsPerUnit", *std::min_element(reps.begin(), reps.end())},
          {"maxMsPerUnit", *std::max_element(reps.begin(), reps.end())},
          {"reps", reps},
          {"unitsPerChunk", k},
          {"units", units}};
}

}  // namespace

int main() {
  try {
    const json job = json::parse(std::string(std::istreambuf_iterator<char>(std::cin), {}));
    const std::string spec_text = job.at("spec").dump();
    const nn::ExperimentSpec spec = nn::parse_spec(spec_text);

    if (job.at("kind") == "longrun") {
      const long long steps = job.value("steps", 20000LL), window = job.value("window", 1000LL),
                      chunk = job.value("chunk", 100LL);
      nn::Trainer aged(spec);
      auto train = [&](nn::Trainer& t, long long k) {
        const double t0 = now_ms();
        if (t.train_steps(k) != nn::Status::Ok) throw std::runtime_error("training diverged");
        return now_ms() - t0;
      };
      std::vector<double> chunk_ms, first_ms, last_ms;
      for (long long done = 0; done < steps - window; done += chunk) chunk_ms.push_back(train(aged, chunk));
      // The last window of the long run and the first window of a fresh trainer (the same
      // spec and seed: a replay of the run's first steps), in alternating chunks, so load from
      // elsewhere on the machine hits both alike.
      nn::Trainer fresh(spec);
      for (long long done = 0; done < window; done += chunk) {
        first_ms.push_back(train(fresh, chunk));
        last_ms.push_back(train(aged, chunk));
      }
      chunk_ms.insert(chunk_ms.end(), last_ms.begin(), last_ms.end());
      // Where subnormals sit at the end of the run (parameters, optimizer state, BN statistics).
      auto subnormals = [](const float* v, std::size_t n) {
        long long c = 0;
        for (std::size_t i = 0; i < n; ++i) c += std::fpclassify(v[i]) == FP_SUBNORMAL;
        return c;
      };
      long long in_state = 0;
      for (auto& kv : aged.optimizer().named_state()) in_state += subnormals(kv.second->data(), kv.second->size());
      const double first = median(first_ms) / double(chunk), last = median(last_ms) / double(chunk);
      std::cout << json{{"chunkMs", chunk_ms}, {"firstMsPerStep", first}, {"lastMsPerStep", last},
                        {"ratio", first / last},
                        {"subnormals", {{"params", subnormals(aged.params().data(), std::size_t(aged.params().size()))},
                                        {"optimizerState", in_state},
                                        {"batchNormState", subnormals(aged.state().data(), std::size_t(aged.state().size()))}}}}
                       .dump()
                << "\n";
      return 0;
    }
    Timing t;
    const json& tj = job.at("timing");
    t.warmup_ms = tj.at("warmupMs").get<double>();
    t.chunk_ms = tj.at("chunkMs").get<double>();
    t.min_ms = tj.at("minMs").get<double>();
    t.reps = tj.at("reps").get<int>();

    auto trainer = std::make_unique<nn::Trainer>(spec);
    json result;
    if (job.at("kind") == "grid") {
      const int n = job.at("gridN").get<int>();
      float sink = 0;
      result = measure([&](long long k) { for (long long i = 0; i < k; ++i) sink += trainer->evaluate_grid(n)(0, 0); },
                       [] {}, t, std::numeric_limits<long long>::max());
      if (std::isnan(sink)) throw std::runtime_error("grid gave NaN");
    } else {
      const long long every = job.value("reinitEvery", 1000LL);
      result = measure(
          [&](long long k) {
            if (trainer->train_steps(k) != nn::Status::Ok) throw std::runtime_error("training diverged");
          },
          [&] { trainer = std::make_unique<nn::Trainer>(spec); }, t, every);
    }
    std::cout << result.dump() << "\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "descent-bench: " << e.what() << "\n";
    return 1;
  }
}
