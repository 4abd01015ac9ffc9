#!/usr/bin/env python3
"""Trains an example spec to the end with three seeds, and the same spec as logistic
regression (no hidden layer, same data and preparation), and checks that the median test
accuracy of each reaches the bar the course promises.
usage: check_accuracy.py DESCENT_CLI SPEC.json WORKDIR MIN_ACCURACY"""
import json
import os
import statistics
import subprocess
import sys

cli, spec_path, work, bar = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
os.makedirs(work, exist_ok=True)
with open(spec_path) as f:
    base = json.load(f)
base["data"]["csvFile"] = os.path.join(os.path.dirname(os.path.abspath(spec_path)), base["data"]["csvFile"])


def test_accuracy(spec, name):
    path = os.path.join(work, name + ".json")
    with open(path, "w") as f:
        json.dump(spec, f)
    # the spec is written beside the build, its CSV stays in examples/data
    run = subprocess.run([cli, "run", path, "--allow-outside-data"], capture_output=True, text=True, timeout=600)
    if run.returncode != 0:
        sys.exit(f"{name}: exit status {run.returncode}\n{run.stderr}")
    summary = json.loads(run.stdout.splitlines()[-1])["summary"]
    return summary["testAccuracy"], summary


failed = False
for model in ("mlp", "logistic"):
    accuracies = []
    for seed in (1, 2, 3):
        spec = json.loads(json.dumps(base))
        spec["seed"] = seed
        if model == "logistic":
            spec["model"] = {"hidden": []}
        acc, summary = test_accuracy(spec, f"{model}-{seed}")
        accuracies.append(acc)
        print(f"{model} seed {seed}: test accuracy {acc:.4f}, best validation epoch {summary['bestEpoch']}, "
              f"status {summary['status']}")
    median = statistics.median(accuracies)
    print(f"{model}: median test accuracy {median:.4f} (bar {bar})")
    failed |= median < bar
sys.exit(1 if failed else 0)
