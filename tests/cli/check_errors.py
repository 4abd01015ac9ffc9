#!/usr/bin/env python3
"""descent-cli rejects bad input with exit status 1 (2 for usage) and a message that names
the problem, without printing any epoch.
usage: check_errors.py DESCENT_CLI WORKDIR"""
import os
import subprocess
import sys

cli, work = sys.argv[1:3]
os.makedirs(work, exist_ok=True)


def run_spec(text, *extra):
    path = os.path.join(work, "spec.json")
    with open(path, "w") as f:
        f.write(text)
    return subprocess.run([cli, "run", path, *extra], capture_output=True, text=True, timeout=60)


cases = [
    ('{"model": {"hidden": [4, 0]}}', "model.hidden[1]: must be from 1 to 1024, got 0"),
    ('{"optimizer": {"kind": "adamm"}}', "optimizer.kind: unknown optimizer 'adamm'"),
    ('{"data": {"source": "csv", "csvFile": "missing.csv"}}', "cannot read"),
    ('{"data": {"source": "csv"}}', "data.csvFile: the command-line runner needs a CSV file"),
    ('{"seed": 1', "spec is not valid JSON"),
]
for text, message in cases:
    r = run_spec(text)
    assert r.returncode == 1, (text, r.returncode, r.stderr)
    assert message in r.stderr, (text, r.stderr)
    assert r.stdout == "", (text, r.stdout)

with open(os.path.join(work, "bad.csv"), "w") as f:
    f.write("a,b,label\n1,2,0\n3,4\n5,6,1\n7,8,0\n")
r = run_spec('{"data": {"source": "csv", "csvFile": "bad.csv"}}')
assert r.returncode == 1 and "CSV line 3, column 3: expected 3 fields, got 2" in r.stderr, r.stderr

r = subprocess.run([cli, "run"], capture_output=True, text=True)
assert r.returncode == 2 and "usage" in r.stderr, r
r = run_spec("{}", "--epochs", "-3")
assert r.returncode == 2, r
print("descent-cli rejects bad specs, CSV files and arguments with clear messages")
