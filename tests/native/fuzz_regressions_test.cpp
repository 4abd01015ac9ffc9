// Replays, through the same checks the fuzzers make (tests/fuzz/reader_checks.h), every seed
// input of the spec, model-file and CSV readers and every input a fuzzer ever found a problem
// with (tests/fuzz/regressions/<reader>/), so that a fixed crash stays fixed without a fuzzer.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "../fuzz/reader_checks.h"

namespace nn {
namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs `check` on every file under tests/fuzz/{corpus,regressions}/<reader>; returns how many.
int replay(const std::string& reader, std::string (*check)(const std::string&)) {
  int count = 0;
  for (const char* kind : {"corpus", "regressions"}) {
    const fs::path dir = fs::path(DESCENT_SOURCE_DIR) / "tests" / "fuzz" / kind / reader;
    if (!fs::exists(dir)) continue;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (!entry.is_regular_file()) continue;
      EXPECT_EQ(check(read_file(entry.path())), "") << entry.path();
      ++count;
    }
  }
  return count;
}

TEST(FuzzRegressions, SpecReaderHandlesEverySeedAndFoundInput) { EXPECT_GT(replay("spec", fuzz::check_spec), 5); }
TEST(FuzzRegressions, ModelFileReaderHandlesEverySeedAndFoundInput) {
  EXPECT_GT(replay("model_file", fuzz::check_model_file), 3);
}
TEST(FuzzRegressions, CsvReaderHandlesEverySeedAndFoundInput) { EXPECT_GE(replay("csv", fuzz::check_csv), 5); }

// Well-formed input passes every check (so a replayed failure means the reader changed).
TEST(FuzzRegressions, TheChecksAcceptWellFormedInput) {
  EXPECT_EQ(fuzz::check_spec("{\"seed\": 2}"), "");
  EXPECT_EQ(fuzz::check_csv("1,2\n3,4\n"), "");
  EXPECT_EQ(fuzz::check_model_file(save_model(fuzz::model_file_trainer(), true)), "");
}

}  // namespace
}  // namespace nn
