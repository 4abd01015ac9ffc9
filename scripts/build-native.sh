#!/usr/bin/env bash
# Builds the native core, its GoogleTest tests and the command-line runner into build-native/.
# With --sanitize: the same, with AddressSanitizer + UBSan, into build-sanitize/.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=build-native
flags=(-DCMAKE_BUILD_TYPE=Release)
if [ "${1:-}" = "--sanitize" ]; then
  dir=build-sanitize
  flags=(-DCMAKE_BUILD_TYPE=Debug -DDESCENT_SANITIZE=ON)
fi
if [ ! -f "$dir/CMakeCache.txt" ]; then
  cmake -S . -B "$dir" "${flags[@]}" >/dev/null
fi
bash scripts/quiet-build.sh "$dir"
test -x "$dir/descent_tests"
