#!/usr/bin/env bash
# npm run cli -- run SPEC.json …: the native command-line runner, built on first use.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/build-native.sh" >&2
exec "$root/build-native/descent-cli" "$@"
