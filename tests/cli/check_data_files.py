#!/usr/bin/env python3
"""descent-cli reads data files safely: a cut or corrupted gzip file, a directory, an empty
file, a file larger than the byte limit, CR-only line ends, a BOM, cells beyond float range
and hex cells each get a message naming the real cause, and exit status 1.
usage: check_data_files.py DESCENT_CLI WORKDIR"""
import gzip
import os
import subprocess
import sys

cli, work = sys.argv[1:3]
os.makedirs(work, exist_ok=True)
rows = "".join(f"{i % 7},{i % 5},{i % 2}\n" for i in range(200))


def write(name, data):
    with open(os.path.join(work, name), "wb") as f:
        f.write(data)


def run(csv_file, epochs="1"):
    path = os.path.join(work, "spec.json")
    with open(path, "w") as f:
        f.write('{"data": {"source": "csv", "csvFile": "%s"}, "training": {"epochs": %s}}' % (csv_file, epochs))
    # the files tested here (/dev/zero, the project's data) lie outside the temporary spec's
    # folder; the folder rule itself is checked in check_hostile_input.py
    return subprocess.run([cli, "run", path, "--allow-outside-data"], capture_output=True, text=True, timeout=120)


def fails_with(csv_file, message):
    r = run(csv_file)
    assert r.returncode == 1, (csv_file, r.returncode, r.stderr)
    assert message in r.stderr, (csv_file, message, r.stderr)
    assert r.stdout == "", (csv_file, r.stdout)


packed = gzip.compress(("x,y,label\n" + rows).encode())
write("good.csv.gz", packed)
assert run("good.csv.gz").returncode == 0
# Cut at a row boundary inside the stream and cut mid-stream: both are damaged files, not
# shorter data; so is a corrupted checksum.
write("cut.csv.gz", packed[: len(packed) // 2])
fails_with("cut.csv.gz", "cut.csv.gz: the file is truncated or not valid gzip")
write("no-trailer.csv.gz", packed[:-8])
fails_with("no-trailer.csv.gz", "the file is truncated or not valid gzip")
bad_crc = bytearray(packed)
bad_crc[-6] ^= 0xFF
write("bad-crc.csv.gz", bytes(bad_crc))
fails_with("bad-crc.csv.gz", "the file is truncated or not valid gzip")
write("plain.csv.gz", b"x,y,label\n1,2,0\n")
fails_with("plain.csv.gz", "the file is truncated or not valid gzip")
# A gzip bomb stops at the byte limit while inflating.
with gzip.open(os.path.join(work, "bomb.csv.gz"), "wb", compresslevel=9) as bomb:
    for _ in range(300):
        bomb.write(b"0" * (1 << 20))
fails_with("bomb.csv.gz", "larger than the limit of 256 MiB (bytes read) after unzipping")

os.makedirs(os.path.join(work, "folder"), exist_ok=True)
fails_with("folder", "folder is a directory, not a file")
write("empty.csv", b"")
fails_with("empty.csv", "empty.csv is empty")
fails_with("/dev/zero", "/dev/zero: larger than the limit of 256 MiB (bytes read)")

write("cr.csv", ("x,y,label\r" + rows.replace("\n", "\r")).encode())
assert run("cr.csv").returncode == 0, run("cr.csv").stderr
write("bom.csv", b"\xef\xbb\xbf" + rows.encode())
r = run("bom.csv", "0")
assert r.returncode == 0 and '"trainAccuracy"' in r.stdout, r.stderr
write("big.csv", b"x,y,label\n1,2,0\n1,1e39,1\n")
fails_with("big.csv", "CSV line 3, column 2: '1e39' is beyond the range of a float")
write("hex.csv", b"x,y,label\n1,2,0\n0x10,1,1\n")
fails_with("hex.csv", "CSV line 3, column 1: not a decimal number: '0x10'")

r = subprocess.run([cli, "run", work], capture_output=True, text=True)
assert r.returncode == 1 and "is a directory, not a file" in r.stderr, r.stderr
print("descent-cli names the real cause of every bad data file")
