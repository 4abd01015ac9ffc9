#!/usr/bin/env bash
# npm run fuzz: a bounded libFuzzer run of the spec, model-file and CSV readers with Debian's
# clang (AddressSanitizer + UBSan), FUZZ_SECONDS per reader (default 60), then a summary.
# Starts from the committed seed corpus (tests/fuzz/corpus/<reader>); new interesting inputs
# stay in build-fuzz/corpus/. An input that crashes a reader or breaks what
# tests/fuzz/reader_checks.h checks is written to build-fuzz/crashes/<reader>/; copy it to
# tests/fuzz/regressions/<reader>/ and the native tests replay it from then on.
#   usage: scripts/fuzz.sh [spec|model_file|csv ...]     FUZZ_SECONDS=600 scripts/fuzz.sh csv
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-60}"
readers=("$@")
[ ${#readers[@]} -gt 0 ] || readers=(spec model_file csv)

for tool in clang-14 clang++-14; do
  command -v "$tool" >/dev/null || { echo "fuzz: $tool is missing (bash scripts/setup.sh installs it)" >&2; exit 1; }
done
if [ ! -f build-fuzz/CMakeCache.txt ]; then
  CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDESCENT_FUZZ=ON >/dev/null || exit 1
fi
targets=()
for r in "${readers[@]}"; do targets+=("fuzz_$r"); done
cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]}" -- --no-print-directory >build-fuzz/build.log 2>&1 \
  || { tail -30 build-fuzz/build.log; echo "fuzz: the build failed (build-fuzz/build.log)" >&2; exit 1; }

summary=()
status=0
for r in "${readers[@]}"; do
  corpus="build-fuzz/corpus/$r" crashes="build-fuzz/crashes/$r" log="build-fuzz/fuzz_$r.log"
  mkdir -p "$corpus" "$crashes"
  dict=()
  [ -f "tests/fuzz/$r.dict" ] && dict=(-dict="tests/fuzz/$r.dict")
  echo "== fuzzing the $r reader for ${seconds} s"
  # -rss_limit_mb: a reader must refuse what it cannot hold rather than allocate without bound.
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    "build-fuzz/fuzz_$r" "$corpus" "tests/fuzz/corpus/$r" "${dict[@]}" -max_total_time="$seconds" \
    -max_len=65536 -rss_limit_mb=2048 -timeout=10 -artifact_prefix="$crashes/" -print_final_stats=1 >"$log" 2>&1
  code=$?
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || echo "?")
  found=$(find "$crashes" -type f | wc -l)
  inputs=$(find "$corpus" -type f | wc -l)
  line="$r: ${runs} runs in ${seconds} s, coverage ${cov} edges, corpus ${inputs} inputs, problems ${found}"
  if [ "$code" != 0 ] || [ "$found" != 0 ]; then
    status=1
    line="$line  <-- see $log and $crashes/"
    grep -m3 -E 'ERROR|runtime error|fuzz_[a-z_]+: ' "$log" | sed 's/^/    /'
  fi
  summary+=("$line")
done
echo "== fuzz summary"
printf '%s\n' "${summary[@]}"
exit $status
