#!/usr/bin/env python3
"""descent-cli holds up against hostile input: arguments that are not whole numbers, specs
with a key given twice, numbers beyond a double, model files with an invalid spec or damaged
optimizer state, data paths that leave the spec's folder, and control characters or huge
values meant for the terminal. Each gets its exit status (2 usage, 1 error) and a message
naming the problem, and prints no epoch.
usage: check_hostile_input.py DESCENT_CLI WORKDIR"""
import json
import os
import shutil
import subprocess
import sys

cli, work = os.path.abspath(sys.argv[1]), sys.argv[2]
shutil.rmtree(work, ignore_errors=True)
specs = os.path.join(work, "specs")
os.makedirs(os.path.join(specs, "data"))
failures = []

CSV = "x,y,label\n" + "".join(f"{i % 7},{i % 5},{i % 2}\n" for i in range(40))
for path in (os.path.join(specs, "data", "inside.csv"), os.path.join(work, "outside.csv")):
    with open(path, "w") as f:
        f.write(CSV)
os.symlink(os.path.join(work, "outside.csv"), os.path.join(specs, "link.csv"))


def write(name, text):
    path = os.path.join(specs, name)
    with open(path, "w") as f:
        f.write(text)
    return path


def run(*args):
    return subprocess.run([cli, *args], capture_output=True, text=True, timeout=60)


def expect(args, status, message, name=None):
    r = run(*args)
    label = name or " ".join(args)[-120:]
    if r.returncode != status:
        failures.append(f"{label}: exit status {r.returncode}, expected {status}\n{r.stderr}")
    elif message not in r.stderr:
        failures.append(f"{label}: stderr lacks {message!r}:\n{r.stderr[:600]}")
    elif status != 0 and r.stdout:
        failures.append(f"{label}: printed epochs: {r.stdout[:200]}")
    return r


small = write("small.json", json.dumps({"data": {"points": 40}, "training": {"epochs": 2}}))

# --epochs: only whole decimal numbers from 0 to 10^7; everything else is a usage error.
for bad in ["1e12", "3abc", "0x10", "2.9", "1000000000000", "10000001", "-3", "+3", " 3", "", "٣"]:
    expect(["run", small, "--epochs", bad], 2, "--epochs must be a whole number from 0 to 10000000, got '" + bad + "'",
           name=f"--epochs {bad!r}")
for good, epochs in [("0", 0), ("3", 3), ("007", 7)]:
    r = expect(["run", small, "--epochs", good], 0, "")
    lines = [json.loads(l) for l in r.stdout.splitlines()]
    if lines and lines[-1]["summary"]["epoch"] != epochs:
        failures.append(f"--epochs {good}: trained {lines[-1]['summary']['epoch']} epochs")
expect(["run", small, "--epochs", "2", "--epochs", "3"], 2, "--epochs given twice")
expect(["run", small, "--bogus"], 2, "unknown option '--bogus'")
expect(["run", small, "--load"], 2, "--load needs a value")
expect(["walk", small], 2, "unknown command 'walk'")
expect(["run"], 2, "missing SPEC.json")

# Specs: a key given twice, a number beyond a double, huge and terminal-moving values.
expect(["run", write("twice.json", '{"optimizer": {"learningRate": 0.5, "learningRate": 0.01}}')], 1,
       "optimizer.learningRate: appears twice in one object")
expect(["run", write("overflow.json", '{"optimizer": {"learningRate": 1e400}}')], 1,
       "optimizer.learningRate: the number 1e400 is beyond the range of a double")
r = expect(["run", write("escape.json", '{"optimizer": {"kind": "\\u001b[2J\\u001b[31mgotcha"}}')], 1,
           "optimizer.kind: unknown optimizer '\\x1B[2J\\x1B[31mgotcha'")
if "\x1b" in r.stderr:
    failures.append("an escape character from the spec reached the terminal")
r = expect(["run", write("huge.json", json.dumps({"model": {"output": "y" * 2_000_000}}))], 1,
           "model.output: unknown value 'yyyy")
if len(r.stderr) > 400:
    failures.append(f"a 2 MB value was echoed at length {len(r.stderr)}")
expect(["run", write("seed.json", '{"seed": 9007199254740992}')], 1,
       "seed: must be from 0 to 9007199254740991, got 9007199254740992")

# Data paths: relative to the spec's folder and inside it, unless --allow-outside-data.
ok = write("inside.json", json.dumps({"data": {"source": "csv", "csvFile": "data/inside.csv"}, "training": {"epochs": 1}}))
expect(["run", ok], 0, "")
for name, path in [("parent", "../outside.csv"), ("absolute", os.path.join(work, "outside.csv")),
                   ("passwd", "/etc/passwd"), ("link", "link.csv"), ("dots", "data/../../outside.csv")]:
    spec = write(f"path-{name}.json", json.dumps({"data": {"source": "csv", "csvFile": path}, "training": {"epochs": 1}}))
    r = expect(["run", spec], 1, "is outside the spec's folder; a spec may only read data beside it", name=f"csvFile {path}")
    if "root:" in r.stderr:
        failures.append(f"csvFile {path}: the file's content was echoed")
    if name in ("parent", "absolute", "link"):
        expect(["run", spec, "--allow-outside-data"], 0, "", name=f"csvFile {path} --allow-outside-data")
# Relative to the spec's folder, not to the working directory.
r = subprocess.run([cli, "run", os.path.join("specs", "inside.json")], cwd=work, capture_output=True, text=True, timeout=60)
if r.returncode != 0:
    failures.append(f"a spec run from another folder did not find its data: {r.stderr}")

# Model files: the spec inside is validated; optimizer state no optimizer could produce is refused.
adam = write("adam.json", json.dumps({"data": {"points": 40}, "optimizer": {"kind": "adam"}, "training": {"epochs": 1}}))
model = os.path.join(work, "model.json")
expect(["run", adam, "--save", model], 0, "")
with open(model) as f:
    saved = json.load(f)


def model_file(name, edit):
    m = json.loads(json.dumps(saved))
    edit(m)
    path = os.path.join(work, name)
    with open(path, "w") as f:
        json.dump(m, f)
    return path


expect(["run", adam, "--load", model_file("m-spec.json", lambda m: m["spec"]["model"].update(hidden=[0]))], 1,
       "model file.spec.model.hidden[0]: must be from 1 to 1024, got 0")
expect(["run", adam, "--load", model_file("m-nospec.json", lambda m: m.pop("spec"))], 1, "model file.spec: is missing")
expect(["run", adam, "--load", model_file("m-neg.json", lambda m: m["optimizer"]["state"]["s"].__setitem__(0, -1.0))], 1,
       "model file.optimizer.state.s[0]: must not be negative")
expect(["run", adam, "--load", model_file("m-kind.json", lambda m: m.update(format="\u001b[31mx"))], 1,
       'model file.format: must be "descent-model", got "\\x1B[31mx"')

if failures:
    sys.exit("\n".join(failures))
print("descent-cli refuses hostile arguments, specs, model files and data paths with clear messages")
