#!/usr/bin/env python3
"""descent-cli --save then --load: the loaded model reports exactly the saved run's losses
(0 further epochs), training on from it equals training the original run longer, and a
corrupt model file is rejected with exit status 1 and a message.
usage: check_save_load.py DESCENT_CLI SPEC.json WORKDIR"""
import json
import os
import subprocess
import sys

cli, spec, work = sys.argv[1:4]
os.makedirs(work, exist_ok=True)
model = os.path.join(work, "model.json")


def run(*args):
    r = subprocess.run([cli, "run", spec, *args], capture_output=True, text=True, timeout=120)
    return r.returncode, [json.loads(l) for l in r.stdout.splitlines()], r.stderr


code, saved, _ = run("--epochs", "4", "--save", model)
assert code == 0, code
code, loaded, _ = run("--epochs", "0", "--load", model)
assert code == 0, code
a, b = saved[-1]["summary"], loaded[-1]["summary"]
for key in ("epoch", "trainLoss", "testLoss", "trainAccuracy", "testAccuracy"):
    assert a[key] == b[key], (key, a[key], b[key])

code, longer, _ = run("--epochs", "6")
code, resumed, _ = run("--epochs", "2", "--load", model)
assert longer[-1]["summary"]["trainLoss"] == resumed[-1]["summary"]["trainLoss"], (longer[-1], resumed[-1])
assert resumed[-1]["summary"]["epoch"] == 6

with open(model) as f:
    text = f.read()
broken = os.path.join(work, "broken.json")
with open(broken, "w") as f:
    f.write(text[: len(text) // 2])
code, _, err = run("--epochs", "1", "--load", broken)
assert code == 1 and "model file is not valid JSON" in err, (code, err)
print("save/load through the CLI round-trips and resumes exactly")
