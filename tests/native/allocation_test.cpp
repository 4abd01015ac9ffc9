// "No allocation per training step in steady state": counts every malloc (operator new and
// Eigen both end in malloc) while a warmed-up trainer runs whole epochs, including the last
// partial mini-batch, dropout, batch norm, early-stopping bookkeeping and the metrics.
// The counter replaces glibc's malloc for this test binary; under AddressSanitizer (which
// owns malloc) the test is skipped.
#include <gtest/gtest.h>

#include <atomic>
#include <cstddef>

#include "nn/trainer.h"

#if defined(__SANITIZE_ADDRESS__)
#define DESCENT_COUNT_MALLOC 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DESCENT_COUNT_MALLOC 0
#endif
#endif
#ifndef DESCENT_COUNT_MALLOC
#define DESCENT_COUNT_MALLOC 1
#endif

#if DESCENT_COUNT_MALLOC
namespace {
std::atomic<long> g_mallocs{0};
std::atomic<bool> g_counting{false};
}  // namespace
extern "C" {
void* __libc_malloc(std::size_t);
void* __libc_calloc(std::size_t, std::size_t);
void* __libc_realloc(void*, std::size_t);
void* malloc(std::size_t n) {
  if (g_counting.load(std::memory_order_relaxed)) ++g_mallocs;
  return __libc_malloc(n);
}
void* calloc(std::size_t n, std::size_t s) {
  if (g_counting.load(std::memory_order_relaxed)) ++g_mallocs;
  return __libc_calloc(n, s);
}
void* realloc(void* p, std::size_t n) {
  if (g_counting.load(std::memory_order_relaxed)) ++g_mallocs;
  return __libc_realloc(p, n);
}
}
#endif

namespace nn {
namespace {

long mallocs_during(const std::function<void()>& fn) {
#if DESCENT_COUNT_MALLOC
  const long before = g_mallocs.load();
  g_counting = true;
  fn();
  g_counting = false;
  return g_mallocs.load() - before;
#else
  fn();
  return -1;
#endif
}

TEST(Allocation, CounterSeesAllocations) {
  if (!DESCENT_COUNT_MALLOC) GTEST_SKIP() << "malloc belongs to the sanitizer";
  EXPECT_GT(mallocs_during([] {
              Matrix m(100, 100);
              m.setZero();
            }),
            0);  // the counter works
}

TEST(Allocation, SteadyStateTrainingDoesNotAllocate) {
  if (!DESCENT_COUNT_MALLOC) GTEST_SKIP() << "malloc belongs to the sanitizer";
  // 253 training points in batches of 10: 25 full batches and a partial one of 3 per epoch.
  for (const char* json : {
           R"({"data": {"generator": "spiral", "points": 506}, "model": {"hidden": [8, 6], "dropout": 0.2,
               "batchNorm": true}, "optimizer": {"kind": "adam"}, "regularization": {"kind": "l2", "rate": 0.001},
               "training": {"earlyStopping": {"patience": 1000}, "clipNorm": 1}})",
           R"({"data": {"generator": "blobs", "classes": 4, "points": 506}, "model": {"hidden": [5]},
               "optimizer": {"kind": "momentum", "schedule": {"kind": "cosine", "periodEpochs": 10}},
               "regularization": {"kind": "l1", "rate": 0.001}})",
           R"({"data": {"generator": "plane", "points": 506}, "optimizer": {"kind": "rmsprop"}})",
           // MNIST-sized layers: Eigen's product blocking must not go to the heap either
           R"({"data": {"generator": "clusters", "dims": 784, "classes": 10, "points": 1000},
               "model": {"hidden": [128, 64], "activation": "relu", "batchNorm": true, "dropout": 0.2},
               "optimizer": {"kind": "adam"}, "training": {"batchSize": 64}})"}) {
    Trainer t(parse_spec(json));
    t.train_epochs(2);  // warm-up: every buffer gets its shape
    EXPECT_EQ(mallocs_during([&] { t.train_epochs(3); }), 0) << json;
    EXPECT_EQ(t.status(), Status::Ok);
    EXPECT_EQ(t.metrics().epoch, 5);
  }
}

}  // namespace
}  // namespace nn
