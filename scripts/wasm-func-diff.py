#!/usr/bin/env python3
# wasm-func-diff.py OLD.wasm NEW.wasm: compares two --profiling-funcs links function by function
# (sizes from scripts/wasm-func-sizes.py): code by kind of name, and whether the hot path's
# functions kept their size (docs/performance.md, "Size, fifth round").
import re, subprocess, sys
from collections import defaultdict

# The hot path's functions (CMakeLists.txt's DESCENT_HOT_SOURCES): named at the start of the
# demangled name, after a template's return type if any.
HOT = re.compile(r'^([\w:<>, *&]+ )?(nn::(gemm|Dense::|Network::|Trainer::|Loss::|activate|BatchNorm::|Dropout::|'
                 r'Sgd|Momentum|Nesterov|AdaGrad|RMSProp|RmsProp|Adam|Optimizer<|regulariz|Regulariz|schedule|Schedule|'
                 r'feature|grid)|Eigen::)')

def sizes(path):
    out = subprocess.run([sys.executable, __file__.replace('wasm-func-diff', 'wasm-func-sizes'), path, '1000000'],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    funcs = defaultdict(list)
    for line in out[1:]:
        size, name = line.split(' ', 1)
        funcs[name].append(int(size))
    return funcs

def kind(name):
    for k in ('nlohmann', 'nn::Json', 'nn::detail::', 'nn::', 'bindings', 'emscripten::', 'std::', 'Eigen::'):
        if k in name: return k
    return 'other (libc, handles)'

old, new = sizes(sys.argv[1]), sizes(sys.argv[2])
by_kind = defaultdict(lambda: [0, 0])
for i, funcs in enumerate((old, new)):
    for name, ss in funcs.items(): by_kind[kind(name)][i] += sum(ss)
print('code by kind of name (bytes): old → new')
for k, (a, b) in sorted(by_kind.items(), key=lambda kv: -kv[1][0]): print(f'  {k:24} {a:8} → {b:8}')
print(f'  {"total":24} {sum(a for a, _ in by_kind.values()):8} → {sum(b for _, b in by_kind.values()):8}')
hot = [n for n in old if HOT.match(n) and n in new]
same = [n for n in hot if sorted(old[n]) == sorted(new[n])]
print(f'hot functions in both: {len(hot)}, {sum(sum(old[n]) for n in hot)} bytes; same size: {len(same)}')
for n in hot:
    if n not in same: print('  differs:', old[n], new[n], n[:140])
gone = sorted(((sum(old[n]), n) for n in old if n not in new), reverse=True)
came = sorted(((sum(new[n]), n) for n in new if n not in old), reverse=True)
print(f'only in old: {len(gone)} functions, {sum(s for s, _ in gone)} bytes; largest:')
for s, n in gone[:12]: print(f'  {s:7} {n[:140]}')
print(f'only in new: {len(came)} functions, {sum(s for s, _ in came)} bytes; largest:')
for s, n in came[:12]: print(f'  {s:7} {n[:140]}')
