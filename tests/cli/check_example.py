#!/usr/bin/env python3
"""Runs one example spec through descent-cli for a few epochs and checks its output:
exit status 0, one JSON object per epoch with increasing epochs, finite losses and every
metric the page sees, and a final summary whose status is ok or early_stopped.
usage: check_example.py DESCENT_CLI SPEC.json EPOCHS"""
import json
import math
import subprocess
import sys

cli, spec, epochs = sys.argv[1], sys.argv[2], int(sys.argv[3])
# A spec over a large data set (Fashion-MNIST) asks for fewer epochs than the default.
with open(spec) as f:
    epochs = min(epochs, json.load(f).get("training", {}).get("epochs", epochs))
run = subprocess.run([cli, "run", spec, "--epochs", str(epochs)], capture_output=True, text=True, timeout=300)
if run.returncode != 0:
    sys.exit(f"{spec}: exit status {run.returncode}\n{run.stderr}")
lines = [json.loads(line) for line in run.stdout.splitlines()]
*per_epoch, last = lines
summary = last.get("summary")
if summary is None:
    sys.exit(f"{spec}: the last line is not a summary: {last}")
if summary["status"] not in ("ok", "early_stopped"):
    sys.exit(f"{spec}: status {summary['status']}")
expected = epochs if summary["status"] == "ok" else len(per_epoch)
if [m["epoch"] for m in per_epoch] != list(range(1, expected + 1)):
    sys.exit(f"{spec}: expected epochs 1..{expected}, got {[m['epoch'] for m in per_epoch]}")
# Every line carries the same fields as the page's metrics() (one mapping in the core).
FIELDS = {"epoch", "trainLoss", "testLoss", "penalty", "trainAccuracy", "testAccuracy", "zeroWeights",
          "bestEpoch", "bestTestLoss", "learningRate", "status"}
for m in per_epoch + [summary]:
    if not FIELDS <= m.keys():
        sys.exit(f"{spec}: missing {sorted(FIELDS - m.keys())} at epoch {m['epoch']}")
    if m["status"] not in ("ok", "early_stopped"):
        sys.exit(f"{spec}: status {m['status']!r} at epoch {m['epoch']}")
    for key in ("trainLoss", "testLoss", "penalty", "learningRate", "bestTestLoss"):
        if not isinstance(m[key], (int, float)) or not math.isfinite(m[key]) or m[key] < 0:
            sys.exit(f"{spec}: {key} = {m[key]!r} at epoch {m['epoch']}")
    if "ms" in m and m["ms"] < 0:
        sys.exit(f"{spec}: negative time")
print(f"{spec}: {len(per_epoch)} epochs, train loss {per_epoch[0]['trainLoss']:.4f} -> {summary['trainLoss']:.4f}, "
      f"status {summary['status']}")
