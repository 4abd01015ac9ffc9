#!/usr/bin/env bash
# quiet-build.sh DIR: `cmake --build DIR` with the progress lines left out of the output.
# The build's own exit status decides: piping it through `grep … || true` under pipefail would
# swallow a failed build, and the binaries of the previous build would then pass for new ones.
set -uo pipefail
dir=$1
cmake --build "$dir" -j"$(nproc)" -- --no-print-directory >"$dir/build.log" 2>&1
status=$?
grep -vE '^\[ *[0-9]+%\] (Building|Linking|Built)|^(make|gmake)' "$dir/build.log"
if [ "$status" != 0 ]; then
  echo "build failed in $dir (exit $status); the whole log is $dir/build.log" >&2
fi
exit "$status"
