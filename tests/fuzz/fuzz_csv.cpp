// libFuzzer target for the csv reader: see reader_checks.h for what is checked.
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "reader_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string problem = nn::fuzz::check_csv(std::string(reinterpret_cast<const char*>(data), size));
  if (!problem.empty()) {
    std::fprintf(stderr, "fuzz_csv: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
